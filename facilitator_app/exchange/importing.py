"""Document to database: a validated document written with bulk inserts in the caller's
transaction (a 1000-person workshop imports in well under a second). The use case (validate,
one transaction, undo, notices) is `services.exchange.import_document`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from facilitator_app import models
from facilitator_app.exchange import format as f
from facilitator_app.models import new_uid, utcnow


@dataclass(frozen=True)
class ImportResult:
    workshop_id: int
    uid: str
    title: str
    is_template: bool
    # Things the user should know: a copy was made, a custom tool of theirs was kept.
    notes: tuple[str, ...] = field(default=())
    # The workshop already here with the file's uid, when the import made a separate copy.
    copy_of: int | None = None
    # The user's tools the file brought that were not here yet (undoing the import removes them).
    new_custom_tools: tuple[int, ...] = field(default=(), compare=False)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.workshop_id,
            "uid": self.uid,
            "title": self.title,
            "template": self.is_template,
            "notes": list(self.notes),
            "copy_of": self.copy_of,
        }


def _values(fields: tuple[f.Field, ...], entry: dict[str, Any]) -> dict[str, Any]:
    return {
        field.column: f.from_json(
            field, entry.get(field.column, field.default) if field.optional else entry[field.column]
        )
        for field in fields
    }


def _insert(session: Session, model: Any, rows: list[dict[str, Any]]) -> list[int]:
    """Insert many rows at once; their new ids, in the order of `rows`."""
    if not rows:
        return []
    statement = insert(model).returning(model.id, sort_by_parameter_order=True)
    return list(session.scalars(statement, rows))


def write_document(
    session: Session, document: dict[str, Any], photos: dict[str, bytes]
) -> ImportResult:
    """Write a validated document (`validation.validate_document`) in the caller's
    transaction, with bulk inserts; the new workshop and everything under it."""
    return _Writer(session, document, photos).write()


class _Writer:
    def __init__(self, session: Session, document: dict[str, Any], photos: dict[str, bytes]):
        self.session = session
        self.d = document
        self.photos = photos
        self.notes: list[str] = []
        self.people: dict[str | None, int | None] = {None: None}
        self.days: dict[str, int] = {}
        self.items: dict[str | None, int | None] = {None: None}

    def write(self) -> ImportResult:
        fields = _values(f.WORKSHOP_FIELDS, self.d["workshop"])
        same = self.session.scalars(
            select(models.Workshop).where(models.Workshop.uid == fields["uid"])
        ).first()
        self.copy_of = None if same is None else same.id
        if same is not None:
            fields["uid"] = new_uid()
            # Two identical lines in the list would leave the user guessing which is which.
            suffix = " (copie)" if fields.get("language", "fr") == "fr" else " (copy)"
            fields["title"] = (fields["title"] + suffix)[:300]
            self.notes.append(
                f"this workshop was already here (id {same.id}, “{same.title}”): "
                "it was added again as a separate copy"
            )
        fields["updated_at"] = utcnow()
        [workshop_id] = _insert(self.session, models.Workshop, [fields])
        self.id = workshop_id
        self._custom_tools()
        self._participants()
        self._agenda()
        self._attendance()
        self._groups()
        self._outputs()
        self._evaluation()
        return ImportResult(
            workshop_id,
            fields["uid"],
            fields["title"],
            fields["is_template"],
            tuple(self.notes),
            self.copy_of,
            self.new_custom_tools,
        )

    def _custom_tools(self) -> None:
        tools = self.d["custom_tools"]
        existing = {
            tool.uid: tool
            for tool in self.session.scalars(
                select(models.CustomTool).where(
                    models.CustomTool.uid.in_([t["uid"] for t in tools])
                )
            )
        }
        new = []
        for tool in tools:
            mine = existing.get(tool["uid"])
            if mine is None:
                new.append(
                    {
                        "uid": tool["uid"],
                        "based_on": tool["based_on"],
                        "definition": tool["definition"],
                    }
                )
            elif mine.definition != tool["definition"]:
                self.notes.append(
                    f"the custom tool {tool['uid']} differs from yours: your version was kept"
                )
        self.new_custom_tools = tuple(_insert(self.session, models.CustomTool, new))

    def _participants(self) -> None:
        entries = self.d["participants"]
        rows = [{"workshop_id": self.id, **_values(f.PARTICIPANT_FIELDS, p)} for p in entries]
        for entry, new_id in zip(
            entries, _insert(self.session, models.Participant, rows), strict=True
        ):
            self.people[entry["ref"]] = new_id

    def _agenda(self) -> None:
        days = self.d["days"]
        rows = [
            {"workshop_id": self.id, "position": index, **_values(f.DAY_FIELDS, day)}
            for index, day in enumerate(days)
        ]
        for day, new_id in zip(days, _insert(self.session, models.Day, rows), strict=True):
            self.days[day["ref"]] = new_id
        items = [
            (day["ref"], index, item) for day in days for index, item in enumerate(day["items"])
        ]
        rows = [
            {
                "day_id": self.days[day_ref],
                "position": index,
                **_values(f.ITEM_FIELDS, item),
                "phases": item["phases"],
            }
            for day_ref, index, item in items
        ]
        for (_day, _index, item), new_id in zip(
            items, _insert(self.session, models.AgendaItem, rows), strict=True
        ):
            self.items[item["ref"]] = new_id
        roles = [
            {
                "item_id": self.items[item["ref"]],
                "participant_id": self.people[role["participant"]],
                **_values(f.ROLE_FIELDS, role),
            }
            for _day, _index, item in items
            for role in item["roles"]
        ]
        _insert(self.session, models.RoleAssignment, roles)

    def _attendance(self) -> None:
        rows = [
            {
                "participant_id": self.people[row["participant"]],
                "day_id": self.days[row["day"]],
                **_values(f.ATTENDANCE_FIELDS, row),
            }
            for row in self.d["attendance"]
        ]
        _insert(self.session, models.Attendance, rows)

    def _groups(self) -> None:
        sets = self.d["group_sets"]
        rows = [
            {
                "workshop_id": self.id,
                "item_id": self.items[s["item"]],
                **_values(f.GROUP_SET_FIELDS, s),
            }
            for s in sets
        ]
        set_ids = _insert(self.session, models.GroupSet, rows)
        groups = [
            (set_id, index, group)
            for set_id, s in zip(set_ids, sets, strict=True)
            for index, group in enumerate(s["groups"])
        ]
        group_ids = _insert(
            self.session,
            models.Group,
            [{"group_set_id": sid, "position": i, "label": g["label"]} for sid, i, g in groups],
        )
        members = [
            {"group_id": gid, "participant_id": self.people[member]}
            for gid, (_sid, _i, group) in zip(group_ids, groups, strict=True)
            for member in group["members"]
        ]
        if members:
            self.session.execute(insert(models.GroupMember), members)

    def _outputs(self) -> None:
        refs: dict[str, dict[str | None, int | None]] = {
            "participants": self.people,
            "items": self.items,
        }
        for section in f.OUTPUT_SECTIONS:
            entries = self.d["outputs"][section.key]
            refs[section.key] = {None: None}
            # Records that name another of their section come after it: one insert per level.
            waiting = list(entries)
            ids: dict[int, int] = {}
            while waiting:
                ready = [e for e in waiting if self._refers_back(section, e, refs) is None]
                if not ready:  # pragma: no cover - validation refuses a cycle
                    raise ValueError("records that refer to each other")
                rows = [self._output_row(section, entry, refs) for entry in ready]
                new_ids = _insert(self.session, getattr(models, section.model), rows)
                for entry, new_id in zip(ready, new_ids, strict=True):
                    ids[id(entry)] = new_id
                    if section.has_ref:
                        refs[section.key][entry["ref"]] = new_id
                waiting = [e for e in waiting if id(e) not in ids]
            if section.key == "decisions":
                self._decision_parts(entries, [ids[id(e)] for e in entries])

    def _refers_back(
        self, section: f.OutputSection, entry: dict[str, Any], refs: dict[str, Any]
    ) -> str | None:
        """The reference of this section the entry names that is not written yet."""
        for key, _column, target in section.refs:
            if target == section.key and entry[key] not in refs[target]:
                return str(entry[key])
        return None

    def _output_row(
        self, section: f.OutputSection, entry: dict[str, Any], refs: dict[str, Any]
    ) -> dict[str, Any]:
        row = {
            "workshop_id": self.id,
            "item_id": self.items[entry["item"]],
            **_values(f.OUTPUT_FIELDS + section.fields, entry),
        }
        for key, column, target in section.refs:
            row[column] = refs[target][entry[key]]
        if section.key == "photos":
            row["content"] = self.photos[entry["file"]]
        return row

    def _decision_parts(self, entries: list[dict[str, Any]], ids: list[int]) -> None:
        objections = [
            {"decision_id": decision_id, "position": index, **_values(f.OBJECTION_FIELDS, o)}
            for decision_id, entry in zip(ids, entries, strict=True)
            for index, o in enumerate(entry["objections"])
        ]
        _insert(self.session, models.Objection, objections)
        parts = [
            {
                "decision_id": decision_id,
                "position": index,
                "participant_id": self.people[e["participant"]],
                **_values(f.ENTRY_FIELDS, e),
            }
            for decision_id, entry in zip(ids, entries, strict=True)
            for index, e in enumerate(entry["entries"])
        ]
        _insert(self.session, models.DecisionEntry, parts)

    def _evaluation(self) -> None:
        entries = self.d["evaluation"].get("sheets", [])
        sheet_ids = _insert(
            self.session,
            models.EvaluationSheet,
            [
                {
                    "workshop_id": self.id,
                    "participant_id": self.people[s["participant"]],
                    **_values(f.SHEET_FIELDS, s),
                }
                for s in entries
            ],
        )
        sheets: dict[str | None, int | None] = {None: None}
        sheets.update({s["ref"]: i for s, i in zip(entries, sheet_ids, strict=True)})
        quiz = self.d["evaluation"]["quiz"]
        rows = [
            {
                "workshop_id": self.id,
                "position": index,
                "choices": q["choices"],
                "correct": q["correct"],
                **_values(f.QUIZ_FIELDS, q),
            }
            for index, q in enumerate(quiz)
        ]
        question_ids = _insert(self.session, models.QuizQuestion, rows)
        answers = [
            {
                "question_id": qid,
                "participant_id": self.people[a["participant"]],
                "chosen": a["chosen"],
                "sheet_id": sheets[a.get("sheet")],
                **_values(f.ANSWER_FIELDS, a),
            }
            for qid, q in zip(question_ids, quiz, strict=True)
            for a in q["answers"]
        ]
        _insert(self.session, models.QuizAnswer, answers)
        satisfaction = [
            {
                "workshop_id": self.id,
                "participant_id": self.people[r["participant"]],
                "sheet_id": sheets[r.get("sheet")],
                **_values(f.SATISFACTION_FIELDS, r),
            }
            for r in self.d["evaluation"]["satisfaction"]
        ]
        _insert(self.session, models.SatisfactionResponse, satisfaction)
