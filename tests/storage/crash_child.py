"""Child process of the crash test: records cards as fast as it can and reports each one on
stdout only after its transaction has committed."""

from __future__ import annotations

import sys
from pathlib import Path

from facilitator_app.models import Card, Workshop
from facilitator_app.storage.database import Location, open_database


def main(directory: str) -> None:
    db = open_database(Location.in_data_dir(Path(directory)))
    with db.transaction() as session:
        workshop = session.query(Workshop).first()
        if workshop is None:
            workshop = Workshop(title="Crash test")
            session.add(workshop)
            session.flush()
        workshop_id = workshop.id
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


if __name__ == "__main__":
    main(sys.argv[1])
