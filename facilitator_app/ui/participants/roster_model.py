"""The roster as a Qt table: sortable ignoring accents and case, filtered as the user types."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from facilitator_app.roster import is_valid_email
from facilitator_app.services.participants import ParticipantRow
from facilitator_app.text import fold
from facilitator_app.ui.labels import category_label

COLUMNS = ("name", "organisation", "function", "category", "email")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


def column_title(name: str) -> str:
    titles = {
        "name": QCoreApplication.translate("RosterModel", "Name"),
        "organisation": QCoreApplication.translate("RosterModel", "Organisation"),
        "function": QCoreApplication.translate("RosterModel", "Function"),
        "category": QCoreApplication.translate("RosterModel", "Category"),
        "email": QCoreApplication.translate("RosterModel", "Email"),
    }
    return titles[name]


class RosterModel(QAbstractTableModel):
    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self.people: list[ParticipantRow] = []
        self._folded: list[str] = []

    def set_people(self, people: list[ParticipantRow]) -> None:
        self.beginResetModel()
        self.people = people
        self._folded = [fold(" ".join(self._text(p, c) for c in COLUMNS)) for p in people]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.people)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_title(COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        person = self.people[index.row()]
        column = COLUMNS[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(person, column)
        if role == SORT_ROLE:
            return fold(self._text(person, column))
        if role == ID_ROLE:
            return person.id
        wrong_email = bool(person.email) and not is_valid_email(person.email)
        if role == Qt.ItemDataRole.ToolTipRole and column == "email" and wrong_email:
            return QCoreApplication.translate("RosterModel", "This address looks wrong.")
        return None

    def folded_row(self, row: int) -> str:
        return self._folded[row]

    def row_of(self, participant_id: int) -> int:
        for row, person in enumerate(self.people):
            if person.id == participant_id:
                return row
        return -1

    @staticmethod
    def _text(person: ParticipantRow, column: str) -> str:
        if column == "category":
            return category_label(person.category)
        return str(getattr(person, column))


class RosterFilter(QSortFilterProxyModel):
    """Keeps the rows whose text holds every typed word, accents and case ignored."""

    def __init__(self, parent: object = None) -> None:
        super().__init__(parent)  # type: ignore[arg-type]
        self._words: list[str] = []
        self.setSortRole(SORT_ROLE)

    def set_filter_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        if not self._words or not isinstance(model, RosterModel):
            return True
        haystack = model.folded_row(source_row)
        return all(word in haystack for word in self._words)
