"""The organisation library's panel on the library screen: whether the server is reached (or
out of reach, with the date of the copy in hand), refresh, publish the chosen tool of My tools,
take a shared method home, and the shared templates.

The library page lists the shared methods (`methods()`) as a third group beside the built-in
ones and My tools, and asks the panel what the chosen tool allows. Refreshing runs on a
thread of its own: a laptop without a network never waits for the server to answer.
"""

from __future__ import annotations

import threading
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.organisation.library import (
    OrganisationLibrary,
    configure,
    is_shared,
    shared_id,
)
from facilitator_app.organisation.server import SharedItem, VersionConflict
from facilitator_app.services import organisation as org
from facilitator_app.services.library import custom_id
from facilitator_app.timefmt import format_clock, format_short_date
from facilitator_app.tools.model import Tool
from facilitator_app.ui.background import run_in_background
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.errors import error_text, reported
from facilitator_app.ui.organisation.dialogs import ConnectDialog, TemplatesDialog, ask_conflict
from facilitator_app.ui.style import icon


class _Refresher(QObject):
    """Reads the server on a thread; `done` comes back on the Qt thread."""

    # The library, and None or the exception that kept its server out of reach.
    done = Signal(object, object)

    def start(self, library: OrganisationLibrary) -> None:
        threading.Thread(
            target=self._run, args=(library,), name="organisation-refresh", daemon=True
        ).start()

    def _run(self, library: OrganisationLibrary) -> None:
        outcome: Exception | None = None
        try:
            library.refresh()
        except Exception as exc:  # out of reach, refused schema: shown, never raised
            outcome = exc
        try:
            library.methods()  # validated here, not while the window waits
        except Exception as exc:
            outcome = outcome or exc
        with suppress(RuntimeError):  # the window closed meanwhile
            self.done.emit(library, outcome)


class OrganisationPanel(QWidget):
    methods_changed = Signal()
    select_requested = Signal(str)  # a tool id the page should show

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("organisationPanel")
        self.ctx = ctx
        self.library: OrganisationLibrary | None = None
        self.tool: Tool | None = None
        self.refreshing = False
        self._refresher = _Refresher(self)
        self._refresher.done.connect(self._refreshed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        self.status = QLabel()
        self.status.setObjectName("organisationStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self.copy_state = QLabel()
        self.copy_state.setObjectName("organisationCopyState")
        self.copy_state.setWordWrap(True)
        self.copy_state.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(self.copy_state)
        self.action = QPushButton()
        self.action.setObjectName("organisationAction")
        self.action.clicked.connect(self._act)
        layout.addWidget(self.action)
        row = QHBoxLayout()
        self.refresh_button = QPushButton(icon("mdi6.refresh"), self.tr("Refresh"))
        self.refresh_button.setObjectName("organisationRefresh")
        self.refresh_button.setToolTip(self.tr("Read what changed in the organisation library"))
        self.refresh_button.clicked.connect(self.refresh)
        row.addWidget(self.refresh_button)
        self.templates_button = QPushButton(icon("mdi6.file-document-multiple-outline"), "")
        self.templates_button.setObjectName("organisationTemplates")
        self.templates_button.setText(self.tr("Templates..."))
        self.templates_button.clicked.connect(self.show_templates)
        row.addWidget(self.templates_button)
        row.addStretch(1)
        self.connect_button = QPushButton(icon("mdi6.server-network"), "")
        self.connect_button.setObjectName("organisationConnect")
        self.connect_button.clicked.connect(self.edit_connection)
        row.addWidget(self.connect_button)
        layout.addLayout(row)
        self._load_library()

    # -- the library -------------------------------------------------------------------------
    def _load_library(self) -> None:
        with reported(self):
            self.library = OrganisationLibrary.from_settings(self.ctx.settings, self.ctx.data_dir)
        if self.library is not None:
            self.refresh()
        self._show_status()

    @property
    def configured(self) -> bool:
        return self.library is not None

    def methods(self) -> list[Tool]:
        """The shared methods, once the refresh thread has built them (until then: none)."""
        library = self.library
        return library.methods() if library is not None and library.built else []

    def group_title(self, count: int) -> str:
        return self.tr("Organisation methods ({n})").format(n=count)

    def refresh(self) -> None:
        if self.library is None or self.refreshing:
            return
        self.refreshing = True
        self._show_status()
        self._refresher.start(self.library)

    def _refreshed(self, library: OrganisationLibrary, _outcome: Exception | None) -> None:
        self.refreshing = False
        if library is not self.library:  # the settings named another server meanwhile
            self.refresh()
            if self.refreshing:
                return
        self._show_status()
        self.methods_changed.emit()

    def _show_status(self) -> None:
        library = self.library
        configured = library is not None
        self.refresh_button.setVisible(configured)
        self.templates_button.setVisible(configured)
        self.refresh_button.setEnabled(not self.refreshing)
        self.connect_button.setText(self.tr("Settings...") if configured else self.tr("Connect..."))
        if library is None:
            self.status.setText(
                self.tr("No organisation library: your organisation may share its methods.")
            )
            self.status.setToolTip("")
            self._show_tool_state()
            return
        status = library.status()
        seen = self._when(status.seen_at)
        if self.refreshing:
            text = self.tr("Organisation library: reading {server}...").format(server=status.shown)
        elif status.reachable:
            text = self.tr("Organisation library: up to date ({when}).").format(when=seen)
        elif status.reachable is False:
            text = (
                self.tr("Organisation library out of reach: showing the copy of {when}.").format(
                    when=seen
                )
                if status.seen_at
                else self.tr("Organisation library out of reach: not read yet.")
            )
        else:
            text = self.tr("Organisation library: copy of {when}.").format(when=seen)
        self.status.setText(text)
        problem = library.error
        self.status.setToolTip(error_text(problem) if problem is not None else status.shown)
        self._show_tool_state()

    def _when(self, moment: Any) -> str:
        if moment is None:
            return self.tr("never")
        local = moment.astimezone()
        day = format_short_date(local.date(), self.ctx.language)
        return self.tr("{day} at {time}").format(
            day=day, time=format_clock(local.time(), self.ctx.language)
        )

    # -- what the chosen tool allows ---------------------------------------------------------
    def show_tool(self, tool: Tool | None) -> None:
        self.tool = tool
        self._show_tool_state()

    def agenda_hint(self, tool: Tool | None) -> str | None:
        """Why "Add to agenda" is off for this tool, or None when it is allowed."""
        if tool is not None and is_shared(tool.id):
            return self.tr("Take a copy home first: a workshop plans with your own copy")
        return None

    def _show_tool_state(self) -> None:
        tool, library = self.tool, self.library
        self.action.setVisible(False)
        self.copy_state.setVisible(False)
        if tool is None or library is None or tool.is_builtin:
            return
        if is_shared(tool.id):
            item = library.item(tool.id.removeprefix(shared_id("")))
            if item is not None:
                self._state(
                    self.tr("Shared by {who}, version {version}.").format(
                        who=item.updated_by, version=item.version
                    )
                )
            self._offer(self.tr("Take a copy home"), "mdi6.download")
            return
        state = self._copy_state(tool)
        if state is None:
            self._offer(self.tr("Publish to the organisation"), "mdi6.upload")
            return
        version = state.link.base_version
        self._state(
            {
                "in-step": self.tr("In the organisation library (version {version})."),
                "changed-here": self.tr("Changed here since version {version}."),
                "newer-there": self.tr(
                    "A newer version is in the organisation library (yours is version {version})."
                ),
                "withdrawn": self.tr("No longer in the organisation library."),
            }[state.status].format(version=version)
        )
        if state.status in ("changed-here", "newer-there"):
            self._offer(self.tr("Publish my changes"), "mdi6.upload")
        elif state.status == "withdrawn":
            self._offer(self.tr("Publish again"), "mdi6.upload")

    def _copy_state(self, tool: Tool) -> org.CopyState | None:
        if self.library is None or tool.uid is None:
            return None
        try:
            return org.copy_state(self.ctx.db, self.library, tool.uid)
        except Exception:  # a busy database: the next change shows it
            return None

    def _state(self, text: str) -> None:
        self.copy_state.setText(text)
        self.copy_state.setVisible(True)

    def _offer(self, text: str, icon_name: str) -> None:
        self.action.setText(text)
        self.action.setIcon(icon(icon_name))
        self.action.setVisible(True)

    # -- actions -----------------------------------------------------------------------------
    def _act(self) -> None:
        tool = self.tool
        if tool is None or self.library is None:
            return
        if is_shared(tool.id):
            self.take_copy(tool.id.removeprefix(shared_id("")))
        elif tool.uid is not None:
            self.publish(org.METHOD, tool.uid)

    def take_copy(self, shared_uid: str) -> None:
        library = self.library
        if library is None:
            return
        with reported(self):
            uid = self.ctx.perform(org.take_copy_home, library, shared_uid)
            item = library.item(shared_uid)
            if item is not None and item.kind == org.METHOD:
                self.select_requested.emit(custom_id(uid))
            self._status_message(self.tr("A copy is in your library."))

    def publish(self, kind: str, local_uid: str) -> None:
        """Send a copy to the library (the server is written: not an Undo entry)."""
        library = self.library
        if library is None:
            return
        with reported(self):
            try:
                item = self._in_background(
                    self.tr("Publishing..."),
                    lambda: org.publish(self.ctx.db, library, kind, local_uid),
                )
            except VersionConflict as conflict:
                self._settle(conflict, kind, local_uid)
                return
            self._published(item)

    def _settle(self, conflict: VersionConflict, kind: str, local_uid: str) -> None:
        library = self.library
        assert library is not None
        choice = ask_conflict(self, conflict)
        if choice == "mine":
            item = self._in_background(
                self.tr("Publishing..."),
                lambda: org.keep_mine_as_copy(self.ctx.db, library, kind, local_uid),
            )
            self._published(item)
        elif choice == "theirs":
            self.ctx.perform(org.take_theirs, library, kind, local_uid)
            self._status_message(self.tr("Your copy is now the organisation's version."))
        self.methods_changed.emit()

    def _published(self, item: SharedItem) -> None:
        self._status_message(
            self.tr("“{name}” is in the organisation library (version {version}).").format(
                name=item.name, version=item.version
            )
        )
        self._show_status()
        self.methods_changed.emit()

    def _in_background(self, label: str, job: Any) -> Any:
        return run_in_background(self.window(), label, job)

    def show_templates(self) -> None:
        library = self.library
        if library is None:
            return
        from facilitator_app.services.workshops import list_workshops

        with reported(self):
            mine = list_workshops(self.ctx.db, templates=True)
            dialog = TemplatesDialog(library.items(org.TEMPLATE), mine, self)
            if dialog.exec() != dialog.DialogCode.Accepted or dialog.choice is None:
                return
            kind, uid = dialog.choice
            if kind == "take":
                self.take_copy(uid)
            else:
                self.publish(org.TEMPLATE, uid)

    def edit_connection(self) -> None:
        settings = self.ctx.settings
        dialog = ConnectDialog(
            settings.get("organisation_server"),
            self.library.author if self.library else settings.get("organisation_author"),
            self,
        )
        if dialog.exec() != dialog.DialogCode.Accepted:
            return
        from facilitator_app.organisation.connection import save_password

        with reported(self):
            url = "" if dialog.disconnect_asked else dialog.url.text()
            configure(settings, self.ctx.data_dir, url, dialog.author.text())
            if url and dialog.password.text():
                save_password(self.ctx.data_dir, dialog.password.text())
        self._load_library()
        self.methods_changed.emit()

    def _status_message(self, message: str) -> None:
        status = getattr(self.window(), "statusBar", None)
        if callable(status):
            status().showMessage(message, 8000)
