"""The Evaluation page: paper forms typed in with the keyboard only, typed again, removed;
quiz questions written; drop-outs recorded."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from facilitator_app.services import evaluation
from tests.reports.helpers import make_training


@pytest.fixture
def page(qtbot, main_window, ctx):
    training = make_training(ctx.db)
    main_window.workshop_list.refresh()
    main_window.workshop_list.select(training.workshop)
    page = main_window.workshop_view.show_page("evaluation")
    page.training = training
    return page


def test_a_form_is_typed_with_digits_and_letters_and_enter(qtbot, page, ctx):
    training = page.training
    first = page.answers[training.question]
    first.setFocus()
    qtbot.keyClicks(first, "b")
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    second = list(page.answers.values())[1]
    qtbot.keyClicks(second, "ab")
    rating = page.ratings["objective:1"]
    rating.setFocus()
    qtbot.keyClicks(rating, "4")
    assert page.ratings["objective:2"].hasFocus()  # a digit moves on by itself
    qtbot.keyClicks(page.ratings["objective:2"], "9")  # not on the scale: refused
    assert page.ratings["objective:2"].text() == ""
    overall = page.ratings["overall"]
    overall.setFocus()
    qtbot.keyClicks(overall, "3")
    page.comments["liked"].setFocus()
    qtbot.keyClicks(page.comments["liked"], "Les echanges")
    qtbot.keyClick(page.comments["liked"], Qt.Key.Key_Return)
    [sheet] = evaluation.list_sheets(ctx.db, training.workshop)
    assert sheet.ratings == {"objective:1": 4, "overall": 3}
    assert sheet.quiz[training.question] == (1,)
    assert set(sheet.quiz.values()) >= {(0, 1)}
    assert sheet.comments == {"liked": "Les echanges"}
    assert page.number.text() == "2" and page.ratings["overall"].text() == ""
    assert page.sheets.count() == 1


def test_a_form_typed_again_keeps_its_number_and_undo_takes_it_back(qtbot, page, ctx, main_window):
    training = page.training
    evaluation.save_sheet(ctx.db, training.workshop, ratings={"overall": 2})
    page.refresh()
    page._type_again(page.sheets.item(0))
    assert page.ratings["overall"].text() == "2"
    page.ratings["overall"].setText("4")
    page.save_form()
    [sheet] = evaluation.list_sheets(ctx.db, training.workshop)
    assert sheet.number == 1 and sheet.ratings == {"overall": 4}
    main_window.actions_by_id["undo"].trigger()
    [sheet] = evaluation.list_sheets(ctx.db, training.workshop)
    assert sheet.ratings == {"overall": 2}


def test_a_drop_out_is_recorded_with_its_cause(qtbot, page, ctx):
    from facilitator_app.services.reports.satisfaction import satisfaction_data

    page.dropout_person.setCurrentIndex(page.dropout_person.findText("Zoé Faure"))
    page.dropout_reason.setFocus()
    qtbot.keyClicks(page.dropout_reason, "Raisons familiales")
    qtbot.keyClick(page.dropout_reason, Qt.Key.Key_Return)
    names = [d.name for d in satisfaction_data(ctx.db, page.workshop_id).dropouts]
    assert "Zoé Faure" in names
    assert "Raisons familiales" in page.dropout_list.text()


def test_a_quiz_question_is_written_in_its_dialog(qtbot, page, ctx, monkeypatch):
    from facilitator_app.ui.reports.questions import QuestionDialog

    def fill(dialog):
        dialog.text.setPlainText("Qui décide ?")
        dialog.choices.setPlainText("Le chef\n*Le groupe, par consentement")
        return True

    monkeypatch.setattr(QuestionDialog, "exec", fill)
    page._add_question()
    questions = evaluation.form_plan(ctx.db, page.workshop_id).questions
    assert questions[-1].text == "Qui décide ?" and questions[-1].correct == (1,)
    assert page.questions.count() == 3
    assert len(page.answers) == 3  # the typing panel asks it too
