"""Votes, scores and rankings: Ctrl+N opens a vote as the phase declares it (dots per person,
hidden until closed, a scale); the table lists every option, those without a vote too. Votes
are typed from the paper in two keys per card: the number, then Enter (the next card comes);
a 25/10 score is one key per round. Ctrl+W closes the vote (or opens it again)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from facilitator_app.capture.params import CaptureSpec
from facilitator_app.capture.words import CARD_COLOURS
from facilitator_app.services.capture import cards as card_service
from facilitator_app.services.capture import votes as service
from facilitator_app.ui.capture.base import DIGITS, CapturePanelBase, labelled, own_keys, short
from facilitator_app.ui.formatting import format_number, format_percent
from facilitator_app.ui.live.output_scene import BARS, OutputScene, Tile, TileGroup

ENTER = (Qt.Key.Key_Return, Qt.Key.Key_Enter)


def number(value: float | None) -> str:
    if value is None:
        return ""
    return str(int(value)) if value == int(value) else format_number(value, 1)


class VoteTable(QTableWidget):
    """Digits go into the chosen cell; Enter (or Down) records them and moves on."""

    def __init__(self, panel: VotesPanel) -> None:
        super().__init__()
        self.panel = panel
        self.typed = ""
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.verticalHeader().setVisible(False)
        own_keys(self, (*DIGITS, *ENTER, Qt.Key.Key_Backspace, Qt.Key.Key_Delete))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in DIGITS:
            self.typed += event.text()
            if self.panel.one_key_per_cell():
                self._commit(move_right=True)
            else:
                self.panel.show_typing(self.currentRow(), self.typed)
        elif key in ENTER or (key == Qt.Key.Key_Down and self.typed):
            self._commit()
        elif key in (Qt.Key.Key_Backspace, Qt.Key.Key_Delete):
            if self.typed:
                self.typed = self.typed[:-1]
                self.panel.show_typing(self.currentRow(), self.typed)
            else:
                self.panel.record(self.currentRow(), self.currentColumn(), None)
        else:
            self.typed = ""
            super().keyPressEvent(event)

    def _commit(self, move_right: bool = False) -> None:
        row, column = self.currentRow(), self.currentColumn()
        typed, self.typed = self.typed, ""
        if row < 0:
            return
        if typed and not self.panel.record(row, column, int(typed)):
            return
        if move_right and column + 1 < self.panel.last_entry_column():
            self.setCurrentCell(row, column + 1)
        elif row + 1 < self.rowCount():
            self.setCurrentCell(row + 1, self.panel.first_entry_column())


class VotesPanel(CapturePanelBase):
    panel_id = "votes"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.sessions: list[service.SessionView] = []
        self.results: service.VoteResults | None = None
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("voteChoice")
        self.choice.currentIndexChanged.connect(self._show_results)
        top.addWidget(self.choice, 1)
        self.new_button = QPushButton(self.tr("New vote"))
        self.new_button.setObjectName("voteNew")
        self.new_button.setToolTip("Ctrl+N")
        self.new_button.clicked.connect(self.new_session)
        top.addWidget(self.new_button)
        self.close_button = QPushButton()
        self.close_button.setObjectName("voteClose")
        self.close_button.setToolTip("Ctrl+W")
        self.close_button.clicked.connect(self.toggle_closed)
        top.addWidget(self.close_button)
        layout.addLayout(top)
        self.info = QLabel()
        self.info.setObjectName("voteInfo")
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.table = VoteTable(self)
        self.table.setObjectName("voteTable")
        layout.addWidget(self.table, 1)
        for keys, slot in (("Ctrl+N", self.new_session), ("Ctrl+W", self.toggle_closed)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)

    def title(self) -> str:
        return self.tr("&Votes")

    def tables(self) -> tuple[str, ...]:
        return ("vote_session", "card", "card_cluster")

    # -- sessions ---------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.choice.currentData()
        self.sessions = [
            s
            for s in service.sessions_of(self.db, self.env.workshop_id, self.item_id)
            if s.kind in ("dot_vote", "score")
        ]
        self.choice.blockSignals(True)
        self.choice.clear()
        for session in self.sessions:
            self.choice.addItem(self._name(session), session.id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(index if index >= 0 else self.choice.count() - 1)
        self.choice.blockSignals(False)
        self._show_results()

    def _name(self, session: service.SessionView) -> str:
        kind = self.tr("Dot vote") if session.kind == "dot_vote" else self.tr("Scores")
        return labelled(kind, session.title, self.language) if session.title else kind

    @property
    def session(self) -> service.SessionView | None:
        return next((s for s in self.sessions if s.id == self.choice.currentData()), None)

    def _source(self) -> int | None:
        """The wall the vote is about: this item's, else the nearest earlier item's."""
        counts = card_service.card_counts(self.db, self.env.workshop_id)
        if counts.get(self.item_id):
            return self.item_id
        earlier = self.env.earlier_items()
        return next((i for i in reversed(earlier) if counts.get(i)), self.item_id)

    def new_session(self) -> None:
        spec = self.spec
        if spec is None or spec.kind not in ("dot_vote", "score"):
            spec = CaptureSpec(
                "dot_vote",
                {
                    "dots": 3,
                    "max_per_card": 0,
                    "target": "cards",
                    "visibility": "hidden",
                    "category": "",
                },
            )
        title, ok = QInputDialog.getText(
            self, self.tr("New vote"), self.tr("Question put to the vote:")
        )
        if not ok:
            return
        kind, settings = service.settings_for(spec)
        if settings.get("target") != "subject":
            settings["source_item_id"] = self._source()
        voters = len(self.env.present())
        if voters:
            settings["voters"] = voters
        created = self.perform(
            service.open_session, self.env.workshop_id, self.item_id, kind, title=title, **settings
        )
        if created is not None:
            self.reload()
            self.choice.setCurrentIndex(self.choice.findData(created))
            self.table.setFocus()

    def toggle_closed(self) -> None:
        session = self.session
        if session is None:
            return
        if session.is_open:
            self.perform(service.close_session, session.id)
        else:
            self.perform(service.reopen_session, session.id)

    # -- the table --------------------------------------------------------------------------
    def _show_results(self) -> None:
        session = self.session
        self.results = service.results(self.db, session.id) if session else None
        row, column = self.table.currentRow(), self.table.currentColumn()
        if session is None or session.id != getattr(self, "_shown", None):
            row, column = 0, self.first_entry_column()  # another vote: from its first cell
        self._shown = session.id if session is not None else None
        self.table.clear()
        self.close_button.setEnabled(session is not None)
        if session is None or self.results is None:
            self.table.setRowCount(0)
            self.table.setColumnCount(0)
            self.info.setText(self.tr("No vote yet on this item: Ctrl+N opens one."))
            return
        self.close_button.setText(
            self.tr("Close the vote") if session.is_open else self.tr("Reopen the vote")
        )
        options = self._rows()
        headers = self._headers()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(options))
        for index, option in enumerate(options):
            for place, text in enumerate(self._cells(option)):
                cell = QTableWidgetItem(text)
                if place == 0 and option.colour in CARD_COLOURS:
                    cell.setText(f"{CARD_COLOURS[option.colour].symbol} {text}")
                self.table.setItem(index, place, cell)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setColumnWidth(0, max(120, min(260, self.table.columnWidth(0))))
        if options:
            entry = min(max(column, self.first_entry_column()), self.last_entry_column() - 1)
            self.table.setCurrentCell(min(max(row, 0), len(options) - 1), entry)
        self._info()

    def _rows(self) -> list[service.OptionResult]:
        assert self.results is not None
        if self.results.session.scored_subject:
            return list(self.results.options)
        # In the order the cards were posted, so typing follows the paper; the rank is a column.
        return sorted(self.results.options, key=lambda o: o.card_id or o.cluster_id or 0)

    def _headers(self) -> list[str]:
        session = self.session
        assert session is not None
        if session.scored_subject:
            return [self.tr("Level"), self.tr("Count"), self.tr("Share")]
        if session.kind == "score":
            rounds = [self.tr("R{n}").format(n=n + 1) for n in range(session.rounds)]
            return [self.tr("Option"), *rounds, self.tr("Total"), self.tr("Rank")]
        return [self.tr("Option"), self.tr("Dots"), self.tr("Rank")]

    def _cells(self, option: service.OptionResult) -> list[str]:
        session = self.session
        assert session is not None
        if session.scored_subject:
            share = format_percent(option.share) if option.share is not None else ""
            return [option.label, number(option.total) if option.votes else "", share]
        if session.kind == "score":
            scores = [number(s) for s in option.scores]
            return [short(option.label), *scores, number(option.total), str(option.rank)]
        return [short(option.label), number(option.total) if option.votes else "", str(option.rank)]

    def _info(self) -> None:
        results, session = self.results, self.session
        assert results is not None and session is not None
        parts = []
        if session.kind == "dot_vote":
            parts.append(self.tr("%n dot(s) per person", "", session.dots_per_person))
            if results.capacity is not None:
                parts.append(
                    self.tr("{counted} of {capacity} dots counted").format(
                        counted=number(results.counted), capacity=results.capacity
                    )
                )
        if results.mean is not None:
            parts.append(self.tr("mean {mean}").format(mean=format_number(results.mean, 1)))
        parts.append(
            self.tr("shown live")
            if session.visibility == "live"
            else self.tr("hidden from the room until closed")
        )
        if not session.is_open:
            parts.append(self.tr("closed"))
        text = " · ".join(parts)
        if results.over_capacity:
            text += " · " + self.tr("more dots than the voters had: check the count")
        self.info.setText(text)

    def first_entry_column(self) -> int:
        return 1

    def last_entry_column(self) -> int:
        session = self.session
        if session is not None and session.kind == "score" and not session.scored_subject:
            return 1 + session.rounds
        return 2

    def one_key_per_cell(self) -> bool:
        session = self.session
        return bool(session and session.kind == "score" and not session.scored_subject)

    def show_typing(self, row: int, typed: str) -> None:
        cell = self.table.item(row, self.table.currentColumn())
        if cell is not None:
            cell.setText(f"{typed}_")

    def record(self, row: int, column: int, value: int | None) -> bool:
        """What was typed for one cell; False when it was refused (said in the status line)."""
        session, options = self.session, self._rows() if self.results else []
        if session is None or not 0 <= row < len(options):
            return False
        option = options[row]
        if session.scored_subject:
            done = self.perform(service.set_tally, session.id, option.option, value or 0)
        elif session.kind == "score":
            round_index = column - 1
            if not 0 <= round_index < session.rounds:
                return False
            done = self.perform(
                service.set_score,
                session.id,
                value,
                card_id=option.card_id,
                round_index=round_index,
            )
        else:
            done = self.perform(
                service.set_dots,
                session.id,
                value or 0,
                card_id=option.card_id,
                cluster_id=option.cluster_id,
            )
        del done
        if not self.last_ok:
            self._show_results()  # the cell shows what is stored, not what was typed
        return self.last_ok

    def focus_entry(self) -> None:
        self.table.setFocus()

    # -- the projector ----------------------------------------------------------------------
    def scene(self) -> OutputScene | None:
        session, results = self.session, self.results
        if session is None or results is None:
            return None
        title = session.title or self._name(session)
        if not session.shows_results:
            return OutputScene(
                BARS, title, hidden_note=self.tr("The results are shown when the vote closes.")
            )
        if session.scored_subject:
            highest = max((o.total for o in results.options), default=0) or 1
            tiles = tuple(
                Tile(o.label, value=number(o.total), share=o.total / highest)
                for o in results.options
            )
            mean = (
                self.tr("Mean: {mean}").format(mean=format_number(results.mean, 1))
                if results.mean
                else ""
            )
            return OutputScene(BARS, title, mean, (TileGroup("", tiles),))
        ranked = sorted(results.options, key=lambda o: (o.rank, o.card_id or 0))
        top = int(self.spec.get("top", 0)) if self.spec and self.spec.kind == "ranking" else 0
        if top:
            ranked = [o for o in ranked if o.rank <= top]
        highest = max((o.total for o in ranked), default=0) or 1
        tiles = tuple(
            Tile(
                f"{o.rank}. {short(o.label, 80)}",
                CARD_COLOURS[o.colour].colour if o.colour in CARD_COLOURS else "",
                CARD_COLOURS[o.colour].symbol if o.colour in CARD_COLOURS else "",
                number(o.total),
                o.total / highest,
            )
            for o in ranked
        )
        return OutputScene(BARS, title, groups=(TileGroup("", tiles),))
