"""The live run as a service: the day's items in order, the current item's timer (the pure
engine of `timing/`), what the room sees, and the saving after every operation; resuming after
a crash; the lateness of a day for the planner and the reports."""

from facilitator_app.services.live.lateness import day_projection
from facilitator_app.services.live.resume import PendingResume, pending_resume
from facilitator_app.services.live.run import LiveRun, discard_resume
from facilitator_app.timing.run_day import LiveDay, LiveItem, choose_day, runs_today

__all__ = [
    "LiveDay",
    "LiveItem",
    "LiveRun",
    "PendingResume",
    "choose_day",
    "day_projection",
    "discard_resume",
    "pending_resume",
    "runs_today",
]
