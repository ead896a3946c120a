"""A consent decision: the proposal and its versions, the clarification and reaction rounds
(who said what, if wanted), each person's position (1 consent, 2 concern, 3 objection with
its reason), the objections (1 open, 2 integrated, 3 withdrawn; F2 says how it was
integrated), then the outcome with its date and review date. The phase says which part the
round is at; Alt+1 … Alt+5 go to a part."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.capture import limits
from facilitator_app.capture.words import OBJECTION_STATUSES, OUTCOMES, STANCES
from facilitator_app.services.capture import decisions as service
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.capture.base import (
    CapturePanelBase,
    LimitedLine,
    LimitedText,
    PeopleCombo,
    labelled,
    own_keys,
    people_of,
    short,
)
from facilitator_app.ui.capture.rounds import StanceList, parse_date
from facilitator_app.ui.live.output_scene import LINES, OutputScene, Tile, TileGroup

PAGES = ("proposal", "rounds", "position", "objection", "outcome")
STAGE_PAGE = {
    "proposal": "proposal",
    "version": "proposal",
    "clarification": "rounds",
    "reaction": "rounds",
    "position": "position",
    "objection": "objection",
    "outcome": "outcome",
}
STATUS_KEYS = {Qt.Key.Key_1: "open", Qt.Key.Key_2: "integrated", Qt.Key.Key_3: "withdrawn"}


class ObjectionList(QListWidget):
    def __init__(self, panel: DecisionPanel) -> None:
        super().__init__()
        self.panel = panel
        own_keys(self, (*STATUS_KEYS, Qt.Key.Key_F2))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        status = STATUS_KEYS.get(Qt.Key(event.key()))
        entry = self.currentItem()
        if entry is not None and status is not None:
            self.panel.objection_status(int(entry.data(Qt.ItemDataRole.UserRole)), status)
        elif entry is not None and event.key() == Qt.Key.Key_F2:
            self.panel.integrate(int(entry.data(Qt.ItemDataRole.UserRole)))
        else:
            super().keyPressEvent(event)


class DecisionPanel(CapturePanelBase):
    panel_id = "decision"
    follows_people = True
    elections = False

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.views: list[service.DecisionView] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName(f"{self.panel_id}Choice")
        self.choice.currentIndexChanged.connect(self._show)
        top.addWidget(self.choice, 1)
        new = QPushButton(self.tr("New"))
        new.setObjectName(f"{self.panel_id}New")
        new.setToolTip("Ctrl+N")
        new.clicked.connect(self.new)
        top.addWidget(new)
        layout.addLayout(top)
        self.part = QComboBox()
        self.part.setObjectName(f"{self.panel_id}Part")
        layout.addWidget(self.part)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.part.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self._build_pages()
        shortcuts = [("Ctrl+N", self.new)] + [
            (f"Alt+{n + 1}", lambda _=False, n=n: self.part.setCurrentIndex(n))
            for n in range(len(self.page_names()))
        ]
        for keys, slot in shortcuts:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def page_names(self) -> tuple[str, ...]:
        return PAGES

    def title(self) -> str:
        return self.tr("&Decision")

    def tables(self) -> tuple[str, ...]:
        return ("decision",)

    # -- pages ------------------------------------------------------------------------------
    def _page(self, label: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.pages.addWidget(page)
        self.part.addItem(f"{self.part.count() + 1}. {label}")
        return form

    def _build_pages(self) -> None:
        form = self._page(self.tr("Proposal"))
        self.name = LimitedLine(limits.TITLE)
        self.name.setObjectName("decisionTitle")
        self.name_saver = AutoSave(self.name, lambda t: self._edit(title=t))
        form.addRow(self.tr("&Title:"), self.name)
        self.proposal = LimitedText(limits.LONG_TEXT, self.tr("The proposal as first read"))
        self.proposal.setObjectName("decisionProposal")
        self.proposal_saver = AutoSave(self.proposal, lambda t: self._edit(proposal=t))
        form.addRow(self.tr("&Proposal:"), self.proposal)
        self.amended = LimitedText(limits.LONG_TEXT, self.tr("The amended proposal"))
        self.amended.setObjectName("decisionAmended")
        form.addRow(self.tr("&Amended:"), self.amended)
        amend = QPushButton(self.tr("Record this version (Ctrl+Enter)"))
        amend.setObjectName("decisionAmend")
        amend.clicked.connect(self.amend)
        action = QAction(self.amended)
        action.setShortcut(QKeySequence("Ctrl+Return"))
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(self.amend)
        self.amended.addAction(action)
        form.addRow(amend)
        self.versions = QLabel()
        self.versions.setWordWrap(True)
        form.addRow(self.versions)

        form = self._page(self.tr("Clarification and reactions"))
        self.round = QComboBox()
        self.round.setObjectName("decisionRound")
        self.round.addItem(self.tr("Clarifying question"), "clarification")
        self.round.addItem(self.tr("Reaction"), "reaction")
        form.addRow(self.tr("&Round:"), self.round)
        self.speaker = PeopleCombo(self.tr("who (optional)"))
        self.speaker.setObjectName("decisionSpeaker")
        form.addRow(self.tr("&Who:"), self.speaker)
        self.said = LimitedLine(limits.LONG_TEXT, self.tr("What was said, Enter adds it"))
        self.said.setObjectName("decisionSaid")
        self.said.returnPressed.connect(self.add_said)
        form.addRow(self.said)
        self.said_list = QListWidget()
        self.said_list.setObjectName("decisionSaidList")
        self.said_list.setWordWrap(True)
        form.addRow(self.said_list)

        form = self._page(self.tr("Positions"))
        form.addRow(QLabel(self.tr("1 consent, 2 concern, 3 objection (its reason first).")))
        self.reason = LimitedLine(limits.LONG_TEXT, self.tr("Reason (needed for an objection)"))
        self.reason.setObjectName("decisionReason")
        self.stances = StanceList(self._answer, self.reason, self.language)
        self.stances.setObjectName("decisionStances")
        form.addRow(self.stances)
        form.addRow(self.tr("Rea&son:"), self.reason)
        self.tally = QLabel()
        self.tally.setObjectName("decisionTally")
        form.addRow(self.tally)

        form = self._page(self.tr("Objections"))
        form.addRow(
            QLabel(self.tr("1 open, 2 integrated, 3 withdrawn; F2: how it was integrated."))
        )
        self.objections = ObjectionList(self)
        self.objections.setObjectName("decisionObjections")
        self.objections.setWordWrap(True)
        form.addRow(self.objections)

        form = self._page(self.tr("Outcome"))
        self.outcome = QComboBox()
        self.outcome.setObjectName("decisionOutcome")
        for code, word in OUTCOMES.items():
            self.outcome.addItem(word.text(self.language), code)
        form.addRow(self.tr("&Outcome:"), self.outcome)
        self.decided_on = LimitedLine(20, self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.decided_on.setObjectName("decisionDate")
        form.addRow(self.tr("&Date:"), self.decided_on)
        self.review_on = LimitedLine(20, self.tr("YYYY-MM-DD or DD/MM/YYYY"))
        self.review_on.setObjectName("decisionReview")
        form.addRow(self.tr("Re&view on:"), self.review_on)
        record = QPushButton(self.tr("Record the outcome"))
        record.setObjectName("decisionRecordOutcome")
        record.clicked.connect(self.record_outcome)
        for field in (self.decided_on, self.review_on):
            field.returnPressed.connect(self.record_outcome)
        form.addRow(record)

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.choice.currentData()
        self.views = service.decisions_of(
            self.db, self.env.workshop_id, self.item_id, elections=self.elections
        )
        self.choice.blockSignals(True)
        self.choice.clear()
        for view in self.views:
            self.choice.addItem(view.title, view.id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(index if index >= 0 else self.choice.count() - 1)
        self.choice.blockSignals(False)
        people = people_of(self.db, self.env.workshop_id)
        self.speaker.set_people(people)
        self._show()
        stage = self.spec.get("stage") if self.spec is not None else None
        if stage in STAGE_PAGE:
            self.part.setCurrentIndex(self.page_names().index(STAGE_PAGE[stage]))
            if stage in ("clarification", "reaction"):
                self.round.setCurrentIndex(self.round.findData(stage))

    @property
    def view(self) -> service.DecisionView | None:
        return next((v for v in self.views if v.id == self.choice.currentData()), None)

    def _show(self) -> None:
        view = self.view
        self.pages.setEnabled(view is not None)
        if view is None:
            self.env.say(self.tr("Ctrl+N opens a decision on this item."), False)
            return
        if not self.name_saver.pending():  # never over what is being typed
            self.name_saver.set_text(view.title)
        if not self.proposal_saver.pending():
            self.proposal_saver.set_text(view.proposal)
        if not self.amended.hasFocus():
            self.amended.setPlainText(view.amended_proposal)
        self.versions.setText(
            self.tr("%n version(s) of the proposal", "", len(view.versions))
        )
        self.said_list.clear()
        for entry in (e for e in view.entries if e.part in ("clarification", "reaction")):
            kind = self.tr("Question") if entry.part == "clarification" else self.tr("Reaction")
            said = labelled(entry.author, entry.text, self.language) if entry.author else entry.text
            self.said_list.addItem(f"{kind} - {said}")
        self._show_positions(view, "position")
        self.objections.clear()
        for objection in view.objections:
            status = OBJECTION_STATUSES[objection.status].text(self.language)
            text = f"✖ {labelled(objection.author, objection.text, self.language)} - {status}"
            if objection.integration:
                text += f" ({objection.integration})"
            line = QListWidgetItem(text)
            line.setData(Qt.ItemDataRole.UserRole, objection.id)
            self.objections.addItem(line)
        self.outcome.setCurrentIndex(self.outcome.findData(view.outcome))
        self.decided_on.setText(view.decided_on.isoformat() if view.decided_on else "")
        self.review_on.setText(view.review_on.isoformat() if view.review_on else "")

    def _show_positions(self, view: service.DecisionView, part: str) -> None:
        answers = {e.author: (e.stance, e.text) for e in view.part(part)}
        present = self.env.present()
        names = {name for _pid, name in present}
        people: list[tuple[int | None, str]] = [*present]
        people += [(None, n) for n in answers if n not in names]
        self.stances.show_people(people, answers)
        counts = view.stances(part)
        self.tally.setText(
            "   ".join(
                f"{STANCES[c].symbol} {STANCES[c].text(self.language)} {n}"
                for c, n in counts.items()
            )
        )

    # -- writing ----------------------------------------------------------------------------
    def new(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New decision"), self.tr("What is decided:"))
        if ok and title.strip():
            created = self.perform(service.add_decision, self.env.workshop_id, self.item_id, title)
            if created is not None:
                self.reload()
                self.choice.setCurrentIndex(self.choice.findData(created))
                self.part.setCurrentIndex(0)
                self.proposal.setFocus()

    def _edit(self, **values: Any) -> None:
        if self.view is not None:
            self.perform(service.edit_decision, self.view.id, **values)

    def amend(self) -> None:
        if self.view is not None and self.amended.toPlainText().strip():
            self.perform(service.amend_proposal, self.view.id, self.amended.toPlainText())

    def add_said(self) -> None:
        view = self.view
        text = self.said.text().strip()
        if view is None or not text:
            return
        person, name = self.speaker.person()
        self.perform(
            service.add_entry,
            view.id,
            self.round.currentData(),
            text,
            participant_id=person,
            author=name if person is None else "",
        )
        if self.last_ok:
            self.said.clear()

    def _answer(self, person: int | None, name: str, stance: str) -> bool:
        view = self.view
        if view is None:
            return False
        self.perform(
            service.set_position,
            view.id,
            stance,
            participant_id=person,
            author=name if person is None else "",
            reason=self.reason.text(),
        )
        return self.last_ok

    def objection_status(self, objection_id: int, status: str) -> None:
        self.perform(service.edit_objection, objection_id, status=status)

    def integrate(self, objection_id: int) -> None:
        view = self.view
        found = next((o for o in view.objections if o.id == objection_id), None) if view else None
        if found is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            self.tr("Integrate the objection"),
            self.tr("How it was integrated:"),
            found.integration,
        )
        if ok:
            self.perform(
                service.edit_objection,
                objection_id,
                integration=text,
                status="integrated" if text.strip() else None,
            )

    def record_outcome(self) -> None:
        if self.view is None:
            return
        try:
            decided, review = parse_date(self.decided_on.text()), parse_date(self.review_on.text())
        except ValueError:
            self.env.say(self.tr("A date reads 2026-09-01 or 01/09/2026."), True)
            return
        self.perform(
            service.set_outcome,
            self.view.id,
            self.outcome.currentData(),
            decided_on=decided,
            review_on=review,
        )

    def focus_entry(self) -> None:
        if self.view is None:  # nothing to type in yet: Ctrl+N opens one from here
            self.choice.setFocus()
            return
        page = self.page_names()[self.pages.currentIndex()]
        target = {
            "proposal": self.proposal,
            "rounds": self.said,
            "position": self.stances,
            "objection": self.objections,
            "outcome": self.outcome,
        }.get(page)
        if target is not None:
            target.setFocus()

    def flush(self) -> None:
        for saver in (self.name_saver, self.proposal_saver):
            saver.flush()

    def on_change(self, change: Any, table: str | None) -> None:
        self.reload()

    # -- the projector ----------------------------------------------------------------------
    def scene(self) -> OutputScene | None:
        view = self.view
        if view is None:
            return None
        groups = [TileGroup(self.tr("Proposal"), (Tile(short(view.current_proposal, 400)),))]
        counts = view.stances()
        if any(counts.values()):
            groups.append(
                TileGroup(
                    self.tr("Positions"),
                    tuple(
                        Tile(STANCES[c].text(self.language), symbol=STANCES[c].symbol, value=str(n))
                        for c, n in counts.items()
                    ),
                )
            )
        if view.objections:
            groups.append(
                TileGroup(
                    self.tr("Objections"),
                    tuple(
                        Tile(
                            labelled(o.author, short(o.text, 140), self.language)
                            if o.author
                            else short(o.text, 140),
                            symbol={"open": "✖", "integrated": "→"}.get(o.status, "○"),
                            note=OBJECTION_STATUSES[o.status].text(self.language),
                        )
                        for o in view.objections
                    ),
                )
            )
        if view.outcome != "pending":
            groups.append(
                TileGroup(
                    self.tr("Outcome"),
                    (
                        Tile(
                            OUTCOMES[view.outcome].text(self.language),
                            note=view.review_on.isoformat() if view.review_on else "",
                        ),
                    ),
                )
            )
        return OutputScene(LINES, view.title, groups=tuple(groups))
