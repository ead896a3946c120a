"""The undo cases of the capture operations (merged into test_operations_undo.CASES): each
prepares what it needs in the full workshop, then names the call that is done and undone."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from sqlalchemy import select

from facilitator_app import models
from facilitator_app.services.capture import cards, codev, decisions, elections, votes

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _one(w: Any, model: Any) -> int:
    with w.db.reading() as session:
        return int(session.scalars(select(model.id).order_by(model.id)).first())


def _card(w: Any) -> int:
    return _one(w, models.Card)


def _cluster(w: Any) -> int:
    return _one(w, models.CardCluster)


def _decision(w: Any) -> int:
    return _one(w, models.Decision)


def _session(w: Any, kind: str = "dot_vote", **settings: Any) -> int:
    return votes.open_session(w.db, w.workshop, w.first, kind, **settings)


def _raised(w: Any) -> int:
    """A poll where one phone has raised green already."""
    session = _session(w, "poll")
    votes.count_one(w.db, session, "green")
    return session


def _election(w: Any) -> int:
    return elections.add_election(w.db, w.workshop, w.first, "Second lien")


def _codev(w: Any) -> int:
    return codev.start_session(w.db, w.workshop, w.first, participant_id=w.anna)


def _entry(w: Any) -> int:
    return decisions.add_entry(w.db, _decision(w), "reaction", "D'accord", author="Bob")


def _closed(w: Any) -> int:
    session = _session(w)
    votes.close_session(w.db, session)
    return session


def _objection(w: Any) -> int:
    return _one(w, models.Objection)


def _open_objection_decision(w: Any) -> int:
    decision = decisions.add_decision(w.db, w.workshop, w.first, "Horaires")
    return decision


CASES: dict[str, Any] = {
    "capture.add_note": lambda w: ((w.db, w.workshop, w.first, "Une note"), {"scribe": "Anna"}),
    "capture.edit_note": lambda w: ((w.db, _one(w, models.Note)), {"text": "Revue"}),
    "capture.move_note": lambda w: ((w.db, _one(w, models.Note), "Table 2"), {}),
    "capture.remove_note": lambda w: ((w.db, _one(w, models.Note)), {}),
    "capture.add_card": lambda w: (
        (w.db, w.workshop, w.first, "Une carte"),
        {"colour": "pink", "uid": "phone-card-1"},
    ),
    "capture.add_cards": lambda w: (
        (
            w.db,
            w.workshop,
            w.first,
            [
                cards.NewCard("Une carte", uid="phone-batch-1"),
                cards.NewCard("Une autre", colour="blue", author="📱 3"),
                cards.NewCard("Une carte", uid="phone-batch-1"),  # sent twice: stored once
            ],
        ),
        {"origin": "phone"},
    ),
    "capture.edit_card": lambda w: ((w.db, _card(w)), {"colour": "blue", "x": 2}),
    "capture.remove_card": lambda w: ((w.db, _card(w)), {}),
    "capture.add_cluster": lambda w: (
        (w.db, w.workshop, w.first, "Nouveau"),
        {"card_ids": [_card(w)]},
    ),
    "capture.rename_cluster": lambda w: ((w.db, _cluster(w), "Renommé"), {}),
    "capture.remove_cluster": lambda w: ((w.db, _cluster(w)), {}),
    "capture.cluster_cards": lambda w: ((w.db, [_card(w)], None), {}),
    "capture.open_vote": lambda w: (
        (w.db, w.workshop, w.first, "dot_vote"),
        {"title": "Priorités", "dots_per_person": 3, "visibility": "hidden"},
    ),
    "capture.edit_vote": lambda w: ((w.db, _session(w)), {"voters": 12, "title": "Q"}),
    "capture.close_vote": lambda w: ((w.db, _session(w)), {}),
    "capture.reopen_vote": lambda w: ((w.db, _closed(w)), {}),
    "capture.remove_vote": lambda w: ((w.db, _session(w)), {}),
    "capture.set_dots": lambda w: ((w.db, _session(w), 4), {"card_id": _card(w)}),
    "capture.set_score": lambda w: (
        (w.db, _session(w, "score", target="cards", rounds=5), 4),
        {"card_id": _card(w), "round_index": 2},
    ),
    "capture.set_tally": lambda w: ((w.db, _session(w, "poll"), "green", 40), {}),
    "capture.count_one": lambda w: ((w.db, _raised(w), "red"), {"previous": "green"}),
    "capture.add_decision": lambda w: (
        (w.db, w.workshop, w.first, "Horaires"),
        {"proposal": "Ouvrir à 9h"},
    ),
    "capture.edit_decision": lambda w: ((w.db, _decision(w)), {"proposal": "Autre"}),
    "capture.amend_proposal": lambda w: ((w.db, _decision(w), "Version 2"), {}),
    "capture.add_round_entry": lambda w: (
        (w.db, _decision(w), "clarification", "Pourquoi ?"),
        {"participant_id": w.bob},
    ),
    "capture.set_position": lambda w: (
        (w.db, _open_objection_decision(w), "objection"),
        {"participant_id": w.anna, "reason": "Trop tôt"},
    ),
    "capture.add_objection": lambda w: ((w.db, _decision(w), "Encore non"), {"author": "Anna"}),
    "capture.edit_objection": lambda w: (
        (w.db, _objection(w)),
        {"status": "integrated", "integration": "Décalé"},
    ),
    "capture.set_outcome": lambda w: (
        (w.db, _open_objection_decision(w), "postponed"),
        {"review_on": date(2026, 9, 1)},
    ),
    "capture.remove_round_entry": lambda w: ((w.db, _entry(w)), {}),
    "capture.remove_decision": lambda w: ((w.db, _decision(w)), {}),
    "capture.add_election": lambda w: (
        (w.db, w.workshop, w.first, "Facilitateur"),
        {"term": "1 an", "asks": "Animer"},
    ),
    "capture.edit_election": lambda w: ((w.db, _election(w)), {"term": "2 ans"}),
    "capture.nominate": lambda w: (
        (w.db, _election(w), "Bob"),
        {"participant_id": w.anna, "reason": "Il écoute"},
    ),
    "capture.propose_candidate": lambda w: ((w.db, _election(w), "Bob"), {}),
    "capture.set_election_result": lambda w: (
        (w.db, _election(w), "elected"),
        {"elected": "Bob", "decided_on": date(2026, 3, 2)},
    ),
    "capture.start_codev": lambda w: (
        (w.db, w.workshop, w.first),
        {"participant_id": w.bob, "problem": "Une équipe"},
    ),
    "capture.edit_codev": lambda w: ((w.db, _codev(w)), {"contract": "Des pistes"}),
    "capture.add_codev_entry": lambda w: (
        (w.db, _codev(w), "plan", "Lancer un point"),
        {"resources": "30 min", "follow_up": date(2026, 4, 1)},
    ),
    "capture.set_weather": lambda w: (
        (w.db, w.workshop, w.first, "storm"),
        {"participant_id": w.bob, "comment": "Tendu"},
    ),
    "capture.add_object": lambda w: (
        (w.db, w.workshop, w.first, "Un briquet"),
        {"reason": "Le feu", "participant_id": w.anna},
    ),
    "capture.add_trait": lambda w: ((w.db, w.workshop, w.first, "Curieux"), {"heading": "head"}),
    "capture.edit_record": lambda w: (
        (w.db, _one(w, models.ToolRecord), {"comment": "Mieux"}),
        {},
    ),
    "capture.remove_record": lambda w: ((w.db, _codev_with_entries(w)), {}),
    "capture.add_action": lambda w: (
        (w.db, w.workshop, w.first, "Écrire"),
        {"due_text": "d'ici 6 mois"},
    ),
    "capture.edit_action": lambda w: ((w.db, _one(w, models.ActionItem)), {"status": "done"}),
    "capture.remove_action": lambda w: ((w.db, _one(w, models.ActionItem)), {}),
    "capture.add_photo": lambda w: ((w.db, w.workshop, w.first, PNG), {"caption": "Mur"}),
    "capture.caption_photo": lambda w: ((w.db, _one(w, models.Photo), "Le mur"), {}),
    "capture.remove_photo": lambda w: ((w.db, _one(w, models.Photo)), {}),
    "capture.mark_attendance": lambda w: ((w.db, w.bob, w.day1, "am", "excused"), {}),
    "capture.record_arrival": lambda w: ((w.db, w.bob, w.day1, time(14, 10)), {}),
    "capture.record_departure": lambda w: ((w.db, w.anna, w.day1, time(11, 30)), {}),
}


def _codev_with_entries(w: Any) -> int:
    session = _codev(w)
    codev.add_entry(w.db, session, "question", "Depuis quand ?")
    codev.add_entry(w.db, session, "learning", "Écouter")
    return session
