"""An open workshop: its title and the tabs of WORKSHOP_PAGES, built when first shown."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator_app.changes import Change
from facilitator_app.errors import NotFoundError
from facilitator_app.services import workshops as service
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.formatting import format_date_range
from facilitator_app.ui.pages import WORKSHOP_PAGES
from facilitator_app.ui.style import icon
from facilitator_app.ui.workshop_view_empty import EmptyWorkshopView


class WorkshopView(QWidget):
    def __init__(self, ctx: AppContext, workshop_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        layout = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setObjectName("workshopHeading")
        self.heading.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.subheading = QLabel()
        layout.addWidget(self.heading)
        layout.addWidget(self.subheading)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self._built: dict[int, QWidget] = {}
        for spec in WORKSHOP_PAGES:
            self.tabs.addTab(QWidget(), icon(spec.icon), spec.title())
        self.tabs.currentChanged.connect(self._ensure_page)
        layout.addWidget(self.tabs, 1)
        ctx.changed.connect(self._on_change)
        self._refresh_heading()
        self._ensure_page(0)

    def page(self, key: str) -> QWidget:
        """The page with this key, built if needed (tests and the library use it)."""
        for index, spec in enumerate(WORKSHOP_PAGES):
            if spec.key == key:
                self._ensure_page(index)
                return self._built[index]
        raise KeyError(key)

    def show_page(self, key: str) -> QWidget:
        page = self.page(key)
        self.tabs.setCurrentWidget(page)
        return page

    def _ensure_page(self, index: int) -> None:
        if index < 0 or index in self._built:
            return
        spec = WORKSHOP_PAGES[index]
        page = spec.build(self.ctx, self.workshop_id, self)
        self._built[index] = page
        current = self.tabs.currentIndex()
        self.tabs.blockSignals(True)
        self.tabs.removeTab(index)
        self.tabs.insertTab(index, page, icon(spec.icon), spec.title())
        self.tabs.setCurrentIndex(current)
        self.tabs.blockSignals(False)

    def _on_change(self, change: Change) -> None:
        if change.area == "workshops" and change.workshop_id in (None, self.workshop_id):
            self._refresh_heading()

    def _refresh_heading(self) -> None:
        try:
            summary = service.get_summary(self.ctx.db, self.workshop_id)
        except NotFoundError:
            return
        self.heading.setText(summary.title)
        parts = [format_date_range(summary.first_date, summary.last_date)]
        if summary.venue:
            parts.append(summary.venue)
        if summary.is_template:
            parts.append(self.tr("template"))
        self.subheading.setText(" · ".join(p for p in parts if p))


__all__ = ["EmptyWorkshopView", "WorkshopView"]
