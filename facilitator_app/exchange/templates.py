"""Templates: a workshop's plan kept to start new ones from it. Both directions are document
transformations (here) followed by the ordinary import (services.exchange), so a template is
exactly what a file holds."""

from __future__ import annotations

import copy
from datetime import date, timedelta
from typing import Any

from facilitator_app.models import new_uid, utcnow
from facilitator_app.text import clean_title


def _fresh(document: dict[str, Any]) -> dict[str, Any]:
    result = copy.deepcopy(document)
    workshop = result["workshop"]
    workshop["uid"] = new_uid()
    workshop["created_at"] = utcnow().replace(microsecond=0).isoformat()
    workshop["ended_at"] = None
    return result


def template_document(
    document: dict[str, Any], *, title: str | None = None, keep_participants: bool = False
) -> dict[str, Any]:
    """The plan only: outputs, attendance, groups, answers and live times are left out."""
    result = _fresh(document)
    result["workshop"]["is_template"] = True
    if title is not None:
        result["workshop"]["title"] = clean_title(title)
    result["attendance"] = []
    result["group_sets"] = []
    result["outputs"] = {key: [] for key in result["outputs"]}
    result["evaluation"]["satisfaction"] = []
    result["evaluation"]["sheets"] = []
    for person in result["participants"]:
        person["dropped_out_on"] = None
        person["dropout_reason"] = ""
    for question in result["evaluation"]["quiz"]:
        question["answers"] = []
    for day in result["days"]:
        for item in day["items"]:
            item["actual_start"] = item["actual_end"] = None
            if not keep_participants:
                for role in item["roles"]:
                    role["participant"] = None
    if not keep_participants:
        result["participants"] = []
    return result


def shifted_days(days: list[dict[str, Any]], start: date) -> list[dict[str, Any]]:
    """The days moved to begin on `start`, in their order and each on its own date.

    Dated days keep their spacing; an undated day is the day after the one before it (`start`
    for the first). When that would put a day on or before the previous one (an undated day
    between two consecutive dates, days out of order in the file), it goes to the day after
    the previous one and every later dated day moves by the same amount."""
    dated = [date.fromisoformat(day["date"]) for day in days if day["date"]]
    # The first dated day comes after the undated days that lead the list.
    leading = next((i for i, day in enumerate(days) if day["date"]), 0)
    offset = start + timedelta(days=leading) - dated[0] if dated else timedelta(0)
    result = []
    previous: date | None = None
    for day in days:
        if day["date"]:
            when = date.fromisoformat(day["date"]) + offset
            if previous is not None and when <= previous:
                offset += previous + timedelta(days=1) - when
                when = previous + timedelta(days=1)
        else:
            when = start if previous is None else previous + timedelta(days=1)
        previous = when
        result.append({**day, "date": when.isoformat()})
    return result


def workshop_document(
    template: dict[str, Any], *, start: date, title: str | None = None
) -> dict[str, Any]:
    result = _fresh(template)
    result["workshop"]["is_template"] = False
    if title is not None:
        result["workshop"]["title"] = clean_title(title)
    result["days"] = shifted_days(result["days"], start)
    return result
