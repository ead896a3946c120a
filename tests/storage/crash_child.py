"""Child process of the crash test: writes as fast as it can and reports each write on stdout
only after its transaction has committed.

    crash_child.py DIR            raw cards, one transaction each
    crash_child.py DIR cards      cards typed in the console: the capture service, with a uid
    crash_child.py DIR consent    a consent round: everyone's position, objections opened
"""

from __future__ import annotations

import itertools
import sys
from pathlib import Path

from facilitator_app.models import Card, Workshop
from facilitator_app.storage.database import Location, open_database


def _workshop(db) -> int:
    with db.transaction() as session:
        workshop = session.query(Workshop).first()
        if workshop is None:
            workshop = Workshop(title="Crash test")
            session.add(workshop)
            session.flush()
        return int(workshop.id)


def raw(db, workshop_id: int) -> None:
    print("ready", flush=True)
    counter = 0
    while True:
        counter += 1
        with db.transaction() as session:
            card = Card(
                workshop_id=workshop_id, text=f"idée n°{counter} — coopérer", colour="green"
            )
            session.add(card)
            session.flush()
            card_id = card.id
        print(card_id, flush=True)


def cards(db, workshop_id: int) -> None:
    """As Enter in the wall does: one named operation per card (undo recorded)."""
    from facilitator_app.services.capture.cards import add_card

    print("ready", flush=True)  # imported first: a busy machine imports slowly
    colours = itertools.cycle(("yellow", "green", "blue", "pink", "orange", "purple"))
    for counter in itertools.count(1):
        applied = add_card.apply(
            db, workshop_id, None, f"carte n°{counter} : coopérer", colour=next(colours)
        )
        print(applied.result, flush=True)


def consent(db, workshop_id: int) -> None:
    """Rounds of positions, over and over: each answer replaces the person's last one."""
    from facilitator_app.services import participants
    from facilitator_app.services.capture import decisions

    people = [
        participants.add_participant(db, workshop_id, f"Personne {n}") for n in range(1, 9)
    ]
    decision = decisions.add_decision(db, workshop_id, None, "Décider par consentement")
    stances = itertools.cycle(("consent", "concern", "objection", "consent", "consent"))
    print("ready", flush=True)  # the kills fall in the rounds, not in setting them up
    for turn in itertools.count(1):
        person = people[turn % len(people)]
        stance = next(stances)
        reason = f"raison {turn}" if stance != "consent" else ""
        entry = decisions.set_position(
            db, decision, stance, participant_id=person, reason=reason
        )
        print(f"{entry} {stance} {reason}", flush=True)


def main(directory: str, mode: str = "raw") -> None:
    db = open_database(Location.in_data_dir(Path(directory)))
    workshop_id = _workshop(db)
    {"raw": raw, "cards": cards, "consent": consent}[mode](db, workshop_id)


if __name__ == "__main__":
    main(*sys.argv[1:])
