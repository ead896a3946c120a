"""The console on the facilitator's laptop: the same timer smaller, the day's agenda (with how
to catch up when it runs late), the controls, the phase's instructions and the item's notes,
and the capture area (ui/capture). The projector window gets the same commands, so the keys
and the clicker work on both: F5 presents, PageDown and PageUp move, Ctrl+Z takes a move back,
End ends the run."""

from __future__ import annotations

import contextlib
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QLabel,
    QMainWindow,
    QSplitter,
    QTextBrowser,
    QToolBar,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.services import agenda as agenda_service
from facilitator_app.services import workshops as workshop_service
from facilitator_app.services.live import LiveRun
from facilitator_app.ui.errors import reported
from facilitator_app.ui.flow import FlowLayout
from facilitator_app.ui.live import room_dialogs
from facilitator_app.ui.live.agenda_panel import AgendaPanel
from facilitator_app.ui.live.clear_times import clear_recorded_times
from facilitator_app.ui.live.controller import RoomController, settings_warnings
from facilitator_app.ui.live.display import DisplayState, Scene
from facilitator_app.ui.live.keys import build_commands
from facilitator_app.ui.live.projector import ProjectorCanvas, ProjectorWindow
from facilitator_app.ui.live.sound import ChimePlayer

CONTROL_ROWS = (
    ("previous", "toggle", "next", "undo_move"),
    ("remove_minute", "add_minute", "restart_step", "present", "end_run"),
    ("break_screen", "black_screen", "hide_digits", "tour", "groups"),
)
TIMER_COMMANDS = (
    "toggle",
    "next",
    "previous",
    "add_minute",
    "remove_minute",
    "restart_step",
)
CLOCK_MS = 1000  # the console's clock is read every second (it only repaints on a change)


class TimerPreview(ProjectorCanvas):
    """The projector's picture, small, so the facilitator sees what the room sees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveTimerPreview")
        self.setMinimumSize(240, 135)


class ConsoleWindow(QMainWindow):
    def __init__(self, ctx, run: LiveRun, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.run = run
        self.workshop_id = None if run.one_off is not None else run.workshop_id
        self.setObjectName("liveConsole")
        self.setWindowTitle(self._title())
        self.resize(1280, 720)
        self.player = ChimePlayer(ctx.settings, self)
        self.player.on_problem = self._sound_problem
        self.controller = RoomController(
            run, ctx.settings, ctx.language, self.player.play, parent=self
        )
        self._read_warnings()
        self.commands = build_commands(self)
        self.end_run = self.commands["end_run"]
        self._closed = False
        self._texts_key: tuple[int | None, str | None] | None = None
        self.projector = ProjectorWindow(ctx.settings, console=self)
        self._build()
        self._wire()
        self.controller.refreshed.connect(self._show)
        ctx.changed.connect(self._on_change)
        self.controller.refresh()

    def _title(self) -> str:
        run = self.run
        if run.one_off is not None:
            title = run.items[0].title if run.items else ""
            return self.tr("Console - {title} - launched from the library").format(title=title)
        title = workshop_service.get_summary(self.ctx.db, run.workshop_id).title
        if run.recording:
            return self.tr("Console - {title}").format(title=title)
        return self.tr("Console - {title} - REHEARSAL").format(title=title)

    def _read_warnings(self) -> None:
        """The workshop's own amber and red, else the application's."""
        chosen = settings_warnings(self.ctx.settings)
        if self.workshop_id is not None:
            chosen = workshop_service.get_timer_warnings(self.ctx.db, self.workshop_id, chosen)
        self.controller.warnings = chosen

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Screen"))
        toolbar.setObjectName("liveToolbar")
        self.clock = QLabel()
        self.clock.setObjectName("liveClock")
        self.clock.setStyleSheet("font-size: 14pt; font-weight: 700; padding: 0 8px;")
        toolbar.addWidget(self.clock)
        toolbar.addSeparator()
        self.screen_label = QLabel()
        self.screen_label.setObjectName("liveProjectorWhere")
        toolbar.addWidget(self.screen_label)
        self.screen_choice = QComboBox()
        self.screen_choice.setObjectName("liveScreenChoice")
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.screen_choice.setToolTip(self.tr("Send the projector view to this screen"))
        toolbar.addWidget(self.screen_choice)
        toolbar.addSeparator()
        self.light_theme = toolbar.addAction(self.tr("Light theme on the projector"))
        self.light_theme.setObjectName("liveLightTheme")
        self.light_theme.setCheckable(True)
        self.light_theme.setChecked(self.ctx.settings.get("projector_theme") == "light")
        self.light_theme.toggled.connect(self._theme_chosen)
        self.projector_clock = toolbar.addAction(self.tr("Clock on the projector"))
        self.projector_clock.setObjectName("liveProjectorClock")
        self.projector_clock.setCheckable(True)
        self.projector_clock.setChecked(self.ctx.settings.get("projector_clock"))
        self.projector_clock.toggled.connect(self._clock_chosen)
        self.mute = toolbar.addAction(self.tr("Mute the chimes"))
        self.mute.setObjectName("liveMute")
        self.mute.setCheckable(True)
        self.mute.setChecked(self.ctx.settings.get("sound_muted"))
        self.mute.toggled.connect(lambda on: self.ctx.settings.set("sound_muted", on))
        toolbar.addSeparator()
        self.clear_times = toolbar.addAction(self.tr("Clear the day's actual times…"))
        self.clear_times.setObjectName("liveClearTimes")
        self.clear_times.triggered.connect(lambda: clear_recorded_times(self))
        self.clear_times.setVisible(self.run.one_off is None)
        self.addToolBar(toolbar)
        self._fill_screens()
        from facilitator_app.ui.phones.door import PhonesDoor, PhonesToolbar

        self.phones = PhonesDoor(self.ctx, self.workshop_id, self)
        self.phones_bar = PhonesToolbar(self, self.phones)
        self.addToolBarBreak()  # a row of its own: at 1366 pixels the first one is full
        self.addToolBar(self.phones_bar)
        self.phones_bar.setVisible(self.phones.available)

        self.agenda = AgendaPanel(self.run, self.ctx.language)
        self.agenda.item_chosen.connect(self._start_item)
        self.agenda.accept_catch_up.connect(self._accept_catch_up)

        centre = QWidget()
        column = QVBoxLayout(centre)
        column.setContentsMargins(4, 4, 4, 4)
        self.rehearsal_banner = QLabel(self._banner())
        self.rehearsal_banner.setObjectName("liveRehearsalBanner")
        self.rehearsal_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal_banner.setWordWrap(True)
        self.rehearsal_banner.setStyleSheet(
            "background: #b35c00; color: white; font-weight: 700; font-size: 12pt; padding: 4px;"
        )
        self.rehearsal_banner.setVisible(not self.run.recording)
        column.addWidget(self.rehearsal_banner)
        self.room_sees = QLabel()
        self.room_sees.setObjectName("liveRoomSees")
        self.room_sees.setStyleSheet("font-weight: 600;")
        self.room_sees.setWordWrap(True)
        column.addWidget(self.room_sees)
        self.preview = TimerPreview()
        column.addWidget(self.preview, 3)
        for row in CONTROL_ROWS:
            # A row wraps rather than widen the console when the text is larger.
            line = FlowLayout(spacing=2)
            for command in row:
                button = QToolButton()
                button.setDefaultAction(self.commands[command])
                # Text under the icon: the French labels fit the laptop's width in rows.
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextUnderIcon)
                # Buttons must not take the keyboard: Space belongs to start/pause.
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setObjectName(f"liveButton_{command}")
                line.addWidget(button)
            column.addLayout(line)
        self.instructions = QTextBrowser()
        self.instructions.setObjectName("liveInstructions")
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QGroupBox(self.tr("Instructions and notes"))
        QVBoxLayout(box).addWidget(self.instructions)
        column.addWidget(box, 2)

        from facilitator_app.ui.capture import CapturePanel
        from facilitator_app.ui.live.no_capture import NoCapture

        # A run launched from the library has no workshop to capture into.
        self.capture: CapturePanel | NoCapture = (
            NoCapture(self)
            if self.run.one_off is not None
            else CapturePanel(self.ctx, self.run, self)
        )
        self.capture.scene_changed.connect(self.controller.refresh)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.agenda)
        splitter.addWidget(centre)
        splitter.addWidget(self.capture)
        splitter.setSizes([320, 560, 430])
        # Extra width goes to the timer; the side panels keep theirs whatever they show.
        for index, stretch in enumerate((0, 1, 0)):
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)
        self.splitter = splitter
        self.setCentralWidget(splitter)
        self._clock_timer = QTimer(self)
        self._clock_timer.setInterval(CLOCK_MS)
        self._clock_timer.timeout.connect(self._show_clock)
        self._clock_timer.start()
        self._show_clock()

    def _banner(self) -> str:
        if self.run.one_off is not None:
            return self.tr("Launched from the library: nothing is recorded.")
        return self.tr("REHEARSAL - nothing is recorded: the planner keeps its plan.")

    def _wire(self) -> None:
        c = self.commands
        for name in TIMER_COMMANDS:
            c[name].triggered.connect(lambda _=False, n=name: self._command(n))
        c["black_screen"].toggled.connect(self.controller.set_black)
        c["hide_digits"].toggled.connect(self.controller.set_hide_digits)
        c["break_screen"].toggled.connect(self._toggle_break)
        c["tour"].toggled.connect(self._toggle_tour)
        c["groups"].toggled.connect(self._toggle_groups)
        c["undo_move"].triggered.connect(self._undo)
        c["rebalance"].triggered.connect(self._accept_catch_up)
        c["present"].triggered.connect(self._present)
        c["full_screen"].triggered.connect(self._projector_full_screen)
        c["leave_full_screen"].triggered.connect(self.projector.leave_full_screen)
        c["end_run"].triggered.connect(self._end_run)
        for action in [*c.values(), *self.capture.actions_for_windows()]:
            self.addAction(action)
            self.projector.addAction(action)
        self.screen_choice.activated.connect(self._screen_chosen)
        self.projector.placed.connect(self._projector_placed)
        app = cast(QGuiApplication, QGuiApplication.instance())
        app.screenAdded.connect(self._fill_screens)
        app.screenRemoved.connect(self._fill_screens)

    # -- commands ----------------------------------------------------------------------------
    def _command(self, name: str) -> None:
        self._last_was_catch_up = False
        with reported(self):
            self.controller.command(name)

    def _undo(self) -> None:
        """Ctrl+Z: the last thing done here taken back, a clicker move (the timer goes back
        where it was) or an accepted catch-up (its operation undone)."""
        from facilitator_app.ui.undo import undo_last

        with reported(self):
            if self._last_was_catch_up and self.ctx.undo_stack.canUndo():
                self._last_was_catch_up = False
                undo_last(self.ctx.undo_stack)
                return
            self.controller.command("undo_move")

    def _start_item(self, item_id: int) -> None:
        with reported(self):
            self.run.start_item(item_id)
            self.controller.refresh()

    def _present(self) -> None:
        """F5, the clicker's "present" key: the projector full screen, and the timer started
        if the current item has not started yet."""
        if not self.projector.isVisible():
            self.projector.place()
        if not self.projector.isFullScreen():
            self.projector.toggle_full_screen()
        engine = self.run.engine
        if engine is not None and engine.item_started_at is None and not engine.finished:
            self._command("toggle")

    def _accept_catch_up(self) -> None:
        """One key (A) accepts the console's proposal to finish on time: one undoable
        operation (Edit > Undo in the main window, or Ctrl+Z here)."""
        proposal = self.agenda.proposal
        if proposal is None or not proposal.cuts or self.run.one_off is not None:
            return
        cuts = [
            (self.run.items[cut.index].id, None if cut.dropped else cut.minutes)
            for cut in proposal.cuts
            if cut.index < len(self.run.items)
        ]
        with reported(self):
            self.ctx.perform(agenda_service.rebalance_day, self.run.day.id, cuts)
            self.run.moves.clear()  # Ctrl+Z now undoes the catch-up (see _undo)
            self._last_was_catch_up = True
            self.statusBar().showMessage(self.tr("The rest of the day was shortened."), 8000)

    _last_was_catch_up = False

    def _toggle_break(self, on: bool) -> None:
        if not on:
            self.controller.show_break(None)
            return
        if self.controller.current_is_break():
            # The break item itself shows the break screen; nothing to ask.
            self.commands["break_screen"].setChecked(False)
            return
        minutes = room_dialogs.ask_break_minutes(self)
        if minutes is None:
            self.commands["break_screen"].setChecked(False)
            return
        self.controller.show_break(minutes)

    def _toggle_tour(self, on: bool) -> None:
        if not on:
            self.controller.stop_tour()
            return
        names = room_dialogs.participant_names(self.ctx, self.workshop_id)
        if not names:
            self.statusBar().showMessage(
                self.tr("No participants: add them to the workshop first."), 8000
            )
            self.commands["tour"].setChecked(False)
            return
        seconds = room_dialogs.ask_turn_seconds(self)
        if seconds is None:
            self.commands["tour"].setChecked(False)
            return
        self.controller.start_tour(names, seconds)

    def _toggle_groups(self, on: bool) -> None:
        if not on:
            self.controller.show_groups("", None)
            return
        item = self.run.current_item
        shown = room_dialogs.groups_to_show(self.ctx, self.workshop_id, item.id if item else None)
        if shown is None:
            self.statusBar().showMessage(
                self.tr("No groups yet: make them on the Participants page."), 8000
            )
            self.commands["groups"].setChecked(False)
            return
        self.controller.show_groups(*shown)

    def _projector_full_screen(self) -> None:
        if not self.projector.isVisible():
            self.projector.place()
        self.projector.toggle_full_screen()

    def _fill_screens(self, _screen=None) -> None:
        self.screen_choice.blockSignals(True)
        self.screen_choice.clear()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_choice.addItem(
                f"{screen.name()} ({size.width()}x{size.height()})", screen.name()
            )
        self.screen_choice.blockSignals(False)
        where = self.projector.current_screen_name if hasattr(self, "projector") else None
        index = self.screen_choice.findData(where or self.ctx.settings.get("projector_screen"))
        if index >= 0:
            self.screen_choice.setCurrentIndex(index)
        if hasattr(self, "projector"):
            self._projector_placed(where or "", self.projector.isFullScreen())

    def _projector_placed(self, name: str, full_screen: bool) -> None:
        """The console names the screen the projector view is really on."""
        index = self.screen_choice.findData(name)
        if index >= 0:
            self.screen_choice.setCurrentIndex(index)
        text = self.tr("Projector on:") if full_screen else self.tr("Projector in a window on:")
        self.screen_label.setText(text + " ")

    def _end_run(self) -> None:
        if not room_dialogs.confirm_end(self):
            return
        with reported(self):
            self.run.finish()
            self.close()

    def _theme_chosen(self, light: bool) -> None:
        self.ctx.settings.set("projector_theme", "light" if light else "dark")
        self.controller.refresh()

    def _clock_chosen(self, on: bool) -> None:
        self.ctx.settings.set("projector_clock", on)
        self.controller.refresh()

    def _screen_chosen(self, index: int) -> None:
        name = self.screen_choice.itemData(index)
        if name:
            self.projector.send_to_screen(name)

    # -- showing -----------------------------------------------------------------------------
    def _show_clock(self) -> None:
        text = self.controller.clock_text()
        if self.clock.text() != text:
            self.clock.setText(text)

    def _show(self, state: DisplayState) -> None:
        self.capture.follow(self.run.current_item, self.controller.snapshot)
        state = self.capture.overlay(state)  # Ctrl+P: the output instead of the timer
        item = self.run.current_item
        self.phones.follow(item.id if item is not None else None)
        state = self.phones.overlay(
            state,
            self.tr("Join with your phone: scan the code, or type the address and the code."),
            self.tr("Code: {code}"),
        )
        self.projector.show_state(state)
        self.agenda.refresh()
        self.commands["rebalance"].setEnabled(bool(self.agenda.proposal))
        self.preview.show_state(self.capture.overlay(self.controller.facilitator_state))
        if state.scene is Scene.BLACK:
            self.room_sees.setText(self.tr("The room sees a black screen."))
        elif state.scene is Scene.OUTPUT:
            self.room_sees.setText(self.capture.room_sees())
        elif state.scene is Scene.JOIN:
            self.room_sees.setText(self.tr("The room sees the phones' join code."))
        elif state.hide_digits:
            self.room_sees.setText(self.tr("The room sees a disc, not the digits."))
        elif state.scene is Scene.GROUPS:
            self.room_sees.setText(self.tr("The room sees the groups (G takes them down)."))
        else:
            self.room_sees.setText("")
        if self.controller.tour is None and self.commands["tour"].isChecked():
            self.commands["tour"].setChecked(False)  # the tour ended with its last speaker
        self._show_texts()

    def _show_texts(self) -> None:
        """The whole text of the step, its question and the item's notes: what the projector
        may show smaller or in pages is always whole here."""
        snapshot = self.controller.snapshot
        item = self.run.current_item
        key = (item.id if item else None, snapshot.step_key if snapshot else None)
        if key == self._texts_key:
            return
        self._texts_key = key
        if item is None or snapshot is None:
            self.instructions.setPlainText(self.tr("Nothing left to run today."))
            return
        name, instruction = snapshot.step.text(self.ctx.language)
        notes = ""
        if self.run.one_off is None:
            notes = next(
                (
                    i.notes
                    for i in agenda_service.day_agenda(self.ctx.db, self.run.day.id).items
                    if i.id == item.id
                ),
                "",
            )
        parts = [f"{item.title} - {name}", instruction]
        question = snapshot.step.question or item.question
        if question:
            parts.append(self.tr("Question: {question}").format(question=question))
        if notes:
            parts.append(self.tr("Notes: {notes}").format(notes=notes))
        self.instructions.setPlainText("\n\n".join(p for p in parts if p))

    def _sound_problem(self, reason: str) -> None:
        self.sound_note = self.tr("Chimes off: {reason}").format(reason=reason)
        self.statusBar().showMessage(self.sound_note)

    def _on_change(self, change) -> None:
        if self.workshop_id is None or change.workshop_id != self.workshop_id:
            return
        if change.area == "agenda":
            with reported(self):
                self.run.reload()
            self._texts_key = None
            self.controller.refresh()
        elif change.area == "workshops":
            self._read_warnings()
            self.controller.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self.projector.isVisible():
            self.projector.place()
        # Load the chimes soon, not at the first chime (the audio stack can take a moment).
        QTimer.singleShot(500, self.player, self.player.prepare)

    def closeEvent(self, event: QCloseEvent) -> None:
        # The run stays saved: opening the console again offers to resume it.
        super().closeEvent(event)
        if self._closed:
            return
        self._closed = True
        self.capture.close()  # what is being typed is saved first
        self.phones.close()  # the door shuts with the console: nothing listens any more
        self.controller.timer.stop()
        self._clock_timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_change)
        app = cast(QGuiApplication, QGuiApplication.instance())
        for signal in (app.screenAdded, app.screenRemoved):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._fill_screens)
        self.projector.dispose()
