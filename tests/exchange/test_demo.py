"""The first-start demo: the seed World Café and the 4-day programme, through the import path."""

from __future__ import annotations

from datetime import datetime, time, timedelta

import pytest

from facilitator_app import models
from facilitator_app.services.demo import install_demo
from facilitator_app.services.exchange import build_document
from facilitator_app.storage.database import Database


def _clock(start: str, minutes: list[int]) -> list[str]:
    moment = datetime.combine(datetime(2026, 1, 1), time.fromisoformat(start))
    times = []
    for length in minutes:
        times.append(moment.strftime("%H:%M"))
        moment += timedelta(minutes=length)
    times.append(moment.strftime("%H:%M"))
    return times


@pytest.fixture
def demo(db: Database) -> dict[str, dict]:
    ids = install_demo(db)
    documents = {}
    for workshop_id, name in zip(ids, ("cafe", "template", "sociocracy"), strict=True):
        document, _ = build_document(db, workshop_id)
        documents[name] = document
    return documents


def test_the_world_cafe_keeps_the_seed_times(demo: dict[str, dict]) -> None:
    cafe = demo["cafe"]
    assert cafe["workshop"]["theme"].startswith("Comment réussir à « im »planter le collaboratif")
    assert cafe["workshop"]["facilitators"] == "Florence Mensah, Anne Berlemont"
    [day] = cafe["days"]
    items = day["items"]
    minutes = [item["duration_minutes"] for item in items]
    assert minutes == [20, 25, 20, 25, 5]
    assert _clock(day["start_time"], minutes) == [
        "14:35",
        "14:55",
        "15:20",
        "15:40",
        "16:05",
        "16:10",
    ]
    assert [i["kind"] for i in items] == ["activity", "activity", "break", "activity", "plenary"]
    assert "ORIGINES & FINALITES" in items[0]["title"] and "RESSOURCES" in items[1]["title"]
    assert "ACTIONS" in items[3]["title"]
    assert {i["tool_id"] for i in items if i["kind"] == "activity"} == {"world-cafe"}
    roles = [(r["role"], r["person_name"]) for i in items for r in i["roles"]]
    assert roles == [
        ("scribe", "anne"),
        ("timekeeper", "tous"),
        ("scribe", "Célia + ??"),
        ("scribe", "collaboratif :)"),
    ]


def test_the_world_cafe_keeps_the_seed_records(demo: dict[str, dict]) -> None:
    cafe = demo["cafe"]
    names = [p["name"] for p in cafe["participants"]]
    for name in ("Emmanuel", "Claire", "JM", "Florence Mensah", "Anne Berlemont"):
        assert name in names
    assert any("St-Ouen" in name for name in names)
    records = cafe["outputs"]["tool_records"]
    weather = {r["author"]: r["data"]["weather"] for r in records if r["kind"] == "weather"}
    assert weather == {
        "Emmanuel": "sun",
        "Claire": "sun_clouds",
        "mairie de st ouen": "fog",
        "jm": "sun_clouds",
    }
    objects = [r["data"]["object"] for r in records if r["kind"] == "desert_island"]
    assert "une graine" in objects and "briquet" in objects
    labels = {n["group_label"] for n in cafe["outputs"]["notes"] if n["item"] == "i2"}
    assert {
        "Légitimité",
        "Intelligence collective",
        "Communication collaborative",
        "Travailler ensemble",
    } <= labels
    steps = [n["text"] for n in cafe["outputs"]["notes"] if n["item"] == "i4"]
    assert "tester sur la pause déjeuner la collaboration" in steps
    assert len(cafe["outputs"]["action_items"]) >= 3


def test_the_programme_is_a_four_day_template_of_twelve_modules(demo: dict[str, dict]) -> None:
    programme = demo["template"]
    assert (
        programme["workshop"]["title"] == "Management de la coopération et intelligence collective"
    )
    assert "Fournir aux cadres des collectivités locales" in programme["workshop"]["objective"]
    days = programme["days"]
    assert len(days) == 4 and {d["start_time"] for d in days} == {"09:00"}
    for day in days:
        assert [i["duration_minutes"] for i in day["items"]] == [120, 120, 60, 120]
        assert day["items"][2]["kind"] == "meal"
    modules = [i for d in days for i in d["items"] if i["kind"] == "activity"]
    assert len(modules) == 12 and sum(m["duration_minutes"] for m in modules) == 24 * 60
    assert modules[0]["title"] == "Les fondements de la coopération et de l’intelligence collective"
    assert "Référence : Rapport Brundtland" in modules[0]["notes"]
    assert "Message clé : " in modules[2]["notes"] and "Référence" not in modules[2]["notes"]
    assert modules[-1]["title"] == "Culture de coopération"


def test_the_sociocracy_demo_shows_what_the_console_captures(demo: dict[str, dict]) -> None:
    """Seed 004: the participatory conference (three 10-minute talks with coloured-card
    questions between them), then a consent decision and an election without candidates."""
    forum = demo["sociocracy"]
    assert "sociocratie" in forum["workshop"]["title"]
    [day] = forum["days"]
    conference = day["items"][0]
    assert conference["tool_id"] == "participatory-conference"
    talks = [p for p in conference["phases"] if p["key"].startswith("talk-")]
    assert [p["seconds"] for p in talks] == [600, 600, 600]
    outputs = forum["outputs"]
    polls = [s for s in outputs["vote_sessions"] if s["kind"] == "poll"]
    assert len(polls) == 3 and all(p["estimate"] and p["item"] == conference["ref"] for p in polls)
    consent, election = outputs["decisions"]
    assert consent["kind"] == "consent" and consent["outcome"] == "amended"
    assert [o["status"] for o in consent["objections"]] == ["integrated"]
    parts = {e["part"] for e in consent["entries"]}
    assert parts == {"clarification", "reaction", "position", "version"}
    assert election["kind"] == "election" and election["details"]["elected"] == "Gaëlle Robin"
    answers = [e for e in election["entries"] if e["part"] == "consent"]
    assert answers[-1]["author"] == "Gaëlle Robin"  # the person proposed answers last
    hugo = [a for a in forum["attendance"] if a["participant"] == "p8"]
    assert {(a["half_day"], a["status"], a["arrived_at"]) for a in hugo} == {
        ("am", "excused", None),
        ("pm", "present", "13:10"),
    }


def test_the_demo_is_written_like_any_import(db: Database) -> None:
    ids = install_demo(db)
    with db.reading() as session:
        workshops = [session.get(models.Workshop, i) for i in ids]
        assert [w.is_template for w in workshops] == [False, True, False]


def _all_titles(db: Database) -> list[str]:
    with db.reading() as session:
        return sorted(w.title for w in session.query(models.Workshop))


def test_the_demo_is_pending_on_a_new_database_whatever_opened_it_first(isolated_data_dir):
    from facilitator_app.cli import main
    from facilitator_app.demo import install_demo_once
    from facilitator_app.storage.database import Location, open_database

    assert main(["workshops", "list"]) == 0  # a script came first
    database = open_database(Location.in_data_dir(isolated_data_dir))
    assert not database.created
    assert len(install_demo_once(database)) == 3
    database.close()


def test_a_deleted_demo_never_comes_back(isolated_data_dir):
    from facilitator_app.demo import install_demo_once
    from facilitator_app.services import workshops
    from facilitator_app.storage.database import Location, open_database

    location = Location.in_data_dir(isolated_data_dir)
    database = open_database(location)
    for workshop_id in install_demo_once(database):
        workshops.delete_workshop(database, workshop_id)
    workshops.purge_deleted(database, older_than=timedelta(0))
    database.close()
    again = open_database(location)
    assert install_demo_once(again) == []
    assert _all_titles(again) == []
    again.close()


@pytest.mark.sqlite_only
def test_a_start_cut_short_after_the_demo_does_not_add_it_twice(db: Database) -> None:
    from sqlalchemy import text

    from facilitator_app.demo import install_demo_once

    first = install_demo_once(db)
    with db.engine.begin() as connection:  # as if killed before the mark was cleared
        connection.execute(text("PRAGMA user_version=1"))
    assert install_demo_once(db) == []
    assert len(_all_titles(db)) == len(first) == 3
