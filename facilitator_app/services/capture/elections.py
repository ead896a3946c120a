"""An election without candidates (sociocracy): the role, its term and what it asks; each
nomination (who nominates whom, and why); the changes after the round of reasons; the
facilitator's proposal; the consent answers, the person proposed answering last; the result.
Stored as a `Decision` of kind "election" with its entries (docs: elections)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from facilitator_app.capture import limits
from facilitator_app.capture.words import ELECTION_RESULTS
from facilitator_app.errors import Phrase, UserError
from facilitator_app.models import Decision
from facilitator_app.services.capture.common import (
    by_uid,
    check_choice,
    check_item,
    check_participant,
    get_row,
    next_position,
    notify,
)
from facilitator_app.services.capture.decisions import (
    DecisionView,
    _entry,
    entry_by_uid,
    set_position,
)
from facilitator_app.services.operations import describe, operation
from facilitator_app.storage.database import Database

DETAILS = ("term", "asks")


@operation("capture.add_election", "open the election of “{role}”")
def add_election(
    db: Database,
    workshop_id: int,
    item_id: int | None,
    role: str,
    *,
    term: str = "",
    asks: str = "",
    uid: str | None = None,
) -> int:
    """The role to fill, how long for, and what it asks of the person."""
    role = limits.one_line(role, limits.TITLE, Phrase("a role"), required=True)
    term = limits.one_line(term, limits.TITLE, Phrase("a term"))
    asks = limits.checked_text(asks, limits.LONG_TEXT, Phrase("what the role asks"))
    describe(role=role)
    with db.transaction() as session:
        same = by_uid(session, Decision, uid, workshop_id)
        if same is not None:
            return int(same.id)
        check_item(session, workshop_id, item_id)
        decision = Decision(
            workshop_id=workshop_id,
            item_id=item_id,
            kind="election",
            title=role,
            details={"term": term, "asks": asks, "result": "pending", "elected": ""},
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


def _election(session: Any, decision_id: int) -> Decision:
    decision = get_row(session, Decision, decision_id, Phrase("election"))
    if decision.kind != "election":
        raise UserError("this decision is not an election")
    return decision


@operation("capture.edit_election", "edit the election of “{role}”")
def edit_election(
    db: Database,
    decision_id: int,
    *,
    role: str | None = None,
    term: str | None = None,
    asks: str | None = None,
) -> None:
    with db.transaction() as session:
        decision = _election(session, decision_id)
        details = dict(decision.details or {})
        if role is not None:
            decision.title = limits.one_line(role, limits.TITLE, Phrase("a role"), required=True)
        if term is not None:
            details["term"] = limits.one_line(term, limits.TITLE, Phrase("a term"))
        if asks is not None:
            details["asks"] = limits.checked_text(
                asks, limits.LONG_TEXT, Phrase("what the role asks")
            )
        decision.details = details
        describe(role=decision.title)
        notify(session, "decision", decision.workshop_id, (decision.id,))


@operation("capture.nominate", "note that {who} nominates {nominee}")
def nominate(
    db: Database,
    decision_id: int,
    nominee: str,
    *,
    participant_id: int | None = None,
    nominator: str = "",
    reason: str = "",
    change: bool = False,
    uid: str | None = None,
) -> int:
    """Who nominates whom and why; `change`: a new choice after the round of reasons."""
    nominee = limits.one_line(nominee, limits.NAME, Phrase("the person nominated"), required=True)
    reason = limits.checked_text(reason, limits.LONG_TEXT, Phrase("a reason"))
    with db.transaction() as session:
        decision = _election(session, decision_id)
        same = entry_by_uid(session, uid, decision.id)
        if same is not None:
            return int(same.id)
        name = check_participant(session, decision.workshop_id, participant_id)
        who = limits.one_line(nominator or name, limits.NAME, Phrase("a name"))
        describe(who=who or "-", nominee=nominee)
        values: dict[str, Any] = {
            "participant_id": participant_id,
            "author": who,
            "subject": nominee,
            "text": reason,
        }
        if uid is not None:
            values["uid"] = uid
        return _entry(session, decision, "change" if change else "nomination", **values)


@operation("capture.propose_candidate", "propose {candidate} for “{role}”")
def propose_candidate(db: Database, decision_id: int, candidate: str, *, reason: str = "") -> None:
    """The facilitator's proposal after hearing the nominations and their reasons."""
    candidate = limits.one_line(
        candidate, limits.NAME, Phrase("the person proposed"), required=True
    )
    reason = limits.checked_text(reason, limits.LONG_TEXT, Phrase("a reason"))
    with db.transaction() as session:
        decision = _election(session, decision_id)
        describe(candidate=candidate, role=decision.title)
        decision.proposal = candidate
        decision.details = {**(decision.details or {}), "proposal_reason": reason}
        notify(session, "decision", decision.workshop_id, (decision.id,))


def answer(
    db: Database,
    decision_id: int,
    stance: str,
    *,
    participant_id: int | None = None,
    author: str = "",
    reason: str = "",
) -> int:
    """A consent answer to the proposal (set_position in the "consent" round)."""
    return set_position(
        db,
        decision_id,
        stance,
        participant_id=participant_id,
        author=author,
        reason=reason,
        part="consent",
    )


@operation("capture.set_election_result", "record the result of “{role}”")
def set_result(
    db: Database,
    decision_id: int,
    result: str,
    *,
    elected: str = "",
    decided_on: date | None = None,
    review_on: date | None = None,
) -> None:
    """Elected (the person), declined by the person, postponed, or pending again."""
    check_choice(result, tuple(ELECTION_RESULTS), Phrase("result"))
    elected = limits.one_line(elected, limits.NAME, Phrase("the person elected"))
    if result == "elected" and not elected:
        raise UserError("say who is elected")
    with db.transaction() as session:
        decision = _election(session, decision_id)
        describe(role=decision.title)
        decision.details = {
            **(decision.details or {}),
            "result": result,
            "elected": elected if result == "elected" else "",
        }
        decision.outcome = {"elected": "adopted", "declined": "withdrawn"}.get(result, result)
        decision.decided_on = decided_on
        decision.review_on = review_on
        notify(session, "decision", decision.workshop_id, (decision.id,))


def answer_order(view: DecisionView, people: Sequence[str]) -> list[str]:
    """The consent round's order: everyone in the circle's order, the person proposed last
    (so nobody answers under their eyes)."""
    candidate = view.proposal
    ordered = [p for p in people if p != candidate]
    if candidate:
        ordered.append(candidate)
    return ordered


def nominations(view: DecisionView) -> dict[str, int]:
    """How many times each person is nominated, counting each nominator's latest choice
    (a change after the reasons replaces their nomination)."""
    latest: dict[str, str] = {}
    anonymous: list[str] = []
    for entry in view.entries:
        if entry.part not in ("nomination", "change"):
            continue
        if entry.author:
            latest[entry.author] = entry.subject
        else:
            anonymous.append(entry.subject)
    counts: dict[str, int] = {}
    for nominee in [*latest.values(), *anonymous]:
        counts[nominee] = counts.get(nominee, 0) + 1
    return dict(sorted(counts.items(), key=lambda pair: (-pair[1], pair[0])))
