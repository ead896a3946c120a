"""Attendance from the console: type a few letters of a name, Enter marks the first match
present. In the list (Down from the field): P present, A absent, E excused, R arrived at the
time in the time field (14h10), D left at that time. The half-day follows the clock (the one
rule of capture.halfday) and can be changed."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLabel,
    QListWidgetItem,
    QVBoxLayout,
)

from facilitator_app.capture.halfday import half_day_of
from facilitator_app.capture.words import ATTENDANCE, HALF_DAYS
from facilitator_app.services.capture import attendance as service
from facilitator_app.timefmt import format_clock
from facilitator_app.ui.capture.base import CapturePanelBase, LimitedLine
from facilitator_app.ui.capture.records import _Keys

ID_ROLE = Qt.ItemDataRole.UserRole
KEYS = {
    Qt.Key.Key_P: "present",
    Qt.Key.Key_A: "absent",
    Qt.Key.Key_E: "excused",
    Qt.Key.Key_R: "arrived",
    Qt.Key.Key_D: "left",
}


def parse_clock(text: str) -> time:
    """14h10, 14:10, 14h, 9h05; ValueError otherwise."""
    cleaned = text.strip().lower().replace("h", ":").replace(".", ":")
    if cleaned.endswith(":"):
        cleaned += "00"
    hours, _sep, minutes = cleaned.partition(":")
    return time(int(hours), int(minutes or 0))


class FilterLine(LimitedLine):
    def __init__(self, panel: AttendancePanel) -> None:
        super().__init__(
            200,
            QCoreApplication.translate(
                "AttendancePanel", "A few letters of a name, Enter: present"
            ),
        )
        self.panel = panel

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Down:
            self.panel.list.setFocus()
            if self.panel.list.currentRow() < 0 and self.panel.list.count():
                self.panel.list.setCurrentRow(0)
            return
        super().keyPressEvent(event)


class AttendancePanel(CapturePanelBase):
    panel_id = "attendance"
    follows_people = True

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.rows: list[service.PresenceRow] = []
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.half = QComboBox()
        self.half.setObjectName("attendanceHalf")
        for code, word in HALF_DAYS.items():
            self.half.addItem(word.text(self.language), code)
        self.half.setCurrentIndex(self.half.findData(half_day_of(datetime.now().time())))
        self.half.currentIndexChanged.connect(self._show)
        form.addRow(self.tr("&Half-day:"), self.half)
        self.at = LimitedLine(8, "14h10")
        self.at.setObjectName("attendanceTime")
        now = datetime.now().time()
        self.at.setText(now.strftime("%Hh%M" if self.language == "fr" else "%H:%M"))
        form.addRow(self.tr("&Time:"), self.at)
        self.filter = FilterLine(self)
        self.filter.setObjectName("attendanceFilter")
        self.filter.textChanged.connect(self._show)
        self.filter.returnPressed.connect(self._first_present)
        form.addRow(self.tr("&Name:"), self.filter)
        layout.addLayout(form)
        layout.addWidget(
            QLabel(
                self.tr("P present, A absent, E excused, R arrived, D left (at the time above).")
            )
        )
        self.list = _Keys(KEYS, self._key)
        self.list.setObjectName("attendanceList")
        self.list.setAccessibleName(self.tr("Who is present"))
        layout.addWidget(self.list, 1)
        self.summary = QLabel()
        self.summary.setObjectName("attendanceSummary")
        layout.addWidget(self.summary)

    def title(self) -> str:
        return self.tr("A&ttendance")

    def tables(self) -> tuple[str, ...]:
        return ()

    def reload(self) -> None:
        self.rows = service.sheet(self.db, self.env.workshop_id, self.env.day_id())
        self._show()

    def _show(self) -> None:
        half = self.half.currentData()
        row = self.list.currentRow()
        self.list.clear()
        for person in service.matching(self.rows, self.filter.text()):
            presence = person.half(half)
            word = ATTENDANCE[presence.status]
            text = f"{word.symbol or '·'} {person.name} - {word.text(self.language)}"
            times = []
            if presence.arrived_at:
                times.append(
                    self.tr("arrived {at}").format(
                        at=format_clock(presence.arrived_at, self.language)
                    )
                )
            if presence.left_at:
                times.append(
                    self.tr("left {at}").format(at=format_clock(presence.left_at, self.language))
                )
            if times:
                text += f" ({', '.join(times)})"
            entry = QListWidgetItem(text)
            entry.setData(ID_ROLE, person.participant_id)
            self.list.addItem(entry)
        if self.list.count() and row >= 0:
            self.list.setCurrentRow(min(row, self.list.count() - 1))
        present = sum(1 for p in self.rows if p.half(half).status == "present")
        self.summary.setText(
            self.tr("{present} present of {total}").format(present=present, total=len(self.rows))
        )

    def _first_present(self) -> None:
        if self.list.count():
            self._mark(int(self.list.item(0).data(ID_ROLE)), "present")
            if self.last_ok:
                self.filter.clear()

    def _key(self, entry: QListWidgetItem, what: str) -> None:
        participant_id = int(entry.data(ID_ROLE))
        if what in ("arrived", "left"):
            try:
                at = parse_clock(self.at.text())
            except ValueError:
                self.env.say(self.tr("A time reads 14h10."), True)
                self.at.setFocus()
                return
            operation = service.record_arrival if what == "arrived" else service.record_departure
            half = self.perform(operation, participant_id, self.env.day_id(), at)
            if half is not None and half != self.half.currentData():
                self.half.setCurrentIndex(self.half.findData(half))
            return
        self._mark(participant_id, what)

    def _mark(self, participant_id: int, status: str) -> None:
        self.perform(
            service.mark, participant_id, self.env.day_id(), self.half.currentData(), status
        )

    def focus_entry(self) -> None:
        self.filter.setFocus()

    def scene(self) -> None:
        return None  # who is absent is not for the projector
