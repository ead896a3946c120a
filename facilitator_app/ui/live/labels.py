"""The projector's and console's sentences, translated in context "Live"."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app.timing.engine import TimerSnapshot


def break_title() -> str:
    return QCoreApplication.translate("Live", "Break")


def paused_label() -> str:
    return QCoreApplication.translate("Live", "PAUSED")


def done_title() -> str:
    return QCoreApplication.translate("Live", "Done")


def ended_label(following: str) -> str:
    """The end of a step, on the projector: "Done - Next: Pairs (2 min)"."""
    if not following:
        return done_title()
    return QCoreApplication.translate("Live", "Done - {next}").format(next=following)


def back_at_label(clock: str) -> str:
    return QCoreApplication.translate("Live", "back at {time}").format(time=clock)


def duration_label(seconds: float) -> str:
    """45 -> "45 s", 120 -> "2 min", 150 -> "2 min 30 s"."""
    seconds = max(0, round(seconds))
    minutes, rest = divmod(seconds, 60)
    if minutes == 0:
        return QCoreApplication.translate("Live", "{seconds} s").format(seconds=rest)
    if rest == 0:
        return QCoreApplication.translate("Live", "{minutes} min").format(minutes=minutes)
    return QCoreApplication.translate("Live", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=rest
    )


def step_label(snapshot: TimerSnapshot, item_title: str) -> str:
    parts = []
    if snapshot.step_count > 1:
        parts.append(
            QCoreApplication.translate("Live", "Step {number} of {count}").format(
                number=snapshot.step_index + 1, count=snapshot.step_count
            )
        )
    if snapshot.round_count > 1:
        parts.append(
            QCoreApplication.translate("Live", "Round {number} of {count}").format(
                number=snapshot.round_index + 1, count=snapshot.round_count
            )
        )
    if item_title and (snapshot.step_count > 1 or snapshot.step.key != "item"):
        parts.append(item_title)
    return " - ".join(parts)


def next_label(run, snapshot: TimerSnapshot, language: str, *, after_item: bool = False) -> str:
    """What comes next: the item's next step, otherwise the day's next item (with its
    length), otherwise the end of the day. `after_item`: the item is over."""
    engine = run.engine
    if not after_item and engine is not None and snapshot.step_index + 1 < len(engine.steps):
        step = engine.steps[snapshot.step_index + 1]
        name = step.text(language)[0]
        if step.round_count > 1:
            name = QCoreApplication.translate("Live", "{name}, round {number}").format(
                name=name, number=step.round_index + 1
            )
        return QCoreApplication.translate("Live", "Next: {name} ({duration})").format(
            name=name, duration=duration_label(engine.planned_seconds(snapshot.step_index + 1))
        )
    following = run.next_item_preview
    if following is not None:
        return QCoreApplication.translate("Live", "Next: {name} ({duration})").format(
            name=following.title, duration=duration_label(following.duration_minutes * 60)
        )
    if run.one_off is not None:
        return ""
    return QCoreApplication.translate("Live", "End of the day")


def ago_label(seconds: float) -> str:
    """How long ago, for the resume offer: "3 min 20 s", "2 h 05 min"."""
    seconds = max(0, round(seconds))
    hours, rest = divmod(seconds, 3600)
    if hours:
        return QCoreApplication.translate("Live", "{hours} h {minutes:02d} min").format(
            hours=hours, minutes=rest // 60
        )
    return duration_label(rest)
