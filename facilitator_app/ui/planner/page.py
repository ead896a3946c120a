"""The planner: the workshop's days as tabs, each day's agenda as a timeline, the selected
item's details beside it, and the totals below. Every change is an undoable operation."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError
from facilitator_app.models import utcnow
from facilitator_app.services import agenda as service
from facilitator_app.timefmt import format_clock, format_duration
from facilitator_app.tools.model import Tool
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.formatting import format_date
from facilitator_app.ui.planner.days import DayBar
from facilitator_app.ui.planner.detail import ItemDetail
from facilitator_app.ui.planner.dialogs import ToolPicker, weekend_warning
from facilitator_app.ui.planner.lateness import lateness_text
from facilitator_app.ui.planner.timeline import TimelineDelegate, TimelineModel, TimelineView

# Default length of the items added with one click, in minutes.
QUICK_ITEMS = {"break": 15, "plenary": 30, "meal": 60, "activity": 30}


class PlannerPage(QWidget):
    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.day_id: int | None = None
        self.plan: service.WorkshopAgenda | None = None
        self.people: list[service.ParticipantName] = []
        self._tool_names: dict[str, str] = {}
        self.undo_stack: QUndoStack = ctx.undo_stack
        # The clock the lateness is measured against (tests replace it).
        self.now: Callable[[], datetime] = utcnow

        layout = QVBoxLayout(self)
        self.days = DayBar(ctx, workshop_id, self._run)
        self.days.day_chosen.connect(self._day_chosen)
        self.tabs = self.days.tabs
        layout.addWidget(self.days)
        self.day_label = QLabel()
        self.day_label.setObjectName("plannerDayLabel")
        self.day_label.setTextFormat(Qt.TextFormat.PlainText)
        self.weekend = QLabel()
        self.weekend.setObjectName("plannerWeekend")
        self.weekend.setStyleSheet("color: #b35900; font-weight: bold;")
        self.weekend.hide()
        day_row = QHBoxLayout()
        day_row.addWidget(self.day_label)
        day_row.addWidget(self.weekend)
        day_row.addStretch(1)
        layout.addLayout(day_row)
        self.lateness = QLabel()
        self.lateness.setObjectName("plannerLateness")
        self.lateness.setWordWrap(True)
        self.lateness.hide()
        layout.addWidget(self.lateness)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        add_row = QHBoxLayout()
        add_row.setSpacing(4)
        # Short labels (the long ones are the tooltips): the row fits a laptop in French.
        add_row.addWidget(QLabel(self.tr("Add:")))
        for text, tip, slot, name in (
            (self.tr("Activity…"), self.tr("Add activity…"), self.choose_tool, "plannerAddTool"),
            (
                self.tr("Break"),
                self.tr("Add break"),
                lambda: self.add_quick("break"),
                "plannerAddBreak",
            ),
            (
                self.tr("Plenary"),
                self.tr("Add plenary"),
                lambda: self.add_quick("plenary"),
                "plannerAddPlenary",
            ),
            (
                self.tr("Meal"),
                self.tr("Add meal"),
                lambda: self.add_quick("meal"),
                "plannerAddMeal",
            ),
        ):
            add_row.addWidget(self._button(text, slot, name, tip))
        add_row.addStretch(1)
        add_row.addWidget(
            self._button(self.tr("Rotate roles"), self.rotate_roles, "plannerRotateRoles")
        )
        add_row.addWidget(
            self._button(
                self.tr("Remove"), self.remove_selected, "plannerRemoveItem", self.tr("Remove item")
            )
        )
        left_layout.addLayout(add_row)
        self.model = TimelineModel(self)
        self.model.move_requested.connect(self.move_item)
        self.view = TimelineView()
        self.view.setObjectName("plannerTimeline")
        self.view.setAccessibleName(self.tr("The day’s plan, hour by hour"))
        self.delegate = TimelineDelegate(lambda: self.ctx.language, self.tool_name)
        self.view.setItemDelegate(self.delegate)
        self.view.setModel(self.model)
        self.view.selectionModel().currentChanged.connect(lambda *_: self._show_detail())
        self.view.move_by.connect(self.move_selected)
        self.view.lengthen_by.connect(self.lengthen_selected)
        self.view.remove_pressed.connect(self.remove_selected)
        left_layout.addWidget(self.view, 1)
        hint = QLabel(
            self.tr("Drag or Alt+Up/Down to reorder · +/− to change the duration by 5 min")
        )
        hint.setObjectName("plannerHint")
        hint.setStyleSheet("color: #555;")
        hint.setWordWrap(True)
        left_layout.addWidget(hint)
        splitter.addWidget(left)
        self.detail = ItemDetail(self)
        self.detail.language = ctx.language
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.detail)
        scroll.setMinimumWidth(300)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([560, 420])  # the detail (with the steps) gets room from the start
        layout.addWidget(splitter, 1)
        self.totals = QLabel()
        self.totals.setObjectName("plannerTotals")
        self.totals.setTextFormat(Qt.TextFormat.RichText)
        self.totals.setWordWrap(True)
        layout.addWidget(self.totals)
        ctx.changed.connect(self._on_change)
        self.refresh()

    def _button(self, text: str, slot: Callable[[], Any], name: str, tip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.setToolTip(tip)
        button.clicked.connect(lambda: slot())
        return button

    # --- reading ---------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.area == "tools":
            self._tool_names.clear()
        if change.workshop_id in (None, self.workshop_id) and change.area in (
            "agenda",
            "participants",
            "workshops",
            "tools",
            "run",  # the live run writes the actual times the lateness line reads
        ):
            self.refresh()

    def refresh(self) -> None:
        try:
            self.plan = service.workshop_agenda(self.ctx.db, self.workshop_id)
        except NotFoundError:
            return
        self.people = service.list_participants(self.ctx.db, self.workshop_id)
        ids = [day.id for day in self.plan.days]
        if self.day_id not in ids:
            self.day_id = ids[0] if ids else None
        self.days.show_days(self.plan.days, self.day_id)
        self._show_day()
        if self.day_id is not None:
            self.ctx.set_current_day(self.day_id)

    def current_day(self) -> service.DayView | None:
        if self.plan is None or self.day_id is None:
            return None
        return self.plan.day(self.day_id)

    def _show_day(self) -> None:
        day = self.current_day()
        selected = self.selected_ids()
        current = self.current_item()
        self.model.set_items(day.items if day else ())
        if day is None:
            return
        language = self.ctx.language
        parts = []
        if day.date:
            parts.append(format_date(day.date))
        if day.venue:
            parts.append(day.venue)
        parts.append(
            self.tr("{start} – {end}").format(
                start=format_clock(day.start_time, language),
                end=format_clock(day.end_time, language),
            )
        )
        self.day_label.setText(" · ".join(parts))
        warning = weekend_warning(day.date) if day.date else ""
        self.weekend.setText(warning)
        self.weekend.setVisible(bool(warning))
        self._select([i for i in selected if self.model.row_of(i) is not None], current)
        self._show_totals(day)
        self._show_lateness(day)
        self._show_detail()

    def _show_totals(self, day: service.DayView) -> None:
        assert self.plan is not None
        language = self.ctx.language
        totals = self.plan.totals
        self.totals.setText(
            self.tr(
                "<b>This day:</b> {work} of work, {all} in all &nbsp;&nbsp; "
                "<b>Workshop:</b> {wwork} of work over {days} day(s), {wall} in all"
            ).format(
                work=format_duration(day.schedule.working_minutes, language),
                all=format_duration(day.schedule.total_minutes, language),
                wwork=format_duration(totals.working_minutes, language),
                days=len(self.plan.days),
                wall=format_duration(totals.total_minutes, language),
            )
        )

    def _show_lateness(self, day: service.DayView) -> None:
        """Once the live run has started the day: how late it runs and what could absorb it."""
        if not any(item.has_started for item in day.items):
            self.lateness.hide()
            return
        projection = service.project_day(self.ctx.db, day.id, self.now())
        text, colour = lateness_text(projection, day, self.ctx.language)
        self.lateness.setStyleSheet(f"color: {colour}; font-weight: bold;")
        self.lateness.setText(text)
        self.lateness.show()

    def _show_detail(self) -> None:
        item = self.current_item()
        days: tuple[tuple[int, str], ...] = ()
        if self.plan is not None:
            days = tuple(
                (day.id, self.days.label(n, day)) for n, day in enumerate(self.plan.days, 1)
            )
        self.detail.show_item(
            item,
            self.people,
            self.tool_name(item.tool_id) if item and item.tool_id else "",
            days,
            self.day_id,
        )

    def tool_name(self, tool_id: str) -> str:
        if tool_id not in self._tool_names:
            from facilitator_app.services import library

            try:
                name = library.find_tool(self.ctx.db, tool_id).text(self.ctx.language).name
            except Exception:  # a tool missing from this installation still shows its id
                name = tool_id
            self._tool_names[tool_id] = name
        return self._tool_names[tool_id]

    def selected_ids(self) -> list[int]:
        rows = sorted(i.row() for i in self.view.selectionModel().selectedRows())
        return [self.model.items[r].id for r in rows if r < len(self.model.items)]

    def current_item(self) -> service.ItemView | None:
        index = self.view.currentIndex()
        if index.isValid() and index.row() < len(self.model.items):
            return self.model.items[index.row()]
        return None

    def _select(self, ids: list[int], current: service.ItemView | int | None) -> None:
        selection = self.view.selectionModel()
        current_id = current.id if isinstance(current, service.ItemView) else current
        row = self.model.row_of(current_id) if current_id is not None else None
        if row is not None:
            selection.setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        for item_id in ids:
            found = self.model.row_of(item_id)
            if found is not None:
                selection.select(self.model.index(found), QItemSelectionModel.SelectionFlag.Select)

    def select_item(self, item_id: int) -> None:
        self.view.selectionModel().clearSelection()
        self._select([item_id], item_id)
        row = self.model.row_of(item_id)
        if row is not None:
            self.view.scrollTo(self.model.index(row))

    def _still_planned(self, item_id: int) -> bool:
        days = self.plan.days if self.plan is not None else ()
        return any(item.id == item_id for day in days for item in day.items)

    def _day_chosen(self, day_id: int) -> None:
        self.detail.flush()
        self.day_id = day_id
        self.ctx.set_current_day(day_id)
        self.view.selectionModel().clear()
        self._show_day()

    # --- changing --------------------------------------------------------------------------

    def _run(self, operation: Any, *args: Any, **kwargs: Any) -> Any:
        """One named operation of the services, on the Undo menu; errors are shown."""
        with reported(self):
            return self.ctx.perform(operation, *args, **kwargs)
        return None

    def _insert_position(self) -> int | None:
        item = self.current_item()
        return item.position + 1 if item is not None else None

    def _add(self, **fields: Any) -> int | None:
        day_id = self.day_id
        if day_id is None:
            return None
        item_id = self._run(service.add_item, day_id, position=self._insert_position(), **fields)
        if item_id is not None:
            self.select_item(item_id)
        return item_id  # type: ignore[no-any-return]

    def add_tool(self, tool: Tool) -> int | None:
        """The method's phases, with the rounds that follow the room (one way for the planner and
        the library: services.agenda.add_tool_item)."""
        day_id = self.day_id
        if day_id is None:
            return None
        item_id = self._run(
            service.add_tool_item, day_id, tool.id, position=self._insert_position()
        )
        if item_id is not None:
            self.select_item(item_id)
        return item_id  # type: ignore[no-any-return]

    def choose_tool(self) -> None:
        from facilitator_app.services import library
        from facilitator_app.tools import registry

        with reported(self):
            tools = [*registry.builtin_tools(), *library.list_custom_tools(self.ctx.db)]
            picker = ToolPicker(tools, self.ctx.language, self)
            if picker.exec() != QDialog.DialogCode.Accepted:
                return
            tool = picker.chosen()
            if picker.without_tool:
                self.add_quick("activity")
            elif tool is not None:
                self.add_tool(tool)

    def add_quick(self, kind: str) -> int | None:
        titles = {
            "break": self.tr("Break"),
            "plenary": self.tr("Plenary"),
            "meal": self.tr("Lunch"),
            "activity": self.tr("Activity"),
        }
        return self._add(kind=kind, title=titles[kind], duration_minutes=QUICK_ITEMS[kind])

    def edit_item(self, item_id: int, **values: Any) -> None:
        if not self._still_planned(item_id):
            return  # an undo removed it while its details were being typed: they go with it
        self._run(service.update_item, item_id, **values)

    def set_steps(self, item_id: int, phases: list[dict[str, Any]], minutes: int | None) -> None:
        if self._still_planned(item_id):
            self._run(service.set_steps, item_id, phases, minutes=minutes)

    def reset_steps(self, item_id: int) -> None:
        if self._still_planned(item_id):
            self._run(service.reset_steps, item_id)

    def assign_role(self, item_id: int, role: str, participant_id: int | None, name: str) -> None:
        self._run(service.set_role, item_id, role, participant_id=participant_id, person_name=name)

    def move_item(self, item_id: int, position: int, day_id: int | None = None) -> None:
        self._run(service.move_item, item_id, position, day_id)
        if day_id is None or day_id == self.day_id:
            self.select_item(item_id)

    def move_to_day(self, item_id: int, day_id: int) -> None:
        """Last in the other day; the item leaves this day's timeline."""
        if day_id != self.day_id and self.plan is not None:
            self.move_item(item_id, len(self.plan.day(day_id).items), day_id)

    def move_selected(self, delta: int) -> None:
        item = self.current_item()
        if item is None:
            return
        target = item.position + delta
        if 0 <= target < len(self.model.items):
            self.move_item(item.id, target)

    def lengthen_selected(self, minutes: int) -> None:
        """+/- on the timeline: an item without steps changes at once; one with steps gets a
        proposal in the detail panel (from the length already proposed, when there is one)."""
        item = self.current_item()
        if item is None:
            return
        pending = self.detail.steps.pending
        base = pending[0] if pending is not None and item.phases else item.duration_minutes
        new = max(0, min(service.MAX_MINUTES, base + minutes))
        if item.phases:
            self.detail.duration.setValue(new)
        elif new != item.duration_minutes:
            self.edit_item(item.id, duration_minutes=new)

    def remove_selected(self) -> None:
        current = self.current_item()
        for item_id in self.selected_ids() or ([current.id] if current else []):
            self.remove_item(item_id)

    def remove_item(self, item_id: int) -> None:
        self.detail.flush()  # typing not yet saved comes back with the item on undo
        self._run(service.remove_item, item_id)

    def rotate_roles(self) -> None:
        """Over the selected items, or every activity of the day when one or none is selected."""
        day = self.current_day()
        if day is None:
            return
        ids = self.selected_ids()
        if len(ids) < 2:
            ids = [i.id for i in day.items if i.kind == "activity"]
        self._run(service.rotate_roles, ids)
