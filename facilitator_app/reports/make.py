"""Make one printed document of a workshop: the one entry the Reports menu, the `report`
command and the tests use. Reads the document's data (services.reports), lays it out
(facilitator_app.reports.<document>) and writes it atomically; long work steps `progress`
and stops when it is cancelled (nothing is left half-written)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, tzinfo
from pathlib import Path

from facilitator_app.errors import UserError
from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.registry import (
    CODEV,
    DOCUMENTS,
    TRAINING,
    DocumentSpec,
    find_document,
    workshop_kinds,
)
from facilitator_app.storage.database import Database


@dataclass(frozen=True)
class ReportRequest:
    kind: str
    language: str | None = None  # None: the workshop's language
    anonymous: bool = False
    items: tuple[int, ...] | None = None  # None: every item
    attestation: bool = False
    per_participant: bool = False
    made_on: date | None = None  # the date printed as the day it was made (today)
    tz: tzinfo | None = field(default=None, compare=False)


def documents_for(db: Database, workshop_id: int) -> list[DocumentSpec]:
    """The documents that apply to this workshop, in menu order."""
    kinds = kinds_of(db, workshop_id)
    return [d for d in DOCUMENTS if d.applies(kinds)]


def kinds_of(db: Database, workshop_id: int) -> frozenset[str]:
    from facilitator_app.services.reports.facts import has_codev, tool_ids, workshop_facts

    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        tools = tool_ids(session, workshop_id)
        if has_codev(session, workshop_id):
            tools.append("codev")
        return workshop_kinds(facts.is_training, tools)


def _refuse(spec: DocumentSpec) -> UserError:
    if TRAINING in spec.applies_to:
        return UserError(
            "certificates are for a training action: choose the nature of the action on the "
            "workshop's overview page first"
        )
    if CODEV in spec.applies_to:
        return UserError("the client's summary needs a co-development session on the agenda")
    return UserError("this document does not apply to this workshop")


def make_report(
    db: Database,
    workshop_id: int,
    request: ReportRequest,
    path: str | Path,
    progress: Progress = NO_PROGRESS,
) -> list[Path]:
    """Write the document to `path` (a folder for one file per participant); returns the
    files written."""
    try:
        spec = find_document(request.kind)
    except KeyError:
        raise UserError("unknown document {kind!r}", kind=request.kind) from None
    if not spec.applies(kinds_of(db, workshop_id)):
        raise _refuse(spec)
    progress.step(0, 100, spec.label)
    target = Path(path)
    language = request.language
    kind = request.kind
    if kind == "attendance":
        from facilitator_app.reports.attendance import render_attendance
        from facilitator_app.services.reports.attendance import attendance_data

        data = attendance_data(db, workshop_id, request.tz)
        return [render_attendance(data, target, language, progress.part(0.05, 1.0))]
    if kind == "certificates":
        from facilitator_app.reports import certificates
        from facilitator_app.services.reports.certificates import certificate_data

        found = certificate_data(db, workshop_id, request.tz)
        rest = progress.part(0.05, 1.0)
        if request.per_participant:
            return certificates.render_each(
                found,
                target,
                language,
                attestation=request.attestation,
                made_on=request.made_on,
                progress=rest,
            )
        return [
            certificates.render_certificates(
                found,
                target,
                language,
                attestation=request.attestation,
                made_on=request.made_on,
                progress=rest,
            )
        ]
    if kind == "evaluation-form":
        from facilitator_app.reports.evaluation_form import render_evaluation_form
        from facilitator_app.services.evaluation import form_plan
        from facilitator_app.services.reports.facts import workshop_facts

        with db.reading() as session:
            facts = workshop_facts(session, workshop_id)
        plan = form_plan(db, workshop_id)
        return [render_evaluation_form(facts, plan, target, language, progress)]
    if kind == "satisfaction":
        from facilitator_app.reports.satisfaction import render_satisfaction
        from facilitator_app.services.reports.satisfaction import satisfaction_data

        report = satisfaction_data(db, workshop_id, request.made_on)
        return [render_satisfaction(report, target, language, progress)]
    if kind == "decisions":
        from facilitator_app.reports.registers import render_decisions
        from facilitator_app.services.reports.registers import decision_register

        return [render_decisions(decision_register(db, workshop_id), target, language, progress)]
    if kind == "groups":
        from facilitator_app.reports.registers import render_groups
        from facilitator_app.services.reports.registers import group_lists

        return [render_groups(group_lists(db, workshop_id), target, language, progress)]
    if kind == "methods":
        return [_methods(db, workshop_id, target, language, progress)]
    from facilitator_app.reports import summary

    return summary.make(db, workshop_id, request, target, progress)


def _methods(
    db: Database, workshop_id: int, target: Path, language: str | None, progress: Progress
) -> Path:
    from facilitator_app.errors import NotFoundError
    from facilitator_app.reports.registers import render_methods
    from facilitator_app.services.library import find_tool
    from facilitator_app.services.reports.facts import tool_ids, workshop_facts

    with db.reading() as session:
        facts = workshop_facts(session, workshop_id)
        ids = tool_ids(session, workshop_id)
    tools = []
    for tool_id in ids:
        try:
            tools.append(find_tool(db, tool_id))
        except NotFoundError:
            continue  # a user's tool deleted since: the item keeps its phases, not its sheet
    return render_methods(facts, tools, target, language, progress)
