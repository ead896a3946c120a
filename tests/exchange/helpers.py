"""A workshop with something in every table, and a dump of the whole database to prove that a
refused import changed nothing."""

from __future__ import annotations

import copy
from datetime import UTC, date, datetime, time
from typing import Any

from sqlalchemy import select, text

from facilitator_app import models
from facilitator_app.models import Base
from facilitator_app.services import workshops as ws
from facilitator_app.storage.database import Database
from facilitator_app.tools import registry

WHEN = datetime(2026, 3, 2, 9, 30, tzinfo=UTC)


def dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in a stable order."""
    with db.engine.connect() as connection:
        return {
            table.name: sorted(
                connection.execute(select(table)).all(), key=lambda row: repr(tuple(row))
            )
            for table in Base.metadata.sorted_tables
        } | {"_count": [(connection.execute(text("SELECT count(*) FROM workshop")).scalar(),)]}


def make_full_workshop(db: Database) -> int:
    """One of everything the file carries: two days, roles, groups, outputs, a photo, a quiz."""
    wid = ws.create_workshop(
        db, "Séminaire complet", first_day=date(2026, 3, 2), organiser="Mairie", venue="Salle A"
    )
    with db.transaction() as s:
        w = s.get(models.Workshop, wid)
        assert w is not None
        w.ended_at = WHEN
        w.timer_warnings = {"unit": "seconds", "amber": 120, "red": 30}
        w.training_nature = "training"
        w.representative = "Claire Dupont, directrice"
        w.signature_place = "Nancy"
        anna = models.Participant(name="Anna", organisation="DGS", category="elected")
        bob = models.Participant(
            name="Bob",
            email="bob@example.org",
            dropped_out_on=date(2026, 3, 4),
            dropout_reason="Raisons de santé",
        )
        w.participants.extend([anna, bob])
        w.days.append(models.Day(position=1, date=date(2026, 3, 4), start_time=time(13, 30)))
        s.flush()
        day1, day2 = w.days
        mine = registry.find_tool("1-2-4-all").definition()
        mine["fr"]["name"] = "Mon 1-2-4"
        s.add(models.CustomTool(uid="tool-1", based_on="1-2-4-all", definition=mine))
        first = models.AgendaItem(
            day=day1,
            position=0,
            title="Ouverture",
            tool_id="custom:tool-1",
            duration_minutes=30,
            question="Pourquoi ?",
            phases=[{"key": "alone", "seconds": 600, "name": {"fr": "Seul", "en": "Alone"}}],
            actual_start=WHEN,
        )
        lunch = models.AgendaItem(
            day=day1, position=1, kind="meal", title="Déjeuner", pinned_start=time(12, 30)
        )
        later = models.AgendaItem(
            day=day2, position=0, title="Bilan", tool_id="1-2-4-all", fixed=True
        )
        s.add_all([first, lunch, later])
        s.flush()
        s.add(models.RoleAssignment(item_id=first.id, role="scribe", participant_id=anna.id))
        s.add(models.RoleAssignment(item_id=first.id, role="timekeeper", person_name="tous"))
        s.add(
            models.Attendance(
                participant_id=anna.id,
                day_id=day1.id,
                half_day="am",
                status="present",
                signed=True,
                arrived_at=time(9, 5),
            )
        )
        s.add(
            models.Attendance(
                participant_id=bob.id, day_id=day2.id, half_day="pm", status="excused"
            )
        )
        group_set = models.GroupSet(workshop_id=wid, item_id=first.id, name="Tables")
        group_set.groups.append(models.Group(position=0, label="T1"))
        s.add(group_set)
        s.flush()
        s.add(models.GroupMember(group_id=group_set.groups[0].id, participant_id=anna.id))
        s.add(models.GroupMember(group_id=group_set.groups[0].id, participant_id=bob.id))
        cluster = models.CardCluster(workshop_id=wid, item_id=first.id, name="Idées")
        s.add(cluster)
        s.flush()
        card = models.Card(
            workshop_id=wid, item_id=first.id, text="Une idée", cluster_id=cluster.id
        )
        loose = models.Card(
            workshop_id=wid,
            item_id=later.id,
            text="Autre",
            colour="blue",
            category="anchors",
            x=1,
            y=3,
        )
        s.add_all([card, loose])
        s.flush()
        s.add(models.Vote(workshop_id=wid, item_id=first.id, card_id=card.id, value=3.5))
        session = models.VoteSession(
            workshop_id=wid,
            item_id=later.id,
            source_item_id=first.id,
            kind="dot_vote",
            title="Priorités",
            visibility="hidden",
            status="closed",
            closed_at=WHEN,
            voters=2,
        )
        poll = models.VoteSession(
            workshop_id=wid,
            item_id=later.id,
            kind="poll",
            title="D'accord ?",
            target="subject",
            options=["green", "yellow", "red"],
            estimate=True,
        )
        s.add_all([session, poll])
        s.flush()
        s.add(
            models.Vote(
                workshop_id=wid,
                item_id=later.id,
                session_id=session.id,
                cluster_id=cluster.id,
                value=2,
                voter="Anna",
            )
        )
        s.add(models.Vote(workshop_id=wid, session_id=poll.id, option="green", value=70))
        s.add(models.Note(workshop_id=wid, item_id=first.id, text="Note", group_label="A"))
        s.add(models.Note(workshop_id=wid, text="Sans item"))
        decision = models.Decision(
            workshop_id=wid,
            title="Adopter",
            outcome="adopted",
            decided_on=date(2026, 3, 4),
            review_on=date(2026, 9, 4),
            details={"rounds": [1, 2]},
        )
        decision.objections.append(models.Objection(position=0, author="Bob", text="Non"))
        decision.objections.append(
            models.Objection(
                position=1,
                author="Anna",
                text="Trop tôt",
                status="integrated",
                integration="À 9h30",
            )
        )
        s.add(decision)
        s.flush()
        s.add(
            models.DecisionEntry(
                decision_id=decision.id,
                part="position",
                participant_id=bob.id,
                author="Bob",
                stance="objection",
                text="Non",
                created_at=WHEN,
            )
        )
        s.add(
            models.DecisionEntry(
                decision_id=decision.id,
                position=1,
                part="version",
                text="Adopter à 9h30",
                created_at=WHEN,
            )
        )
        s.add(
            models.ActionItem(workshop_id=wid, what="Écrire", who="Anna", due_on=date(2026, 4, 1))
        )
        s.add(
            models.ToolRecord(
                workshop_id=wid,
                item_id=first.id,
                kind="weather",
                participant_id=bob.id,
                data={"weather": "rain", "comment": ""},
            )
        )
        client = models.ToolRecord(
            workshop_id=wid,
            item_id=later.id,
            kind="codev",
            participant_id=anna.id,
            author="Anna",
            data={
                "part": "session",
                "client": "Anna",
                "number": 1,
                "problem": "Une équipe",
                "contract": "",
                "synthesis": "",
            },
        )
        s.add(client)
        s.flush()
        s.add(
            models.ToolRecord(
                workshop_id=wid,
                item_id=later.id,
                kind="codev",
                parent_id=client.id,
                position=1,
                data={"part": "question", "text": "Depuis quand ?"},
            )
        )
        s.add(
            models.Photo(
                workshop_id=wid,
                caption="Tableau",
                media_type="image/png",
                content=b"\x89PNG fake image",
            )
        )
        question = models.QuizQuestion(
            workshop_id=wid, text="2+2 ?", choices=["3", "4"], correct=[1]
        )
        sheet = models.EvaluationSheet(
            workshop_id=wid, participant_id=anna.id, number=1, returned_on=date(2026, 3, 4)
        )
        s.add_all([question, sheet])
        s.flush()
        s.add(
            models.QuizAnswer(
                question_id=question.id,
                participant_id=anna.id,
                sheet_id=sheet.id,
                chosen=[1],
                is_correct=True,
            )
        )
        s.add(
            models.SatisfactionResponse(
                workshop_id=wid,
                sheet_id=sheet.id,
                participant_id=anna.id,
                criterion="Contenu",
                rating=5,
                comment="Bien",
            )
        )
    return wid


def comparable(document: dict[str, Any]) -> dict[str, Any]:
    """The document without what legitimately changes on a round trip (see docs)."""
    result = copy.deepcopy(document)
    result.pop("exported_at", None)
    result["workshop"].pop("uid")
    return result
