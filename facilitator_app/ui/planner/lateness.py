"""The line that says, once the live run has started a day, how late it runs, which pinned
starts will not be kept, and how to finish on time: the console's own proposal
(facilitator_app.rebalance), from the actual times the timer recorded."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app import rebalance
from facilitator_app.agenda import Projection, clock
from facilitator_app.services.agenda import DayView, day_items
from facilitator_app.timefmt import format_clock, format_duration
from facilitator_app.ui.labels import item_kind_label

LATE_COLOUR = "#a61b1b"
ON_TIME_COLOUR = "#2d6a2f"


def lateness_text(projection: Projection, day: DayView, language: str) -> tuple[str, str]:
    """(text, colour) for the day's lateness line."""
    late = projection.late_minutes
    ahead = -min(projection.delay_minutes, projection.behind_minutes)
    end = format_clock(clock(projection.projected_end), language)
    if late > 0:
        text = QCoreApplication.translate(
            "PlannerLateness", "Running {late} late: the day would end at {end}."
        ).format(late=format_duration(late, language), end=end)
        proposal = rebalance.propose(projection, day_items(day))

        def title(index: int) -> str:
            return day.items[index].title or item_kind_label(day.items[index].kind)

        cuts = [
            QCoreApplication.translate("PlannerLateness", "drop {title}").format(
                title=title(cut.index)
            )
            if cut.dropped
            else QCoreApplication.translate("PlannerLateness", "{title} to {minutes}").format(
                title=title(cut.index), minutes=format_duration(cut.minutes, language)
            )
            for cut in proposal.cuts
        ]
        if cuts:
            text += " " + QCoreApplication.translate(
                "PlannerLateness", "To catch up: {cuts}."
            ).format(cuts=", ".join(cuts))
        pin = proposal.before_pin
        if proposal.left > 0 and pin is not None:
            text += " " + QCoreApplication.translate(
                "PlannerLateness", "{left} cannot be caught up before {title} at {time}."
            ).format(
                left=format_duration(proposal.left, language),
                title=title(pin),
                time=format_clock(clock(projection.slots[pin].start), language),
            )
        return text, LATE_COLOUR
    if ahead > 0:
        return QCoreApplication.translate(
            "PlannerLateness", "Ahead by {early}: the day would end at {end}."
        ).format(early=format_duration(ahead, language), end=end), ON_TIME_COLOUR
    return QCoreApplication.translate(
        "PlannerLateness", "On time: the day would end at {end}."
    ).format(end=end), ON_TIME_COLOUR
