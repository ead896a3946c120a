"""Cards, clusters and notes: what the scribe types is stored, in order, once."""

from __future__ import annotations

import pytest

from facilitator_app.errors import UserError
from facilitator_app.services.capture import cards, notes
from facilitator_app.services.operations import redo, undo
from tests.services.capture.conftest import Room


def test_a_card_typed_is_on_the_wall_in_the_order_it_was_posted(room: Room):
    first = cards.add_card(room.db, room.workshop, room.wall, "Coopérer", colour="green")
    second = cards.add_card(room.db, room.workshop, room.wall, "Partager")
    wall = cards.wall(room.db, room.workshop, room.wall)
    assert [c.id for c in wall.cards] == [first, second]
    assert [c.colour for c in wall.cards] == ["green", "yellow"]


def test_a_phone_sending_the_same_card_twice_stores_it_once(room: Room):
    first = cards.add_card.apply(room.db, room.workshop, room.wall, "Idée", uid="phone-1")
    again = cards.add_card.apply(room.db, room.workshop, room.wall, "Idée", uid="phone-1")
    assert first.result == again.result
    assert not again.did_something  # nothing on the Undo menu either
    assert len(cards.wall(room.db, room.workshop, room.wall).cards) == 1


def test_a_uid_of_another_workshop_is_refused(room: Room):
    from facilitator_app.services import workshops

    other = workshops.create_workshop(room.db, "Autre")
    cards.add_card(room.db, room.workshop, room.wall, "Idée", uid="phone-1")
    with pytest.raises(UserError):
        cards.add_card(room.db, other, None, "Idée", uid="phone-1")


def test_a_batch_of_cards_is_one_transaction_with_one_notice_each_card_removable(room: Room):
    before = cards.add_card(room.db, room.workshop, room.wall, "Déjà là", uid="phone-0")
    notices = []
    room.db.changes.subscribe(notices.append)
    batch = [
        cards.NewCard("Un", colour="green", author="📱 1", uid="phone-1"),
        cards.NewCard("Déjà là", uid="phone-0"),  # sent before: the card stored, not again
        cards.NewCard("Deux", uid="phone-2"),
        cards.NewCard("Un", colour="green", author="📱 1", uid="phone-1"),  # twice in a batch
    ]
    applied = cards.add_cards.apply(room.db, room.workshop, room.wall, batch, origin="phone")
    wall = cards.wall(room.db, room.workshop, room.wall)
    assert [c.text for c in wall.cards] == ["Déjà là", "Un", "Deux"]
    first, second = wall.cards[1].id, wall.cards[2].id
    assert applied.result == [first, before, second, first]
    assert [(n.area, n.ids) for n in notices] == [("outputs:card", (first, second))]
    assert str(applied.label) == "add 2 card(s)"  # what was written
    redo(room.db, undo(room.db, applied))
    assert cards.wall(room.db, room.workshop, room.wall) == wall
    cards.remove_card(room.db, first)  # the facilitator removes one card of the batch
    assert [c.text for c in cards.wall(room.db, room.workshop, room.wall).cards] == [
        "Déjà là",
        "Deux",
    ]


def test_one_bad_card_refuses_the_whole_batch_and_writes_nothing(room: Room):
    from facilitator_app.services import workshops

    other = workshops.create_workshop(room.db, "Autre")
    cards.add_card(room.db, other, None, "Ailleurs", uid="phone-9")
    for bad in (cards.NewCard(""), cards.NewCard("x" * 501), cards.NewCard("Ok", uid="phone-9")):
        with pytest.raises(UserError):
            cards.add_cards(room.db, room.workshop, room.wall, [cards.NewCard("Bon"), bad])
    assert cards.wall(room.db, room.workshop, room.wall).cards == ()
    assert cards.add_cards(room.db, room.workshop, room.wall, []) == []


@pytest.mark.parametrize(
    "text, colour", [("", "yellow"), ("   ", "yellow"), ("x" * 501, "yellow"), ("Ok", "teal")]
)
def test_an_empty_overlong_or_oddly_coloured_card_is_refused(room: Room, text, colour):
    with pytest.raises(UserError):
        cards.add_card(room.db, room.workshop, room.wall, text, colour=colour)
    assert cards.wall(room.db, room.workshop, room.wall).cards == ()


def test_a_card_of_another_workshops_item_is_refused(room: Room):
    from facilitator_app.services import workshops

    other = workshops.create_workshop(room.db, "Autre")
    with pytest.raises(UserError):
        cards.add_card(room.db, other, room.wall, "Idée")


def test_clusters_gather_cards_and_removing_one_frees_its_cards(room: Room):
    a = cards.add_card(room.db, room.workshop, room.wall, "A")
    b = cards.add_card(room.db, room.workshop, room.wall, "B")
    cluster = cards.add_cluster(room.db, room.workshop, room.wall, "Confiance", card_ids=[a])
    cards.cluster_cards(room.db, [b], cluster)
    wall = cards.wall(room.db, room.workshop, room.wall)
    assert {c.cluster_id for c in wall.cards} == {cluster}
    cards.rename_cluster(room.db, cluster, "Confiance et climat")
    cards.remove_cluster(room.db, cluster)
    wall = cards.wall(room.db, room.workshop, room.wall)
    assert wall.clusters == ()
    assert {c.cluster_id for c in wall.cards} == {None}


def test_a_card_on_a_matrix_has_a_level_on_each_axis(room: Room):
    card = cards.add_card(room.db, room.workshop, room.wall, "Budget", x=1, y=3)
    cards.edit_card(room.db, card, x=2)
    [view] = cards.cards_by_id(room.db, [card])
    assert (view.x, view.y) == (2, 3)
    cards.edit_card(room.db, card, x=None)
    assert cards.cards_by_id(room.db, [card])[0].x is None
    with pytest.raises(UserError):
        cards.edit_card(room.db, card, y=9)


def test_removing_a_card_is_undone_with_its_id(room: Room):
    card = cards.add_card(room.db, room.workshop, room.wall, "A")
    applied = cards.remove_card.apply(room.db, card)
    assert cards.cards_by_id(room.db, [card]) == []
    undo(room.db, applied)
    assert [c.id for c in cards.cards_by_id(room.db, [card])] == [card]


def test_notes_per_group_move_to_another_table(room: Room):
    first = notes.add_note(
        room.db, room.workshop, room.wall, "Ligne 1", group_label="T1", scribe="Anne"
    )
    notes.add_note(room.db, room.workshop, room.wall, "Ligne 2", group_label="T2")
    notes.move_note(room.db, first, "T2")
    found = notes.notes_of(room.db, room.workshop, room.wall)
    assert [(n.group_label, n.text) for n in found] == [("T2", "Ligne 2"), ("T2", "Ligne 1")]
    assert found[1].scribe == "Anne"
    assert notes.groups_of(room.db, room.workshop, room.wall) == ["T2"]


def test_a_pasted_five_megabyte_note_is_refused_with_its_length(room: Room):
    with pytest.raises(UserError) as refused:
        notes.add_note(room.db, room.workshop, room.wall, "x" * 5_000_000)
    assert "5000000" in str(refused.value)


def test_the_scribe_of_a_table_comes_from_the_item_roles(room: Room):
    from facilitator_app.services.agenda import RoleSnapshot, set_roles

    set_roles(
        room.db,
        room.wall,
        [
            RoleSnapshot("scribe", None, "Célia", "T2"),
            RoleSnapshot("scribe", room.people["Anne"]),
        ],
    )
    assert notes.scribe_of(room.db, room.wall, "T2") == "Célia"
    assert notes.scribe_of(room.db, room.wall, "T9") == "Anne"
