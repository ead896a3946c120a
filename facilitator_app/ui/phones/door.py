"""The console's side of the phones' door: the server starts when the facilitator opens the
door and stops when it closes (or the console does); the door follows the item that runs.
The door's counts reach the console through a timer, never once per card: 300 phones must
not flood the Qt thread."""

from __future__ import annotations

import contextlib
import gc
import sys
import time
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QToolBar, QWidget

from facilitator_app.phones.addresses import urls
from facilitator_app.phones.door import Door, DoorState
from facilitator_app.phones.qr import qr_rows
from facilitator_app.phones.server import PhoneServer
from facilitator_app.ui.live.display import DisplayState, JoinScreen, Scene

# The counts shown in the console are read this often while the door is open.
REFRESH_MS = 500
ADDRESSES_SECONDS = 10.0
# While phones are served, the server's threads hand Python's lock back to the Qt thread
# after 1 ms rather than 5 (measured with 300 phones: the event loop's longest wait halves).
SWITCH_INTERVAL = 0.001
# One door per workshop for as long as the app runs: the same code, and the phones' tokens,
# when the facilitator closes the door for the break and opens it again.
_DOORS: dict[tuple[int, int], Door] = {}


class PhonesDoor(QObject):
    state_changed = Signal(object)  # a DoorState, or None when the door is shut

    def __init__(self, ctx, workshop_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.workshop_id = workshop_id
        self.host = str(ctx.settings.get("phones_address"))
        self.port = int(ctx.settings.get("phones_port"))
        self.server: PhoneServer | None = None
        self.showing_code = False
        # A run launched from the library has no workshop: nothing to open (the row is hidden).
        self.available = workshop_id is not None
        key = (id(ctx.db), workshop_id or 0)
        self.door = _DOORS.get(key) or _DOORS.setdefault(key, Door(workshop_id or 0))
        self._timer = QTimer(self)
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self._publish)
        self._rows: tuple[tuple[bool, ...], ...] = ()
        self._qr_for = ""
        # The laptop's addresses asked of the system (one call per network interface) at most
        # every ADDRESSES_SECONDS: the console and the projector ask for them every refresh.
        self._addresses: tuple[float, tuple[int, str], tuple[str, str]] | None = None
        self._switch_interval = sys.getswitchinterval()

    @property
    def is_open(self) -> bool:
        return self.server is not None

    def open(self, item_id: int | None) -> None:
        """Listen and let phones in on `item_id`; OSError when the port cannot be had."""
        if self.server is not None:
            self.follow(item_id)
            return
        if not self.available:
            raise OSError("no workshop to open")
        self.door.open(item_id)
        server = PhoneServer(self.ctx.db, self.door, self.host, self.port)
        try:
            server.start()
        except OSError:
            # The port is taken (another app): any free one rather than no door at all.
            server = PhoneServer(self.ctx.db, self.door, self.host, 0)
            try:
                server.start()
            except OSError:
                self.door.close()
                raise
        self.server = server
        self._switch_interval = sys.getswitchinterval()
        sys.setswitchinterval(min(SWITCH_INTERVAL, self._switch_interval))
        # What lives now is set aside from the garbage collector: its full passes then look at
        # what the phones bring only (a pass over the whole heap held the console 70 ms).
        gc.collect()
        gc.freeze()
        self._timer.start()
        self._publish()

    def close(self) -> None:
        """Shut the door: the phones keep their place for when it opens again."""
        self._timer.stop()
        self.door.close()
        server, self.server = self.server, None
        if server is not None:
            server.stop()
            sys.setswitchinterval(self._switch_interval)
            gc.unfreeze()
        self.showing_code = False
        self.state_changed.emit(None)

    def follow(self, item_id: int | None) -> None:
        if self.server is not None and item_id is not None and item_id != self.door.item_id:
            self.door.set_item(item_id)
            self._publish()

    def show_names(self, shown: bool) -> None:
        self.door.show_names(shown)
        self._publish()

    def open_evaluation(self, opened: bool) -> None:
        """The evaluation form on the phones (beside the item), or taken away."""
        self.door.open_evaluation(opened)
        self._publish()

    def addresses(self) -> tuple[str, str]:
        """The join page and the same with the code, as the QR code carries it."""
        port = self.server.port if self.server is not None else self.port
        key, now = (port, self.door.code), time.monotonic()
        cached = self._addresses
        if cached is None or cached[1] != key or now - cached[0] > ADDRESSES_SECONDS:
            # Asked again now and then: the laptop may have joined another network meanwhile.
            cached = self._addresses = (now, key, urls(self.host, port, self.door.code))
        return cached[2]

    def state(self) -> DoorState | None:
        return self.door.state() if self.server is not None else None

    def _publish(self) -> None:
        self.state_changed.emit(self.state())

    def overlay(self, state: DisplayState, heading: str, code_label: str) -> DisplayState:
        """The join screen on the projector while the facilitator shows the code (a black
        screen stays black)."""
        if not self.showing_code or self.server is None or state.scene is Scene.BLACK:
            return state
        url, join_url = self.addresses()
        if join_url != self._qr_for:
            self._rows, self._qr_for = qr_rows(join_url), join_url
        spaced = f"{self.door.code[:3]} {self.door.code[3:]}"
        screen = JoinScreen(heading, url, code_label.format(code=spaced), self._rows)
        return replace(state, scene=Scene.JOIN, join=screen)


class PhonesToolbar(QToolBar):
    """Open to phones, show the code on the projector, show names; who is connected, what came."""

    def __init__(self, console, phones: PhonesDoor) -> None:
        super().__init__(QCoreApplication.translate("PhonesToolbar", "Phones"), console)
        self.setObjectName("livePhonesToolbar")
        self.console = console
        self.phones = phones
        self.open_action = self.addAction(self.tr("Open to phones"))
        self.open_action.setObjectName("livePhonesOpen")
        self.open_action.setCheckable(True)
        self.open_action.toggled.connect(self._toggle)
        self.code_action = self.addAction(self.tr("Show the join code"))
        self.code_action.setObjectName("livePhonesCode")
        self.code_action.setCheckable(True)
        self.code_action.setEnabled(False)
        self.code_action.toggled.connect(self._show_code)
        self.names_action = self.addAction(self.tr("Show names to phones"))
        self.names_action.setObjectName("livePhonesNames")
        self.names_action.setCheckable(True)
        self.names_action.setEnabled(False)
        self.names_action.toggled.connect(phones.show_names)
        self.evaluation_action = self.addAction(self.tr("Evaluation form"))
        self.evaluation_action.setObjectName("livePhonesEvaluation")
        self.evaluation_action.setCheckable(True)
        self.evaluation_action.setEnabled(False)
        self.evaluation_action.setToolTip(
            self.tr("Open the evaluation form on every phone: the printed form's questions")
        )
        self.evaluation_action.toggled.connect(phones.open_evaluation)
        self.count = QLabel()
        self.count.setObjectName("livePhonesCount")
        self.addWidget(self.count)
        phones.state_changed.connect(self._show_state)
        self._show_state(None)

    def _toggle(self, on: bool) -> None:
        if on == self.phones.is_open:
            return
        if not on:
            self.phones.close()
        else:
            item = self.console.run.current_item
            try:
                self.phones.open(item.id if item is not None else None)
            except OSError as error:
                with contextlib.suppress(RuntimeError):
                    self.open_action.setChecked(False)
                QMessageBox.warning(
                    self.console,
                    self.tr("Open to phones"),
                    self.tr("The door cannot open: {reason}").format(reason=error),
                )
                return
            self.code_action.setChecked(True)
        for action in (self.code_action, self.names_action, self.evaluation_action):
            action.setEnabled(self.phones.is_open)
        if not self.phones.is_open:
            self.code_action.setChecked(False)
            self.names_action.setChecked(False)
            self.evaluation_action.setChecked(False)
        self.console.controller.refresh()

    def _show_code(self, on: bool) -> None:
        self.phones.showing_code = on and self.phones.is_open
        self.console.controller.refresh()

    def _show_state(self, state: DoorState | None) -> None:
        if state is None:
            self.count.setText(self.tr("Door closed to phones"))
            self.count.setToolTip("")
            return
        url, _join = self.phones.addresses()
        phones = self.tr("%n phone(s) connected", "", state.connected)
        sent = self.tr("%n contribution(s)", "", state.contributions)
        text = self.tr("{phones}, {contributions} - code {code}")
        text = text.format(phones=phones, contributions=sent, code=state.code)
        if state.evaluation_open or state.evaluations:
            forms = self.tr("%n form(s)", "", state.evaluations)
            text = f"{text} - {forms}"
        self.count.setText(text)
        self.count.setToolTip(url)
