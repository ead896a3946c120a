"""The coloured cards an audience raises, per question: type the question, Enter; then for each
colour how many cards are up (or, for a room of a thousand, an estimate: 7 is 70 %, 65 is
65 %), Enter moves to the next colour. Two keystrokes per colour; the split is drawn below."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIntValidator, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.capture import limits
from facilitator_app.capture.words import POLL_COLOURS
from facilitator_app.services.capture import votes as service
from facilitator_app.ui.capture.base import CapturePanelBase, LimitedLine
from facilitator_app.ui.formatting import format_percent
from facilitator_app.ui.live.output_scene import SPLIT, OutputScene, Tile, TileGroup


def share_text(value: float | None) -> str:
    return "" if value is None else format_percent(value)


class SplitBar(QWidget):
    """The split, drawn in the console: each colour with its symbol and share."""

    def __init__(self) -> None:
        super().__init__()
        self.parts: list[tuple[str, float]] = []
        self.setMinimumHeight(44)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def show_parts(self, parts: list[tuple[str, float]]) -> None:
        self.parts = parts
        self.update()

    def paintEvent(self, event: Any) -> None:
        painter = QPainter(self)
        total = sum(v for _c, v in self.parts) or 1.0
        x = 0.0
        painter.fillRect(self.rect(), QColor("#DDDDDD"))
        for code, value in self.parts:
            word = POLL_COLOURS[code]
            width = self.width() * value / total
            rect = QRectF(x, 0, width, self.height())
            painter.fillRect(rect, QColor(word.colour))
            light = QColor(word.colour).lightness() > 140
            painter.setPen(QColor("#000000") if light else QColor("#FFFFFF"))
            label = f"{word.symbol} {format_percent(value / total * 100)}"
            if painter.fontMetrics().horizontalAdvance(label) < width - 4:
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            x += width
        painter.end()


class PollPanel(CapturePanelBase):
    panel_id = "poll"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.sessions: list[service.SessionView] = []
        self.results: service.VoteResults | None = None
        self.fields: dict[str, QLineEdit] = {}
        self.shares: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        self.question = LimitedLine(limits.TITLE, self.tr("Type the question, Enter asks it"))
        self.question.setObjectName("pollQuestion")
        self.question.setAccessibleName(self.tr("The question asked"))
        self.question.returnPressed.connect(self.ask)
        self.draft = self.bind_draft(self.question)
        layout.addWidget(self.question)
        top = QHBoxLayout()
        self.choice = QComboBox()
        self.choice.setObjectName("pollChoice")
        self.choice.currentIndexChanged.connect(self._show)
        top.addWidget(self.choice, 1)
        layout.addLayout(top)
        self.mode = QLabel()
        self.mode.setObjectName("pollMode")
        self.mode.setWordWrap(True)
        layout.addWidget(self.mode)
        self.grid = QGridLayout()
        layout.addLayout(self.grid)
        self.bar = SplitBar()
        self.bar.setObjectName("pollSplit")
        layout.addWidget(self.bar)
        layout.addStretch(1)

    def title(self) -> str:
        return self.tr("Coloured &cards")

    def tables(self) -> tuple[str, ...]:
        return ("vote_session",)

    def reload(self) -> None:
        current = self.choice.currentData()
        self.sessions = [
            s
            for s in service.sessions_of(self.db, self.env.workshop_id, self.item_id)
            if s.kind == "poll"
        ]
        self.choice.blockSignals(True)
        self.choice.clear()
        for session in self.sessions:
            self.choice.addItem(session.title or self.tr("Question"), session.id)
        index = self.choice.findData(current)
        self.choice.setCurrentIndex(index if index >= 0 else self.choice.count() - 1)
        self.choice.blockSignals(False)
        self.draft.follow(self.draft_key("question"))
        self._show()

    @property
    def session(self) -> service.SessionView | None:
        return next((s for s in self.sessions if s.id == self.choice.currentData()), None)

    def _show(self) -> None:
        session = self.session
        self.results = service.results(self.db, session.id) if session else None
        shape = (session.id, session.options) if session is not None else None
        if shape != getattr(self, "_shape", None):
            self._build(session)
            self._shape = shape
        if session is None:
            self.bar.show_parts([])
            return
        values = {o.option: o for o in self.results.options} if self.results else {}
        for code, field in self.fields.items():
            found = values.get(code)
            if not field.hasFocus():
                field.setText(str(int(found.total)) if found is not None and found.votes else "")
            self.shares[code].setText(share_text(found.share if found else None))
        self.bar.show_parts(
            [(o.option, o.share or 0.0) for o in (self.results.options if self.results else ())]
        )

    def _build(self, session: service.SessionView | None) -> None:
        """One row per colour of the question: its symbol and word, its count, its share."""
        while self.grid.count():
            taken = self.grid.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.deleteLater()
        self.fields, self.shares = {}, {}
        if session is None:
            self.mode.setText(self.tr("Type a question above to count the cards raised."))
            return
        self.mode.setText(
            self.tr("Estimate: 7 is 70 %, 65 is 65 %. Enter goes to the next colour.")
            if session.estimate
            else self.tr("Count the cards of each colour. Enter goes to the next colour.")
        )
        for row, code in enumerate(session.options):
            word = POLL_COLOURS[code]
            swatch = QLabel(f" {word.symbol} ")
            swatch.setStyleSheet(
                f"background: {word.colour}; color: black; font-weight: 700; padding: 2px;"
            )
            name = QLabel(word.text(self.language))
            field = QLineEdit()
            field.setObjectName(f"pollCount_{code}")
            field.setValidator(QIntValidator(0, service.MAX_COUNT, field))
            field.returnPressed.connect(lambda code=code: self.record(code))
            share = QLabel()
            share.setObjectName(f"pollShare_{code}")
            name.setBuddy(field)
            for column, widget in enumerate((swatch, name, field, share)):
                self.grid.addWidget(widget, row, column)
                widget.show()  # now: the keyboard goes to it at once
            self.fields[code] = field
            self.shares[code] = share

    def ask(self) -> None:
        text = self.question.text().strip()
        if not text:
            return
        settings: dict[str, Any] = {"options": list(self._spec_colours())}
        settings["estimate"] = bool(
            self.spec and self.spec.kind == "poll" and self.spec["mode"] == "estimate"
        )
        created = self.perform(
            service.open_session, self.env.workshop_id, self.item_id, "poll", title=text, **settings
        )
        if created is not None:
            self.question.clear()
            self.draft.clear()
            self.reload()
            self.choice.setCurrentIndex(self.choice.findData(created))
            self.focus_entry()

    def _spec_colours(self) -> tuple[str, ...]:
        if self.spec is not None and self.spec.kind == "poll":
            return tuple(self.spec["colours"])
        return ("green", "yellow", "red", "other")

    def record(self, code: str) -> None:
        session = self.session
        field = self.fields.get(code)
        if session is None or field is None:
            return
        typed = field.text().strip()
        value = int(typed) if typed else 0
        if session.estimate and len(typed) == 1:
            value *= 10  # one digit: tenths of the room
        self.perform(service.set_tally, session.id, code, value)
        if not self.last_ok:
            return
        order = list(session.options)
        following = order.index(code) + 1
        if following < len(order) and order[following] in self.fields:
            self.fields[order[following]].setFocus()
            self.fields[order[following]].selectAll()

    def on_change(self, change: Any, table: str | None) -> None:
        self.reload()

    def focus_entry(self) -> None:
        if self.fields:
            first = next(iter(self.fields.values()))
            first.setFocus()
            first.selectAll()
        else:
            self.question.setFocus()

    def flush(self) -> None:
        self.env.drafts.flush()

    def scene(self) -> OutputScene | None:
        session, results = self.session, self.results
        if session is None or results is None:
            return None
        tiles = []
        for option in results.options:
            word = POLL_COLOURS[option.option]
            share = option.total if session.estimate else option.share
            note = "" if session.estimate else (str(int(option.total)) if option.votes else "0")
            tiles.append(
                Tile(
                    word.text(self.language),
                    word.colour,
                    word.symbol,
                    share_text(share) or "0 %",
                    share or 0.0,
                    note,
                )
            )
        subtitle = self.tr("Estimated share of the room") if session.estimate else ""
        return OutputScene(
            SPLIT,
            session.title or self.tr("Coloured cards"),
            subtitle,
            (TileGroup("", tuple(tiles)),),
        )
