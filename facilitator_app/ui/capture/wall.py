"""The card wall: type a card, Ctrl+1 … Ctrl+6 picks its colour, Enter puts it on the wall. The
wall lists the cards by cluster; G gathers the chosen cards into a cluster (a new name or one
already there), U takes them out, F2 edits a card or renames a cluster, Delete removes, and a
card dragged onto a cluster joins it. A card added updates one line, not the whole wall (2000
cards stay fast)."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QColor, QDropEvent, QIcon, QKeyEvent, QKeySequence, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
)

from facilitator_app.capture import limits
from facilitator_app.capture.words import CARD_COLOURS
from facilitator_app.changes import Change
from facilitator_app.services.capture import cards as service
from facilitator_app.ui.capture.base import CapturePanelBase, LimitedLine, own_keys, short
from facilitator_app.ui.live.output_scene import WALL, OutputScene, Tile, TileGroup

KIND_ROLE = Qt.ItemDataRole.UserRole
ID_ROLE = Qt.ItemDataRole.UserRole + 1


@cache
def swatch(colour: str) -> QIcon:
    picture = QPixmap(16, 16)
    picture.fill(QColor(colour))
    return QIcon(picture)


class WallTree(QTreeWidget):
    def __init__(self, panel: WallPanel) -> None:
        super().__init__()
        self.panel = panel
        self.setHeaderHidden(True)
        self.setUniformRowHeights(True)  # 2000 rows: no measuring each one
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        own_keys(self, (Qt.Key.Key_G, Qt.Key.Key_U, Qt.Key.Key_Delete, Qt.Key.Key_F2))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_G:
            self.panel.gather()
        elif key == Qt.Key.Key_U:
            self.panel.ungather()
        elif key == Qt.Key.Key_Delete:
            self.panel.remove_chosen()
        elif key == Qt.Key.Key_F2:
            self.panel.edit_chosen()
        else:
            super().keyPressEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        """The wall is rebuilt from the database: only say where the cards go."""
        target = self.itemAt(event.position().toPoint())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if target is None:
            return
        node = target if target.data(0, KIND_ROLE) == "cluster" else target.parent()
        cluster = node.data(0, ID_ROLE) if node is not None else None
        self.panel.put_chosen(cluster)


class WallPanel(CapturePanelBase):
    panel_id = "wall"

    def __init__(self, env, parent=None) -> None:
        super().__init__(env, parent)
        self.cards: dict[int, service.CardView] = {}
        self.card_items: dict[int, QTreeWidgetItem] = {}
        self.cluster_items: dict[int | None, QTreeWidgetItem] = {}
        self.clusters: dict[int, service.ClusterView] = {}
        # Each card's tile on the projector, made once: the scene is made again after every
        # notice, and a wall of 3000 cards from phones must not cut 3000 texts each time.
        self._tiles: dict[int, Tile] = {}
        layout = QVBoxLayout(self)
        colours = QHBoxLayout()
        self.colour_buttons = QButtonGroup(self)
        for index, word in enumerate(CARD_COLOURS.values(), start=1):
            button = QToolButton()
            button.setObjectName(f"cardColour_{word.code}")
            button.setText(f"{index} {word.symbol} {word.text(self.language)}")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setStyleSheet(
                f"QToolButton {{ background: {word.colour}; color: black; padding: 2px; }}"
                "QToolButton:checked { border: 3px solid black; font-weight: 700; }"
            )
            button.setToolTip(
                self.tr("Colour {name} (Ctrl+{n})").format(name=word.text(self.language), n=index)
            )
            self.colour_buttons.addButton(button, index - 1)
            colours.addWidget(button)
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, code=word.code: self.choose_colour(code))
            self.addAction(action)
        colours.addStretch(1)
        layout.addLayout(colours)
        options = QHBoxLayout()
        self.category_label = QLabel(self.tr("C&olumn:"))
        self.category = QComboBox()
        self.category.setObjectName("cardCategory")
        self.category_label.setBuddy(self.category)
        self.axes_label = QLabel()
        self.x_level = QComboBox()
        self.x_level.setObjectName("cardX")
        self.y_level = QComboBox()
        self.y_level.setObjectName("cardY")
        for widget in (
            self.category_label,
            self.category,
            self.axes_label,
            self.x_level,
            self.y_level,
        ):
            options.addWidget(widget)
        options.addStretch(1)
        layout.addLayout(options)
        self.entry = LimitedLine(
            limits.CARD_TEXT, self.tr("Type a card, Enter puts it on the wall")
        )
        self.entry.setObjectName("cardEntry")
        self.entry.returnPressed.connect(self.add)
        self.entry.was_cut.connect(
            lambda n: self.env.say(self.tr("A card holds {n} characters: cut.").format(n=n), True)
        )
        self.draft = self.bind_draft(self.entry)
        layout.addWidget(self.entry)
        self.count = QLabel()
        self.count.setObjectName("wallCount")
        layout.addWidget(self.count)
        self.tree = WallTree(self)
        self.tree.setObjectName("wallTree")
        layout.addWidget(self.tree, 1)
        self.choose_colour("yellow")

    def title(self) -> str:
        return self.tr("&Wall")

    def tables(self) -> tuple[str, ...]:
        return ("card", "card_cluster")

    # -- options from the phase -----------------------------------------------------------
    def load(self, item_id, spec) -> None:
        self.item_id, self.spec = item_id, spec
        categories = spec.labels("categories") if spec is not None else ()
        self.category.clear()
        self.category.addItem("", "")
        for label in categories:
            self.category.addItem(label.text(self.language), label.key)
        for widget in (self.category_label, self.category):
            widget.setVisible(bool(categories))
        axes = spec.labels("axes") if spec is not None else ()
        levels = int(spec.get("levels", 3)) if spec is not None else 3
        for combo in (self.x_level, self.y_level):
            combo.clear()
            combo.addItem("-", None)
            for level in range(1, levels + 1):
                combo.addItem(str(level), level)
            combo.setVisible(len(axes) == 2)
        self.axes_label.setVisible(len(axes) == 2)
        if len(axes) == 2:
            self.axes_label.setText(" / ".join(a.text(self.language) for a in axes))
        allowed = tuple(spec.get("colours") or CARD_COLOURS) if spec is not None else ()
        for button in self.colour_buttons.buttons():
            code = button.objectName().removeprefix("cardColour_")
            button.setVisible(not allowed or code in allowed)
        self.reload()

    def choose_colour(self, code: str) -> None:
        selected = [i for i in self.tree.selectedItems() if i.data(0, KIND_ROLE) == "card"]
        if self.tree.hasFocus() and selected:
            for entry in selected:
                self.perform(service.edit_card, entry.data(0, ID_ROLE), colour=code)
            return
        self.colour = code
        for button in self.colour_buttons.buttons():
            button.setChecked(button.objectName() == f"cardColour_{code}")

    # -- the wall ---------------------------------------------------------------------------
    def reload(self) -> None:
        wall = service.wall(self.db, self.env.workshop_id, self.item_id)
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        self.cards, self.card_items, self.cluster_items = {}, {}, {}
        self._tiles = {}
        self.clusters = {c.id: c for c in wall.clusters}
        self._node(None)
        for cluster in wall.clusters:
            self._node(cluster.id)
        for card in wall.cards:
            self._put(card)
        self.tree.expandAll()
        self.tree.setUpdatesEnabled(True)
        self._count()
        self.draft.follow(self.draft_key("entry"))

    def _node(self, cluster_id: int | None) -> QTreeWidgetItem:
        node = self.cluster_items.get(cluster_id)
        if node is None:
            node = QTreeWidgetItem()
            node.setData(0, KIND_ROLE, "cluster")
            node.setData(0, ID_ROLE, cluster_id)
            node.setFlags(node.flags() | Qt.ItemFlag.ItemIsDropEnabled)
            self.tree.addTopLevelItem(node)
            node.setExpanded(True)
            self.cluster_items[cluster_id] = node
        name = self.clusters[cluster_id].name if cluster_id in self.clusters else ""
        node.setText(0, name or (self.tr("Not in a cluster") if cluster_id is None else "-"))
        font = node.font(0)
        font.setBold(True)
        node.setFont(0, font)
        return node

    def _label(self, card: service.CardView) -> str:
        word = CARD_COLOURS.get(card.colour)
        parts = [word.symbol if word else "", card.text]
        if card.category and self.spec is not None:
            found = {lb.key: lb for lb in self.spec.labels("categories")}.get(card.category)
            parts.insert(1, f"[{found.text(self.language) if found else card.category}]")
        if card.x is not None or card.y is not None:
            parts.append(f"({card.x or '-'}, {card.y or '-'})")
        return " ".join(p for p in parts if p)

    def _put(self, card: service.CardView) -> QTreeWidgetItem:
        entry = self.card_items.get(card.id)
        node = self._node(card.cluster_id if card.cluster_id in self.clusters else None)
        if entry is None:
            entry = QTreeWidgetItem()
            entry.setData(0, KIND_ROLE, "card")
            entry.setData(0, ID_ROLE, card.id)
            entry.setFlags(entry.flags() & ~Qt.ItemFlag.ItemIsDropEnabled)
            node.addChild(entry)
            self.card_items[card.id] = entry
        elif entry.parent() is not node:
            previous = entry.parent()
            if previous is not None:
                previous.removeChild(entry)
            node.addChild(entry)
        word = CARD_COLOURS.get(card.colour)
        entry.setText(0, self._label(card))
        if word is not None:
            # A swatch of its colour, its symbol in the text, its name in the tooltip: a
            # picture copied, cheaper to paint than a row's background (2000 rows).
            entry.setIcon(0, swatch(word.colour))
            entry.setToolTip(0, word.text(self.language))
        self.cards[card.id] = card
        self._tiles.pop(card.id, None)
        return entry

    def _count(self) -> None:
        self.count.setText(self.tr("%n card(s) on the wall", "", len(self.cards)))

    def on_change(self, change: Change, table: str | None) -> None:
        if table == "card" and change.ids:
            found = {c.id: c for c in service.cards_by_id(self.db, change.ids)}
            for card_id in change.ids:
                card = found.get(card_id)
                if card is None or card.item_id != self.item_id:
                    self._drop(card_id)
                else:
                    self._put(card)
            self._count()
            return
        self.reload()

    def _drop(self, card_id: int) -> None:
        entry = self.card_items.pop(card_id, None)
        self.cards.pop(card_id, None)
        self._tiles.pop(card_id, None)
        parent = entry.parent() if entry is not None else None
        if entry is not None and parent is not None:
            parent.removeChild(entry)

    # -- actions ----------------------------------------------------------------------------
    def focus_entry(self) -> None:
        self.entry.setFocus()

    def add(self) -> None:
        text = self.entry.text().strip()
        if not text:
            return
        added = self.perform(
            service.add_card,
            self.env.workshop_id,
            self.item_id,
            text,
            colour=self.colour,
            category=self.category.currentData() or "",
            x=self.x_level.currentData(),
            y=self.y_level.currentData(),
        )
        if added is not None:
            self.entry.clear()
            self.draft.clear()
            entry = self.card_items.get(added)
            if entry is not None:
                self.tree.scrollToItem(entry)

    def chosen_cards(self) -> list[int]:
        return [
            int(i.data(0, ID_ROLE))
            for i in self.tree.selectedItems()
            if i.data(0, KIND_ROLE) == "card"
        ]

    def gather(self) -> None:
        chosen = self.chosen_cards()
        if not chosen:
            self.env.say(self.tr("Choose cards first (Shift or Ctrl with the arrows)."), True)
            return
        names = [c.name for c in self.clusters.values()]
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Gather into a cluster"),
            self.tr("Cluster (a new name creates it):"),
            names,
            0,
            True,
        )
        if not ok:
            return
        existing = next((c for c in self.clusters.values() if c.name == name), None)
        if existing is not None:
            self.perform(service.cluster_cards, chosen, existing.id)
        else:
            self.perform(
                service.add_cluster, self.env.workshop_id, self.item_id, name, card_ids=chosen
            )

    def ungather(self) -> None:
        chosen = self.chosen_cards()
        if chosen:
            self.perform(service.cluster_cards, chosen, None)

    def put_chosen(self, cluster_id: int | None) -> None:
        chosen = self.chosen_cards()
        if chosen:
            self.perform(service.cluster_cards, chosen, cluster_id)

    def remove_chosen(self) -> None:
        current = self.tree.currentItem()
        if current is not None and current.data(0, KIND_ROLE) == "cluster":
            if current.data(0, ID_ROLE) is not None:
                self.perform(service.remove_cluster, current.data(0, ID_ROLE))
            return
        for card_id in self.chosen_cards():
            self.perform(service.remove_card, card_id)

    def edit_chosen(self) -> None:
        current = self.tree.currentItem()
        if current is None:
            return
        if current.data(0, KIND_ROLE) == "cluster":
            cluster = self.clusters.get(current.data(0, ID_ROLE))
            if cluster is None:
                return
            name, ok = QInputDialog.getText(
                self, self.tr("Rename the cluster"), self.tr("Name:"), text=cluster.name
            )
            if ok:
                self.perform(service.rename_cluster, cluster.id, name)
            return
        card = self.cards.get(current.data(0, ID_ROLE))
        if card is None:
            return
        text, ok = QInputDialog.getText(
            self, self.tr("Edit the card"), self.tr("Card:"), text=card.text
        )
        if ok and text.strip():
            self.perform(service.edit_card, card.id, text=text)

    def flush(self) -> None:
        self.env.drafts.flush()

    # -- the projector ----------------------------------------------------------------------
    def scene(self) -> OutputScene:
        groups = []
        by_cluster: dict[int | None, list[Tile]] = {}
        for card in self.cards.values():
            tile = self._tiles.get(card.id)
            if tile is None:
                word = CARD_COLOURS.get(card.colour)
                tile = self._tiles[card.id] = Tile(
                    short(card.text, 120), word.colour if word else "", word.symbol if word else ""
                )
            cluster = card.cluster_id if card.cluster_id in self.clusters else None
            by_cluster.setdefault(cluster, []).append(tile)
        for cluster_id in [*self.clusters, None]:
            tiles = by_cluster.get(cluster_id)
            if tiles:
                name = self.clusters[cluster_id].name if cluster_id is not None else ""
                groups.append(TileGroup(name if self.clusters else "", tuple(tiles)))
        return OutputScene(WALL, self.tr("The wall"), groups=tuple(groups))
