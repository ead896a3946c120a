"""Groups and tables: split the room (pairs, fours, tables of five, or K groups), spread
organisations and categories, re-mix for the next round so people meet new faces. Every split
is stored, for the projector and the printed table plan."""

from __future__ import annotations

import random

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError
from facilitator_app.services import groups as service
from facilitator_app.services import workshops
from facilitator_app.services.groups import GroupSetView
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.flow import tall_enough

COLUMNS_PER_ROW = 5


class GroupsPanel(QWidget):
    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.sets: list[GroupSetView] = []
        layout = QHBoxLayout(self)
        layout.addWidget(self._build_controls(), 0)
        self.view = QWidget()
        view_layout = QVBoxLayout(self.view)
        view_layout.setContentsMargins(0, 0, 0, 0)
        self.set_title = QLabel()
        self.set_title.setObjectName("groupSetTitle")
        self.set_title.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.repeats = tall_enough(QLabel())  # a sentence: wraps rather than widen the page
        self.repeats.setObjectName("groupSetRepeats")
        view_layout.addWidget(self.set_title)
        view_layout.addWidget(self.repeats)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.columns = QWidget()
        self.columns_layout = QGridLayout(self.columns)
        self.columns_layout.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.scroll_area.setWidget(self.columns)
        # The cards reflow to the width there is: none is left beyond the right edge.
        self.scroll_area.viewport().installEventFilter(self)
        self._cards: list[QWidget] = []
        view_layout.addWidget(self.scroll_area, 1)
        layout.addWidget(self.view, 1)
        ctx.changed.connect(self._on_change)
        self.refresh()

    def _build_controls(self) -> QWidget:
        box = QWidget()
        box.setMaximumWidth(380)
        column = QVBoxLayout(box)
        form = QFormLayout()
        self.by_size = QRadioButton(self.tr("Groups of"))
        self.by_size.setObjectName("groupsBySize")
        self.by_count = QRadioButton(self.tr("Number of groups"))
        self.by_count.setObjectName("groupsByCount")
        choice = QButtonGroup(self)
        choice.addButton(self.by_size)
        choice.addButton(self.by_count)
        self.by_size.setChecked(True)
        self.group_size = QSpinBox()
        self.group_size.setObjectName("groupsSize")
        self.group_size.setRange(2, 50)
        self.group_size.setValue(4)
        self.group_count = QSpinBox()
        self.group_count.setObjectName("groupsCount")
        self.group_count.setRange(1, 100)
        self.group_count.setValue(4)
        form.addRow(self.by_size, self.group_size)
        form.addRow(self.by_count, self.group_count)
        presets = QHBoxLayout()
        for label, size in (
            (self.tr("Pairs"), 2),
            (self.tr("Fours"), 4),
            (self.tr("Tables of 5"), 5),
        ):
            button = QPushButton(label)
            button.clicked.connect(lambda _=False, n=size: self._preset(n))
            presets.addWidget(button)
        form.addRow(presets)
        self.who = QComboBox()
        self.who.setObjectName("groupsWho")
        form.addRow(self.tr("Who"), self.who)
        self.item = QComboBox()
        self.item.setObjectName("groupsItem")
        form.addRow(self.tr("For"), self.item)
        self.spread_organisations = QCheckBox(self.tr("Spread each organisation across groups"))
        self.spread_organisations.setObjectName("groupsSpreadOrganisations")
        self.spread_categories = QCheckBox(self.tr("Spread the categories (elected, agents...)"))
        self.spread_categories.setObjectName("groupsSpreadCategories")
        form.addRow(self.spread_organisations)
        form.addRow(self.spread_categories)
        # "Everyone on the roster", "No particular agenda item": never cut (the box is narrow).
        for combo, fixed in (
            (self.who, self.tr("Everyone on the roster")),
            (self.item, self.tr("No particular agenda item")),
        ):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(len(fixed) + 1)
        column.addLayout(form)
        self.make_button = QPushButton(self.tr("Make groups"))
        self.make_button.setObjectName("groupsMake")
        self.make_button.setToolTip(self.tr("A random split, ignoring who has already met."))
        self.make_button.clicked.connect(lambda: self.make(remix=False))
        self.remix_button = QPushButton(self.tr("New round (re-mix)"))
        self.remix_button.setObjectName("groupsRemix")
        self.remix_button.setToolTip(
            self.tr("Keeps apart, as far as possible, people who were together in earlier rounds.")
        )
        self.remix_button.clicked.connect(lambda: self.make(remix=True))
        column.addWidget(self.make_button)
        column.addWidget(self.remix_button)
        column.addWidget(QLabel(self.tr("Rounds so far")))
        self.set_list = QListWidget()
        self.set_list.setObjectName("groupSets")
        self.set_list.currentRowChanged.connect(self._show_set)
        column.addWidget(self.set_list, 1)
        self.delete_button = QPushButton(self.tr("Delete this round"))
        self.delete_button.setObjectName("groupsDelete")
        self.delete_button.clicked.connect(self.delete_current)
        column.addWidget(self.delete_button)
        # Wider when the system's text is larger: no option's words cut.
        box.setMaximumWidth(max(380, box.minimumSizeHint().width()))
        return box

    def _preset(self, size: int) -> None:
        self.by_size.setChecked(True)
        self.group_size.setValue(size)

    # -- actions --------------------------------------------------------------------------
    def make(self, *, remix: bool, seed: int | None = None) -> int | None:
        """Plan a split with the chosen options and store it as the next round (undoable)."""
        spread = [
            name
            for name, box in (
                ("organisation", self.spread_organisations),
                ("category", self.spread_categories),
            )
            if box.isChecked()
        ]
        db, workshop_id = self.ctx.db, self.workshop_id
        with reported(self):
            only = None
            who = self.who.currentData()
            if who is not None:
                only = service.present_ids(db, workshop_id, *who)
            plan = service.plan_groups(
                db,
                workshop_id,
                size=self.group_size.value() if self.by_size.isChecked() else None,
                count=self.group_count.value() if self.by_count.isChecked() else None,
                spread=spread,
                avoid_repeats=remix,
                only=only,
                seed=random.randrange(1 << 30) if seed is None else seed,
            )
            round_index = service.next_round_index(db, workshop_id)
            name = self.tr("Round {n}").format(n=round_index + 1)
            labels = [self.tr("Group {n}").format(n=i + 1) for i in range(len(plan.groups))]
            item_id = self.item.currentData()
            created: int = self.ctx.perform(
                service.save_group_set,
                workshop_id,
                plan.groups,
                name=name,
                labels=labels,
                round_index=round_index,
                item_id=item_id,
            )
            self.select_set(created)
            return created
        return None

    def delete_current(self) -> None:
        row = self.set_list.currentRow()
        if not 0 <= row < len(self.sets):
            return
        chosen = self.sets[row]
        with reported(self):
            self.ctx.perform(service.delete_group_set, chosen.id)

    def select_set(self, group_set_id: int) -> None:
        for row, group_set in enumerate(self.sets):
            if group_set.id == group_set_id:
                self.set_list.setCurrentRow(row)

    # -- display --------------------------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id in (None, self.workshop_id) and change.area in (
            "groups",
            "participants",
            "agenda",
            "attendance",
        ):
            self.refresh()

    def refresh(self) -> None:
        try:
            outline = workshops.get_outline(self.ctx.db, self.workshop_id)
        except NotFoundError:
            return
        self._fill_choices(outline)
        current = self.sets[self.set_list.currentRow()].id if self._has_current() else None
        self.sets = service.list_group_sets(self.ctx.db, self.workshop_id)
        self.set_list.blockSignals(True)
        self.set_list.clear()
        for group_set in self.sets:
            text = self.tr("{name} · {groups} groups · {people} people").format(
                name=group_set.name or str(group_set.round_index + 1),
                groups=len(group_set.groups),
                people=group_set.people,
            )
            self.set_list.addItem(QListWidgetItem(text))
        self.set_list.blockSignals(False)
        ids = [s.id for s in self.sets]
        row = ids.index(current) if current in ids else len(self.sets) - 1
        self.set_list.setCurrentRow(row)
        self._show_set(row)
        has_people = bool(outline.participants)
        self.make_button.setEnabled(has_people)
        self.remix_button.setEnabled(has_people and bool(self.sets))
        self.delete_button.setEnabled(bool(self.sets))

    def _has_current(self) -> bool:
        return 0 <= self.set_list.currentRow() < len(self.sets)

    def _fill_choices(self, outline: workshops.WorkshopOutline) -> None:
        who, item = self.who.currentData(), self.item.currentData()
        self.who.clear()
        self.who.addItem(self.tr("Everyone on the roster"), None)
        for number, day in enumerate(outline.days, start=1):
            self.who.addItem(
                self.tr("Present on day {n}, morning").format(n=number), (day.id, "am")
            )
            self.who.addItem(
                self.tr("Present on day {n}, afternoon").format(n=number), (day.id, "pm")
            )
        self.who.setCurrentIndex(max(self.who.findData(who), 0))
        self.item.clear()
        self.item.addItem(self.tr("No particular agenda item"), None)
        for day in outline.days:
            for agenda_item in day.items:
                if agenda_item.kind in ("activity", "plenary"):
                    self.item.addItem(agenda_item.title or "…", agenda_item.id)
        self.item.setCurrentIndex(max(self.item.findData(item), 0))

    def _show_set(self, row: int) -> None:
        while self.columns_layout.count():
            taken = self.columns_layout.takeAt(0)
            widget = taken.widget() if taken is not None else None
            if widget is not None:
                widget.hide()  # at once: deleteLater waits for the event loop
                widget.deleteLater()
        if not 0 <= row < len(self.sets):
            self.set_title.setText(self.tr("No groups yet"))
            self.repeats.setText(self.tr("Choose a size or a number of groups, then Make groups."))
            return
        group_set = self.sets[row]
        self.set_title.setText(group_set.name)
        if row == 0:
            self.repeats.setText(self.tr("First round: everyone meets new people."))
        elif group_set.repeated_pairs == 0:
            self.repeats.setText(self.tr("Nobody sits again with someone from an earlier round."))
        else:
            self.repeats.setText(
                self.tr("{n} pair(s) of people were already together in an earlier round.").format(
                    n=group_set.repeated_pairs
                )
            )
        self._cards = [
            _GroupColumn(group.label, group.member_names, group.member_organisations)
            for group in group_set.groups
        ]
        self._reflow()

    def columns_per_row(self) -> int:
        """As many cards side by side as the visible width holds (at most COLUMNS_PER_ROW)."""
        spacing = max(0, self.columns_layout.horizontalSpacing())
        margins = self.columns_layout.contentsMargins()
        room = self.scroll_area.viewport().width() - margins.left() - margins.right()
        return max(1, min(COLUMNS_PER_ROW, (room + spacing) // (CARD_WIDTH + spacing)))

    def _reflow(self) -> None:
        columns = self.columns_per_row()
        while self.columns_layout.count():  # the same cards, placed again
            self.columns_layout.takeAt(0)
        for index, card in enumerate(self._cards):
            self.columns_layout.addWidget(card, index // columns, index % columns)
        self._laid_out_columns = columns

    _laid_out_columns = 0

    def eventFilter(self, watched, event) -> bool:  # type: ignore[no-untyped-def]
        if (
            event.type() == QEvent.Type.Resize
            and self._cards
            and self.columns_per_row() != self._laid_out_columns
        ):
            self._reflow()
        return super().eventFilter(watched, event)


CARD_WIDTH = 170


class _GroupColumn(QFrame):
    """One table: its label and its people, as a card the facilitator can read from afar."""

    def __init__(self, label: str, names: tuple[str, ...], organisations: tuple[str, ...]) -> None:
        super().__init__()
        self.setObjectName("groupColumn")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(CARD_WIDTH)
        layout = QVBoxLayout(self)
        heading = QLabel(f"{label} ({len(names)})")
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)  # a long name goes on two lines, never cut
        layout.addWidget(heading)
        for name, organisation in sorted(
            zip(names, organisations, strict=True), key=lambda p: p[0].casefold()
        ):
            person = QLabel(name)
            person.setWordWrap(True)
            person.setToolTip(organisation)
            layout.addWidget(person)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
