"""A consent decision as sociocracy runs it: the proposal and its versions, the clarification
and reaction rounds (who said what, if one wants it written), each person's position (consent,
concern, objection) with a reason (an objection needs one), each objection with its author,
its status and how it was integrated, then the outcome, its date and a review date. The
decision register lists every decision of a workshop (docs: decisions)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import select

from facilitator_app.capture import limits
from facilitator_app.capture.words import OBJECTION_STATUSES, OUTCOMES, STANCES
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import Decision, DecisionEntry, Objection
from facilitator_app.services.capture.common import (
    by_uid,
    check_choice,
    check_item,
    check_participant,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database

ROUNDS = ("clarification", "reaction")
PARTS = ("version", "clarification", "reaction", "position", "nomination", "change", "consent")


@dataclass(frozen=True)
class EntryView:
    id: int
    uid: str
    part: str
    participant_id: int | None
    author: str
    subject: str
    stance: str
    text: str
    position: int


@dataclass(frozen=True)
class ObjectionView:
    id: int
    uid: str
    author: str
    text: str
    status: str
    integration: str
    position: int


@dataclass(frozen=True)
class DecisionView:
    id: int
    uid: str
    workshop_id: int
    item_id: int | None
    kind: str  # consent | election | vote | other
    title: str
    proposal: str
    amended_proposal: str
    outcome: str
    decided_on: date | None
    review_on: date | None
    details: dict[str, Any]
    entries: tuple[EntryView, ...]
    objections: tuple[ObjectionView, ...]
    created_at: datetime | None = None
    group_label: str = ""

    def part(self, name: str) -> tuple[EntryView, ...]:
        return tuple(e for e in self.entries if e.part == name)

    @property
    def versions(self) -> tuple[str, ...]:
        """The proposal, then each amended version."""
        return (self.proposal, *(e.text for e in self.part("version")))

    @property
    def current_proposal(self) -> str:
        return self.amended_proposal or self.proposal

    def stances(self, part: str = "position") -> dict[str, int]:
        """How many consented, had a concern, objected."""
        counts = dict.fromkeys(STANCES, 0)
        for entry in self.part(part):
            if entry.stance in counts:
                counts[entry.stance] += 1
        return counts

    @property
    def open_objections(self) -> tuple[ObjectionView, ...]:
        return tuple(o for o in self.objections if o.status == "open")


def entry_view(e: DecisionEntry) -> EntryView:
    return EntryView(
        e.id, e.uid, e.part, e.participant_id, e.author, e.subject, e.stance, e.text, e.position
    )


def decision_view(session: Any, d: Decision, entries: list[DecisionEntry]) -> DecisionView:
    return DecisionView(
        d.id,
        d.uid,
        d.workshop_id,
        d.item_id,
        d.kind,
        d.title,
        d.proposal,
        d.amended_proposal,
        d.outcome,
        d.decided_on,
        d.review_on,
        dict(d.details or {}),
        tuple(entry_view(e) for e in sorted(entries, key=lambda e: (e.position, e.id))),
        tuple(
            ObjectionView(o.id, o.uid, o.author, o.text, o.status, o.integration, o.position)
            for o in sorted(d.objections, key=lambda o: (o.position, o.id))
        ),
        d.created_at,
        d.group_label,
    )


def _short(text: str) -> str:
    return text if len(text) <= 40 else text[:39] + "…"


def _check_date(value: Any, what: str) -> date | None:
    if value is not None and not isinstance(value, date):
        raise UserError("{what} must be a date", what=what)
    return value


@operation("capture.add_decision", "open the decision “{title}”")
def add_decision(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    title: str,
    *,
    proposal: str = "",
    kind: str = "consent",
    uid: str | None = None,
) -> int:
    title = limits.one_line(title, limits.TITLE, Phrase("a decision's title"), required=True)
    proposal = limits.checked_text(proposal, limits.LONG_TEXT, Phrase("a proposal"))
    check_choice(kind, ("consent", "vote", "other"), Phrase("kind of decision"))
    describe(title=_short(title))
    with db.transaction() as session:
        same = by_uid(session, Decision, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        decision = Decision(
            workshop_id=workshop_id,
            item_id=item_id,
            kind=kind,
            title=title,
            proposal=proposal,
            details={},
            position=next_position(
                session,
                Decision,
                Decision.workshop_id == workshop_id,
                Decision.item_id == item_id,
            ),
        )
        if uid is not None:
            decision.uid = uid
        session.add(decision)
        session.flush()
        notify(session, "decision", workshop_id, (decision.id,))
        return int(decision.id)


@operation("capture.edit_decision", "edit the decision “{title}”")
def edit_decision(
    db: Database, decision_id: int, *, title: str | None = None, proposal: str | None = None
) -> None:
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        if title is not None:
            decision.title = limits.one_line(title, limits.TITLE, Phrase("a title"), required=True)
        if proposal is not None:
            decision.proposal = limits.checked_text(
                proposal, limits.LONG_TEXT, Phrase("a proposal")
            )
        describe(title=_short(decision.title))
        notify(session, "decision", decision.workshop_id, (decision.id,))


@operation("capture.amend_proposal", "amend the proposal of “{title}”")
def amend_proposal(db: Database, decision_id: int, text: str) -> int:
    """A new version of the proposal (the earlier ones are kept, in order)."""
    text = limits.checked_text(text, limits.LONG_TEXT, Phrase("a proposal"), required=True)
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        describe(title=_short(decision.title))
        decision.amended_proposal = text
        entry = _entry(session, decision, "version", text=text)
        return entry


def _entry(session: Any, decision: Decision, part: str, **values: Any) -> int:
    entry = DecisionEntry(
        decision_id=decision.id,
        part=part,
        position=next_position(session, DecisionEntry, DecisionEntry.decision_id == decision.id),
        **values,
    )
    session.add(entry)
    session.flush()
    notify(session, "decision", decision.workshop_id, (decision.id,))
    return int(entry.id)


def entry_by_uid(session: Any, uid: str | None, decision_id: int) -> DecisionEntry | None:
    """An entry already sent (a phone's retry); one of another decision is refused."""
    if uid is None:
        return None
    found = session.scalars(select(DecisionEntry).where(DecisionEntry.uid == uid)).first()
    if found is not None and found.decision_id != decision_id:
        raise UserError("this uid belongs to another decision")
    return found


def _who(session: Any, decision: Decision, participant_id: int | None, author: str) -> str:
    name = check_participant(session, decision.workshop_id, participant_id)
    return limits.one_line(author or name, limits.NAME, Phrase("a name"))


@operation("capture.add_round_entry", "note what {who} said")
def add_entry(
    db: Database,
    decision_id: int,
    part: str,
    text: str,
    *,
    participant_id: int | None = None,
    author: str = "",
    uid: str | None = None,
) -> int:
    """A clarifying question or a reaction (who said it is optional)."""
    check_choice(part, ROUNDS, Phrase("round"))
    text = limits.checked_text(text, limits.LONG_TEXT, Phrase("what was said"), required=True)
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        same = entry_by_uid(session, uid, decision.id)
        if same is not None:
            return int(same.id)
        who = _who(session, decision, participant_id, author)
        describe(who=who or "-")
        values: dict[str, Any] = {"text": text, "participant_id": participant_id, "author": who}
        if uid is not None:
            values["uid"] = uid
        return _entry(session, decision, part, **values)


@operation("capture.set_position", "note the position of {who}")
def set_position(
    db: Database,
    decision_id: int,
    stance: str,
    *,
    participant_id: int | None = None,
    author: str = "",
    reason: str = "",
    part: str = "position",
) -> int:
    """One person's answer in the round (one per person: a second answer replaces the
    first). An objection needs its reason and opens an objection to integrate; a person who
    stops objecting withdraws their open objections. `part` "consent" is an election's."""
    check_choice(stance, tuple(STANCES), Phrase("position"))
    check_choice(part, ("position", "consent"), Phrase("round"))
    reason = limits.checked_text(reason, limits.LONG_TEXT, Phrase("a reason"))
    if stance == "objection" and not reason:
        raise UserError("an objection needs its reason")
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        who = _who(session, decision, participant_id, author)
        if not who:
            raise UserError("say whose position it is")
        describe(who=who)
        entries = session.scalars(
            select(DecisionEntry).where(
                DecisionEntry.decision_id == decision.id, DecisionEntry.part == part
            )
        ).all()
        entry = next(
            (
                e
                for e in entries
                if (participant_id is not None and e.participant_id == participant_id)
                or (participant_id is None and e.participant_id is None and e.author == who)
            ),
            None,
        )
        previous = entry.stance if entry is not None else ""
        if entry is None:
            entry_id = _entry(
                session,
                decision,
                part,
                participant_id=participant_id,
                author=who,
                stance=stance,
                text=reason,
            )
        else:
            entry.stance, entry.text, entry.author = stance, reason, who
            entry_id = int(entry.id)
            notify(session, "decision", decision.workshop_id, (decision.id,))
        mine = [o for o in decision.objections if o.author == who and o.status == "open"]
        if stance == "objection":
            if mine:
                mine[-1].text = reason
            else:
                decision.objections.append(
                    Objection(
                        author=who,
                        text=reason,
                        position=next_position(
                            session, Objection, Objection.decision_id == decision.id
                        ),
                    )
                )
        elif previous == "objection":
            for objection in mine:
                objection.status = "withdrawn"
        session.flush()
        return entry_id


@operation("capture.add_objection", "note an objection to “{title}”")
def add_objection(db: Database, decision_id: int, text: str, *, author: str = "") -> int:
    text = limits.checked_text(text, limits.LONG_TEXT, Phrase("an objection"), required=True)
    author = limits.one_line(author, limits.NAME, Phrase("a name"))
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        describe(title=_short(decision.title))
        objection = Objection(
            author=author,
            text=text,
            position=next_position(session, Objection, Objection.decision_id == decision.id),
        )
        decision.objections.append(objection)
        session.flush()
        notify(session, "decision", decision.workshop_id, (decision.id,))
        return int(objection.id)


@operation("capture.edit_objection", "update the objection of {who}")
def edit_objection(
    db: Database,
    objection_id: int,
    *,
    status: str | None = None,
    integration: str | None = None,
    text: str | None = None,
) -> None:
    """Its status (open, integrated, withdrawn) and how it was integrated."""
    with db.transaction() as session:
        objection = get_row(session, Objection, objection_id, Phrase("objection"))
        describe(who=objection.author or "-")
        if status is not None:
            objection.status = check_choice(status, tuple(OBJECTION_STATUSES), Phrase("status"))
        if integration is not None:
            objection.integration = limits.checked_text(
                integration, limits.LONG_TEXT, Phrase("an integration")
            )
        if text is not None:
            objection.text = limits.checked_text(
                text, limits.LONG_TEXT, Phrase("an objection"), required=True
            )
        notify(session, "decision", objection.decision.workshop_id, (objection.decision_id,))


@operation("capture.set_outcome", "record the outcome of “{title}”")
def set_outcome(
    db: Database,
    decision_id: int,
    outcome: str,
    *,
    decided_on: date | None = None,
    review_on: date | None = None,
) -> None:
    """Adopted, amended and adopted, withdrawn, postponed (or back to pending)."""
    check_choice(outcome, tuple(OUTCOMES), Phrase("outcome"))
    _check_date(decided_on, Phrase("the date"))
    _check_date(review_on, Phrase("the review date"))
    if decided_on and review_on and review_on < decided_on:
        raise UserError("a review comes after the decision")
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        describe(title=_short(decision.title))
        if outcome in ("adopted", "amended") and any(
            o.status == "open" for o in decision.objections
        ):
            raise UserError("an objection is still open: integrate it or have it withdrawn")
        decision.outcome = outcome
        decision.decided_on = decided_on
        decision.review_on = review_on
        notify(session, "decision", decision.workshop_id, (decision.id,))


@operation("capture.remove_round_entry", "remove what {who} said")
def remove_entry(db: Database, entry_id: int) -> None:
    with db.transaction() as session:
        entry = get_row(session, DecisionEntry, entry_id, Phrase("entry"))
        describe(who=entry.author or "-")
        decision = get_row(session, Decision, entry.decision_id, Phrase("decision"))
        session.delete(entry)
        notify(session, "decision", decision.workshop_id, (decision.id,))


@operation("capture.remove_decision", "remove the decision “{title}”")
def remove_decision(db: Database, decision_id: int) -> None:
    with db.transaction() as session:
        decision = get_row(session, Decision, decision_id, Phrase("decision"))
        describe(title=_short(decision.title))
        workshop_id = decision.workshop_id
        session.delete(decision)
        notify(session, "decision", workshop_id, (decision_id,))


def _load(session: Any, decisions: list[Decision]) -> list[DecisionView]:
    ids = [d.id for d in decisions]
    entries = list(session.scalars(select(DecisionEntry).where(DecisionEntry.decision_id.in_(ids))))
    return [
        decision_view(session, d, [e for e in entries if e.decision_id == d.id]) for d in decisions
    ]


def get_decision(db: Database, decision_id: int) -> DecisionView:
    with db.reading() as session:
        return _load(session, [get_row(session, Decision, decision_id, Phrase("decision"))])[0]


def decisions_of(
    db: Database, workshop_id: int, item_id: int | None, *, elections: bool = False
) -> list[DecisionView]:
    """The item's decisions (or its elections)."""
    with db.reading() as session:
        query = select(Decision).where(
            Decision.workshop_id == workshop_id, Decision.item_id == item_id
        )
        query = query.where(
            Decision.kind == "election" if elections else Decision.kind != "election"
        )
        return _load(session, list(session.scalars(query.order_by(Decision.position, Decision.id))))


def register(db: Database, workshop_id: int) -> list[DecisionView]:
    """Every decision and election of the workshop, in agenda order: the decision register."""
    from facilitator_app.models import AgendaItem, Day

    with db.reading() as session:
        order = {
            item_id: index
            for index, (item_id,) in enumerate(
                session.execute(
                    select(AgendaItem.id)
                    .join(Day, Day.id == AgendaItem.day_id)
                    .where(Day.workshop_id == workshop_id)
                    .order_by(Day.position, AgendaItem.position)
                )
            )
        }
        decisions = list(
            session.scalars(select(Decision).where(Decision.workshop_id == workshop_id))
        )
        last = len(order)
        decisions.sort(
            key=lambda d: (order.get(d.item_id, last) if d.item_id else last, d.position, d.id)
        )
        return _load(session, decisions)
