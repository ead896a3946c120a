"""The evaluation form on phones, while the facilitator opens it: the printed form's questions
(reports/evaluation_form.py: the quiz, how far each objective was reached, the satisfaction
criteria, the two open questions), in the printed form's words in French and English, and the
answers stored through `services.evaluation.save_sheet` as one form per phone, marked as come
from a phone. Sent again, a phone's form replaces its answers (the participant corrects a
slip), never adds a second form. Anonymous: the optional name (the printed form asks for it
too) links the form to a participant only when it names exactly one person on the roster."""

from __future__ import annotations

import unicodedata
from typing import Any

from facilitator_app.errors import NotFoundError
from facilitator_app.phones.contributions import Refused
from facilitator_app.phones.door import Door, Phone
from facilitator_app.reports.texts import TEXTS
from facilitator_app.services import evaluation, participants
from facilitator_app.storage.database import Database
from facilitator_app.typography import french

PHONE = "phone"
MAX_COMMENT = 1000  # characters per open question (the form's page holds a few lines)
MAX_NAME = 60
MAX_BODY = 16384  # bytes: two comments of 1000 characters, accents and all


def _both(key: str, **params: Any) -> dict[str, str]:
    english, french_text = TEXTS[key]
    return {"en": english.format(**params), "fr": french(french_text).format(**params)}


def _label(key: str) -> dict[str, str]:
    """A printed label without its blank to write on ("Your name (optional): ")."""
    return {lang: text.rstrip(" :\u00a0\u202f") for lang, text in _both(key).items()}


def form(db: Database, door: Door, phone: Phone) -> dict[str, Any] | None:
    """What the page draws while the form is open (None when it is not)."""
    if not door.evaluation_open:
        return None
    try:
        plan = evaluation.form_plan(db, door.workshop_id)
    except NotFoundError:  # the workshop went to the bin while the door was open
        return None
    return {
        "sent": phone.evaluated,
        "title": _both("form_title"),
        "intro": _both("form_intro"),
        "name": _label("form_name"),
        "max_name": MAX_NAME,
        "quiz_title": _both("form_quiz"),
        "quiz_hint": _both("form_quiz_hint"),
        "quiz": [{"id": q.id, "text": q.text, "choices": list(q.choices)} for q in plan.questions],
        "objectives_title": _both("form_objectives"),
        "objectives_hint": _both("form_objectives_hint"),
        "objectives": [
            {"key": evaluation.objective_key(n), "label": _both("objective_n", n=n), "text": text}
            for n, text in enumerate(plan.objectives, start=1)
        ],
        "reached": [{"value": v, **_both(f"reached_{v}")} for v in evaluation.SCALE],
        "satisfaction_title": _both("form_satisfaction"),
        "criteria": [{"key": k, **_both(f"criterion_{k}")} for k in plan.criteria],
        "scale": [{"value": v, **_both(f"scale_{v}")} for v in evaluation.SCALE],
        "comments_title": _both("form_comments"),
        "open_questions": [
            {"key": k, **_both(f"open_{k}"), "max": MAX_COMMENT} for k in plan.open_questions
        ],
    }


def _mapping(payload: dict[str, Any], key: str) -> dict[str, Any]:
    value = payload.get(key) or {}
    if not isinstance(value, dict):
        raise Refused("bad_request")
    return value


def _ratings(payload: dict[str, Any], plan: evaluation.FormPlan) -> dict[str, int]:
    ratings: dict[str, int] = {}
    for key, rating in _mapping(payload, "ratings").items():
        if rating is None:
            continue
        if key not in plan.rated or isinstance(rating, bool) or rating not in evaluation.SCALE:
            raise Refused("bad_request")
        ratings[key] = int(rating)
    return ratings


def _comments(payload: dict[str, Any], plan: evaluation.FormPlan) -> dict[str, str]:
    comments: dict[str, str] = {}
    for key, comment in _mapping(payload, "comments").items():
        if key not in plan.open_questions or not isinstance(comment, str):
            raise Refused("bad_request")
        if len(comment.strip()) > MAX_COMMENT:
            raise Refused("too_long")
        if comment.strip():
            comments[key] = comment.strip()
    return comments


def _quiz(payload: dict[str, Any], plan: evaluation.FormPlan) -> dict[int, list[int]]:
    questions = {str(q.id): q for q in plan.questions}
    quiz: dict[int, list[int]] = {}
    for key, chosen in _mapping(payload, "quiz").items():
        question = questions.get(str(key))
        if question is None or not isinstance(chosen, list):
            raise Refused("bad_request")
        if any(
            not isinstance(c, int) or isinstance(c, bool) or not 0 <= c < len(question.choices)
            for c in chosen
        ):
            raise Refused("bad_request")
        if chosen:
            quiz[question.id] = sorted(set(chosen))
    return quiz


def _folded(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name)
    plain = "".join(ch for ch in plain if not unicodedata.combining(ch))
    return " ".join(plain.casefold().split())


def _participant(db: Database, workshop_id: int, payload: dict[str, Any]) -> int | None:
    name = payload.get("name", "")
    if not isinstance(name, str):
        raise Refused("bad_request")
    if len(name.strip()) > MAX_NAME:
        raise Refused("too_long")
    wanted = _folded(name)
    if not wanted:
        return None
    found = [
        p.id
        for p in participants.list_participants(db, workshop_id)
        if p.category != "trainer" and _folded(p.name) == wanted
    ]
    return found[0] if len(found) == 1 else None


def send(db: Database, door: Door, phone: Phone, payload: dict[str, Any]) -> int:
    """Store the phone's form (replacing what it sent before); returns the form's id."""
    if not door.is_open:
        raise Refused("closed")
    if not door.evaluation_open:
        raise Refused("not_open")
    plan = evaluation.form_plan(db, door.workshop_id)
    ratings, comments = _ratings(payload, plan), _comments(payload, plan)
    quiz = _quiz(payload, plan)
    if not (ratings or comments or quiz):
        raise Refused("empty")
    sheet = evaluation.save_sheet(
        db,
        door.workshop_id,
        participant_id=_participant(db, door.workshop_id, payload),
        ratings=ratings,
        comments=comments,
        quiz=quiz,
        uid=phone.form_uid,
        origin=PHONE,
    )
    door.count_evaluation(phone)
    return sheet
