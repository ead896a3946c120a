"""The capture area of the console: one tab per kind of output the current item produces (what
its phases declare, what it already holds, and notes, actions, photos and attendance always),
the tab of the running phase brought to the front with what the phase declares (three dots
per person, the speed boat's columns). F6 puts the keyboard in the tab's field; Ctrl+P shows
the tab's output on the projector (and back to the timer); a refusal is said in the status
line, never in a dialog in the middle of typing."""

from __future__ import annotations

import contextlib
import time
from dataclasses import replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QTabWidget, QVBoxLayout, QWidget

from facilitator_app.capture.halfday import half_day_of
from facilitator_app.capture.kinds import KINDS_BY_ID
from facilitator_app.capture.params import CaptureSpec, spec_of
from facilitator_app.changes import Change
from facilitator_app.services.capture.common import is_output_change, table_of
from facilitator_app.ui.capture.base import CapturePanelBase, PanelEnv, people_of
from facilitator_app.ui.capture.drafts import DraftStore
from facilitator_app.ui.live.display import DisplayState, Scene
from facilitator_app.ui.live.output_scene import OutputScene

# The tabs' order: what is typed most during a run first, attendance last.
PANEL_ORDER = (
    "notes",
    "wall",
    "votes",
    "poll",
    "weather",
    "desert_island",
    "portrait",
    "decision",
    "election",
    "codev",
    "actions",
    "photos",
    "attendance",
)
ALWAYS = ("notes", "actions", "photos", "attendance")
PROJECTOR_MS = 250


def panel_classes() -> dict[str, type[CapturePanelBase]]:
    from facilitator_app.ui.capture.actions import ActionsPanel
    from facilitator_app.ui.capture.attendance import AttendancePanel
    from facilitator_app.ui.capture.codev import CodevPanel
    from facilitator_app.ui.capture.decision import DecisionPanel
    from facilitator_app.ui.capture.election import ElectionPanel
    from facilitator_app.ui.capture.notes import NotesPanel
    from facilitator_app.ui.capture.photos import PhotosPanel
    from facilitator_app.ui.capture.poll import PollPanel
    from facilitator_app.ui.capture.records import (
        DesertIslandPanel,
        PortraitPanel,
        WeatherPanel,
    )
    from facilitator_app.ui.capture.votes import VotesPanel
    from facilitator_app.ui.capture.wall import WallPanel

    classes = (
        NotesPanel, WallPanel, VotesPanel, PollPanel, WeatherPanel, DesertIslandPanel,
        PortraitPanel, DecisionPanel, ElectionPanel, CodevPanel, ActionsPanel, PhotosPanel,
        AttendancePanel,
    )  # fmt: skip
    return {cls.panel_id: cls for cls in classes}


class CapturePanel(QWidget):
    scene_changed = Signal()  # what the projector shows of the capture may have changed

    def __init__(self, ctx: Any, run: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from facilitator_app.services import workshops

        self.setObjectName("liveCapture")
        self.ctx = ctx
        self.run = run
        self.workshop_id = run.workshop_id
        self.projecting = False
        self._followed: tuple[int | None, int | None] | None = None
        self._scene: OutputScene | None = None
        # A burst of changes (phones sending) repaints the projector at most this often: the
        # first change at once, the last one at the end of the interval, none lost.
        self._repaint = QTimer(self)
        self._repaint.setSingleShot(True)
        self._repaint.setInterval(PROJECTOR_MS)
        self._repaint.timeout.connect(self._scene_repaint)
        self._repainted_at = -1.0
        self.classes = panel_classes()
        self.panels: dict[str, CapturePanelBase] = {}
        self.stale: set[str] = set()  # panels behind another tab that a notice concerned
        summary = workshops.get_summary(ctx.db, self.workshop_id)
        self.env = PanelEnv(
            ctx=ctx,
            workshop_id=self.workshop_id,
            workshop_uid=summary.uid,
            day_id=lambda: self.run.day.id,
            drafts=DraftStore(ctx.data_dir, self),
            say=self.say,
            scene_changed=self._scene_dirty,
            present=self.present,
            earlier_items=self.earlier_items,
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("captureTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        self.tabs.currentChanged.connect(self._tab_shown)
        layout.addWidget(self.tabs, 1)
        self.status = QLabel()
        self.status.setObjectName("captureStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.project_action = QAction(self.tr("Show on the projector"), self)
        self.project_action.setObjectName("captureProject")
        self.project_action.setShortcut(QKeySequence("Ctrl+P"))
        self.project_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.project_action.setCheckable(True)
        self.project_action.toggled.connect(self.set_projecting)
        self.focus_action = QAction(self.tr("Type in the capture"), self)
        self.focus_action.setObjectName("captureFocus")
        self.focus_action.setShortcut(QKeySequence("F6"))
        self.focus_action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.focus_action.triggered.connect(self.focus_entry)
        ctx.changed.connect(self._on_change)

    def actions_for_windows(self) -> list[QAction]:
        """Installed on the console and the projector window (the clicker's focus)."""
        return [self.project_action, self.focus_action]

    # -- following the run ------------------------------------------------------------------
    def follow(self, item: Any, snapshot: Any) -> None:
        """The console shows an item and a step: bring the matching tab to the front. Cheap
        when nothing moved (called at every repaint of the timer)."""
        item_id = item.id if item is not None else None
        phase = snapshot.step.phase_index if snapshot is not None else None
        if (item_id, phase) == self._followed:
            return
        item_changed = self._followed is None or self._followed[0] != item_id
        self._followed = (item_id, phase)
        specs = self._specs(item)
        current = specs.get(phase) if phase is not None else None
        wanted = self._panels_for(item, specs)
        if item_changed or [self.tabs.widget(i) for i in range(self.tabs.count())] != [
            self.panels.get(p) for p in wanted
        ]:
            self._show_tabs(wanted)
        for panel_id in wanted:
            panel = self.panels[panel_id]
            spec = self._spec_for(panel_id, specs, current)
            if item_changed or spec != panel.spec:
                panel.load(item_id, spec)
                self.stale.discard(panel_id)
        if current is not None:
            panel_id = KINDS_BY_ID[current.kind].panel
            if panel_id in self.panels:
                self._bring(self.panels[panel_id])
        self._scene_dirty()

    def _bring(self, panel: CapturePanelBase) -> None:
        """Bring a tab to the front; the keyboard, if it was in another tab, follows it."""
        from PySide6.QtWidgets import QApplication

        focused = QApplication.focusWidget()
        was_here = focused is not None and self.isAncestorOf(focused)
        self.tabs.setCurrentWidget(panel)
        if was_here and focused is not None and not panel.isAncestorOf(focused):
            panel.focus_entry()

    def _specs(self, item: Any) -> dict[int, CaptureSpec]:
        found: dict[int, CaptureSpec] = {}
        for index, phase in enumerate(item.phases if item is not None else ()):
            spec = spec_of(phase.get("capture")) if isinstance(phase, dict) else None
            if spec is not None:
                found[index] = spec
        return found

    def _spec_for(
        self, panel_id: str, specs: dict[int, CaptureSpec], current: CaptureSpec | None
    ) -> CaptureSpec | None:
        """The current phase's spec for its panel; else the item's first for that panel."""
        if current is not None and KINDS_BY_ID[current.kind].panel == panel_id:
            return current
        return next((s for s in specs.values() if KINDS_BY_ID[s.kind].panel == panel_id), None)

    def _panels_for(self, item: Any, specs: dict[int, CaptureSpec]) -> list[str]:
        from facilitator_app.services.capture.query import kinds_present

        wanted = {KINDS_BY_ID[s.kind].panel for s in specs.values()}
        if item is not None:
            wanted |= {
                KINDS_BY_ID[k].panel for k in kinds_present(self.ctx.db, self.workshop_id, item.id)
            }
        wanted |= set(ALWAYS)
        return [p for p in PANEL_ORDER if p in wanted]

    def _show_tabs(self, wanted: list[str]) -> None:
        current = self.tabs.currentWidget()
        self.tabs.blockSignals(True)
        while self.tabs.count():
            self.tabs.removeTab(0)
        for panel_id in wanted:
            panel = self.panels.get(panel_id)
            if panel is None:
                panel = self.panels[panel_id] = self.classes[panel_id](self.env)
            self.tabs.addTab(panel, panel.title())
        if current is not None and self.tabs.indexOf(current) >= 0:
            self.tabs.setCurrentWidget(current)
        self.tabs.blockSignals(False)

    @property
    def current(self) -> CapturePanelBase | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, CapturePanelBase) else None

    def focus_entry(self) -> None:
        if self.current is not None:
            self.current.focus_entry()

    # -- the room's people ------------------------------------------------------------------
    def present(self) -> list[tuple[int, str]]:
        """Who is in the room now (present this half-day), else the whole roster."""
        from facilitator_app.services.capture import attendance

        half = half_day_of(datetime.now().time())
        rows = attendance.sheet(self.ctx.db, self.workshop_id, self.run.day.id)
        here = [(r.participant_id, r.name) for r in rows if r.half(half).status == "present"]
        return here or people_of(self.ctx.db, self.workshop_id)

    def earlier_items(self) -> list[int]:
        current = self.run.current_item
        ids = [i.id for i in self.run.items]
        return ids[: ids.index(current.id)] if current is not None and current.id in ids else []

    # -- notices, status, projector ---------------------------------------------------------
    def _on_change(self, change: Change) -> None:
        if change.workshop_id != self.workshop_id:
            return
        if change.area in ("participants", "attendance"):
            for panel in self.panels.values():
                if panel.follows_people and panel is self.current:
                    with contextlib.suppress(RuntimeError):
                        panel.reload()
                elif panel.follows_people:
                    self.stale.add(panel.panel_id)
            return
        if not is_output_change(change):
            return
        table = table_of(change)
        for panel in self.panels.values():
            if table is None or table in panel.tables():
                if panel is not self.current:
                    self.stale.add(panel.panel_id)  # read again when its tab comes forward
                    continue
                with contextlib.suppress(RuntimeError):  # a panel being deleted
                    panel.on_change(change, table)
        self._scene_dirty()

    def _tab_shown(self, _index: int) -> None:
        panel = self.current
        if panel is not None and panel.panel_id in self.stale:
            self.stale.discard(panel.panel_id)
            panel.reload()
        self._scene_dirty()

    def say(self, text: str, error: bool = False) -> None:
        style = "color: #B00000; font-weight: 600;" if error and text else ""
        if (text, style) == (self.status.text(), self.status.styleSheet()):
            return  # every operation clears the line: a style sheet set for nothing costs
        self.status.setText(text)
        self.status.setStyleSheet(style)

    def set_projecting(self, on: bool) -> None:
        if on and (self.current is None or self.current.scene() is None):
            self.project_action.setChecked(False)
            self.say(self.tr("Nothing of this tab to show on the projector yet."), True)
            return
        self.projecting = on
        self._scene = None
        self.scene_changed.emit()  # on or off, the projector repaints now

    def _scene_dirty(self) -> None:
        self._scene = None
        if not self.projecting or self._repaint.isActive():
            return
        if time.monotonic() - self._repainted_at >= PROJECTOR_MS / 1000:
            self._scene_repaint()
        else:
            self._repaint.start()

    def _scene_repaint(self) -> None:
        self._repainted_at = time.monotonic()
        if self.projecting:
            self.scene_changed.emit()

    def overlay(self, state: DisplayState) -> DisplayState:
        """What the projector shows: the output of the current tab while Ctrl+P is on; a black
        screen stays black."""
        if not self.projecting or state.scene is Scene.BLACK or self.current is None:
            return state
        if self._scene is None:
            self._scene = self.current.scene()
        if self._scene is None:
            return state
        return replace(state, scene=Scene.OUTPUT, output=self._scene)

    def room_sees(self) -> str:
        if not self.projecting or self.current is None:
            return ""
        return self.tr("The room sees: {what} (Ctrl+P goes back to the timer).").format(
            what=self.current.title().replace("&", "")
        )

    def close(self) -> bool:  # type: ignore[override]
        for panel in self.panels.values():
            panel.flush()
        self.env.drafts.flush()
        with contextlib.suppress(RuntimeError, TypeError):
            self.ctx.changed.disconnect(self._on_change)
        return super().close()
