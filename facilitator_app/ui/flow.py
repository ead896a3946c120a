"""A row of controls that wraps onto the next line when the text is larger than the room (the
system's font scaling, a longer language): what a QHBoxLayout would cut or push past the
window's edge goes below instead. Qt ships no such layout; this is its classic flow layout.
And a wrapped label that keeps the height of all its lines."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QMargins, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLabel, QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self.setSpacing(spacing)
        if parent is None:
            self.setContentsMargins(QMargins(0, 0, 0, 0))

    # -- QLayout's contract ------------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._arrange(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._arrange(rect, move=True)

    def sizeHint(self) -> QSize:
        """All on one line, as a QHBoxLayout would ask."""
        width = sum(i.sizeHint().width() for i in self._shown()) + self.spacing() * max(
            0, len(self._shown()) - 1
        )
        height = max((i.sizeHint().height() for i in self._shown()), default=0)
        margins = self.contentsMargins()
        return QSize(
            width + margins.left() + margins.right(), height + margins.top() + margins.bottom()
        )

    def minimumSize(self) -> QSize:
        """The widest control alone: the others go to the next lines."""
        size = QSize()
        for item in self._shown():
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    # -- placing -----------------------------------------------------------------------------
    def _shown(self) -> list[QLayoutItem]:
        def hidden(item: QLayoutItem) -> bool:
            widget = item.widget()
            return widget is not None and widget.isHidden()

        return [i for i in self._items if not hidden(i)]

    def _arrange(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, line_height = area.x(), area.y(), 0
        for item in self._shown():
            hint = item.sizeHint()
            next_x = x + hint.width() + self.spacing()
            if next_x - self.spacing() > area.right() + 1 and line_height > 0:
                x, y = area.x(), y + line_height + self.spacing()
                next_x = x + hint.width() + self.spacing()
                line_height = 0
            if move:
                width = min(hint.width(), area.width())
                item.setGeometry(QRect(QPoint(x, y), QSize(width, hint.height())))
            x = next_x
            line_height = max(line_height, hint.height())
        return y + line_height - rect.y() + margins.bottom()


class _TallEnough(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            wanted = watched.heightForWidth(watched.width())
            if wanted > 0 and wanted != watched.minimumHeight():
                watched.setMinimumHeight(wanted)
        return False


def tall_enough(label: QLabel) -> QLabel:
    """A wrapped label that asks for the height its lines take at its width: a scroll area
    (the planner's detail) lays its page out at the width it would like, not the width it has,
    and a wrapped sentence lost its last line there."""
    label.setWordWrap(True)
    keeper = _TallEnough(label)
    label.installEventFilter(keeper)
    return label
