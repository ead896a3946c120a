"""Every named operation undoes and redoes exactly: do, undo, redo, undo, redo on a real
database, comparing the whole database and the workshop's export after each step. An operation
registered without a case here fails the first test."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

import facilitator_app.services.all_operations  # noqa: F401  (all registered)
from facilitator_app import models
from facilitator_app.errors import NotFoundError
from facilitator_app.organisation.connection import LibraryServer, migrate_library
from facilitator_app.organisation.library import OrganisationLibrary
from facilitator_app.organisation.server import publish_new, save_item
from facilitator_app.roster import RosterPerson
from facilitator_app.services import exchange, library, operations, organisation, workshops
from facilitator_app.services.agenda import RoleSnapshot
from facilitator_app.storage.database import Database
from facilitator_app.tools import registry
from tests.exchange.helpers import comparable, dump, make_full_workshop
from tests.services.capture_undo_cases import CASES as CAPTURE_CASES

STARTED = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


@dataclass
class World:
    """The ids of the full workshop of tests.exchange.helpers, and a folder for files."""

    db: Database
    folder: Path
    workshop: int
    day1: int
    day2: int
    first: int
    lunch: int
    later: int
    anna: int
    bob: int
    group_set: int


@pytest.fixture
def world(db: Database, tmp_path: Path) -> World:
    wid = make_full_workshop(db)
    with db.transaction() as s:
        days = list(
            s.scalars(select(models.Day).where(models.Day.workshop_id == wid).order_by("position"))
        )
        items = list(
            s.scalars(
                select(models.AgendaItem)
                .where(models.AgendaItem.day_id.in_([d.id for d in days]))
                .order_by(models.AgendaItem.day_id, models.AgendaItem.position)
            )
        )
        people = {p.name: p.id for p in s.scalars(select(models.Participant))}
        group_set = s.scalars(select(models.GroupSet)).one().id
        # What the live run leaves on the first item: a phase log and an interrupted run.
        s.add(models.PhaseLog(item_id=items[0].id, started_at=STARTED, planned_seconds=600))
        s.add(models.RunState(workshop_id=wid, item_id=items[0].id, state={"version": 1}))
    return World(
        db,
        tmp_path,
        wid,
        days[0].id,
        days[1].id,
        items[0].id,
        items[1].id,
        items[2].id,
        people["Anna"],
        people["Bob"],
        group_set,
    )


def _deleted(w: World) -> tuple[Any, ...]:
    workshops.delete_workshop(w.db, w.workshop)
    return (w.db, w.workshop), {}


def _template(w: World) -> tuple[Any, ...]:
    template = exchange.save_as_template(w.db, w.workshop, title="Modèle").workshop_id
    return (w.db, template), {"start": date(2027, 1, 4), "title": "Depuis le modèle"}


def _file(w: World) -> tuple[Any, ...]:
    path = exchange.export_workshop(w.db, w.workshop, w.folder / "atelier.facilitator")
    return (w.db, path), {}


def _question(w: World) -> int:
    with w.db.reading() as s:
        return s.scalars(select(models.QuizQuestion.id)).first()


def _sheet(w: World) -> int:
    with w.db.reading() as s:
        return s.scalars(select(models.EvaluationSheet.id)).first()


def _definition(name: str) -> dict[str, Any]:
    definition = registry.find_tool("1-2-4-all").definition()
    definition["fr"]["name"] = name
    return definition


def _organisation(w: World) -> tuple[OrganisationLibrary, str]:
    """An organisation library (a SQLite file) holding one method of Paul's, seen here."""
    url = f"sqlite+pysqlite:///{w.folder / 'organisation.sqlite3'}"
    migrate_library(url)
    server = LibraryServer(url)
    content = {"definition": _definition("Partagé"), "based_on": None}
    item = publish_new(server, "method", content, name="Partagé", summary="", author="Paul")
    server.close()
    shared = OrganisationLibrary(url, w.folder, "Anne")
    shared.refresh()
    return shared, item.uid


def _theirs(w: World) -> tuple[Any, ...]:
    """tool-1 published, then changed on the server by someone else."""
    shared, _uid = _organisation(w)
    item = organisation.publish(w.db, shared, "method", "tool-1")
    server = LibraryServer(shared.url)
    content = {"definition": _definition("Revu par Paul"), "based_on": None}
    save_item(server, item.uid, content, name="Revu", summary="", author="Paul", base_version=1)
    server.close()
    return (w.db, shared, "method", "tool-1"), {}


Case = Callable[[World], tuple[tuple[Any, ...], dict[str, Any]]]
CASES: dict[str, Case] = {
    "workshop.create": lambda w: ((w.db, "Nouvel atelier"), {}),
    "workshop.update": lambda w: ((w.db, w.workshop), {"venue": "Salle B", "notes": "À voir"}),
    "workshop.rename": lambda w: ((w.db, w.workshop, "Séminaire renommé"), {}),
    "workshop.delete": lambda w: ((w.db, w.workshop), {}),
    "workshop.restore": _deleted,
    "workshop.duplicate": lambda w: ((w.db, w.workshop, "Copie"), {}),
    "agenda.add_day": lambda w: ((w.db, w.workshop), {"title": "Jour 3", "position": 0}),
    "agenda.update_day": lambda w: ((w.db, w.day1), {"title": "Lundi", "venue": "Salle C"}),
    "agenda.remove_day": lambda w: ((w.db, w.day2), {}),
    "agenda.add_item": lambda w: (
        (w.db, w.day1),
        {"title": "Pause", "kind": "break", "duration_minutes": 15, "position": 1},
    ),
    "agenda.add_tool_item": lambda w: ((w.db, w.day2, "1-2-4-all"), {"position": 0}),
    "agenda.remove_item": lambda w: ((w.db, w.first), {}),
    "agenda.move_item": lambda w: ((w.db, w.first, 0, w.day2), {}),
    "agenda.update_item": lambda w: ((w.db, w.first), {"duration_minutes": 20, "title": "Ouvrir"}),
    "agenda.set_roles": lambda w: ((w.db, w.first, [RoleSnapshot("scribe", w.bob)]), {}),
    "agenda.set_role": lambda w: ((w.db, w.first, "facilitator"), {"person_name": "Claire"}),
    "agenda.rotate_roles": lambda w: ((w.db, [w.first, w.lunch, w.later]), {}),
    "agenda.clear_actual_times": lambda w: ((w.db, w.day1), {}),
    "agenda.set_steps": lambda w: (
        (w.db, w.first, [{"key": "a", "seconds": 300, "rounds": 2, "questions": ["Q1", "Q2"]}]),
        {},
    ),
    "agenda.reset_steps": lambda w: ((w.db, w.later), {}),
    "agenda.rebalance": lambda w: ((w.db, w.day1, [(w.first, 20), (w.lunch, None)]), {}),
    "attendance.set": lambda w: ((w.db, w.anna, w.day1, "pm", "absent"), {}),
    "attendance.drop_out": lambda w: ((w.db, w.anna, date(2026, 3, 3), "Mutation"), {}),
    "evaluation.add_question": lambda w: ((w.db, w.workshop, "Combien ?", ["1", "2"], [1]), {}),
    "evaluation.update_question": lambda w: ((w.db, _question(w), "2+2 = ?", ["4", "5"], [0]), {}),
    "evaluation.remove_question": lambda w: ((w.db, _question(w)), {}),
    "evaluation.save_sheet": lambda w: (
        (w.db, w.workshop),
        {
            "participant_id": w.bob,
            "ratings": {"overall": 4, "content": 2},
            "comments": {"liked": "Les échanges"},
            "quiz": {_question(w): [1]},
        },
    ),
    "evaluation.remove_sheet": lambda w: ((w.db, _sheet(w)), {}),
    "exchange.import_document": lambda w: ((w.db, *exchange.build_document(w.db, w.workshop)), {}),
    "exchange.import_file": _file,
    "exchange.save_template": lambda w: ((w.db, w.workshop), {"title": "Mon modèle"}),
    "exchange.use_template": _template,
    "groups.save": lambda w: ((w.db, w.workshop, [[w.anna], [w.bob]]), {"name": "Binômes"}),
    "groups.delete": lambda w: ((w.db, w.group_set), {}),
    "participants.add": lambda w: ((w.db, w.workshop, "Claire"), {"organisation": "CNFPT"}),
    "participants.update": lambda w: ((w.db, w.anna), {"organisation": "Mairie de Lyon"}),
    "participants.remove": lambda w: ((w.db, [w.anna]), {}),
    "participants.import": lambda w: (
        (w.db, w.workshop, [RosterPerson("Chloé"), RosterPerson("Driss", "Mairie")]),
        {},
    ),
    "privacy.forget_person": lambda w: ((w.db, w.bob), {"outputs": "remove"}),
    "privacy.purge": lambda w: (
        (w.db,),
        {"personal_data_months": 6, "attendance_months": 0, "today": date(2027, 6, 1)},
    ),
    "tools.create": lambda w: ((w.db, _definition("Mon outil")), {}),
    "tools.update": lambda w: ((w.db, "tool-1", _definition("Mon 1-2-4 revu")), {}),
    "tools.delete": lambda w: ((w.db, "tool-1"), {}),
    "tools.duplicate": lambda w: ((w.db, "1-2-4-all"), {}),
    "tools.favourite": lambda w: ((w.db, "1-2-4-all", True), {}),
    "tools.upsert": lambda w: ((w.db, "tool-2", _definition("Importé")), {}),
    "organisation.take_copy": lambda w: ((w.db, *_organisation(w)), {}),
    "organisation.publish": lambda w: ((w.db, _organisation(w)[0], "method", "tool-1"), {}),
    "organisation.keep_mine": lambda w: ((w.db, _organisation(w)[0], "method", "tool-1"), {}),
    "organisation.take_theirs": _theirs,
    **CAPTURE_CASES,
}


def test_every_registered_operation_has_a_case() -> None:
    names = set(operations.registered())
    assert names - set(CASES) == set(), "operations without an undo case"
    assert set(CASES) - names == set(), "cases for operations that do not exist"


def snapshot(w: World) -> tuple[Any, Any]:
    rows = dump(w.db)
    rows.pop("change_log", None)
    try:
        export = comparable(exchange.build_document(w.db, w.workshop)[0])
    except NotFoundError:
        export = None  # in the bin
    return rows, export


@pytest.mark.parametrize("name", sorted(CASES))
def test_do_undo_redo_undo_redo_gives_back_the_same_rows(world: World, name: str) -> None:
    args, kwargs = CASES[name](world)
    before = snapshot(world)
    applied = operations.OPERATIONS[name].apply(*args, **kwargs)
    assert applied.did_something, f"{name} changed nothing"
    after = snapshot(world)
    assert after != before
    for _ in range(2):
        undone = operations.undo(world.db, applied)
        assert snapshot(world) == before, f"undo of {name}"
        applied = operations.redo(world.db, undone)
        assert snapshot(world) == after, f"redo of {name}"


def test_labels_name_what_was_done(world: World) -> None:
    applied = operations.OPERATIONS["agenda.remove_item"].apply(world.db, world.lunch)
    assert str(applied.label) == "remove the step “Déjeuner”"
    renamed = workshops.rename_workshop.apply(world.db, world.workshop, "Autre")
    assert renamed.label.params["title"] == "Séminaire complet"
    starred = library.set_favourite.apply(world.db, "1-2-4-all", True)
    assert starred.label.text("fr") == "star or unstar “1-2-4-Tous”"
