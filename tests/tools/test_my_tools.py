"""My tools: duplicate, create, edit, delete, import by uid, favourites. A built-in tool is
never modified."""

from __future__ import annotations

import pytest

from facilitator_app.errors import NotFoundError
from facilitator_app.services import library
from facilitator_app.tools import registry
from facilitator_app.tools.loader import ToolDataError


def _changes(db):
    seen = []
    db.changes.subscribe(seen.append)
    return seen


def test_duplicate_makes_an_independent_copy_and_leaves_the_built_in_alone(db):
    original = registry.find_tool("1-2-4-all")
    before = original.definition()
    uid = library.duplicate_tool(db, "1-2-4-all")
    copy = library.find_tool(db, f"custom:{uid}")
    assert copy.id == f"custom:{uid}" and not copy.is_builtin and copy.uid == uid
    assert copy.based_on == "1-2-4-all"
    assert copy.text("fr").name == "1-2-4-Tous (copie)"
    assert copy.text("en").name == "1-2-4-All (copy)"
    assert copy.agenda_phases() == original.agenda_phases()

    definition = copy.definition()
    definition["fr"]["summary"] = "Notre variante."
    definition["phases"][0]["seconds"] = 120
    definition["duration_minutes"] = 13
    library.update_custom_tool(db, uid, definition)

    assert library.find_tool(db, f"custom:{uid}").phases[0].seconds == 120
    assert registry.find_tool("1-2-4-all").definition() == before
    assert registry.find_tool("1-2-4-all").phases[0].seconds == 60


def test_edit_is_validated_and_returns_what_it_replaced(db):
    uid = library.duplicate_tool(db, "1-2-4-all")
    tool = library.get_custom_tool(db, uid)
    broken = tool.definition()
    broken["phases"][0]["seconds"] = 61
    with pytest.raises(ToolDataError, match="duration_minutes"):
        library.update_custom_tool(db, uid, broken)
    fine = tool.definition()
    fine["en"]["name"] = "Our 1-2-4"
    previous = library.update_custom_tool(db, uid, fine)
    assert previous["en"]["name"] == "1-2-4-All (copy)"
    assert library.get_custom_tool(db, uid).text("en").name == "Our 1-2-4"


def test_a_tool_from_scratch_may_be_written_in_one_language(db):
    definition = library.blank_definition("fr")
    definition["fr"]["name"] = "Tour de parole"
    uid = library.create_custom_tool(db, definition)
    tool = library.get_custom_tool(db, uid)
    assert tool.text("en").name == "Tour de parole"  # falls back to the French
    assert tool.duration_minutes == 10
    assert [t.id for t in library.list_custom_tools(db)] == [f"custom:{uid}"]


def test_a_tool_without_any_name_is_refused(db):
    definition = library.blank_definition("fr")
    definition["fr"]["name"] = " "
    with pytest.raises(ToolDataError, match="name"):
        library.create_custom_tool(db, definition)


def test_delete_returns_the_record_and_upsert_brings_it_back(db):
    uid = library.duplicate_tool(db, "1-2-4-all")
    library.set_favourite(db, f"custom:{uid}", True)
    record = library.delete_custom_tool(db, uid)
    assert library.list_custom_tools(db) == []
    assert f"custom:{uid}" not in library.favourite_ids(db)
    with pytest.raises(NotFoundError):
        library.find_tool(db, f"custom:{uid}")
    assert library.upsert_custom_tool(db, record.uid, record.definition, record.based_on)
    assert library.find_tool(db, f"custom:{uid}").based_on == "1-2-4-all"


def test_exchange_reads_a_definition_and_upserts_by_uid(db):
    uid = library.duplicate_tool(db, "1-2-4-all")
    record = library.custom_tool_record(db, uid)
    assert record.as_json()["uid"] == uid
    record.definition["fr"]["name"] = "Importé"
    assert library.upsert_custom_tool(db, uid, record.definition) is False  # replaced
    assert library.get_custom_tool(db, uid).text("fr").name == "Importé"
    assert library.upsert_custom_tool(db, "f" * 36, record.definition) is True  # new
    assert len(library.list_custom_tools(db)) == 2


def test_favourites_toggle_and_publish_a_change(db):
    changes = _changes(db)
    assert library.set_favourite(db, "1-2-4-all", True) is False
    assert library.set_favourite(db, "1-2-4-all", True) is True
    assert library.favourite_ids(db) == {"1-2-4-all"}
    library.set_favourite(db, "1-2-4-all", False)
    assert library.favourite_ids(db) == frozenset()
    assert [c.area for c in changes] == ["tools", "tools"]


def test_unknown_user_tool_is_not_found(db):
    with pytest.raises(NotFoundError):
        library.get_custom_tool(db, "nope")
    with pytest.raises(NotFoundError):
        registry.find_tool("custom:nope")  # no database to look in


def test_listing_again_after_an_edit_shows_the_edit(db):
    uid = library.duplicate_tool(db, "1-2-4-all")
    assert library.list_custom_tools(db)[0].text("en").name == "1-2-4-All (copy)"
    stamp = library.custom_tools_stamp(db)
    library.set_favourite(db, f"custom:{uid}", True)
    assert library.custom_tools_stamp(db) == stamp  # favourites do not touch My tools
    definition = library.get_custom_tool(db, uid).definition()
    definition["en"]["name"] = "Renamed"
    library.update_custom_tool(db, uid, definition)
    assert library.custom_tools_stamp(db) != stamp
    assert library.list_custom_tools(db)[0].text("en").name == "Renamed"
    library.delete_custom_tool(db, uid)
    assert library.list_custom_tools(db) == []
