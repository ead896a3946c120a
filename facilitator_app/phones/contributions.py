"""What a phone may send for the open item, and the writes it makes: only through the capture
services (one operation each, not on the facilitator's Undo menu), every output marked as come
from a phone. A participant adds to the open item and reads nothing of others but the cards a
vote asks about (without their authors unless the facilitator shows names)."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from facilitator_app.capture import limits
from facilitator_app.capture.params import spec_of
from facilitator_app.capture.words import CARD_COLOURS, POLL_COLOURS, WEATHERS, Word
from facilitator_app.errors import UserError
from facilitator_app.models import AgendaItem, Workshop
from facilitator_app.phones.door import Door, Phone
from facilitator_app.services.capture import cards, records, votes
from facilitator_app.storage.database import Database

PHONE = "phone"
# What a phone can send, as the capture registry names it.
FORMS = ("card", "weather", "desert_island")
VOTES = ("dot_vote", "score", "poll")
_UID = re.compile(r"^[A-Za-z0-9_-]{8,36}$")
MAX_BODY = 4096  # bytes of one request: a card is at most 500 characters


class Refused(Exception):
    """What a phone sent cannot be stored; `reason` is a code the pages translate."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(reason)
        self.reason = reason
        self.detail = detail


@dataclass(frozen=True)
class OpenItem:
    id: int
    title: str
    question: str
    forms: tuple[str, ...]
    language: str
    workshop: str
    categories: tuple[dict[str, str], ...] = ()


def _words(table: dict[str, Word], codes: Any = None) -> list[dict[str, str]]:
    chosen = [table[c] for c in codes if c in table] if codes else list(table.values())
    return [
        {"code": w.code, "fr": w.fr, "en": w.en, "symbol": w.symbol, "colour": w.colour}
        for w in chosen
    ]


def open_item(db: Database, workshop_id: int, item_id: int | None) -> OpenItem | None:
    """The item open to phones and the forms its phases call for (cards when its phases
    capture nothing; a vote's item has no form, only its open votes)."""
    if item_id is None:
        return None
    with db.reading() as session:
        item = session.get(AgendaItem, item_id)
        workshop = session.get(Workshop, workshop_id)
        if item is None or workshop is None:
            return None
        forms: list[str] = []
        categories: dict[str, dict[str, str]] = {}
        captures = False
        for phase in item.phases or ():
            spec = spec_of(phase.get("capture")) if isinstance(phase, dict) else None
            if spec is None:
                continue
            captures = True
            kind = "card" if spec.kind == "cluster" else spec.kind
            if kind in FORMS and kind not in forms:
                forms.append(kind)
            if kind == "card":
                for label in spec.labels("categories"):
                    categories.setdefault(label.key, {"code": label.key, **label.as_json()})
        return OpenItem(
            item.id,
            item.title,
            item.question or "",
            tuple(forms) if captures else ("card",),  # an item that declares nothing: cards
            workshop.language if workshop.language in ("fr", "en") else "fr",
            workshop.title,
            tuple(categories.values()),
        )


def offer(db: Database, door: Door, phone: Phone) -> dict[str, Any]:
    """What the phone's page shows: the item, its forms, the open votes with their options,
    and the evaluation form while the facilitator has it open."""
    from facilitator_app.phones import evaluation  # it refuses with this module's Refused

    item = open_item(db, door.workshop_id, door.item_id)
    form = evaluation.form(db, door, phone)
    state: dict[str, Any] = {
        "open": door.is_open and (item is not None or form is not None),
        "phone": {"number": phone.number, "name": phone.name, "sent": phone.sent},
        "show_names": door.names_shown,
        "evaluation": form,
    }
    if item is None:
        return state
    state.update(
        workshop=item.workshop,
        language=item.language,
        item={"id": item.id, "title": item.title, "question": item.question},
        forms=[_form(kind, item) for kind in item.forms],
        votes=[
            _vote(db, phone, view, shown=door.names_shown)
            for view in votes.sessions_of(db, door.workshop_id, item.id)
            if view.is_open
        ],
    )
    return state


def _form(kind: str, item: OpenItem) -> dict[str, Any]:
    if kind == "card":
        return {
            "kind": kind,
            "colours": _words(CARD_COLOURS),
            "categories": list(item.categories),
            "max": limits.CARD_TEXT,
        }
    if kind == "weather":
        return {"kind": kind, "choices": _words(WEATHERS), "max": limits.NAME}
    return {"kind": kind, "max": limits.CARD_TEXT}


def _vote(
    db: Database, phone: Phone, view: votes.SessionView, *, shown: bool
) -> dict[str, Any]:
    entry: dict[str, Any] = {"kind": view.kind, "session": view.id, "title": view.title}
    if view.kind == "poll" or view.scored_subject:
        if view.kind == "poll":
            entry["choices"] = _words(POLL_COLOURS, view.options)
        else:
            entry["choices"] = [
                {"code": str(n), "fr": str(n), "en": str(n), "symbol": "", "colour": ""}
                for n in range(view.scale_min, view.scale_max + 1)
            ]
        entry["kind"] = "hands"
        entry["estimate"] = view.estimate
        entry["mine"] = phone.raised.get(view.id)
        return entry
    found = votes.results(db, view.id)
    entry["options"] = [
        {"key": o.key, "text": o.label, "colour": o.colour} for o in found.options
    ]
    if shown:  # the facilitator shows names: each card's author under it
        ids = [o.card_id for o in found.options if o.card_id is not None]
        authors = {c.id: c.author for c in cards.cards_by_id(db, ids)}
        for option, result in zip(entry["options"], found.options, strict=True):
            option["author"] = authors.get(result.card_id, "") if result.card_id else ""
    if view.kind == "dot_vote":
        entry.update(dots=view.dots_per_person, max_per_card=view.max_per_card)
    else:
        entry.update(rounds=view.rounds, min=view.scale_min, max=view.scale_max)
    return entry


def _text(payload: dict[str, Any], key: str, limit: int, *, required: bool = False) -> str:
    value = payload.get(key, "")
    if not isinstance(value, str):
        raise Refused("bad_request")
    value = value.strip()
    if len(value) > limit:
        raise Refused("too_long")
    if required and not value:
        raise Refused("empty")
    return value


def _uid(payload: dict[str, Any]) -> str:
    uid = payload.get("uid")
    if not isinstance(uid, str) or not _UID.match(uid):
        raise Refused("bad_request")
    return uid


def _whole(payload: dict[str, Any], key: str) -> int:
    value = payload.get(key)
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= 1000:
        raise Refused("bad_request")
    return value


def send(
    db: Database, door: Door, phone: Phone, what: str, payload: dict[str, Any]
) -> int | None:
    """Store what the phone sent for the open item (or the evaluation form, while it is
    open); Refused when it cannot be."""
    if what == "evaluation":
        from facilitator_app.phones import evaluation

        try:
            return evaluation.send(db, door, phone, payload)
        except UserError as error:
            raise Refused("refused", str(error)) from error
    if what == "card":
        outcome = send_cards(db, door, [(phone, payload)])[0]
        if isinstance(outcome, Refused):
            raise outcome
        return outcome
    item = open_item(db, door.workshop_id, door.item_id)
    if item is None or not door.is_open:
        raise Refused("closed")
    workshop = door.workshop_id
    try:
        if what == "weather" and "weather" in item.forms:
            weather = payload.get("weather")
            if weather not in WEATHERS:
                raise Refused("bad_request")
            return int(
                records.set_weather(
                    db,
                    workshop,
                    item.id,
                    weather,
                    author=phone.label,
                    comment=_text(payload, "comment", limits.NAME),
                    origin=PHONE,
                )
            )
        if what == "object" and "desert_island" in item.forms:
            return int(
                records.add_object(
                    db,
                    workshop,
                    item.id,
                    _text(payload, "object", limits.NAME, required=True),
                    reason=_text(payload, "reason", limits.CARD_TEXT),
                    author=phone.label,
                    uid=_uid(payload),
                    origin=PHONE,
                )
            )
        if what in ("dots", "score", "hand"):
            return _send_vote(db, door, phone, item, what, payload)
    except UserError as error:
        raise Refused("refused", str(error)) from error
    raise Refused("not_open")


def _new_card(item: OpenItem, phone: Phone, payload: dict[str, Any]) -> cards.NewCard:
    colour = payload.get("colour") or "yellow"
    if colour not in CARD_COLOURS:
        raise Refused("bad_request")
    category = _text(payload, "category", 60)
    if category and category not in {c["code"] for c in item.categories}:
        raise Refused("bad_request")
    text = _text(payload, "text", limits.CARD_TEXT, required=True)
    return cards.NewCard(text, colour, phone.label, category, _uid(payload))


def send_cards(
    db: Database, door: Door, sent: Sequence[tuple[Phone, dict[str, Any]]]
) -> list[int | Refused]:
    """The cards several phones sent, stored in ONE transaction (a batch of the server's
    writer); for each, its card's id or why it was refused. Returns once committed."""
    item = open_item(db, door.workshop_id, door.item_id)
    if item is None or not door.is_open:
        return [Refused("closed") for _ in sent]
    if "card" not in item.forms:
        return [Refused("not_open") for _ in sent]
    outcomes: list[int | Refused] = []
    batch: list[cards.NewCard] = []
    for phone, payload in sent:
        try:
            batch.append(_new_card(item, phone, payload))
            outcomes.append(len(batch) - 1)
        except Refused as refused:
            outcomes.append(refused)
    try:
        ids: list[int | Refused] = list(
            cards.add_cards(db, door.workshop_id, item.id, batch, origin=PHONE)
        )
    except UserError:  # one card the batch cannot hold (a uid of another workshop): one by one
        ids = []
        for card in batch:
            try:
                ids.extend(cards.add_cards(db, door.workshop_id, item.id, [card], origin=PHONE))
            except UserError as error:
                ids.append(Refused("refused", str(error)))
    return [ids[o] if isinstance(o, int) else o for o in outcomes]


def _session(
    db: Database, door: Door, item: OpenItem, payload: dict[str, Any]
) -> votes.SessionView:
    session_id = payload.get("session")
    for view in votes.sessions_of(db, door.workshop_id, item.id):
        if view.id == session_id and view.is_open:
            return view
    raise Refused("vote_closed")


def _option(payload: dict[str, Any]) -> dict[str, int]:
    kind, _, number = str(payload.get("option", "")).partition(":")
    if kind not in ("card", "cluster") or not number.isdigit():
        raise Refused("bad_request")
    return {f"{kind}_id": int(number)}


def _send_vote(
    db: Database, door: Door, phone: Phone, item: OpenItem, what: str, payload: dict[str, Any]
) -> int | None:
    view = _session(db, door, item, payload)
    if what == "dots" and view.kind == "dot_vote":
        votes.set_dots(
            db,
            view.id,
            _whole(payload, "count"),
            voter=phone.label,
            origin=PHONE,
            **_option(payload),
        )
        return view.id
    if what == "score" and view.kind == "score" and not view.scored_subject:
        option = _option(payload)
        if "card_id" not in option:
            raise Refused("bad_request")
        votes.set_score(
            db,
            view.id,
            _whole(payload, "value"),
            card_id=option["card_id"],
            round_index=_whole(payload, "round"),
            voter=phone.label,
            origin=PHONE,
        )
        return view.id
    if what == "hand" and (view.kind == "poll" or view.scored_subject):
        choice = payload.get("choice")
        if not isinstance(choice, str):
            raise Refused("bad_request")
        with phone.lock:  # two taps at once: one colour raised, the other put down
            votes.count_one(
                db, view.id, choice, previous=phone.raised.get(view.id), origin=PHONE
            )
            phone.raised[view.id] = choice
        return view.id
    raise Refused("bad_request")


def default_item(db: Database, workshop_id: int) -> int:
    """The item a door opens on when none is named: the first whose phases ask for something
    a phone can send, else the first of the agenda."""
    from sqlalchemy import select

    from facilitator_app.models import Day

    with db.reading() as session:
        items = session.execute(
            select(AgendaItem.id, AgendaItem.phases)
            .join(Day, Day.id == AgendaItem.day_id)
            .where(Day.workshop_id == workshop_id)
            .order_by(Day.position, Day.id, AgendaItem.position, AgendaItem.id)
        ).all()
    if not items:
        raise UserError("this workshop has no agenda item to open to phones")
    for item_id, phases in items:
        for phase in phases or ():
            spec = spec_of(phase.get("capture")) if isinstance(phase, dict) else None
            if spec is not None and spec.kind in (*FORMS, "cluster", *VOTES):
                return int(item_id)
    return int(items[0][0])
