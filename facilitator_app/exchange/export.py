"""Workshop to document: every table that belongs to one workshop, with local references
instead of database ids and a canonical order, so the same workshop gives the same file."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from facilitator_app import __version__, models
from facilitator_app.atomic import atomic_path
from facilitator_app.errors import NotFoundError
from facilitator_app.exchange import format as f
from facilitator_app.models import utcnow

CUSTOM_PREFIX = "custom:"
_PREFIX = {"card_clusters": "k", "cards": "c", "vote_sessions": "v", "tool_records": "r"}


def _row(fields: tuple[f.Field, ...], obj: Any) -> dict[str, Any]:
    row = {}
    for field in fields:
        value = f.to_json(field, getattr(obj, field.column))
        if not (field.optional and value == field.default):
            row[field.column] = value
    return row


def build_document(session: Session, workshop_id: int) -> tuple[dict[str, Any], dict[str, bytes]]:
    """The workshop.json document and the photo files it names (name -> content)."""
    return _Exporter(session, workshop_id).document()


class _Exporter:
    def __init__(self, session: Session, workshop_id: int) -> None:
        self.session = session
        self.workshop = session.get(models.Workshop, workshop_id)
        if self.workshop is None or self.workshop.deleted_at is not None:
            raise NotFoundError("workshop {workshop_id} does not exist", workshop_id=workshop_id)
        self.id = workshop_id
        self.people: dict[int, str] = {}
        self.days: dict[int, str] = {}
        self.items: dict[int, str] = {}
        self.item_order: dict[int, int] = {}
        self.photos: dict[str, bytes] = {}

    def _all(self, model: Any, *where: Any, order: Any = None) -> list[Any]:
        query = select(model).where(*where).order_by(*(order or (model.id,)))
        return list(self.session.scalars(query))

    def document(self) -> tuple[dict[str, Any], dict[str, bytes]]:
        participants = self._participants()
        days = self._days()
        document = {
            "format": f.FORMAT,
            "format_version": f.FORMAT_VERSION,
            "exported_at": utcnow().replace(microsecond=0).isoformat(),
            "app_version": __version__,
            "workshop": _row(f.WORKSHOP_FIELDS, self.workshop),
            "participants": participants,
            "days": days,
            "custom_tools": self._custom_tools(days),
            "attendance": self._attendance(),
            "group_sets": self._group_sets(),
            "outputs": self._outputs(),
            "evaluation": self._evaluation(),
        }
        return document, self.photos

    def _participants(self) -> list[dict[str, Any]]:
        result = []
        for person in self._all(models.Participant, models.Participant.workshop_id == self.id):
            ref = f"p{len(self.people) + 1}"
            self.people[person.id] = ref
            result.append({"ref": ref, **_row(f.PARTICIPANT_FIELDS, person)})
        return result

    def _days(self) -> list[dict[str, Any]]:
        days = self._all(
            models.Day,
            models.Day.workshop_id == self.id,
            order=(models.Day.position, models.Day.id),
        )
        items = self._all(
            models.AgendaItem,
            models.AgendaItem.day_id.in_([d.id for d in days]),
            order=(models.AgendaItem.position, models.AgendaItem.id),
        )
        roles = self._all(
            models.RoleAssignment, models.RoleAssignment.item_id.in_([i.id for i in items])
        )
        result = []
        for day in days:
            self.days[day.id] = ref = f"d{len(self.days) + 1}"
            day_items = []
            for item in (i for i in items if i.day_id == day.id):
                self.items[item.id] = item_ref = f"i{len(self.items) + 1}"
                self.item_order[item.id] = len(self.item_order)
                day_items.append(
                    {
                        "ref": item_ref,
                        **_row(f.ITEM_FIELDS, item),
                        "phases": f.to_json(f.Field("phases", f.OBJECT), item.phases),
                        "roles": [
                            {
                                **_row(f.ROLE_FIELDS, role),
                                "participant": self.people.get(role.participant_id or 0),
                            }
                            for role in roles
                            if role.item_id == item.id
                        ],
                    }
                )
            result.append({"ref": ref, **_row(f.DAY_FIELDS, day), "items": day_items})
        return result

    def _custom_tools(self, days: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """The user's tools the agenda uses. An item whose tool was deleted since keeps its
        own copy of the phases; the file says it has no tool rather than naming a missing one."""
        used = sorted(
            {
                item["tool_id"].removeprefix(CUSTOM_PREFIX)
                for day in days
                for item in day["items"]
                if (item["tool_id"] or "").startswith(CUSTOM_PREFIX)
            }
        )
        tools = self._all(models.CustomTool, models.CustomTool.uid.in_(used))
        missing = {CUSTOM_PREFIX + uid for uid in set(used) - {tool.uid for tool in tools}}
        for day in days:
            for item in day["items"]:
                if item["tool_id"] in missing:
                    item["tool_id"] = None
        return [
            {
                "uid": tool.uid,
                "based_on": tool.based_on,
                "definition": f.to_json(f.Field("d", f.OBJECT), tool.definition),
            }
            for tool in sorted(tools, key=lambda tool: tool.uid)
        ]

    def _attendance(self) -> list[dict[str, Any]]:
        rows = self._all(models.Attendance, models.Attendance.participant_id.in_(list(self.people)))
        result = [
            {
                "participant": self.people[row.participant_id],
                "day": self.days[row.day_id],
                **_row(f.ATTENDANCE_FIELDS, row),
            }
            for row in rows
            if row.day_id in self.days
        ]
        order = {ref: index for index, ref in enumerate(self.people.values())}
        days = {ref: index for index, ref in enumerate(self.days.values())}
        result.sort(key=lambda r: (days[r["day"]], r["half_day"], order[r["participant"]]))
        return result

    def _group_sets(self) -> list[dict[str, Any]]:
        sets = self._all(models.GroupSet, models.GroupSet.workshop_id == self.id)
        groups = self._all(
            models.Group,
            models.Group.group_set_id.in_([g.id for g in sets]),
            order=(models.Group.position, models.Group.id),
        )
        members = list(
            self.session.execute(
                select(models.GroupMember.group_id, models.GroupMember.participant_id).where(
                    models.GroupMember.group_id.in_([g.id for g in groups])
                )
            )
        )
        order = {pid: index for index, pid in enumerate(self.people)}
        result = []
        for group_set in sets:
            entry = {
                "item": self.items.get(group_set.item_id or 0),
                **_row(f.GROUP_SET_FIELDS, group_set),
                "groups": [
                    {
                        "label": group.label,
                        "members": [
                            self.people[pid]
                            for pid in sorted(
                                (pid for gid, pid in members if gid == group.id),
                                key=order.__getitem__,
                            )
                        ],
                    }
                    for group in groups
                    if group.group_set_id == group_set.id
                ],
            }
            result.append(entry)
        return result

    def _outputs(self) -> dict[str, list[dict[str, Any]]]:
        outputs: dict[str, list[dict[str, Any]]] = {}
        refs: dict[str, dict[int, str]] = {"participants": self.people, "items": self.items}
        for section in f.OUTPUT_SECTIONS:
            model = getattr(models, section.model)
            rows = self._all(model, model.workshop_id == self.id)
            rows = self._in_order(rows)
            own: dict[int, str] = {}
            if section.has_ref:
                prefix = _PREFIX.get(section.key, "x")
                own = {row.id: f"{prefix}{index + 1}" for index, row in enumerate(rows)}
            refs[section.key] = own
            entries = []
            for row in rows:
                entry = {
                    "item": self.items.get(row.item_id or 0),
                    **_row(f.OUTPUT_FIELDS + section.fields, row),
                }
                if section.has_ref:
                    entry["ref"] = own[row.id]
                for key, column, target in section.refs:
                    entry[key] = refs[target].get(getattr(row, column) or 0)
                if section.key == "decisions":
                    self._decision_parts(row, entry)
                if section.key == "photos":
                    digest = hashlib.sha256(row.content).hexdigest()
                    entry["file"] = name = f.photo_file_name(digest, row.media_type)
                    self.photos[name] = row.content
                entries.append(entry)
            outputs[section.key] = entries
        return outputs

    def _in_order(self, rows: list[Any]) -> list[Any]:
        """Agenda order, then the room's own order (position), then age; a record that
        belongs to another (a session's entries) right after the records of its parent."""

        def place(row: Any) -> tuple[Any, ...]:
            return (self.item_order.get(row.item_id, -1), row.group_label, row.position, row.id)

        by_id = {row.id: row for row in rows}

        def key(row: Any) -> tuple[Any, ...]:
            parent = by_id.get(getattr(row, "parent_id", None) or 0)
            return (place(parent or row), parent is not None, place(row))

        return sorted(rows, key=key)

    def _decision_parts(self, row: Any, entry: dict[str, Any]) -> None:
        entry["objections"] = [
            _row(f.OBJECTION_FIELDS, o)
            for o in sorted(row.objections, key=lambda o: (o.position, o.id))
        ]
        parts = self._all(
            models.DecisionEntry,
            models.DecisionEntry.decision_id == row.id,
            order=(models.DecisionEntry.position, models.DecisionEntry.id),
        )
        entry["entries"] = [
            {**_row(f.ENTRY_FIELDS, e), "participant": self.people.get(e.participant_id or 0)}
            for e in parts
        ]

    def _evaluation(self) -> dict[str, list[dict[str, Any]]]:
        questions = self._all(
            models.QuizQuestion,
            models.QuizQuestion.workshop_id == self.id,
            order=(models.QuizQuestion.position, models.QuizQuestion.id),
        )
        answers = self._all(
            models.QuizAnswer, models.QuizAnswer.question_id.in_([q.id for q in questions])
        )
        sheets: dict[int, str] = {}
        sheet_rows = []
        for sheet in self._all(
            models.EvaluationSheet,
            models.EvaluationSheet.workshop_id == self.id,
            order=(models.EvaluationSheet.number, models.EvaluationSheet.id),
        ):
            sheets[sheet.id] = ref = f"s{len(sheets) + 1}"
            sheet_rows.append(
                {
                    "ref": ref,
                    **_row(f.SHEET_FIELDS, sheet),
                    "participant": self.people.get(sheet.participant_id or 0),
                }
            )
        quiz = [
            {
                **_row(f.QUIZ_FIELDS, q),
                "choices": list(q.choices or []),
                "correct": list(q.correct or []),
                "answers": [
                    {
                        **_row(f.ANSWER_FIELDS, a),
                        "participant": self.people.get(a.participant_id or 0),
                        "chosen": list(a.chosen or []),
                        "sheet": sheets.get(a.sheet_id or 0),
                    }
                    for a in answers
                    if a.question_id == q.id
                ],
            }
            for q in questions
        ]
        satisfaction = [
            {
                **_row(f.SATISFACTION_FIELDS, r),
                "participant": self.people.get(r.participant_id or 0),
                "sheet": sheets.get(r.sheet_id or 0),
            }
            for r in self._all(
                models.SatisfactionResponse, models.SatisfactionResponse.workshop_id == self.id
            )
        ]
        return {"quiz": quiz, "satisfaction": satisfaction, "sheets": sheet_rows}


def write_workshop_file(path: Path, document: dict[str, Any], photos: dict[str, bytes]) -> None:
    """Atomic: a temporary file in the same folder, renamed over the target when complete."""
    with (
        atomic_path(Path(path)) as temporary,
        zipfile.ZipFile(temporary, "w", zipfile.ZIP_DEFLATED) as archive,
    ):
        archive.writestr(_entry(f.DOCUMENT_NAME), f.canonical_json(document))
        for name in sorted(photos):
            # Photos are compressed already; storing them saves time for nothing lost.
            archive.writestr(_entry(name), photos[name], compress_type=zipfile.ZIP_STORED)


def _entry(name: str) -> zipfile.ZipInfo:
    # A fixed date keeps the bytes of the archive the same for the same content.
    info = zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    return info
