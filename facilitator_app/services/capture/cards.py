"""Cards on the wall and their clusters: type a card, give it a colour, it is on the wall;
gather cards into named clusters. Adding a card takes an optional `uid` and is idempotent on
it: a phone that sends the same card twice stores it once. `add_cards` stores several in one
transaction (what a room of phones sent while the last one was being written)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.capture.words import CARD_COLOURS
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import Card, CardCluster
from facilitator_app.services.capture.common import (
    by_uid,
    check_choice,
    check_item,
    check_origin,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation, relabel
from facilitator_app.storage.database import Database

COLOURS = tuple(CARD_COLOURS)
MAX_LEVEL = 5
_UNSET: Any = object()


@dataclass(frozen=True)
class CardView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    text: str
    colour: str
    author: str = ""
    group_label: str = ""
    cluster_id: int | None = None
    category: str = ""
    x: int | None = None
    y: int | None = None
    position: int = 0
    created_at: datetime | None = None


@dataclass(frozen=True)
class NewCard:
    """One card of a batch, as `add_card` takes it."""

    text: str
    colour: str = "yellow"
    author: str = ""
    category: str = ""
    uid: str | None = None


@dataclass(frozen=True)
class ClusterView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    name: str
    position: int
    group_label: str = ""


@dataclass(frozen=True)
class Wall:
    item_id: int | None
    cards: tuple[CardView, ...]
    clusters: tuple[ClusterView, ...]


def card_view(card: Card) -> CardView:
    return CardView(
        card.id,
        card.uid,
        card.workshop_id,
        card.item_id,
        card.text,
        card.colour,
        card.author,
        card.group_label,
        card.cluster_id,
        card.category,
        card.x,
        card.y,
        card.position,
        card.created_at,
    )


def _cluster_view(cluster: CardCluster) -> ClusterView:
    return ClusterView(
        cluster.id,
        cluster.uid,
        cluster.workshop_id,
        cluster.item_id,
        cluster.name,
        cluster.position,
        cluster.group_label,
    )


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _level(value: int | None, what: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 1 <= value <= MAX_LEVEL:
        raise UserError("{what} is a level from 1 to {high}", what=what, high=MAX_LEVEL)
    return value


def _category(value: str) -> str:
    return limits.one_line(value, 60, Phrase("a card's category"))


def _cluster_of(session: Any, workshop_id: int, cluster_id: int | None) -> None:
    if cluster_id is None:
        return
    cluster = get_row(session, CardCluster, cluster_id, Phrase("cluster"))
    if cluster.workshop_id != workshop_id:
        raise UserError("this cluster belongs to another workshop")


@operation("capture.add_card", "add the card “{text}”")
def add_card(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    text: str,
    *,
    colour: str = "yellow",
    author: str = "",
    group_label: str = "",
    category: str = "",
    cluster_id: int | None = None,
    x: int | None = None,
    y: int | None = None,
    uid: str | None = None,
    origin: str = "laptop",
) -> int:
    """A card at the end of the item's wall; returns its id. The same `uid` twice: the card
    already stored, nothing written. `origin` "phone": sent by a participant."""
    check_origin(origin)
    text = limits.checked_text(text, limits.CARD_TEXT, Phrase("a card"), required=True)
    check_choice(colour, COLOURS, Phrase("colour"))
    author = limits.one_line(author, limits.NAME, Phrase("an author's name"))
    group_label = limits.one_line(group_label, limits.GROUP_LABEL, Phrase("a group's name"))
    describe(text=_short(text))
    with db.transaction() as session:
        same = by_uid(session, Card, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        _cluster_of(session, workshop_id, cluster_id)
        card = Card(
            workshop_id=workshop_id,
            item_id=item_id,
            text=text,
            colour=colour,
            author=author,
            group_label=group_label,
            category=_category(category),
            cluster_id=cluster_id,
            x=_level(x, Phrase("a card's first axis")),
            y=_level(y, Phrase("a card's second axis")),
            origin=origin,
            position=next_position(
                session, Card, Card.workshop_id == workshop_id, Card.item_id == item_id
            ),
        )
        if uid is not None:
            card.uid = uid
        session.add(card)
        session.flush()
        notify(session, "card", workshop_id, (card.id,))
        return int(card.id)


@operation("capture.add_cards", "add {count} card(s)")
def add_cards(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    new_cards: Sequence[NewCard],
    *,
    origin: str = "laptop",
) -> list[int]:
    """The cards at the end of the item's wall, in order, in ONE transaction (one commit, one
    notice): a batch of what the phones sent. Returns each card's id. A uid already stored,
    or twice in the batch: that card, written once. One card refused refuses the batch
    (nothing written): the caller may then add them one by one."""
    check_origin(origin)
    checked = [
        NewCard(
            limits.checked_text(c.text, limits.CARD_TEXT, Phrase("a card"), required=True),
            check_choice(c.colour, COLOURS, Phrase("colour")),
            limits.one_line(c.author, limits.NAME, Phrase("an author's name")),
            _category(c.category),
            c.uid,
        )
        for c in new_cards
    ]
    for new in checked:
        if new.uid is not None and not (isinstance(new.uid, str) and 1 <= len(new.uid) <= 36):
            raise UserError("a uid is 1 to 36 characters")
    describe(count=0)
    if not checked:
        return []
    with db.transaction() as session:
        check_item(session, workshop_id, item_id)
        stored = _by_uids(session, workshop_id, [c.uid for c in checked if c.uid is not None])
        position = next_position(
            session, Card, Card.workshop_id == workshop_id, Card.item_id == item_id
        )
        made: list[Card | int] = []
        fresh: dict[str, Card] = {}
        for new in checked:
            if new.uid is not None and new.uid in stored:
                made.append(stored[new.uid])
                continue
            if new.uid is not None and new.uid in fresh:
                made.append(fresh[new.uid])
                continue
            card = Card(
                workshop_id=workshop_id,
                item_id=item_id,
                text=new.text,
                colour=new.colour,
                author=new.author,
                category=new.category,
                origin=origin,
                position=position,
            )
            position += 1
            if new.uid is not None:
                card.uid = new.uid
                fresh[new.uid] = card
            session.add(card)
            made.append(card)
        session.flush()
        ids = [m if isinstance(m, int) else int(m.id) for m in made]
        added = tuple(dict.fromkeys(int(m.id) for m in made if isinstance(m, Card)))
        describe(count=len(added))
        if added:
            notify(session, "card", workshop_id, added)
        return ids


def _by_uids(session: Any, workshop_id: int, uids: list[str]) -> dict[str, int]:
    """The ids of the cards already stored under these uids; one of another workshop refused."""
    found: dict[str, int] = {}
    for start in range(0, len(uids), 400):  # under SQLite's limit of bound parameters
        for uid, card_id, owner in session.execute(
            select(Card.uid, Card.id, Card.workshop_id).where(
                Card.uid.in_(uids[start : start + 400])
            )
        ):
            if owner != workshop_id:
                raise UserError("this uid belongs to another workshop")
            found[uid] = int(card_id)
    return found


@operation("capture.edit_card", "edit the card “{text}”")
def edit_card(
    db: Database,
    card_id: int,
    *,
    text: str | None = None,
    colour: str | None = None,
    author: str | None = None,
    category: str | None = None,
    x: int | None = _UNSET,
    y: int | None = _UNSET,
) -> None:
    """Change what is given; `x=None` takes the card off the first axis."""
    with db.transaction() as session:
        card = get_row(session, Card, card_id, Phrase("card"))
        if text is not None:
            card.text = limits.checked_text(text, limits.CARD_TEXT, Phrase("a card"), required=True)
        if colour is not None:
            card.colour = check_choice(colour, COLOURS, Phrase("colour"))
        if author is not None:
            card.author = limits.one_line(author, limits.NAME, Phrase("an author's name"))
        if category is not None:
            card.category = _category(category)
        if x is not _UNSET:
            card.x = _level(x, Phrase("a card's first axis"))
        if y is not _UNSET:
            card.y = _level(y, Phrase("a card's second axis"))
        describe(text=_short(card.text))
        notify(session, "card", card.workshop_id, (card.id,))


@operation("capture.remove_card", "remove the card “{text}”")
def remove_card(db: Database, card_id: int) -> None:
    """The card and the votes on it go; undo brings both back."""
    with db.transaction() as session:
        card = get_row(session, Card, card_id, Phrase("card"))
        describe(text=_short(card.text))
        workshop_id = card.workshop_id
        session.delete(card)
        notify(session, "card", workshop_id, (card_id,))


@operation("capture.add_cluster", "add the cluster “{name}”")
def add_cluster(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    name: str,
    *,
    card_ids: Sequence[int] = (),
    uid: str | None = None,
) -> int:
    """A named cluster, with the given cards in it."""
    name = limits.one_line(name, limits.TITLE, Phrase("a cluster's name"))
    describe(name=name or "-")
    with db.transaction() as session:
        same = by_uid(session, CardCluster, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        cluster = CardCluster(
            workshop_id=workshop_id,
            item_id=item_id,
            name=name,
            position=next_position(
                session,
                CardCluster,
                CardCluster.workshop_id == workshop_id,
                CardCluster.item_id == item_id,
            ),
        )
        if uid is not None:
            cluster.uid = uid
        session.add(cluster)
        session.flush()
        moved = _put(session, workshop_id, card_ids, cluster.id)
        notify(session, "card_cluster", workshop_id, (cluster.id,))
        if moved:
            notify(session, "card", workshop_id, moved)
        return int(cluster.id)


@operation("capture.rename_cluster", "rename the cluster “{name}”")
def rename_cluster(db: Database, cluster_id: int, name: str) -> None:
    name = limits.one_line(name, limits.TITLE, Phrase("a cluster's name"))
    with db.transaction() as session:
        cluster = get_row(session, CardCluster, cluster_id, Phrase("cluster"))
        describe(name=cluster.name or "-")
        cluster.name = name
        notify(session, "card_cluster", cluster.workshop_id, (cluster.id,))


@operation("capture.remove_cluster", "remove the cluster “{name}”")
def remove_cluster(db: Database, cluster_id: int) -> None:
    """Its cards stay on the wall, out of any cluster."""
    with db.transaction() as session:
        cluster = get_row(session, CardCluster, cluster_id, Phrase("cluster"))
        describe(name=cluster.name or "-")
        workshop_id = cluster.workshop_id
        loose = _put(
            session,
            workshop_id,
            list(session.scalars(select(Card.id).where(Card.cluster_id == cluster_id))),
            None,
        )
        session.delete(cluster)
        notify(session, "card_cluster", workshop_id, (cluster_id,))
        if loose:
            notify(session, "card", workshop_id, loose)


@operation("capture.cluster_cards", "put {count} card(s) in “{name}”")
def cluster_cards(db: Database, card_ids: Sequence[int], cluster_id: int | None) -> None:
    """Into the cluster (None: out of any cluster)."""
    if not card_ids:
        raise UserError("choose at least one card")
    with db.transaction() as session:
        first = get_row(session, Card, card_ids[0], Phrase("card"))
        workshop_id = first.workshop_id
        if cluster_id is None:
            relabel("take {count} card(s) out of their cluster", count=len(card_ids))
        else:
            cluster = get_row(session, CardCluster, cluster_id, Phrase("cluster"))
            if cluster.workshop_id != workshop_id:
                raise UserError("this cluster belongs to another workshop")
            describe(count=len(card_ids), name=cluster.name or "-")
        moved = _put(session, workshop_id, card_ids, cluster_id)
        if moved:
            notify(session, "card", workshop_id, moved)


def _put(
    session: Any, workshop_id: int, card_ids: Sequence[int], cluster_id: int | None
) -> tuple[int, ...]:
    moved = []
    for card_id in card_ids:
        card = get_row(session, Card, card_id, Phrase("card"))
        if card.workshop_id != workshop_id:
            raise UserError("a card of another workshop cannot join this cluster")
        if card.cluster_id != cluster_id:
            card.cluster_id = cluster_id
            moved.append(card.id)
    return tuple(moved)


def wall(db: Database, workshop_id: int, item_id: int | None) -> Wall:
    """The item's cards in the order they were posted, and its clusters."""
    with db.reading() as session:
        cards = session.execute(
            select(*_CARD_COLUMNS)
            .where(Card.workshop_id == workshop_id, Card.item_id == item_id)
            .order_by(Card.position, Card.id)
        )
        clusters = session.scalars(
            select(CardCluster)
            .where(CardCluster.workshop_id == workshop_id, CardCluster.item_id == item_id)
            .order_by(CardCluster.position, CardCluster.id)
        )
        return Wall(
            item_id,
            tuple(CardView(*row) for row in cards),
            tuple(_cluster_view(c) for c in clusters),
        )


# Read as plain columns: a wall of 5000 cards loads without building 5000 ORM objects.
_CARD_COLUMNS = (
    Card.id,
    Card.uid,
    Card.workshop_id,
    Card.item_id,
    Card.text,
    Card.colour,
    Card.author,
    Card.group_label,
    Card.cluster_id,
    Card.category,
    Card.x,
    Card.y,
    Card.position,
    Card.created_at,
)


def cards_by_id(db: Database, ids: Sequence[int]) -> list[CardView]:
    """The cards that still exist among `ids` (a notice's ids: the others were removed)."""
    with db.reading() as session:
        rows = session.execute(select(*_CARD_COLUMNS).where(Card.id.in_(list(ids))))
        return [CardView(*row) for row in rows]


def clusters_by_id(db: Database, ids: Sequence[int]) -> list[ClusterView]:
    with db.reading() as session:
        rows = session.scalars(select(CardCluster).where(CardCluster.id.in_(list(ids))))
        return [_cluster_view(c) for c in rows]


def card_counts(db: Database, workshop_id: int) -> dict[int | None, int]:
    """How many cards each item of the workshop has (a vote picks the wall it is about)."""
    from sqlalchemy import func

    with db.reading() as session:
        rows = session.execute(
            select(Card.item_id, func.count(Card.id))
            .where(Card.workshop_id == workshop_id)
            .group_by(Card.item_id)
        )
        return {item_id: int(count) for item_id, count in rows}
