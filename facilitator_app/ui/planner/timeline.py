"""The day's agenda as a timeline: one block per item, as tall as its duration, with its clock
times, its kind in colour and in words, and the gap or overlap a pinned item creates."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QKeyEvent, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from facilitator_app.agenda import Gap, Overlap
from facilitator_app.services.agenda import ItemView
from facilitator_app.timefmt import format_clock, format_duration
from facilitator_app.ui.labels import item_kind_label, role_label

ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
MIME = "application/x-facilitator-agenda-item"
PIXELS_PER_MINUTE = 1.6
MIN_HEIGHT = 46
GAP_BAND = 22
# Background and stripe per kind; the kind is also written out, for readers without colour.
KIND_COLOURS = {
    "activity": ("#e3eefb", "#2f6db5"),
    "break": ("#e4f3e2", "#3c8d40"),
    "plenary": ("#efe6f7", "#7b4fa8"),
    "meal": ("#fcecd9", "#b86410"),
}

Index = QModelIndex | QPersistentModelIndex


class TimelineModel(QAbstractListModel):
    """Rows are the day's items (read model); a drop asks `move_requested` to move one."""

    move_requested = Signal(int, int)  # item id, new position

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.items: list[ItemView] = []

    def set_items(self, items: tuple[ItemView, ...]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title or item_kind_label(item.kind)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{item_kind_label(item.kind)}: {item.title}"
        if role == ITEM_ROLE:
            return item
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        data = QMimeData()
        rows = sorted({i.row() for i in indexes if i.isValid()})
        if rows:
            data.setData(MIME, QByteArray(str(self.items[rows[0]].id).encode()))
        return data

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not data.hasFormat(MIME) or action != Qt.DropAction.MoveAction:
            return False
        item_id = int(bytes(data.data(MIME).data()).decode())
        target = row if row >= 0 else (parent.row() if parent.isValid() else len(self.items))
        source = next((n for n, i in enumerate(self.items) if i.id == item_id), None)
        if source is None:
            return False
        self._request_move(source, target)
        return True

    def moveRows(
        self, source_parent: Index, source_row: int, count: int, parent: Index, child: int
    ) -> bool:
        """What QListView calls on an internal drop; one item at a time."""
        if count != 1 or source_parent.isValid() or parent.isValid():
            return False
        if not 0 <= source_row < len(self.items) or not 0 <= child <= len(self.items):
            return False
        self._request_move(source_row, child)
        return True

    def _request_move(self, source: int, before: int) -> None:
        # `before` counts rows while the item is still in its place.
        target = before - 1 if before > source else before
        if target != source:
            item_id = self.items[source].id
            # Once the drop is over: the move refreshes (resets) this model.
            QTimer.singleShot(0, lambda: self.move_requested.emit(item_id, target))

    def row_of(self, item_id: int) -> int | None:
        return next((n for n, i in enumerate(self.items) if i.id == item_id), None)


def block_height(item: ItemView) -> int:
    height = max(MIN_HEIGHT, round(item.duration_minutes * PIXELS_PER_MINUTE))
    if item.gap is not None:
        height += GAP_BAND
    return height


class TimelineDelegate(QStyledItemDelegate):
    """Paints one item as a block; `language` picks the clock style ("14h35" or "2:35 PM")."""

    def __init__(self, language: Callable[[], str], tool_name: Callable[[str], str]) -> None:
        super().__init__()
        self._language = language
        self._tool_name = tool_name

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        item: ItemView = index.data(ITEM_ROLE)
        return QSize(400, block_height(item) + 4)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        item: ItemView = index.data(ITEM_ROLE)
        language = self._language()
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = option.rect.adjusted(2, 2, -2, -2)
        if item.gap is not None:
            self._paint_gap(painter, QRect(rect.x(), rect.y(), rect.width(), GAP_BAND), item)
            rect.setTop(rect.top() + GAP_BAND)
        background, stripe = KIND_COLOURS.get(item.kind, ("#eeeeee", "#777777"))
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.setPen(
            QPen(QColor("#1d4f91") if selected else QColor(stripe), 2 if selected else 1)
        )
        painter.setBrush(QColor("#cfe0f7") if selected else QColor(background))
        painter.drawRoundedRect(rect.adjusted(0, 0, -1, -1), 4, 4)
        painter.fillRect(QRect(rect.x() + 78, rect.y() + 1, 6, rect.height() - 2), QColor(stripe))

        base = QFont(option.font)
        small = QFont(option.font)
        small.setPointSizeF(max(7.0, base.pointSizeF() * 0.9))
        bold = QFont(option.font)
        bold.setBold(True)
        ink = QColor("#1a1a1a")
        muted = QColor("#4a4a4a")

        # Clock times, on the left.
        times = QRect(rect.x() + 6, rect.y() + 4, 70, rect.height() - 8)
        painter.setFont(bold)
        painter.setPen(ink)
        start = format_clock(item.start_time, language)
        end = format_clock(item.end_time, language)
        if item.slot.crosses_midnight or item.slot.start >= 24 * 60:
            end += " +1"
        line = painter.fontMetrics().height()
        painter.drawText(times, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, start)
        painter.setFont(base)
        painter.setPen(muted)
        if times.height() >= 2 * line:
            painter.drawText(times, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom, end)

        # Title line: kind in words, title, duration on the right.
        text = QRect(rect.x() + 92, rect.y() + 4, rect.width() - 100, rect.height() - 8)
        duration = format_duration(item.duration_minutes, language)
        if item.has_run:
            duration = self.tr("done") + " · " + duration
        elif item.has_started:
            duration = self.tr("running") + " · " + duration
        if item.pinned_start is not None:
            pin = self.tr("fixed at {time}").format(time=format_clock(item.pinned_start, language))
            duration = f"{pin} · {duration}"
        painter.setFont(base)
        painter.setPen(ink)
        duration_width = painter.fontMetrics().horizontalAdvance(duration) + 8
        painter.drawText(text, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, duration)
        painter.setFont(small)
        painter.setPen(QColor(stripe).darker(130))
        kind = item_kind_label(item.kind).upper()
        kind_width = painter.fontMetrics().horizontalAdvance(kind) + 10
        painter.drawText(text, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, kind)
        painter.setFont(bold)
        painter.setPen(ink)
        title_rect = text.adjusted(kind_width, 0, -duration_width, 0)
        title = painter.fontMetrics().elidedText(
            item.title or item_kind_label(item.kind),
            Qt.TextElideMode.ElideRight,
            title_rect.width(),
        )
        painter.drawText(title_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, title)

        # Second and third lines, when the block is tall enough: tool and question, roles.
        details = []
        if item.tool_id and self._tool_name(item.tool_id) != item.title:
            details.append(self._tool_name(item.tool_id))
        if item.question:
            details.append(f"« {item.question} »" if language == "fr" else f"“{item.question}”")
        if item.roles:
            details.append(
                " · ".join(
                    self.tr("{role}: {holder}").format(role=role_label(r.role), holder=r.holder)
                    for r in item.roles
                    if r.holder
                )
            )
        painter.setFont(small)
        painter.setPen(muted)
        small_line = painter.fontMetrics().height()
        y = text.y() + line + 2
        room = max(0, (text.bottom() + 2 - y) // small_line)
        if room and len(details) > room:
            # A short block: what does not fit on its own line shares the last one.
            details = [*details[: room - 1], " · ".join(details[room - 1 :])]
        for detail in details[:room]:
            row = QRect(text.x(), y, text.width(), small_line)
            elided = painter.fontMetrics().elidedText(
                detail, Qt.TextElideMode.ElideRight, row.width()
            )
            painter.drawText(row, Qt.AlignmentFlag.AlignLeft, elided)
            y += small_line
        painter.restore()

    def _paint_gap(self, painter: QPainter, band: QRect, item: ItemView) -> None:
        language = self._language()
        gap = item.gap
        pin = format_clock(item.start_time, language)
        if isinstance(gap, Overlap):
            colour, fill = QColor("#a61b1b"), QColor("#fbe0e0")
            text = self.tr("Overlap: the items before run {minutes} past the fixed start at {time}")
        else:
            assert isinstance(gap, Gap)
            colour, fill = QColor("#555555"), QColor("#f2f2f2")
            text = self.tr("Gap: {minutes} free before the fixed start at {time}")
        minutes = format_duration(gap.minutes, language)
        painter.setPen(QPen(colour, 1, Qt.PenStyle.DashLine))
        painter.setBrush(QBrush(fill, Qt.BrushStyle.SolidPattern))
        painter.drawRect(band.adjusted(0, 1, -1, -3))
        bold = QFont(painter.font())
        bold.setBold(isinstance(gap, Overlap))
        painter.setFont(bold)
        painter.setPen(colour)
        marker = "⚠ " if isinstance(gap, Overlap) else "↕ "
        painter.drawText(
            band.adjusted(8, 0, -8, -2),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            marker + text.format(minutes=minutes, time=pin),
        )


class TimelineView(QListView):
    """Drag to reorder; Alt+Up/Alt+Down move the selected item; +/- change its duration;
    Delete removes it. The page connects the signals to undoable operations."""

    move_by = Signal(int)  # -1 up, +1 down
    lengthen_by = Signal(int)  # minutes
    remove_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setUniformItemSizes(False)
        self.setSpacing(1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        alt = bool(event.modifiers() & Qt.KeyboardModifier.AltModifier)
        if alt and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_by.emit(-1 if key == Qt.Key.Key_Up else 1)
            event.accept()
            return
        if key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.lengthen_by.emit(5)
            event.accept()
            return
        if key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.lengthen_by.emit(-5)
            event.accept()
            return
        if key == Qt.Key.Key_Delete:
            self.remove_pressed.emit()
            event.accept()
            return
        super().keyPressEvent(event)
