"""The console on the facilitator's laptop: the same timer smaller, the day's agenda, the
controls, the phase's instructions and the item's notes, and the capture area (ui/capture).
The projector window gets the same commands, so the keys and the clicker work on both."""

from __future__ import annotations

import contextlib
from typing import cast

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
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
from facilitator_app.ui.live.agenda_panel import AgendaPanel
from facilitator_app.ui.live.clear_times import clear_recorded_times
from facilitator_app.ui.live.controller import RoomController
from facilitator_app.ui.live.display import DisplayState, Scene
from facilitator_app.ui.live.keys import build_commands
from facilitator_app.ui.live.projector import ProjectorCanvas, ProjectorWindow
from facilitator_app.ui.live.sound import ChimePlayer

DEFAULT_BREAK_MINUTES = 15
DEFAULT_TURN_SECONDS = 60
CONTROL_ROWS = (
    ("previous", "toggle", "next"),
    ("remove_minute", "add_minute", "restart_step"),
    ("break_screen", "black_screen", "hide_digits", "tour", "full_screen"),
)


class TimerPreview(ProjectorCanvas):
    """The projector's picture, small, so the facilitator sees what the room sees."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("liveTimerPreview")


class ConsoleWindow(QMainWindow):
    def __init__(self, ctx, run: LiveRun, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.ctx = ctx
        self.run = run
        self.workshop_id = run.workshop_id
        self.setObjectName("liveConsole")
        title = workshop_service.get_summary(ctx.db, run.workshop_id).title
        if run.recording:
            self.setWindowTitle(self.tr("Console - {title}").format(title=title))
        else:
            self.setWindowTitle(self.tr("Console - {title} - REHEARSAL").format(title=title))
        self.resize(1280, 760)
        self.player = ChimePlayer(ctx.settings, self)
        self.player.on_problem = self._sound_problem
        self.controller = RoomController(
            run, ctx.settings, ctx.language, self.player.play, parent=self
        )
        self.commands = build_commands(self)
        self._closed = False
        self._texts_key: tuple[int | None, str | None] | None = None
        self.projector = ProjectorWindow(ctx.settings, console=self)
        self._build()
        self._wire()
        self.controller.refreshed.connect(self._show)
        ctx.changed.connect(self._on_change)
        self.controller.refresh()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        toolbar = QToolBar(self.tr("Screen"))
        toolbar.setObjectName("liveToolbar")
        toolbar.addWidget(QLabel(self.tr("Projector screen:") + " "))
        self.screen_choice = QComboBox()
        self.screen_choice.setObjectName("liveScreenChoice")
        self.screen_choice.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        toolbar.addWidget(self.screen_choice)
        toolbar.addSeparator()
        self.light_theme = toolbar.addAction(self.tr("Light theme on the projector"))
        self.light_theme.setObjectName("liveLightTheme")
        self.light_theme.setCheckable(True)
        self.light_theme.setChecked(self.ctx.settings.get("projector_theme") == "light")
        self.light_theme.toggled.connect(self._theme_chosen)
        self.mute = toolbar.addAction(self.tr("Mute the chimes"))
        self.mute.setObjectName("liveMute")
        self.mute.setCheckable(True)
        self.mute.setChecked(self.ctx.settings.get("sound_muted"))
        self.mute.toggled.connect(lambda on: self.ctx.settings.set("sound_muted", on))
        toolbar.addSeparator()
        self.clear_times = toolbar.addAction(self.tr("Clear the day's actual times…"))
        self.clear_times.setObjectName("liveClearTimes")
        self.clear_times.triggered.connect(lambda: clear_recorded_times(self))
        self.end_run = toolbar.addAction(self.tr("End the run"))
        self.end_run.setObjectName("liveEndRun")
        self.end_run.triggered.connect(self._end_run)
        self.addToolBar(toolbar)
        self._fill_screens()

        self.agenda = AgendaPanel(self.run, self.ctx.language)
        self.agenda.item_chosen.connect(self._start_item)

        centre = QWidget()
        column = QVBoxLayout(centre)
        self.rehearsal_banner = QLabel(
            self.tr("REHEARSAL - nothing is recorded: the planner keeps its plan.")
        )
        self.rehearsal_banner.setObjectName("liveRehearsalBanner")
        self.rehearsal_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.rehearsal_banner.setWordWrap(True)
        self.rehearsal_banner.setStyleSheet(
            "background: #b35c00; color: white; font-weight: 700; font-size: 13pt; padding: 4px;"
        )
        self.rehearsal_banner.setVisible(not self.run.recording)
        column.addWidget(self.rehearsal_banner)
        self.room_sees = QLabel()
        self.room_sees.setObjectName("liveRoomSees")
        self.room_sees.setStyleSheet("font-weight: 600;")
        column.addWidget(self.room_sees)
        self.preview = TimerPreview()
        column.addWidget(self.preview, 3)
        for row in CONTROL_ROWS:
            line = QHBoxLayout()
            for command in row:
                button = QToolButton()
                button.setDefaultAction(self.commands[command])
                button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
                # Buttons must not take the keyboard: Space belongs to start/pause.
                button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
                button.setObjectName(f"liveButton_{command}")
                line.addWidget(button)
            line.addStretch(1)
            column.addLayout(line)
        self.instructions = QTextBrowser()
        self.instructions.setObjectName("liveInstructions")
        self.instructions.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        box = QGroupBox(self.tr("Instructions and notes"))
        QVBoxLayout(box).addWidget(self.instructions)
        column.addWidget(box, 2)

        from facilitator_app.ui.capture import CapturePanel

        self.capture = CapturePanel(self.ctx, self.run, self)
        self.capture.scene_changed.connect(self.controller.refresh)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.agenda)
        splitter.addWidget(centre)
        splitter.addWidget(self.capture)
        splitter.setSizes([290, 560, 430])
        # Extra width goes to the timer; the side panels keep theirs whatever they show.
        for index, stretch in enumerate((0, 1, 0)):
            splitter.setStretchFactor(index, stretch)
        splitter.setChildrenCollapsible(False)
        self.setCentralWidget(splitter)

    def _wire(self) -> None:
        c = self.commands
        for name in ("toggle", "next", "previous", "add_minute", "remove_minute", "restart_step"):
            c[name].triggered.connect(lambda _=False, n=name: self._command(n))
        c["black_screen"].toggled.connect(self.controller.set_black)
        c["hide_digits"].toggled.connect(self.controller.set_hide_digits)
        c["break_screen"].toggled.connect(self._toggle_break)
        c["tour"].toggled.connect(self._toggle_tour)
        c["full_screen"].triggered.connect(self._projector_full_screen)
        c["leave_full_screen"].triggered.connect(self.projector.leave_full_screen)
        for action in [*c.values(), *self.capture.actions_for_windows()]:
            self.addAction(action)
            self.projector.addAction(action)
        self.screen_choice.activated.connect(self._screen_chosen)
        app = cast(QGuiApplication, QGuiApplication.instance())
        app.screenAdded.connect(self._fill_screens)
        app.screenRemoved.connect(self._fill_screens)

    # -- commands ----------------------------------------------------------------------------
    def _command(self, name: str) -> None:
        with reported(self):
            self.controller.command(name)

    def _start_item(self, item_id: int) -> None:
        with reported(self):
            self.run.start_item(item_id)
            self.controller.refresh()

    def _toggle_break(self, on: bool) -> None:
        if not on:
            self.controller.show_break(None)
            return
        if self.controller.current_is_break():
            # The break item itself shows the break screen; nothing to ask.
            self.commands["break_screen"].setChecked(False)
            return
        minutes, ok = QInputDialog.getInt(
            self,
            self.tr("Break"),
            self.tr("Length of the break (minutes):"),
            DEFAULT_BREAK_MINUTES,
            1,
            240,
        )
        if not ok:
            self.commands["break_screen"].setChecked(False)
            return
        self.controller.show_break(minutes)

    def _toggle_tour(self, on: bool) -> None:
        if not on:
            self.controller.stop_tour()
            return
        names = [p.name for p in agenda_service.list_participants(self.ctx.db, self.workshop_id)]
        if not names:
            self.statusBar().showMessage(
                self.tr("No participants: add them to the workshop first."), 8000
            )
            self.commands["tour"].setChecked(False)
            return
        seconds, ok = QInputDialog.getInt(
            self,
            self.tr("Tour de table"),
            self.tr("Speaking time for each person (seconds):"),
            DEFAULT_TURN_SECONDS,
            10,
            1800,
        )
        if not ok:
            self.commands["tour"].setChecked(False)
            return
        self.controller.start_tour(names, seconds)

    def _projector_full_screen(self) -> None:
        if not self.projector.isVisible():
            self.projector.place()
        self.projector.toggle_full_screen()

    def _fill_screens(self, _screen=None) -> None:
        self.screen_choice.clear()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            self.screen_choice.addItem(
                f"{screen.name()} ({size.width()}x{size.height()})", screen.name()
            )
        saved = self.ctx.settings.get("projector_screen")
        index = self.screen_choice.findData(saved)
        if index >= 0:
            self.screen_choice.setCurrentIndex(index)

    def _end_run(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("End the run"),
            self.tr("End the run now? The current item is closed and nothing is left to resume."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with reported(self):
            self.run.finish()
            self.close()

    def _theme_chosen(self, light: bool) -> None:
        self.ctx.settings.set("projector_theme", "light" if light else "dark")
        self.controller.refresh()

    def _screen_chosen(self, index: int) -> None:
        name = self.screen_choice.itemData(index)
        if name:
            self.projector.send_to_screen(name)

    # -- showing -----------------------------------------------------------------------------
    def _show(self, state: DisplayState) -> None:
        self.capture.follow(self.run.current_item, self.controller.snapshot)
        state = self.capture.overlay(state)  # Ctrl+P: the output instead of the timer
        self.projector.show_state(state)
        self.agenda.refresh()
        self.preview.show_state(self.capture.overlay(self.controller.facilitator_state))
        if state.scene is Scene.BLACK:
            self.room_sees.setText(self.tr("The room sees a black screen."))
        elif state.scene is Scene.OUTPUT:
            self.room_sees.setText(self.capture.room_sees())
        elif state.hide_digits:
            self.room_sees.setText(self.tr("The room sees a disc, not the digits."))
        else:
            self.room_sees.setText("")
        if self.controller.tour is None and self.commands["tour"].isChecked():
            self.commands["tour"].setChecked(False)  # the tour ended with its last speaker
        self._show_texts()

    def _show_texts(self) -> None:
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
        notes = next(
            (
                i.notes
                for i in agenda_service.day_agenda(self.ctx.db, self.run.day.id).items
                if i.id == item.id
            ),
            "",
        )
        parts = [f"{item.title} - {name}", instruction]
        if item.question:
            parts.append(self.tr("Question: {question}").format(question=item.question))
        if notes:
            parts.append(self.tr("Notes: {notes}").format(notes=notes))
        self.instructions.setPlainText("\n\n".join(p for p in parts if p))

    def _sound_problem(self, reason: str) -> None:
        self.sound_note = self.tr("Chimes off: {reason}").format(reason=reason)
        self.statusBar().showMessage(self.sound_note)

    def _on_change(self, change) -> None:
        if change.workshop_id == self.workshop_id and change.area == "agenda":
            with reported(self):
                self.run.reload()
            self._texts_key = None
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
        self.controller.timer.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_change)
        app = cast(QGuiApplication, QGuiApplication.instance())
        for signal in (app.screenAdded, app.screenRemoved):
            with contextlib.suppress(RuntimeError, TypeError):
                signal.disconnect(self._fill_screens)
        self.projector.dispose()
