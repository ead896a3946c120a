"""The organisation library from two laptops: publishing, taking a copy home, refreshing,
and a conflict on a shared method that never overwrites anybody's edit.

Each laptop has its own SQLite store and data folder; the library is `organisation_url`, a
SQLite file or (`[postgresql]`) a database on the test server.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.errors import NotFoundError
from facilitator_app.organisation.connection import LibraryServer, OrganisationUnreachable
from facilitator_app.organisation.library import OrganisationLibrary, shared_id
from facilitator_app.organisation.server import VersionConflict, changes_since
from facilitator_app.services import library as my_tools
from facilitator_app.services import operations
from facilitator_app.services import organisation as org
from facilitator_app.storage.database import Database, Location, open_database
from facilitator_app.tools import registry


@dataclass
class Laptop:
    db: Database
    library: OrganisationLibrary
    folder: Path

    def tool(self, uid: str) -> dict[str, Any]:
        return my_tools.custom_tool_record(self.db, uid).definition


def _definition(name: str, **changes: Any) -> dict[str, Any]:
    definition = registry.find_tool("1-2-4-all").definition()
    definition["fr"]["name"] = name
    definition["en"]["name"] = name
    definition["fr"].update(changes)
    return definition


@pytest.fixture
def laptops(organisation_url: str, tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    made = []
    for name in ("anne", "paul"):
        folder = tmp_path / name
        db = open_database(Location.in_data_dir(folder))
        made.append(Laptop(db, OrganisationLibrary(organisation_url, folder, name.title()), folder))
    yield made[0], made[1]
    for laptop in made:
        laptop.db.close()


def _publish_new_method(anne: Laptop, name: str = "Tour d'horizon") -> tuple[str, str]:
    """Anne's tool published; returns (her local uid, the shared uid)."""
    uid = my_tools.create_custom_tool(anne.db, _definition(name))
    item = org.publish(anne.db, anne.library, org.METHOD, uid)
    return uid, item.uid


def test_a_published_method_reaches_the_other_laptop_after_a_refresh(laptops) -> None:
    anne, paul = laptops
    paul.library.refresh()
    _mine, shared = _publish_new_method(anne)
    assert paul.library.methods() == []  # not before a refresh
    paul.library.refresh()
    [tool] = paul.library.methods()
    assert tool.id == shared_id(shared) and tool.text("fr").name == "Tour d'horizon"
    item = paul.library.item(shared)
    assert item is not None and item.version == 1 and item.created_by == "Anne"
    assert paul.library.status().reachable and paul.library.status().items == 1


def test_taking_a_copy_home_links_it_and_undo_takes_it_back(laptops) -> None:
    anne, paul = laptops
    _mine, shared = _publish_new_method(anne)
    paul.library.refresh()
    taken = org.take_copy_home.apply(paul.db, paul.library, shared)
    copy_uid = taken.result
    assert paul.tool(copy_uid)["fr"]["name"] == "Tour d'horizon"
    state = org.copy_state(paul.db, paul.library, copy_uid)
    assert state is not None and state.status == "in-step" and state.link.base_version == 1
    operations.undo(paul.db, taken)
    with pytest.raises(NotFoundError):
        paul.tool(copy_uid)
    assert org.copy_state(paul.db, paul.library, copy_uid) is None


def test_publishing_an_edit_makes_a_new_version_the_others_see(laptops) -> None:
    anne, paul = laptops
    mine, shared = _publish_new_method(anne)
    paul.library.refresh()
    paul_copy = org.take_copy_home(paul.db, paul.library, shared)
    my_tools.update_custom_tool(anne.db, mine, _definition("Tour d'horizon", summary="Revu."))
    assert org.copy_state(anne.db, anne.library, mine).status == "changed-here"
    item = org.publish(anne.db, anne.library, org.METHOD, mine)
    assert item.version == 2 and item.updated_by == "Anne"
    assert org.copy_state(anne.db, anne.library, mine).status == "in-step"
    paul.library.refresh()
    assert org.copy_state(paul.db, paul.library, paul_copy).status == "newer-there"


def test_two_trainers_editing_one_method_get_one_conflict_and_lose_nothing(laptops) -> None:
    anne, paul = laptops
    mine, shared = _publish_new_method(anne)
    paul.library.refresh()
    his = org.take_copy_home(paul.db, paul.library, shared)
    my_tools.update_custom_tool(anne.db, mine, _definition("Tour d'horizon", summary="Anne."))
    my_tools.update_custom_tool(paul.db, his, _definition("Tour d'horizon", summary="Paul."))
    org.publish(anne.db, anne.library, org.METHOD, mine)
    with pytest.raises(VersionConflict) as conflict:
        org.publish(paul.db, paul.library, org.METHOD, his)
    assert conflict.value.theirs.version == 2 and conflict.value.theirs.updated_by == "Anne"
    assert "nothing was overwritten" in str(conflict.value)
    assert paul.tool(his)["fr"]["summary"] == "Paul."  # his edit is still here
    kept = org.keep_mine_as_copy(paul.db, paul.library, org.METHOD, his)
    assert kept.version == 1 and kept.name == "Tour d'horizon (copie)"
    anne.library.refresh()
    summaries = sorted((t.text("fr").name, t.text("fr").summary) for t in anne.library.methods())
    assert summaries == [("Tour d'horizon", "Anne."), ("Tour d'horizon (copie)", "Paul.")]
    assert org.copy_state(paul.db, paul.library, his).link.shared_uid == kept.uid


def test_taking_theirs_replaces_my_copy_and_undo_brings_mine_back(laptops) -> None:
    anne, paul = laptops
    mine, shared = _publish_new_method(anne)
    paul.library.refresh()
    his = org.take_copy_home(paul.db, paul.library, shared)
    my_tools.update_custom_tool(anne.db, mine, _definition("Tour d'horizon", summary="Anne."))
    org.publish(anne.db, anne.library, org.METHOD, mine)
    my_tools.update_custom_tool(paul.db, his, _definition("Tour d'horizon", summary="Paul."))
    with pytest.raises(VersionConflict):
        org.publish(paul.db, paul.library, org.METHOD, his)
    taken = org.take_theirs.apply(paul.db, paul.library, org.METHOD, his)
    assert paul.tool(his)["fr"]["summary"] == "Anne."
    assert org.copy_state(paul.db, paul.library, his).status == "in-step"
    operations.undo(paul.db, taken)
    assert paul.tool(his)["fr"]["summary"] == "Paul."


def test_publishing_what_the_library_already_has_is_no_conflict(laptops) -> None:
    anne, paul = laptops
    mine, shared = _publish_new_method(anne)
    paul.library.refresh()
    his = org.take_copy_home(paul.db, paul.library, shared)
    same = _definition("Tour d'horizon", summary="Pareil.")
    my_tools.update_custom_tool(anne.db, mine, same)
    my_tools.update_custom_tool(paul.db, his, same)
    org.publish(anne.db, anne.library, org.METHOD, mine)
    item = org.publish(paul.db, paul.library, org.METHOD, his)
    assert item.version == 2 and org.copy_state(paul.db, paul.library, his).status == "in-step"


def test_out_of_reach_the_library_keeps_the_last_copy_seen(laptops, tmp_path: Path) -> None:
    anne, paul = laptops
    _mine, shared = _publish_new_method(anne)
    paul.library.refresh()
    seen = paul.library.status().seen_at
    # The laptop leaves the network: the same library, at an address that answers nobody.
    away = OrganisationLibrary(
        "postgresql+psycopg://trainer@/facilitation?host=" + str(tmp_path / "no-server"),
        paul.folder,
        "Paul",
    )
    with pytest.raises(OrganisationUnreachable) as refused:
        away.refresh()
    assert "out of reach" in str(refused.value) and away.status().reachable is False
    # The same server's copy is read back from the cache after a restart, without a network.
    again = OrganisationLibrary(paul.library.url, paul.folder, "Paul")
    assert again.status().reachable is None and again.status().seen_at == seen
    assert [t.id for t in again.methods()] == [shared_id(shared)]
    copy_uid = org.take_copy_home(paul.db, again, shared)  # offline, from the copy in hand
    assert paul.tool(copy_uid)["fr"]["name"] == "Tour d'horizon"


def test_a_refresh_reads_only_what_changed_and_forgets_withdrawn_items(laptops) -> None:
    from facilitator_app.organisation.server import withdraw_item

    anne, paul = laptops
    _a, first = _publish_new_method(anne, "Premier")
    _b, second = _publish_new_method(anne, "Second")
    paul.library.refresh()
    seq = paul.library.snapshot.seq
    server = LibraryServer(anne.library.url)
    try:
        assert changes_since(server, seq) == ([], seq)
        withdraw_item(server, first, author="Anne", base_version=1)
        changes, newest = changes_since(server, seq)
    finally:
        server.close()
    assert [(c.uid, c.withdrawn) for c in changes] == [(first, True)] and newest == seq + 1
    paul.library.refresh()
    assert [t.id for t in paul.library.methods()] == [shared_id(second)]


def test_a_template_travels_without_its_participants(laptops) -> None:
    from facilitator_app.services import exchange, participants, workshops

    anne, paul = laptops
    workshop = workshops.create_workshop(anne.db, "Séminaire de rentrée")
    participants.add_participant(anne.db, workshop, "Claire Martin")
    template = exchange.save_as_template(
        anne.db, workshop, title="Rentrée type", keep_participants=True
    )
    item = org.publish(anne.db, anne.library, org.TEMPLATE, template.uid)
    assert item.kind == "template" and item.name == "Rentrée type"
    assert item.content["document"]["participants"] == []
    paul.library.refresh()
    [shared] = paul.library.items("template")
    local_uid = org.take_copy_home(paul.db, paul.library, shared.uid)
    [summary] = [w for w in workshops.list_workshops(paul.db) if w.uid == local_uid]
    assert summary.is_template and summary.title == "Rentrée type" and summary.participants == 0
    assert org.copy_state(paul.db, paul.library, local_uid).status == "in-step"


def test_taking_their_template_puts_mine_in_the_bin_and_undo_brings_it_back(laptops) -> None:
    from facilitator_app.services import exchange, workshops

    anne, paul = laptops
    workshop = workshops.create_workshop(anne.db, "Séminaire")
    template = exchange.save_as_template(anne.db, workshop, title="Modèle")
    shared = org.publish(anne.db, anne.library, org.TEMPLATE, template.uid)
    paul.library.refresh()
    his = org.take_copy_home(paul.db, paul.library, shared.uid)
    workshops.rename_workshop(anne.db, template.workshop_id, "Modèle d'Anne")
    org.publish(anne.db, anne.library, org.TEMPLATE, template.uid)
    his_id = next(w.id for w in workshops.list_workshops(paul.db) if w.uid == his)
    workshops.rename_workshop(paul.db, his_id, "Modèle de Paul")
    with pytest.raises(VersionConflict):
        org.publish(paul.db, paul.library, org.TEMPLATE, his)
    taken = org.take_theirs.apply(paul.db, paul.library, org.TEMPLATE, his)
    titles = sorted(w.title for w in workshops.list_workshops(paul.db))
    assert titles == ["Modèle d'Anne"]
    assert org.copy_state(paul.db, paul.library, taken.result).status == "in-step"
    operations.undo(paul.db, taken)
    assert sorted(w.title for w in workshops.list_workshops(paul.db)) == ["Modèle de Paul"]
    assert org.copy_state(paul.db, paul.library, his) is not None
