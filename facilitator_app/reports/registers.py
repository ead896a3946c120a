"""The decision register (every decision of the workshop with its proposal, objections, how
each was integrated, the outcome and the review date), the group and table lists (every split,
and for a rotation who sits where at each round), and the method sheets of the methods the
agenda uses, in agenda order."""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    TableStyle,
)

from facilitator_app.capture.words import word
from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.base import GREY, LIGHT, Table
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.services.reports.facts import WorkshopFacts
from facilitator_app.services.reports.registers import DecisionEntry, DecisionRegister, GroupLists
from facilitator_app.tools.model import Tool

KINDS = ("consent", "election", "vote", "other")
OUTCOMES = ("pending", "adopted", "amended", "withdrawn", "postponed")


def _grid() -> TableStyle:
    return TableStyle(
        [
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
            ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
            ("TOPPADDING", (0, 0), (-1, -1), 2),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ]
    )


class DecisionRegisterDocument(WorkshopDocument):
    name_key = "decisions_title"

    def __init__(self, data: DecisionRegister, language: str | None = None) -> None:
        super().__init__(data.facts, language)
        self.data = data

    def story(self) -> list[Flowable]:
        w = self.words
        story: list[Flowable] = [
            self.para(w("decisions_title"), "title", user=False),
            self.para(self.facts.title, "subtitle"),
        ]
        if not self.data.decisions:
            return [*story, self.para(w("no_decision"), user=False)]
        for number, decision in enumerate(self.data.decisions, start=1):
            story += self._decision(number, decision)
        return story

    def _decision(self, number: int, d: DecisionEntry) -> list[Flowable]:
        w = self.words
        kind = d.kind if d.kind in KINDS else "other"
        outcome = d.outcome if d.outcome in OUTCOMES else "pending"
        title = d.title or w(f"kind_{kind}")
        facts = [w(f"kind_{kind}"), w.short_day(d.decided_on) if d.decided_on else ""]
        if d.item_title:
            facts.append(f"{w('decision_item')} {w.user(d.item_title)}")
        head = [
            Paragraph(f"<b>{number}. {self.markup(title, limit=300)}</b>", self.styles["heading"]),
            self.para(" · ".join(f for f in facts if f), "muted", user=False),
        ]
        lines: list[Flowable] = []
        if d.proposal:
            lines.append(self._field("decision_proposal", d.proposal))
        if d.amended_proposal:
            lines.append(self._field("decision_amended", d.amended_proposal))
        outcome_text = w(f"outcome_{outcome}")
        if d.review_on:
            outcome_text += " — " + w("decision_review", day=w.day(d.review_on))
        lines.append(self.labelled("decision_outcome", escape(outcome_text)))
        if d.objections:
            lines.append(self.para(w("objections"), "small-bold", user=False))
            for objection in d.objections:
                author = w.user(objection.author) or w("anonymous")
                text = w("objection_line", author=author, text=w.user(objection.text[:1500]))
                if objection.status:
                    text += f" ({word('objection_status', objection.status, self.language)})"
                lines.append(Paragraph(escape(text), self.styles["small"], bulletText="–"))
                if objection.integration:
                    lines.append(
                        Paragraph(
                            escape(
                                w(
                                    "objection_integration",
                                    text=w.user(objection.integration[:1500]),
                                )
                            ),
                            self.styles["small"],
                        )
                    )
        return [KeepTogether([*head, *lines[:2]]), *lines[2:], Spacer(1, 2 * mm)]

    def _field(self, key: str, text: str) -> Paragraph:
        return self.labelled(key, self.markup(text))


class GroupListsDocument(WorkshopDocument):
    name_key = "groups_title"

    def __init__(self, data: GroupLists, language: str | None = None) -> None:
        super().__init__(data.facts, language)
        self.data = data

    def story(self) -> list[Flowable]:
        w = self.words
        width, _ = self.frame_size()
        story: list[Flowable] = [
            self.para(w("groups_title"), "title", user=False),
            self.para(self.facts.title, "subtitle"),
        ]
        if not self.data.sets:
            return [*story, self.para(w("no_groups"), user=False)]
        for number, group_set in enumerate(self.data.sets, start=1):
            name = group_set.name or w("round_n", n=number)
            item = self.data.item_titles.get(group_set.item_id or 0, "")
            story.append(self.para(name + (f" — {item}" if item else ""), "section"))
            cells = []
            for group in group_set.groups:
                members = [
                    self.markup(n + (f" ({o})" if o else ""), limit=300)
                    for n, o in zip(
                        group.member_names,
                        group.member_organisations or ("",) * len(group.member_names),
                        strict=False,
                    )
                ]
                cells.append(
                    [
                        Paragraph(
                            f"<b>{self.markup(group.label, limit=100)}</b><br/>"
                            f"{escape(w('group_members', n=len(members)))}",
                            self.styles["cell"],
                        ),
                        Paragraph("<br/>".join(members) or "—", self.styles["cell"]),
                    ]
                )
            table = Table(cells, colWidths=[width * 0.25, width * 0.75], hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [
                        ("VALIGN", (0, 0), (-1, -1), "TOP"),
                        ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
                    ]
                )
            )
            story.append(table)
        if len(self.data.sets) > 1:
            story += self._who_sits_where(width)
        return story

    def _who_sits_where(self, width: float) -> list[Flowable]:
        """One row per person, one column per round: where to go next, at a glance."""
        w = self.words
        sets = self.data.sets
        names: dict[int, str] = {}
        seats: dict[int, list[str]] = {}
        for index, group_set in enumerate(sets):
            for group in group_set.groups:
                for person, name in zip(group.member_ids, group.member_names, strict=False):
                    names[person] = name
                    seats.setdefault(person, [""] * len(sets))[index] = group.label
        if not names:
            return []
        columns = min(len(sets), 8)
        head = [Paragraph(f"<b>{escape(w('participant'))}</b>", self.styles["cell"])] + [
            Paragraph(
                f"<b>{self.markup(s.name or w('round_n', n=n), limit=60)}</b>", self.styles["cell"]
            )
            for n, s in enumerate(sets[:columns], start=1)
        ]
        rows = [
            [Paragraph(self.markup(names[p], limit=200), self.styles["cell"])]
            + [
                Paragraph(self.markup(seat, limit=100), self.styles["cell"])
                for seat in seats[p][:columns]
            ]
            for p in sorted(names, key=lambda p: names[p].casefold())
        ]
        first = width * 0.34
        table = Table(
            [head, *rows],
            colWidths=[first] + [(width - first) / columns] * columns,
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(_grid())
        return [PageBreak(), self.para(w("who_sits_where"), "section", user=False), table]


class MethodSheets(WorkshopDocument):
    """The sheets of the methods the agenda uses, each starting on its own page."""

    name_key = "methods_title"

    def __init__(self, facts: WorkshopFacts, tools: list[Tool], language: str | None = None):
        super().__init__(facts, language)
        self.tools = tools

    def story(self) -> list[Flowable]:
        from facilitator_app.reports.method_sheet import MethodSheet

        if not self.tools:
            return [
                self.para(self.words("methods_title"), "title", user=False),
                self.para(self.words("no_method"), user=False),
            ]
        story: list[Flowable] = []
        for tool in self.tools:
            if story:
                story.append(PageBreak())
            story += MethodSheet(tool, self.language).story()
        return story


def render_decisions(
    data: DecisionRegister,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return DecisionRegisterDocument(data, language).render(path, progress)


def render_groups(
    data: GroupLists,
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return GroupListsDocument(data, language).render(path, progress)


def render_methods(
    facts: WorkshopFacts,
    tools: list[Tool],
    path: str | Path,
    language: str | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    return MethodSheets(facts, tools, language).render(path, progress)
