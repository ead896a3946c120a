"""An election without candidates: the role, its term and what it asks; each nomination (who
nominates whom, and why; "after the reasons" marks a change of mind); the facilitator's
proposal; the consent round in the circle's order with the person proposed last (1 consent,
2 concern, 3 objection); the result. Alt+1 … Alt+5 go to a part."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.capture import limits
from facilitator_app.capture.words import ELECTION_RESULTS, STANCES
from facilitator_app.services.capture import decisions
from facilitator_app.services.capture import elections as service
from facilitator_app.ui.autosave import AutoSave
from facilitator_app.ui.capture.base import (
    CapturePanelBase,
    LimitedLine,
    LimitedText,
    PeopleCombo,
    people_of,
    short,
)
from facilitator_app.ui.capture.rounds import StanceList
from facilitator_app.ui.live.output_scene import BARS, LINES, OutputScene, Tile, TileGroup

PAGES = ("role", "nomination", "proposal", "consent", "result")
STAGE_PAGE = {"role": 0, "nomination": 1, "change": 1, "proposal": 2, "consent": 3, "result": 4}


class ElectionPanel(CapturePanelBase):
    panel_id = "election"
    follows_people = True

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.views: list[decisions.DecisionView] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("electionChoice")
        self.choice.currentIndexChanged.connect(self._show)
        top.addWidget(self.choice, 1)
        new = QPushButton(self.tr("New"))
        new.setObjectName("electionNew")
        new.setToolTip("Ctrl+N")
        new.clicked.connect(self.new)
        top.addWidget(new)
        layout.addLayout(top)
        self.part = QComboBox()
        self.part.setObjectName("electionPart")
        layout.addWidget(self.part)
        self.pages = QStackedWidget()
        layout.addWidget(self.pages, 1)
        self.part.currentIndexChanged.connect(self.pages.setCurrentIndex)
        self._build()
        shortcuts = [("Ctrl+N", self.new)] + [
            (f"Alt+{n + 1}", lambda _=False, n=n: self.part.setCurrentIndex(n))
            for n in range(len(PAGES))
        ]
        for keys, slot in shortcuts:
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def title(self) -> str:
        return self.tr("&Election")

    def tables(self) -> tuple[str, ...]:
        return ("decision",)

    def _page(self, label: str) -> QFormLayout:
        page = QWidget()
        form = QFormLayout(page)
        self.pages.addWidget(page)
        self.part.addItem(f"{self.part.count() + 1}. {label}")
        return form

    def _build(self) -> None:
        form = self._page(self.tr("The role"))
        self.role = LimitedLine(limits.TITLE)
        self.role.setObjectName("electionRole")
        self.role_saver = AutoSave(self.role, lambda t: self._edit(role=t))
        form.addRow(self.tr("&Role:"), self.role)
        self.term = LimitedLine(limits.TITLE, self.tr("1 year, until June…"))
        self.term.setObjectName("electionTerm")
        self.term_saver = AutoSave(self.term, lambda t: self._edit(term=t))
        form.addRow(self.tr("&Term:"), self.term)
        self.asks = LimitedText(limits.LONG_TEXT, self.tr("What the role asks of the person"))
        self.asks.setObjectName("electionAsks")
        self.asks_saver = AutoSave(self.asks, lambda t: self._edit(asks=t))
        form.addRow(self.tr("&Asks:"), self.asks)

        form = self._page(self.tr("Nominations"))
        self.nominator = PeopleCombo(self.tr("who nominates"))
        self.nominator.setObjectName("electionNominator")
        form.addRow(self.tr("&Who:"), self.nominator)
        self.nominee = PeopleCombo(self.tr("whom"))
        self.nominee.setObjectName("electionNominee")
        form.addRow(self.tr("&Nominates:"), self.nominee)
        self.why = LimitedLine(limits.LONG_TEXT, self.tr("Why, Enter records it"))
        self.why.setObjectName("electionWhy")
        self.why.returnPressed.connect(self.nominate)
        form.addRow(self.tr("W&hy:"), self.why)
        self.change = QCheckBox(self.tr("A &change after the round of reasons"))
        self.change.setObjectName("electionChange")
        form.addRow(self.change)
        self.counts = QListWidget()
        self.counts.setObjectName("electionCounts")
        self.counts.setWordWrap(True)
        form.addRow(self.counts)

        form = self._page(self.tr("Proposal"))
        self.candidate = PeopleCombo(self.tr("the person proposed"))
        self.candidate.setObjectName("electionCandidate")
        form.addRow(self.tr("&Propose:"), self.candidate)
        self.because = LimitedLine(limits.LONG_TEXT, self.tr("Why this person, Enter proposes"))
        self.because.setObjectName("electionBecause")
        self.because.returnPressed.connect(self.propose)
        form.addRow(self.tr("&Because:"), self.because)

        form = self._page(self.tr("Consent"))
        form.addRow(
            QLabel(self.tr("The person proposed answers last. 1 consent, 2 concern, 3 objection."))
        )
        self.reason = LimitedLine(limits.LONG_TEXT, self.tr("Reason (needed for an objection)"))
        self.reason.setObjectName("electionReason")
        self.answers = StanceList(self._answer, self.reason, self.language)
        self.answers.setObjectName("electionAnswers")
        form.addRow(self.answers)
        form.addRow(self.tr("Rea&son:"), self.reason)

        form = self._page(self.tr("Result"))
        self.result = QComboBox()
        self.result.setObjectName("electionResult")
        for code, word in ELECTION_RESULTS.items():
            self.result.addItem(word.text(self.language), code)
        form.addRow(self.tr("Res&ult:"), self.result)
        self.elected = PeopleCombo(self.tr("the person elected"))
        self.elected.setObjectName("electionElected")
        form.addRow(self.tr("E&lected:"), self.elected)
        record = QPushButton(self.tr("Record the result"))
        record.setObjectName("electionRecord")
        record.clicked.connect(self.record_result)
        form.addRow(record)

    # -- reading ----------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.choice.currentData()
        self.views = decisions.decisions_of(
            self.db, self.env.workshop_id, self.item_id, elections=True
        )
        self.choice.blockSignals(True)
        self.choice.clear()
        for view in self.views:
            self.choice.addItem(view.title, view.id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(index if index >= 0 else self.choice.count() - 1)
        self.choice.blockSignals(False)
        people = people_of(self.db, self.env.workshop_id)
        for combo in (self.nominator, self.nominee, self.candidate, self.elected):
            combo.set_people(people)
        self._show()
        stage = self.spec.get("stage") if self.spec is not None else None
        if stage in STAGE_PAGE:
            self.part.setCurrentIndex(STAGE_PAGE[stage])
            self.change.setChecked(stage == "change")

    @property
    def view(self) -> decisions.DecisionView | None:
        return next((v for v in self.views if v.id == self.choice.currentData()), None)

    def _show(self) -> None:
        view = self.view
        self.pages.setEnabled(view is not None)
        if view is None:
            self.env.say(self.tr("Ctrl+N opens an election on this item."), False)
            return
        for saver, value in (
            (self.role_saver, view.title),
            (self.term_saver, view.details.get("term", "")),
            (self.asks_saver, view.details.get("asks", "")),
        ):
            if not saver.pending():
                saver.set_text(str(value))
        self.counts.clear()
        for nominee, count in service.nominations(view).items():
            self.counts.addItem(f"{nominee} ({count})")
        for entry in view.entries:
            if entry.part in ("nomination", "change"):
                mark = "→ " if entry.part == "change" else ""
                why = f" ({entry.text})" if entry.text else ""
                self.counts.addItem(f"   {mark}{entry.author or '?'} → {entry.subject}{why}")
        typing = self.candidate.lineEdit()
        if view.proposal and not (typing is not None and typing.hasFocus()):
            self.candidate.setEditText(view.proposal)
        people = self.env.present()
        order = service.answer_order(view, [name for _pid, name in people])
        ids = dict((name, pid) for pid, name in people)
        answers = {e.author: (e.stance, e.text) for e in view.part("consent")}
        self.answers.show_people([(ids.get(n), n) for n in order], answers)
        self.result.setCurrentIndex(self.result.findData(view.details.get("result", "pending")))
        self.elected.setEditText(str(view.details.get("elected") or view.proposal or ""))

    # -- writing ----------------------------------------------------------------------------
    def new(self) -> None:
        role, ok = QInputDialog.getText(self, self.tr("New election"), self.tr("The role to fill:"))
        if ok and role.strip():
            created = self.perform(service.add_election, self.env.workshop_id, self.item_id, role)
            if created is not None:
                self.reload()
                self.choice.setCurrentIndex(self.choice.findData(created))
                self.part.setCurrentIndex(0)
                self.term.setFocus()

    def _edit(self, **values: Any) -> None:
        if self.view is not None:
            self.perform(service.edit_election, self.view.id, **values)

    def nominate(self) -> None:
        view = self.view
        _nominee_id, nominee = self.nominee.person()
        if view is None or not nominee:
            self.env.say(self.tr("Say whom the person nominates."), True)
            return
        person, name = self.nominator.person()
        self.perform(
            service.nominate,
            view.id,
            nominee,
            participant_id=person,
            nominator=name if person is None else "",
            reason=self.why.text(),
            change=self.change.isChecked(),
        )
        if self.last_ok:
            self.why.clear()
            self.nominee.setEditText("")
            self.nominator.setEditText("")
            self.nominator.setFocus()

    def propose(self) -> None:
        _pid, candidate = self.candidate.person()
        if self.view is not None and candidate:
            self.perform(
                service.propose_candidate, self.view.id, candidate, reason=self.because.text()
            )

    def _answer(self, person: int | None, name: str, stance: str) -> bool:
        from facilitator_app.services.capture.decisions import set_position

        if self.view is None:
            return False
        self.perform(
            set_position,
            self.view.id,
            stance,
            participant_id=person,
            author=name if person is None else "",
            reason=self.reason.text(),
            part="consent",
        )
        return self.last_ok

    def record_result(self) -> None:
        if self.view is None:
            return
        _pid, elected = self.elected.person()
        self.perform(
            service.set_result,
            self.view.id,
            self.result.currentData(),
            elected=elected if self.result.currentData() == "elected" else "",
        )

    def focus_entry(self) -> None:
        if self.view is None:  # nothing to type in yet: Ctrl+N opens one from here
            self.choice.setFocus()
            return
        target = (self.role, self.nominator, self.candidate, self.answers, self.result)
        target[self.pages.currentIndex()].setFocus()

    def flush(self) -> None:
        for saver in (self.role_saver, self.term_saver, self.asks_saver):
            saver.flush()

    # -- the projector ----------------------------------------------------------------------
    def scene(self) -> OutputScene | None:
        view = self.view
        if view is None:
            return None
        term = str(view.details.get("term") or "")
        result = view.details.get("result", "pending")
        if result == "elected":
            tiles: tuple[Tile, ...] = (
                Tile(
                    str(view.details.get("elected", "")),
                    symbol="✔",
                    note=ELECTION_RESULTS["elected"].text(self.language),
                ),
            )
            return OutputScene(LINES, view.title, term, (TileGroup("", tiles),))
        if self.pages.currentIndex() <= 1 or not view.proposal:
            counts = service.nominations(view)
            highest = max(counts.values(), default=1)
            tiles = tuple(Tile(name, value=str(n), share=n / highest) for name, n in counts.items())
            return OutputScene(BARS, view.title, term, (TileGroup("", tiles),))
        consent = view.stances("consent")
        groups = (
            TileGroup(self.tr("Proposed"), (Tile(view.proposal, symbol="→"),)),
            TileGroup(
                self.tr("Consent"),
                tuple(
                    Tile(STANCES[c].text(self.language), symbol=STANCES[c].symbol, value=str(n))
                    for c, n in consent.items()
                ),
            ),
        )
        return OutputScene(LINES, view.title, short(term), groups)

    def on_change(self, change: Any, table: str | None) -> None:
        self.reload()
