from __future__ import annotations

from datetime import date

import pytest

from facilitator_app.errors import UserError
from facilitator_app.exchange.templates import shifted_days
from facilitator_app.services.exchange import build_document, new_from_template, save_as_template
from facilitator_app.storage.database import Database
from tests.exchange.helpers import make_full_workshop


def test_a_template_keeps_the_plan_and_leaves_out_the_history(db: Database) -> None:
    wid = make_full_workshop(db)
    result = save_as_template(db, wid, title="Modèle")
    template, photos = build_document(db, result.workshop_id)
    assert template["workshop"]["is_template"] and template["workshop"]["title"] == "Modèle"
    assert template["workshop"]["ended_at"] is None
    assert all(not rows for rows in template["outputs"].values()) and photos == {}
    assert template["attendance"] == [] and template["group_sets"] == []
    assert template["participants"] == []
    items = [i for d in template["days"] for i in d["items"]]
    assert [i["title"] for i in items] == ["Ouverture", "Déjeuner", "Bilan"]
    assert all(i["actual_start"] is None for i in items)
    assert items[0]["roles"][0]["participant"] is None and items[0]["phases"]
    assert template["evaluation"]["quiz"][0]["answers"] == []
    assert template["custom_tools"]


def test_participants_can_be_kept_on_request(db: Database) -> None:
    wid = make_full_workshop(db)
    result = save_as_template(db, wid, keep_participants=True)
    template, _ = build_document(db, result.workshop_id)
    assert [p["name"] for p in template["participants"]] == ["Anna", "Bob"]
    assert template["days"][0]["items"][0]["roles"][0]["participant"] == "p1"


def test_a_new_workshop_shifts_the_days_and_keeps_their_spacing(db: Database) -> None:
    wid = make_full_workshop(db)  # days on 2 and 4 March
    template = save_as_template(db, wid).workshop_id
    result = new_from_template(db, template, start=date(2026, 9, 14), title="Rentrée")
    document, _ = build_document(db, result.workshop_id)
    assert [d["date"] for d in document["days"]] == ["2026-09-14", "2026-09-16"]
    assert document["workshop"]["title"] == "Rentrée"
    assert not document["workshop"]["is_template"]


def test_undated_days_follow_one_another() -> None:
    days = [{"date": None}, {"date": None}, {"date": None}]
    assert [d["date"] for d in shifted_days(days, date(2026, 1, 5))] == [
        "2026-01-05",
        "2026-01-06",
        "2026-01-07",
    ]


def test_only_a_template_starts_a_workshop(db: Database) -> None:
    wid = make_full_workshop(db)
    with pytest.raises(UserError, match="not a template"):
        new_from_template(db, wid, start=date(2026, 1, 1))


def _shifted(dates: list[str | None], start: date) -> list[str]:
    return [d["date"] for d in shifted_days([{"date": when} for when in dates], start)]


def test_a_leading_undated_day_takes_the_start_and_the_dated_one_follows() -> None:
    assert _shifted([None, "2026-03-10"], date(2026, 4, 1)) == ["2026-04-01", "2026-04-02"]
    assert _shifted([None, "2026-03-10", "2026-03-12"], date(2026, 4, 1)) == [
        "2026-04-01",
        "2026-04-02",
        "2026-04-04",  # the spacing between the dated days is kept
    ]


def test_an_undated_day_between_consecutive_dates_pushes_the_later_days() -> None:
    assert _shifted(["2026-03-10", None, "2026-03-11", "2026-03-13"], date(2026, 4, 1)) == [
        "2026-04-01",
        "2026-04-02",
        "2026-04-03",
        "2026-04-05",
    ]


def test_an_undated_day_in_a_gap_keeps_the_later_dates() -> None:
    assert _shifted(["2026-03-10", None, "2026-03-13"], date(2026, 4, 1)) == [
        "2026-04-01",
        "2026-04-02",
        "2026-04-04",
    ]


def test_days_out_of_order_or_on_one_date_stay_in_order_on_distinct_dates() -> None:
    shifted = _shifted(["2026-03-10", "2026-03-10", "2026-03-08", None], date(2026, 4, 1))
    assert shifted == ["2026-04-01", "2026-04-02", "2026-04-03", "2026-04-04"]
