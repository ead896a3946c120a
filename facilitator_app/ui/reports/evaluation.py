"""The Evaluation page of a workshop: type in the paper forms fast, with the keyboard only (a
digit per rating moves on by itself, letters for the quiz, Enter saves the form and opens the
next), see the forms typed and type one again, write the quiz questions, and record who
dropped out and why. The form's wording is the printed form's, in the workshop's language."""

from __future__ import annotations

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QKeySequence, QRegularExpressionValidator, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError
from facilitator_app.reports.evaluation_form import LETTERS
from facilitator_app.reports.texts import Words
from facilitator_app.services import attendance, evaluation, participants, workshops
from facilitator_app.timefmt import format_short_date
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.reports.questions import QuestionDialog


class RatingField(QLineEdit):
    """One digit from 1 to 4; typing it moves to the next field."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMaxLength(1)
        self.setFixedWidth(36)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setValidator(QRegularExpressionValidator(QRegularExpression("[1-4]?"), self))
        self.textEdited.connect(lambda text: self.focusNextChild() if text else None)

    def rating(self) -> int | None:
        return int(self.text()) if self.text() else None


class EvaluationPage(QWidget):
    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("evaluationPage")
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.editing: int | None = None  # the form typed again, else a new one
        self.ratings: dict[str, RatingField] = {}
        self.answers: dict[int, QLineEdit] = {}
        self.comments: dict[str, QLineEdit] = {}

        self.typing = QGroupBox(self.tr("Type in a form"))
        self.typing.setObjectName("formTyping")
        self.typing_layout = QVBoxLayout(self.typing)
        self.status = QLabel("")
        self.status.setObjectName("formStatus")
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.typing)

        self.sheets = QListWidget()
        self.sheets.setObjectName("typedForms")
        self.sheets.itemActivated.connect(self._type_again)
        remove_sheet = QPushButton(self.tr("Remove the form"))
        remove_sheet.clicked.connect(self._remove_sheet)
        forms = QGroupBox(self.tr("Forms typed in (Enter: type again)"))
        forms_layout = QVBoxLayout(forms)
        forms_layout.addWidget(self.sheets)
        forms_layout.addWidget(remove_sheet)

        self.questions = QListWidget()
        self.questions.setObjectName("quizQuestions")
        self.questions.itemActivated.connect(lambda _item: self._edit_question())
        quiz = QGroupBox(self.tr("Quiz questions"))
        quiz_layout = QVBoxLayout(quiz)
        quiz_layout.addWidget(self.questions)
        quiz_buttons = QHBoxLayout()
        for label, slot, name in (
            (self.tr("Add…"), self._add_question, "addQuestion"),
            (self.tr("Edit…"), self._edit_question, "editQuestion"),
            (self.tr("Remove"), self._remove_question, "removeQuestion"),
        ):
            button = QPushButton(label)
            button.setObjectName(name)
            button.clicked.connect(slot)
            quiz_buttons.addWidget(button)
        quiz_layout.addLayout(quiz_buttons)

        dropouts = QGroupBox(self.tr("Drop-outs"))
        dropout_form = QFormLayout(dropouts)
        self.dropout_person = QComboBox()
        self.dropout_person.setObjectName("dropoutPerson")
        self.dropout_dated = QCheckBox(self.tr("On"))
        self.dropout_date = QDateEdit(QDate.currentDate())
        self.dropout_date.setCalendarPopup(True)
        self.dropout_reason = QLineEdit()
        self.dropout_reason.setObjectName("dropoutReason")
        self.dropout_reason.setPlaceholderText(
            self.tr("Why they stopped (a cause, in a few words)")
        )
        record = QPushButton(self.tr("Record the drop-out"))
        record.setObjectName("recordDropout")
        record.clicked.connect(self._record_dropout)
        self.dropout_reason.returnPressed.connect(self._record_dropout)
        dated = QHBoxLayout()
        dated.addWidget(self.dropout_dated)
        dated.addWidget(self.dropout_date, 1)
        dropout_form.addRow(self.tr("Participant"), self.dropout_person)
        dropout_form.addRow(self.tr("Date"), dated)
        dropout_form.addRow(self.tr("Cause"), self.dropout_reason)
        dropout_form.addRow(record)
        self.dropout_list = QLabel("")
        self.dropout_list.setWordWrap(True)
        dropout_form.addRow(self.dropout_list)

        left = QVBoxLayout()
        left.addWidget(scroll, 1)
        left.addWidget(self.status)
        right = QVBoxLayout()
        right.addWidget(forms, 3)
        right.addWidget(quiz, 2)
        right.addWidget(dropouts, 2)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 3)
        layout.addLayout(right, 2)
        QShortcut(QKeySequence("Ctrl+Return"), self, self.save_form)
        ctx.changed.connect(self._on_change)
        self.refresh()

    # -- the typing panel ----------------------------------------------------------------------
    def _build_form(self) -> None:
        """The fields in the order of the printed form."""
        _clear(self.typing_layout)
        self.ratings, self.answers, self.comments = {}, {}, {}
        plan = evaluation.form_plan(self.ctx.db, self.workshop_id)
        words = Words(workshops.get_summary(self.ctx.db, self.workshop_id).language)
        head = QFormLayout()
        self.number = QLabel("")
        self.number.setObjectName("formNumber")
        self.person = QComboBox()
        self.person.setObjectName("formParticipant")
        self.person.setEditable(True)
        self.person.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        head.addRow(self.tr("Form no."), self.number)
        head.addRow(self.tr("Participant"), self.person)
        self.typing_layout.addLayout(head)
        form = QFormLayout()
        if plan.questions:
            form.addRow(_title(self.tr("Quiz: the letters ticked (A, AB…)")))
        for number, question in enumerate(plan.questions, start=1):
            field = QLineEdit()
            field.setObjectName(f"quiz_{question.id}")
            field.setMaxLength(len(question.choices))
            letters = LETTERS[: len(question.choices)]
            pattern = QRegularExpression(f"[{letters}{letters.lower()}]*")
            field.setValidator(QRegularExpressionValidator(pattern, field))
            field.returnPressed.connect(self.save_form)
            form.addRow(f"{number}. {question.text[:80]}", field)
            self.answers[question.id] = field
        form.addRow(_title(self.tr("Ratings: a digit from 1 to 4")))
        for n, objective in enumerate(plan.objectives, start=1):
            self._rating(
                form, evaluation.objective_key(n), f"{words('objective_n', n=n)} — {objective[:70]}"
            )
        for key in plan.criteria:
            self._rating(form, key, words(f"criterion_{key}"))
        for key in plan.open_questions:
            field = QLineEdit()
            field.setObjectName(f"comment_{key}")
            field.returnPressed.connect(self.save_form)
            form.addRow(words(f"open_{key}"), field)
            self.comments[key] = field
        self.typing_layout.addLayout(form)
        save = QPushButton(self.tr("Save the form (Enter)"))
        save.setObjectName("saveForm")
        save.clicked.connect(self.save_form)
        self.typing_layout.addWidget(save)
        self.typing_layout.addStretch(1)

    def _rating(self, form: QFormLayout, key: str, label: str) -> None:
        field = RatingField()
        field.setObjectName(f"rating_{key}")
        field.returnPressed.connect(self.save_form)
        form.addRow(label, field)
        self.ratings[key] = field

    def _fill_people(self) -> None:
        people = participants.list_participants(self.ctx.db, self.workshop_id)
        for combo in (self.person, self.dropout_person):
            combo.clear()
        self.person.addItem(self.tr("Anonymous"), None)
        for person in people:
            if person.category == "trainer":
                continue
            self.person.addItem(person.name, person.id)
            self.dropout_person.addItem(person.name, person.id)

    def clear_form(self) -> None:
        self.editing = None
        sheets = evaluation.list_sheets(self.ctx.db, self.workshop_id)
        self.number.setText(str(max((s.number for s in sheets), default=0) + 1))
        self.person.setCurrentIndex(0)
        for field in [*self.ratings.values(), *self.answers.values(), *self.comments.values()]:
            field.clear()
        self.person.setFocus()  # the name is at the top of the paper form

    def save_form(self) -> None:
        quiz = {
            qid: [LETTERS.index(c) for c in field.text().upper() if c in LETTERS]
            for qid, field in self.answers.items()
            if field.text()
        }
        with reported(self):
            number = int(self.number.text() or 0) or None
            self.ctx.perform(
                evaluation.save_sheet,
                self.workshop_id,
                sheet_id=self.editing,
                number=number,
                participant_id=self.person.currentData(),
                ratings={k: f.rating() for k, f in self.ratings.items() if f.rating()},
                comments={k: f.text() for k, f in self.comments.items() if f.text().strip()},
                quiz=quiz,
            )
            self.status.setText(self.tr("Form no. {n} saved.").format(n=number))
            self.clear_form()

    def _type_again(self, entry: QListWidgetItem) -> None:
        sheet_id = entry.data(Qt.ItemDataRole.UserRole)
        sheet = next(
            (s for s in evaluation.list_sheets(self.ctx.db, self.workshop_id) if s.id == sheet_id),
            None,
        )
        if sheet is None:
            return
        self.editing = sheet.id
        self.number.setText(str(sheet.number))
        index = self.person.findData(sheet.participant_id)
        self.person.setCurrentIndex(max(index, 0))
        for key, rating_field in self.ratings.items():
            rating = sheet.ratings.get(key)
            rating_field.setText(str(rating) if rating else "")
        for qid, answer in self.answers.items():
            answer.setText("".join(LETTERS[c] for c in sheet.quiz.get(qid, ()) if c < len(LETTERS)))
        for key, comment in self.comments.items():
            comment.setText(sheet.comments.get(key, ""))
        self.status.setText(self.tr("Typing form no. {n} again.").format(n=sheet.number))

    def _remove_sheet(self) -> None:
        entry = self.sheets.currentItem()
        if entry is not None:
            with reported(self):
                self.ctx.perform(evaluation.remove_sheet, entry.data(Qt.ItemDataRole.UserRole))

    # -- quiz questions ------------------------------------------------------------------------
    def _current_question(self):
        entry = self.questions.currentItem()
        if entry is None:
            return None
        question_id = entry.data(Qt.ItemDataRole.UserRole)
        plan = evaluation.form_plan(self.ctx.db, self.workshop_id)
        return next((q for q in plan.questions if q.id == question_id), None)

    def _add_question(self) -> None:
        dialog = QuestionDialog(None, self)
        if dialog.exec():
            with reported(self):
                self.ctx.perform(evaluation.add_question, self.workshop_id, *dialog.values())

    def _edit_question(self) -> None:
        question = self._current_question()
        if question is None:
            return
        dialog = QuestionDialog(question, self)
        if dialog.exec():
            with reported(self):
                self.ctx.perform(evaluation.update_question, question.id, *dialog.values())

    def _remove_question(self) -> None:
        question = self._current_question()
        if question is not None:
            with reported(self):
                self.ctx.perform(evaluation.remove_question, question.id)

    # -- drop-outs -----------------------------------------------------------------------------
    def _record_dropout(self) -> None:
        person = self.dropout_person.currentData()
        if person is None:
            return
        on = self.dropout_date.date().toPython() if self.dropout_dated.isChecked() else None
        with reported(self):
            self.ctx.perform(attendance.record_dropout, person, on, self.dropout_reason.text())
            self.dropout_reason.clear()

    # -- refresh -------------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id not in (None, self.workshop_id):
            return
        if change.area in ("evaluation", "participants", "workshops", "attendance"):
            self.refresh(rebuild=change.area != "attendance" and not self._typing_now())

    def _typing_now(self) -> bool:
        focused = self.focusWidget()
        return (
            focused is not None
            and self.typing.isAncestorOf(focused)
            and bool(any(f.text() for f in [*self.ratings.values(), *self.answers.values()]))
        )

    def refresh(self, rebuild: bool = True) -> None:
        try:
            plan = evaluation.form_plan(self.ctx.db, self.workshop_id)
            sheets = evaluation.list_sheets(self.ctx.db, self.workshop_id)
        except NotFoundError:
            return
        if rebuild:
            self._build_form()
            self._fill_people()
            self.clear_form()
        self.sheets.clear()
        for sheet in sheets:
            who = sheet.participant or self.tr("anonymous")
            overall = sheet.ratings.get(evaluation.OVERALL)
            text = self.tr("No. {n} — {who} — overall {overall}/4").format(
                n=sheet.number, who=who, overall=overall or "–"
            )
            if sheet.origin == "phone":  # filled in on a phone: typed again over it, it stays
                text = self.tr("{form} (from a phone)").format(form=text)
            entry = QListWidgetItem(text)
            entry.setData(Qt.ItemDataRole.UserRole, sheet.id)
            self.sheets.addItem(entry)
        self.questions.clear()
        for number, question in enumerate(plan.questions, start=1):
            entry = QListWidgetItem(f"{number}. {question.text}")
            entry.setData(Qt.ItemDataRole.UserRole, question.id)
            self.questions.addItem(entry)
        self._show_dropouts()

    def _show_dropouts(self) -> None:
        from facilitator_app.services.reports.satisfaction import satisfaction_data

        data = satisfaction_data(self.ctx.db, self.workshop_id)
        lines = [
            f"{d.name}: {d.reason or self.tr('no cause given')}"
            + (f" ({format_short_date(d.on, self.ctx.language)})" if d.on else "")
            for d in data.dropouts
        ]
        self.dropout_list.setText("\n".join(lines) or self.tr("Nobody dropped out."))


def _title(text: str) -> QLabel:
    label = QLabel(f"<b>{text}</b>")
    return label


def _clear(layout: QLayout) -> None:
    while layout.count():
        child = layout.takeAt(0)
        if child is None:
            continue
        widget, inner = child.widget(), child.layout()
        if widget is not None:
            widget.deleteLater()
        elif inner is not None:
            _clear(inner)
