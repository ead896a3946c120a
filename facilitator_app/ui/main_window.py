"""The main window: sections (workshops, methods library) chosen from the toolbar; in the
workshops section, the list on the left and the open workshop on the right."""

from __future__ import annotations

import importlib
from types import ModuleType
from typing import cast

from PySide6.QtCore import QCoreApplication, Qt, QTimer, QUrl
from PySide6.QtGui import (
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QGuiApplication,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QInputDialog,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from facilitator_app import APP_NAME, __version__
from facilitator_app.ui.actions import build_actions, translate_actions
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import reported
from facilitator_app.ui.undo import redo_last, undo_last
from facilitator_app.ui.workshop_list import WorkshopListPanel
from facilitator_app.ui.workshop_view_empty import EmptyWorkshopView

# Sections besides the workshops, built when first shown: (action id, "module:Class").
# A section class takes (ctx, parent).
SECTIONS: tuple[tuple[str, str], ...] = (
    ("show_library", "facilitator_app.ui.library:LibraryPage"),
)


# Actions that need a selected workshop.
WORKSHOP_ACTIONS = (
    "rename_workshop",
    "duplicate_workshop",
    "delete_workshop",
    "run_workshop",
    "export_workshop",
    "save_as_template",
)


# The window opens at this size, or smaller on a smaller screen: a 1366x768 laptop keeps its
# task bar and the window's title bar in view.
DEFAULT_SIZE = (1280, 720)
SMALLEST_SCREEN = (1366, 768)  # the smallest screen every page fits, in French and English


def default_size() -> tuple[int, int]:
    screen = QGuiApplication.primaryScreen()
    if screen is None:
        return DEFAULT_SIZE
    room = screen.availableGeometry()
    # The frame and title bar are outside the size asked for.
    return min(DEFAULT_SIZE[0], room.width() - 16), min(DEFAULT_SIZE[1], room.height() - 48)


def _service() -> ModuleType:
    """The services import the database layer: only after the window has appeared."""
    from facilitator_app.services import workshops

    return workshops


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__()
        from facilitator_app.ui.accents import install_accent_headroom
        from facilitator_app.ui.focus import install_focus_ring
        from facilitator_app.ui.wheel import install_wheel_guard

        app = cast(QApplication, QApplication.instance())
        install_accent_headroom(app)
        install_wheel_guard(app)
        install_focus_ring(app)
        self.ctx = ctx
        self.setObjectName("mainWindow")
        self.setWindowTitle(APP_NAME)
        self.resize(*default_size())
        self.undo_stack: QUndoStack = ctx.undo_stack
        self.actions_by_id = build_actions(self)
        self._wire_actions()

        self.sections = QStackedWidget()
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.workshop_list = WorkshopListPanel(ctx)
        self.workshop_list.selected.connect(self.open_workshop)
        self.splitter.addWidget(self.workshop_list)
        self.workshop_view: QWidget = EmptyWorkshopView()
        self.splitter.addWidget(self.workshop_view)
        self.splitter.setSizes([260, 1020])
        # The list keeps its width when a wide page (the planner) opens beside it.
        self.workshop_list.setMinimumWidth(240)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)
        self.sections.addWidget(self.splitter)
        self._section_widgets: dict[str, QWidget] = {"show_workshops": self.splitter}
        self.setCentralWidget(self.sections)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=ctx.data_dir), 8000)
        # The first workshop opens once the database is attached, after the window appeared.
        ctx.database_ready.connect(lambda: QTimer.singleShot(0, self._open_first_workshop))
        if ctx.has_database:
            QTimer.singleShot(0, self._open_first_workshop)

    def _open_first_workshop(self) -> None:
        if self.workshop_list.current_id() is None and self.workshop_list.list.count():
            self.workshop_list.list.setCurrentRow(0)

    # -- menus and actions -------------------------------------------------------------------
    def _wire_actions(self) -> None:
        a = self.actions_by_id
        a["new_workshop"].triggered.connect(self.new_workshop)
        a["rename_workshop"].triggered.connect(self.rename_workshop)
        a["duplicate_workshop"].triggered.connect(self.duplicate_workshop)
        a["delete_workshop"].triggered.connect(self.delete_workshop)
        a["quit"].triggered.connect(self.close)
        a["run_workshop"].triggered.connect(self.run_workshop)
        a["restore_deleted"].triggered.connect(self.restore_deleted_workshop)
        a["import_workshop"].triggered.connect(lambda: self._exchange("import_workshop"))
        a["export_workshop"].triggered.connect(lambda: self._exchange("export_workshop"))
        a["save_as_template"].triggered.connect(lambda: self._exchange("save_as_template"))
        a["new_from_template"].triggered.connect(lambda: self._exchange("new_from_template"))
        a["undo"].triggered.connect(lambda: self._guarded(lambda: undo_last(self.undo_stack)))
        a["redo"].triggered.connect(lambda: self._guarded(lambda: redo_last(self.undo_stack)))
        a["about"].triggered.connect(self.about)
        a["open_data_folder"].triggered.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.ctx.data_dir)))
        )
        a["show_workshops"].triggered.connect(lambda: self.show_section("show_workshops"))
        a["settings"].triggered.connect(self.open_settings)
        a["shortcuts_help"].triggered.connect(self.show_shortcuts)
        a["tour"].triggered.connect(self.show_tour)
        self.languages = QActionGroup(self)
        self.languages.setExclusive(True)
        for code in ("fr", "en"):
            action = a[f"language_{code}"]
            action.setCheckable(True)
            self.languages.addAction(action)
            action.triggered.connect(lambda _=False, code=code: self.choose_language(code))
        # The stack belongs to the context (it outlives a window): bound methods, so that Qt
        # drops these connections with the window.
        self.undo_stack.canUndoChanged.connect(self._can_undo)
        self.undo_stack.canRedoChanged.connect(self._can_redo)
        self.undo_stack.undoTextChanged.connect(self._undo_text)
        self.undo_stack.redoTextChanged.connect(self._redo_text)
        self._can_undo(self.undo_stack.canUndo())
        self._can_redo(self.undo_stack.canRedo())
        self._undo_text(self.undo_stack.undoText())
        self._redo_text(self.undo_stack.redoText())
        for action_id, _factory in SECTIONS:
            a[action_id].triggered.connect(lambda _=False, key=action_id: self.show_section(key))

    def _can_undo(self, can: bool) -> None:
        self.actions_by_id["undo"].setEnabled(can)

    def _can_redo(self, can: bool) -> None:
        self.actions_by_id["redo"].setEnabled(can)

    def _undo_text(self, text: str) -> None:
        label = self.tr("&Undo {what}").format(what=text) if text else self.tr("&Undo")
        self.actions_by_id["undo"].setText(label)

    def _redo_text(self, text: str) -> None:
        label = self.tr("&Redo {what}").format(what=text) if text else self.tr("&Redo")
        self.actions_by_id["redo"].setText(label)

    def _build_menus(self) -> None:
        a = self.actions_by_id
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        for key in (
            "new_workshop",
            "new_from_template",
            "duplicate_workshop",
            "rename_workshop",
            "delete_workshop",
        ):
            file_menu.addAction(a[key])
        file_menu.addSeparator()
        for key in ("import_workshop", "export_workshop", "save_as_template", "restore_deleted"):
            file_menu.addAction(a[key])
        file_menu.addSeparator()
        file_menu.addAction(a["run_workshop"])
        file_menu.addSeparator()
        file_menu.addAction(a["open_data_folder"])
        file_menu.addSeparator()
        file_menu.addAction(a["quit"])
        self.file_menu = file_menu
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(a["undo"])
        edit_menu.addAction(a["redo"])
        edit_menu.addSeparator()
        edit_menu.addAction(a["settings"])
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(a["show_workshops"])
        for action_id, _factory in SECTIONS:
            view_menu.addAction(a[action_id])
        language_menu = view_menu.addMenu(self.tr("&Language"))
        language_menu.addAction(a["language_fr"])
        language_menu.addAction(a["language_en"])
        self._mark_language()
        from facilitator_app.ui.reports import build_reports_menu

        self.reports_menu = build_reports_menu(self)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(a["shortcuts_help"])
        help_menu.addAction(a["tour"])
        help_menu.addSeparator()
        help_menu.addAction(a["about"])

        toolbar = QToolBar(self.tr("Main"))
        toolbar.setObjectName("mainToolbar")
        toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        toolbar.addAction(a["show_workshops"])
        for action_id, _factory in SECTIONS:
            toolbar.addAction(a[action_id])
        toolbar.addSeparator()
        for key in ("new_workshop", "duplicate_workshop", "delete_workshop", "undo", "redo"):
            toolbar.addAction(a[key])
        toolbar.addSeparator()
        toolbar.addAction(a["run_workshop"])
        self.addToolBar(toolbar)
        self.toolbar = toolbar

    def show_section(self, key: str) -> QWidget:
        widget = self._section_widgets.get(key)
        if widget is None:
            factory = dict(SECTIONS)[key]
            module_name, class_name = factory.split(":")
            widget = getattr(importlib.import_module(module_name), class_name)(self.ctx, self)
            self._section_widgets[key] = widget
            self.sections.addWidget(widget)
        self.sections.setCurrentWidget(widget)
        return widget

    def _guarded(self, action) -> None:
        with reported(self):
            action()

    # -- workshops ---------------------------------------------------------------------------
    def open_workshop(self, workshop_id: int | None) -> None:
        from facilitator_app.ui.workshop_view import WorkshopView

        self.ctx.set_current_workshop(workshop_id)
        old = self.workshop_view
        if workshop_id is None:
            new: QWidget = EmptyWorkshopView()
        elif isinstance(old, WorkshopView) and old.workshop_id == workshop_id:
            return
        else:
            new = WorkshopView(self.ctx, workshop_id)
        self.splitter.replaceWidget(1, new)
        self.splitter.setStretchFactor(1, 1)
        old.deleteLater()
        self.workshop_view = new
        for key in WORKSHOP_ACTIONS:
            self.actions_by_id[key].setEnabled(workshop_id is not None)

    def new_workshop(self) -> None:
        title, ok = QInputDialog.getText(self, self.tr("New workshop"), self.tr("Title:"))
        if not ok:
            return
        with reported(self):
            new_id = self.ctx.perform(_service().create_workshop, title)
            self.workshop_list.select(new_id)

    def rename_workshop(self) -> None:
        workshop_id = self.workshop_list.current_id()
        if workshop_id is None:
            return
        current = _service().get_summary(self.ctx.db, workshop_id).title
        title, ok = QInputDialog.getText(
            self, self.tr("Rename workshop"), self.tr("New title:"), text=current
        )
        if not ok or title.strip() == current:
            return
        with reported(self):
            self.ctx.perform(_service().rename_workshop, workshop_id, title)

    def duplicate_workshop(self) -> None:
        workshop_id = self.workshop_list.current_id()
        if workshop_id is None:
            return
        current = _service().get_summary(self.ctx.db, workshop_id).title
        title = self.tr("{title} (copy)").format(title=current)
        with reported(self):
            from facilitator_app.services.exchange import duplicate_workshop

            new_id = self.ctx.perform(duplicate_workshop, workshop_id, title)
            self.workshop_list.select(new_id)

    def delete_workshop(self) -> None:
        workshop_id = self.workshop_list.current_id()
        if workshop_id is None:
            return
        title = _service().get_summary(self.ctx.db, workshop_id).title
        answer = QMessageBox.question(
            self,
            self.tr("Delete workshop"),
            self.tr("Delete “{title}”? You can undo this with Ctrl+Z.").format(title=title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reported(self):
            self.ctx.perform(_service().delete_workshop, workshop_id)
            self.statusBar().showMessage(
                self.tr("“{title}” deleted. Ctrl+Z brings it back.").format(title=title), 8000
            )

    def run_workshop(self) -> None:
        """Open the live console (and the projector view) for the selected workshop."""
        workshop_id = self.workshop_list.current_id()
        if workshop_id is None:
            return
        from facilitator_app.ui.live import open_console

        with reported(self):
            self.console = open_console(self.ctx, workshop_id, self)
        if self.console is not None:
            from facilitator_app.ui.help.whats_this import install_whats_this

            install_whats_this(self.console)

    def _exchange(self, name: str) -> None:
        """File import/export and templates live in ui/exchange; each takes the window."""
        from facilitator_app.ui import exchange

        with reported(self):
            getattr(exchange, name)(self)

    def restore_deleted_workshop(self) -> None:
        service = _service()
        deleted = service.list_workshops(self.ctx.db, templates=None, deleted=True)
        if not deleted:
            QMessageBox.information(
                self, self.tr("The bin is empty"), self.tr("No workshop was deleted lately.")
            )
            return
        labels = [w.title for w in deleted]
        chosen, ok = QInputDialog.getItem(
            self,
            self.tr("Restore a deleted workshop"),
            self.tr("Deleted workshops (kept 30 days):"),
            labels,
            0,
            False,
        )
        if not ok:
            return
        workshop_id = deleted[labels.index(chosen)].id
        with reported(self):
            self.ctx.perform(service.restore_workshop, workshop_id)
            self.workshop_list.select(workshop_id)

    # -- settings and about ------------------------------------------------------------------
    def choose_language(self, language: str) -> None:
        """The new language at once: translations installed, then the menus, the toolbar,
        the list and the open pages built again in it (what was being typed is saved
        first). A console already open keeps its language until it is opened again."""
        from facilitator_app.ui.autosave import AutoSave
        from facilitator_app.ui.i18n import install_translations

        self.ctx.settings.set("language", language)
        if language == self.ctx.language:
            self._mark_language()
            return
        for autosave in self.findChildren(AutoSave):
            autosave.flush()
        install_translations(cast(QApplication, QApplication.instance()), language)
        self.ctx.language = language
        self._retranslate()
        self.ctx.language_changed.emit(language)
        self.statusBar().showMessage(
            QCoreApplication.translate("MainWindow", "The window now speaks {language}.").format(
                language=self.actions_by_id[f"language_{language}"].text()
            ),
            8000,
        )

    def open_settings(self, page: str | None = None):
        from facilitator_app.ui.settings import open_settings

        return open_settings(self, self.ctx, page if isinstance(page, str) else None)

    def show_shortcuts(self):
        from facilitator_app.ui.help import show_shortcuts

        return show_shortcuts(self)

    def show_tour(self):
        from facilitator_app.ui.help import show_tour

        return show_tour(self, self.ctx)

    def _mark_language(self) -> None:
        action = self.actions_by_id.get(f"language_{self.ctx.language}")
        if action is not None:
            action.setChecked(True)

    def _retranslate(self) -> None:
        translate_actions(self.actions_by_id)
        self._undo_text(self.undo_stack.undoText())
        self._redo_text(self.undo_stack.redoText())
        self.menuBar().clear()
        self.removeToolBar(self.toolbar)
        self.toolbar.deleteLater()
        self._build_menus()
        # The list and the workshop's pages, new (their texts are set when they are built).
        current = self.workshop_list.current_id()
        page = self.workshop_view.tabs.currentIndex() if hasattr(self.workshop_view, "tabs") else 0
        old_list = self.workshop_list
        self.workshop_list = WorkshopListPanel(self.ctx)
        self.workshop_list.setMinimumWidth(240)
        self.workshop_list.selected.connect(self.open_workshop)
        self.splitter.replaceWidget(0, self.workshop_list)
        old_list.deleteLater()
        old_view, self.workshop_view = self.workshop_view, EmptyWorkshopView()
        self.splitter.replaceWidget(1, self.workshop_view)
        old_view.deleteLater()
        self.workshop_list.select(current)
        if hasattr(self.workshop_view, "tabs"):
            self.workshop_view.tabs.setCurrentIndex(page)
        showing = self.sections.currentWidget()
        shown_key = next((k for k, w in self._section_widgets.items() if w is showing), None)
        for key, widget in list(self._section_widgets.items()):
            if key != "show_workshops":
                self.sections.removeWidget(widget)
                widget.deleteLater()
                del self._section_widgets[key]
        if shown_key and shown_key != "show_workshops":
            self.show_section(shown_key)

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About {name}").format(name=APP_NAME),
            self.tr(
                "{name} {version}\n\nPrepare, run and report in-room workshops, offline.\n"
                "Data folder: {path}"
            ).format(name=APP_NAME, version=__version__, path=self.ctx.data_dir),
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        # Save any field still waiting for its pause before the window goes.
        from facilitator_app.ui.autosave import AutoSave

        for autosave in self.findChildren(AutoSave):
            autosave.flush()
        super().closeEvent(event)
