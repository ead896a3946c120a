"""Votes, scores and the coloured cards of an audience, each in a session set as Stormz and
Klaxoon set one: dots per person and at most so many per card, on the cards or the clusters
of an item, shown live or hidden until closed; a scale (fist of five 0-5, ROTI 1-5, 25/10's
five rounds of 1-5); the colours an audience raises, counted or estimated.

Votes typed from paper are totals per option (voter ""); a phone's vote names its voter and
the session's limits apply. Results keep every option, those with no vote too (docs: votes).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.capture.params import CaptureSpec
from facilitator_app.capture.words import POLL_COLOURS
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import Card, CardCluster, Vote, VoteSession, utcnow
from facilitator_app.services.capture.common import (
    by_uid,
    check_choice,
    check_item,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database

KINDS = ("dot_vote", "score", "poll")
TARGETS = ("cards", "clusters", "subject")
VISIBILITIES = ("live", "hidden")
MAX_COUNT = 100_000  # a conference of 1000 raises at most 1000 cards; a typo is not 10^9
SESSION_FIELDS = (
    "title",
    "target",
    "category",
    "dots_per_person",
    "max_per_card",
    "scale_min",
    "scale_max",
    "rounds",
    "options",
    "estimate",
    "visibility",
    "voters",
    "source_item_id",
)


@dataclass(frozen=True)
class SessionView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    kind: str
    title: str
    source_item_id: int | None
    target: str
    category: str
    dots_per_person: int
    max_per_card: int
    scale_min: int
    scale_max: int
    rounds: int
    options: tuple[str, ...]
    estimate: bool
    visibility: str
    status: str
    voters: int | None
    closed_at: datetime | None
    position: int

    @property
    def is_open(self) -> bool:
        return self.status == "open"

    @property
    def shows_results(self) -> bool:
        """What the room may see now: live results, or hidden ones once closed."""
        return self.visibility == "live" or not self.is_open

    @property
    def scored_subject(self) -> bool:
        return self.kind == "score" and self.target == "subject"


@dataclass(frozen=True)
class OptionResult:
    """One option of a session with what it received. `key`: "card:12", "cluster:3",
    "level:4" or "colour:green"; `rank` 1 is first (ties share a rank)."""

    key: str
    label: str
    total: float = 0.0
    votes: int = 0  # rows counted (voters, or scorers)
    mean: float | None = None
    rank: int = 0
    share: float | None = None  # percent of the whole (polls, levels of a scale)
    card_id: int | None = None
    cluster_id: int | None = None
    option: str = ""
    colour: str = ""  # the card's colour, to draw it
    scores: tuple[float | None, ...] = ()  # a card's score per round (25/10)


@dataclass(frozen=True)
class VoteResults:
    session: SessionView
    options: tuple[OptionResult, ...]  # ranked for votes on cards; in scale or colour order
    counted: float  # dots, scores or cards raised in all
    capacity: int | None  # dots the voters had (dots x voters), when the voters are known
    mean: float | None = None  # a scale's average (fist of five, ROTI)

    @property
    def over_capacity(self) -> bool:
        return self.capacity is not None and self.counted > self.capacity


def _view(s: VoteSession) -> SessionView:
    return SessionView(
        s.id,
        s.uid,
        s.workshop_id,
        s.item_id,
        s.kind,
        s.title,
        s.source_item_id,
        s.target,
        s.category,
        s.dots_per_person,
        s.max_per_card,
        s.scale_min,
        s.scale_max,
        s.rounds,
        tuple(s.options or ()),
        s.estimate,
        s.visibility,
        s.status,
        s.voters,
        s.closed_at,
        s.position,
    )


def _whole(value: Any, what: str, low: int, high: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise UserError(
            "{what} is a whole number from {low} to {high}", what=what, low=low, high=high
        )
    return value


def _settings(kind: str, values: dict[str, Any]) -> dict[str, Any]:
    """Checked settings of a session (only those given)."""
    clean: dict[str, Any] = {}
    for name, value in values.items():
        if name == "title":
            clean[name] = limits.checked_text(value, limits.LONG_TEXT, Phrase("a vote's question"))
        elif name == "target":
            clean[name] = check_choice(value, TARGETS, Phrase("vote target"))
        elif name == "visibility":
            clean[name] = check_choice(value, VISIBILITIES, Phrase("visibility"))
        elif name == "category":
            clean[name] = limits.one_line(value, 60, Phrase("a category"))
        elif name in ("dots_per_person", "max_per_card"):
            clean[name] = _whole(value, Phrase("dots"), 0 if name == "max_per_card" else 1, 100)
        elif name in ("scale_min", "scale_max"):
            clean[name] = _whole(value, Phrase("a scale's end"), 0, 100)
        elif name == "rounds":
            clean[name] = _whole(value, Phrase("rounds"), 1, 20)
        elif name == "voters":
            clean[name] = None if value is None else _whole(value, Phrase("voters"), 0, MAX_COUNT)
        elif name == "estimate":
            clean[name] = bool(value)
        elif name == "options":
            options = tuple(str(o) for o in value)
            for option in options:
                check_choice(option, tuple(POLL_COLOURS), Phrase("colour"))
            if len(set(options)) != len(options) or (kind == "poll" and not options):
                raise UserError("a poll names each of its colours once")
            clean[name] = list(options)
        elif name == "source_item_id":
            clean[name] = value
        else:
            raise UserError("a vote has no setting {name}", name=repr(name))
    return clean


@operation("capture.open_vote", "open the vote “{title}”")
def open_session(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    kind: str,
    *,
    uid: str | None = None,
    **settings: Any,
) -> int:
    """A new session on the item (settings: SESSION_FIELDS); returns its id."""
    check_choice(kind, KINDS, Phrase("kind of vote"))
    values = {
        "target": "subject" if kind in ("poll", "score") else "cards",
        "options": ["green", "yellow", "red", "other"] if kind == "poll" else [],
        **settings,
    }
    clean = _settings(kind, values)
    if kind == "score" and clean.get("scale_min", 1) >= clean.get("scale_max", 5):
        raise UserError("a scale goes from a smaller number to a larger one")
    describe(title=_short(clean.get("title", "")) or "-")
    with db.transaction() as session:
        same = by_uid(session, VoteSession, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        if clean.get("source_item_id") is not None:
            check_item(session, workshop_id, clean["source_item_id"])
        row = VoteSession(
            workshop_id=workshop_id,
            item_id=item_id,
            kind=kind,
            position=next_position(
                session,
                VoteSession,
                VoteSession.workshop_id == workshop_id,
                VoteSession.item_id == item_id,
            ),
            **clean,
        )
        if uid is not None:
            row.uid = uid
        session.add(row)
        session.flush()
        notify(session, "vote_session", workshop_id, (row.id,))
        return int(row.id)


def settings_for(spec: CaptureSpec) -> tuple[str, dict[str, Any]]:
    """The kind and settings of a session as a phase's capture declares it."""
    if spec.kind == "dot_vote":
        return "dot_vote", {
            "dots_per_person": spec["dots"],
            "max_per_card": spec["max_per_card"],
            "target": spec["target"],
            "visibility": spec["visibility"],
            "category": spec["category"],
        }
    if spec.kind == "score":
        return "score", {
            "scale_min": spec["min"],
            "scale_max": spec["max"],
            "rounds": spec["rounds"],
            "target": spec["target"],
            "visibility": spec["visibility"],
        }
    if spec.kind == "poll":
        return "poll", {"options": list(spec["colours"]), "estimate": spec["mode"] == "estimate"}
    raise UserError("a {kind} is not a vote", kind=spec.kind)


@operation("capture.edit_vote", "change the vote “{title}”")
def edit_session(db: Database, session_id: int, **settings: Any) -> None:
    with db.transaction() as session:
        row = get_row(session, VoteSession, session_id, Phrase("vote"))
        clean = _settings(row.kind, settings)
        if clean.get("source_item_id") is not None:
            check_item(session, row.workshop_id, clean["source_item_id"])
        for name, value in clean.items():
            setattr(row, name, value)
        if row.kind == "score" and row.scale_min >= row.scale_max:
            raise UserError("a scale goes from a smaller number to a larger one")
        describe(title=_short(row.title) or "-")
        notify(session, "vote_session", row.workshop_id, (row.id,))


@operation("capture.close_vote", "close the vote “{title}”")
def close_session(db: Database, session_id: int) -> None:
    """Closed: hidden results are shown, the votes are kept as they are."""
    with db.transaction() as session:
        row = get_row(session, VoteSession, session_id, Phrase("vote"))
        describe(title=_short(row.title) or "-")
        if row.status == "closed":
            return
        row.status = "closed"
        row.closed_at = utcnow()
        notify(session, "vote_session", row.workshop_id, (row.id,))


@operation("capture.reopen_vote", "reopen the vote “{title}”")
def reopen_session(db: Database, session_id: int) -> None:
    with db.transaction() as session:
        row = get_row(session, VoteSession, session_id, Phrase("vote"))
        describe(title=_short(row.title) or "-")
        if row.status == "open":
            return
        row.status = "open"
        row.closed_at = None
        notify(session, "vote_session", row.workshop_id, (row.id,))


@operation("capture.remove_vote", "remove the vote “{title}”")
def remove_session(db: Database, session_id: int) -> None:
    with db.transaction() as session:
        row = get_row(session, VoteSession, session_id, Phrase("vote"))
        describe(title=_short(row.title) or "-")
        workshop_id = row.workshop_id
        session.delete(row)
        notify(session, "vote_session", workshop_id, (session_id,))


def _open(session: Any, session_id: int, *kinds: str) -> VoteSession:
    row = get_row(session, VoteSession, session_id, Phrase("vote"))
    if row.kind not in kinds:
        raise UserError("this is not the kind of vote for that")
    if row.status != "open":
        raise UserError("the vote is closed: reopen it to change its votes")
    return row


def _vote(session: Any, row: VoteSession, **where: Any) -> Vote | None:
    query = select(Vote).where(Vote.session_id == row.id)
    for name, value in where.items():
        query = query.where(getattr(Vote, name) == value)
    return session.scalars(query).first()


def _subject(session: Any, row: VoteSession, card_id: int | None, cluster_id: int | None) -> str:
    if (card_id is None) == (cluster_id is None):
        raise UserError("a vote goes to one card or one cluster")
    if card_id is not None:
        card = get_row(session, Card, card_id, Phrase("card"))
        workshop_id, subject = card.workshop_id, card.text
    else:
        assert cluster_id is not None
        cluster = get_row(session, CardCluster, cluster_id, Phrase("cluster"))
        workshop_id, subject = cluster.workshop_id, cluster.name
    if workshop_id != row.workshop_id:
        raise UserError("this card belongs to another workshop")
    return str(subject)


@operation("capture.set_dots", "count {count} dot(s) on “{subject}”")
def set_dots(
    db: Database,
    session_id: int,
    count: int,
    *,
    card_id: int | None = None,
    cluster_id: int | None = None,
    voter: str = "",
) -> None:
    """The dots an option received: from paper, its total (voter ""); from a phone, that
    voter's dots, within the session's limits. Zero removes the vote."""
    count = _whole(count, Phrase("dots"), 0, MAX_COUNT)
    voter = limits.one_line(voter, limits.NAME, Phrase("a voter's name"))
    with db.transaction() as session:
        row = _open(session, session_id, "dot_vote")
        subject = _subject(session, row, card_id, cluster_id)
        describe(count=count, subject=_short(subject))
        if voter:
            _check_voter(session, row, voter, count, card_id, cluster_id)
        vote = _vote(session, row, card_id=card_id, cluster_id=cluster_id, voter=voter)
        _write(
            session,
            row,
            vote,
            count,
            card_id=card_id,
            cluster_id=cluster_id,
            voter=voter,
            subject=subject,
        )


def _check_voter(
    session: Any, row: VoteSession, voter: str, count: int, card_id: Any, cluster_id: Any
) -> None:
    if row.max_per_card and count > row.max_per_card:
        raise UserError("at most {n} dot(s) per option in this vote", n=row.max_per_card)
    others = session.scalars(
        select(Vote).where(Vote.session_id == row.id, Vote.voter == voter)
    ).all()
    spent = sum(v.value for v in others if (v.card_id, v.cluster_id) != (card_id, cluster_id))
    if spent + count > row.dots_per_person:
        raise UserError("each person has {n} dot(s) in this vote", n=row.dots_per_person)


def _write(session: Any, row: VoteSession, vote: Vote | None, value: float, **fields: Any) -> None:
    if value == 0 and vote is not None:
        session.delete(vote)
    elif value != 0 and vote is None:
        vote = Vote(
            workshop_id=row.workshop_id,
            item_id=row.item_id,
            session_id=row.id,
            value=value,
            **fields,
        )
        session.add(vote)
    elif vote is not None:
        vote.value = value
    session.flush()
    notify(session, "vote_session", row.workshop_id, (row.id,))


@operation("capture.set_score", "score “{subject}”")
def set_score(
    db: Database,
    session_id: int,
    value: int | None,
    *,
    card_id: int | None = None,
    round_index: int = 0,
    voter: str = "",
) -> None:
    """One score of a card at one round (25/10's five scorers); None clears it."""
    voter = limits.one_line(voter, limits.NAME, Phrase("a voter's name"))
    with db.transaction() as session:
        row = _open(session, session_id, "score")
        if row.target != "cards":
            raise UserError("this vote scores its question: count how many showed each level")
        _whole(round_index, Phrase("a round"), 0, row.rounds - 1)
        if value is not None:
            _whole(value, Phrase("a score"), row.scale_min, row.scale_max)
        subject = _subject(session, row, card_id, None)
        describe(subject=_short(subject))
        vote = _vote(session, row, card_id=card_id, round_index=round_index, voter=voter)
        if value is None:
            if vote is not None:
                session.delete(vote)
                notify(session, "vote_session", row.workshop_id, (row.id,))
            return
        if vote is None:
            session.add(
                Vote(
                    workshop_id=row.workshop_id,
                    item_id=row.item_id,
                    session_id=row.id,
                    card_id=card_id,
                    round_index=round_index,
                    voter=voter,
                    subject=subject[:500],
                    value=value,
                )
            )
        else:
            vote.value = value
        notify(session, "vote_session", row.workshop_id, (row.id,))


@operation("capture.set_tally", "count {count} for {option}")
def set_tally(db: Database, session_id: int, option: str, count: float) -> None:
    """How many showed a level of the scale (fist of five: "3") or raised a colour; in an
    estimated poll, the share of the room in percent."""
    with db.transaction() as session:
        row = _open(session, session_id, "score", "poll")
        if row.kind == "score":
            if row.target != "subject":
                raise UserError("this vote scores cards: give each card its score")
            levels = tuple(str(n) for n in range(row.scale_min, row.scale_max + 1))
            check_choice(option, levels, Phrase("level"))
        else:
            check_choice(option, tuple(row.options), Phrase("colour"))
        high = 100 if row.kind == "poll" and row.estimate else MAX_COUNT
        if not isinstance(count, (int, float)) or isinstance(count, bool) or not 0 <= count <= high:
            raise UserError("a count is a number from 0 to {high}", high=high)
        describe(count=f"{count:g}", option=option)
        vote = _vote(session, row, option=option)
        _write(session, row, vote, float(count), option=option)


def sessions_of(db: Database, workshop_id: int, item_id: int | None) -> list[SessionView]:
    with db.reading() as session:
        rows = session.scalars(
            select(VoteSession)
            .where(VoteSession.workshop_id == workshop_id, VoteSession.item_id == item_id)
            .order_by(VoteSession.position, VoteSession.id)
        )
        return [_view(r) for r in rows]


def get_session(db: Database, session_id: int) -> SessionView:
    with db.reading() as session:
        return _view(get_row(session, VoteSession, session_id, Phrase("vote")))


def results(db: Database, session_id: int) -> VoteResults:
    with db.reading() as session:
        row = get_row(session, VoteSession, session_id, Phrase("vote"))
        votes = list(session.scalars(select(Vote).where(Vote.session_id == row.id)))
        return compute_results(session, _view(row), votes)


def compute_results(session: Any, view: SessionView, votes: Sequence[Vote]) -> VoteResults:
    """The results of one session from its votes (capture_of reuses it for every session)."""
    if view.kind == "poll" or view.scored_subject:
        return _tally(view, votes)
    options = _options(session, view)
    totals: dict[str, list[Vote]] = {}
    for vote in votes:
        key = f"card:{vote.card_id}" if vote.card_id is not None else f"cluster:{vote.cluster_id}"
        totals.setdefault(key, []).append(vote)
    results = []
    for option in options:
        mine = totals.get(option.key, [])
        total = float(sum(v.value for v in mine))
        scores: tuple[float | None, ...] = ()
        if view.kind == "score":
            by_round = {v.round_index: v.value for v in mine}
            scores = tuple(by_round.get(r) for r in range(view.rounds))
        mean = total / len(mine) if mine and view.kind == "score" else None
        results.append(replace(option, total=total, votes=len(mine), mean=mean, scores=scores))
    ranked = _ranked(results)
    counted = float(sum(v.value for v in votes))
    capacity = (
        view.dots_per_person * view.voters
        if view.kind == "dot_vote" and view.voters is not None
        else None
    )
    return VoteResults(view, tuple(ranked), counted, capacity)


def _ranked(results: list[OptionResult]) -> list[OptionResult]:
    """By total, the wall's order breaking ties; equal totals share a rank."""
    order = sorted(enumerate(results), key=lambda pair: (-pair[1].total, pair[0]))
    ranked: list[OptionResult] = []
    for place, (_index, result) in enumerate(order):
        rank = ranked[-1].rank if ranked and ranked[-1].total == result.total else place + 1
        ranked.append(replace(result, rank=rank))
    return ranked


def _options(session: Any, view: SessionView) -> list[OptionResult]:
    source = view.source_item_id if view.source_item_id is not None else view.item_id
    if view.target == "clusters":
        clusters = session.execute(
            select(CardCluster.id, CardCluster.name)
            .where(CardCluster.workshop_id == view.workshop_id, CardCluster.item_id == source)
            .order_by(CardCluster.position, CardCluster.id)
        )
        return [OptionResult(f"cluster:{i}", name, cluster_id=i) for i, name in clusters]
    query = (
        select(Card.id, Card.text, Card.colour)
        .where(Card.workshop_id == view.workshop_id, Card.item_id == source)
        .order_by(Card.position, Card.id)
    )
    if view.category:
        query = query.where(Card.category == view.category)
    return [
        OptionResult(f"card:{i}", text, card_id=i, colour=colour)
        for i, text, colour in session.execute(query)
    ]


def _tally(view: SessionView, votes: Sequence[Vote]) -> VoteResults:
    if view.kind == "poll":
        keys = list(view.options)
        prefix = "colour"
    else:
        keys = [str(n) for n in range(view.scale_min, view.scale_max + 1)]
        prefix = "level"
    counts = {v.option: v.value for v in votes}
    whole = sum(counts.get(k, 0.0) for k in keys)
    options = tuple(
        OptionResult(
            f"{prefix}:{key}",
            key,
            total=counts.get(key, 0.0),
            votes=1 if key in counts else 0,
            share=(100.0 * counts.get(key, 0.0) / whole) if whole else None,
            option=key,
        )
        for key in keys
    )
    mean = None
    if view.kind == "score" and whole:
        mean = sum(int(k) * counts.get(k, 0.0) for k in keys) / whole
    return VoteResults(view, options, whole, None, mean)


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"
