"""Coloured cards, the consent decision, the election and co-development, from the keyboard."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog

from facilitator_app.services.capture import codev, decisions, votes
from tests.ui.capture.conftest import go_to, press, type_in


def test_coloured_cards_counted_two_keys_per_colour(qtbot, console, room, db):
    panel = go_to(console, room["coloured-cards"], "poll")
    assert panel.panel_id == "poll"
    type_in(qtbot, panel.question, "Shall we go on")
    session = panel.session
    assert session.options == ("green", "orange", "red", "blue")  # what the method uses
    assert panel.fields["green"].hasFocus()
    for count in ("6", "3", "1", "0"):
        focused = next(f for f in panel.fields.values() if f.hasFocus())
        qtbot.keyClicks(focused, count)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    shares = {o.option: o.share for o in votes.results(db, session.id).options}
    assert shares == {"green": 60.0, "orange": 30.0, "red": 10.0, "blue": 0.0}
    tiles = panel.scene().tiles
    assert (tiles[0].symbol, tiles[0].text, tiles[0].value) == ("✔", "Green", "60%")


def test_a_conference_estimates_the_room_in_tenths(qtbot, console, room, db):
    panel = go_to(console, room["participatory-conference"], "poll")
    type_in(qtbot, panel.question, "Does it help")
    assert panel.session.estimate
    for typed in ("7", "15", "1", "5"):  # 70 %, 15 %, 10 %, 50 % (a typo left as typed)
        focused = next(f for f in panel.fields.values() if f.hasFocus())
        qtbot.keyClicks(focused, typed)
        qtbot.keyClick(focused, Qt.Key.Key_Return)
    values = {o.option: o.total for o in votes.results(db, panel.session.id).options}
    assert values == {"green": 70.0, "yellow": 15.0, "red": 10.0, "other": 50.0}


def test_a_consent_round_from_the_keyboard(qtbot, console, room, db, monkeypatch):
    panel = go_to(console, room["consent-decision"], "decision")
    assert panel.panel_id == "decision"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Opening hours", True))
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.proposal.hasFocus()
    qtbot.keyClicks(panel.proposal, "Open at nine")
    panel.proposal_saver.flush()  # as the pause after typing does
    [view] = decisions.decisions_of(db, room["workshop"], room["consent-decision"])
    assert view.proposal == "Open at nine"
    panel = go_to(console, room["consent-decision"], "decision", "position")
    assert panel.pages.currentIndex() == 2  # the phase says: positions
    panel.stances.setFocus()
    panel.stances.setCurrentRow(0)
    qtbot.keyClick(panel.stances, Qt.Key.Key_1)  # Anne consents
    qtbot.keyClick(panel.stances, Qt.Key.Key_3)  # Bruno objects: his reason first
    assert panel.reason.hasFocus()
    type_in(qtbot, panel.reason, "Too early")
    assert panel.stances.hasFocus() and panel.stances.currentRow() == 2
    view = decisions.get_decision(db, view.id)
    assert [(e.author, e.stance) for e in view.part("position")] == [
        ("Anne", "consent"),
        ("Bruno", "objection"),
    ]
    assert [(o.author, o.text) for o in view.open_objections] == [("Bruno", "Too early")]
    qtbot.keyClick(panel, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    press(qtbot, console, Qt.Key.Key_2)  # in the objections list: integrated
    assert decisions.get_decision(db, view.id).objections[0].status == "integrated"
    scene = panel.scene()
    assert scene.title == "Opening hours" and scene.groups[0].tiles[0].text == "Open at nine"


def test_an_election_the_person_proposed_answers_last(qtbot, console, room, db, monkeypatch):
    panel = go_to(console, room["election-without-candidates"], "election")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Second link", True))
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    panel = go_to(console, room["election-without-candidates"], "election", "nomination")
    assert panel.pages.currentIndex() == 1
    for who, whom in (("Anne", "Chloe"), ("Bruno", "Chloe"), ("Chloe", "Driss")):
        panel.nominator.setEditText(who)
        panel.nominee.setEditText(whom)
        type_in(qtbot, panel.why, "listens")
    [view] = decisions.decisions_of(
        db, room["workshop"], room["election-without-candidates"], elections=True
    )
    first = view.part("nomination")[0]
    assert (first.author, first.subject) == ("Anne", "Chloe")
    assert view.part("nomination")[0].participant_id == room["Anne"]
    panel.candidate.setEditText("Chloe")
    type_in(qtbot, panel.because, "two nominations")
    panel.part.setCurrentIndex(3)
    names = [
        panel.answers.item(i).data(Qt.ItemDataRole.UserRole + 1)
        for i in range(panel.answers.count())
    ]
    assert names[-1] == "Chloe"
    panel.answers.setFocus()
    panel.answers.setCurrentRow(0)
    for _ in names:
        qtbot.keyClick(panel.answers, Qt.Key.Key_1)
    view = decisions.get_decision(db, view.id)
    assert view.stances("consent")["consent"] == 4


def test_codev_a_session_its_problem_and_the_questions(qtbot, console, room, db, monkeypatch):
    panel = go_to(console, room["codev"], "codev")
    assert panel.panel_id == "codev" and panel.part.currentData() == "problem"
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Anne", True))
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(panel.text, "A tired team")
    panel.saver.flush()
    panel = go_to(console, room["codev"], "codev", "question")
    assert panel.entry.isVisible() and not panel.with_authors.isChecked()
    type_in(qtbot, panel.entry, "Since when")
    [session] = codev.sessions(db, room["workshop"])
    assert session.client == "Anne" and session.record["problem"] == "A tired team"
    assert [(e["text"], e.author) for e in session.part("question")] == [("Since when", "")]
    assert [name for _pid, name in codev.next_clients(db, room["workshop"])] == [
        "Bruno",
        "Chloe",
        "Driss",
    ]
