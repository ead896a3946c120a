"""A co-development session's private summary, for its client only and apart from the group's
report: the problem as the client put it, the contract (the help asked for), the consultants'
questions and suggestions (their authors only when the session chose to write them), the
client's synthesis and action plan (what, resources, by when, indicator, follow-up). A series
of sessions gives one file per client: nobody receives another's."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, TableStyle

from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.reports.base import GREY, LIGHT, Table
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.reports.outputs import groups_of
from facilitator_app.services.capture.query import Section
from facilitator_app.services.reports.summary import SummaryData
from facilitator_app.text import safe_file_name

TEXT_PARTS = ("problem", "contract")
LISTED_PARTS = ("question", "suggestion")


class ClientSummary(WorkshopDocument):
    name_key = "codev_title"

    def __init__(self, data: SummaryData, rows: list[dict], language: str | None = None):
        super().__init__(data.facts, language)
        self.data = data
        self.rows = rows  # one session's rows

    def client(self) -> str:
        return str(self.rows[0].get("client") or "") if self.rows else ""

    def footer_text(self) -> str:
        return self.words("confidential", client=self.words.user(self.client() or "—"))

    def story(self) -> list[Flowable]:
        from facilitator_app.capture.words import word

        w = self.words
        story: list[Flowable] = [
            self.para(w("codev_title"), "title", user=False),
            self.para(
                w("confidential", client=w.user(self.client() or "—")), "subtitle", user=False
            ),
        ]
        if not self.rows:
            return [*story, self.para(w("no_codev"), user=False)]
        head = self.rows[0]
        if head.get("item"):
            story.append(self.para(str(head["item"]), "muted"))
        by_part: dict[str, list[dict]] = {}
        for row in self.rows:
            by_part.setdefault(str(row.get("part") or ""), []).append(row)
        for part in ("problem", "question", "contract", "suggestion", "synthesis"):
            rows = [r for r in by_part.get(part, []) if r.get("text")]
            if not rows:
                continue
            story.append(self.para(word("codev_part", part, self.language), "heading", user=False))
            for row in rows:
                author = str(row.get("author") or "")
                text = str(row["text"]) + (f" ({author})" if author else "")
                bullet = "•" if part in LISTED_PARTS else None
                story.append(Paragraph(self.markup(text), self.styles["body"], bulletText=bullet))
        plan = by_part.get("plan", [])
        if plan:
            story.append(
                self.para(word("codev_part", "plan", self.language), "heading", user=False)
            )
            story.append(self._plan(plan))
        return story

    def _plan(self, rows: list[dict]) -> Table:
        w = self.words
        width, _ = self.frame_size()
        keys = ("what", "resources", "by_when", "indicator", "follow_up")
        fields = ("text", "resources", "due", "indicator", "follow_up")
        head = [Paragraph(f"<b>{escape(w(k))}</b>", self.styles["cell"]) for k in keys]
        body = []
        for row in rows:
            cells = []
            for key in fields:
                value = row.get(key)
                text = w.short_day(value) if hasattr(value, "year") else str(value or "")
                cells.append(Paragraph(self.markup(text, limit=800), self.styles["cell"]))
            body.append(cells)
        table = Table(
            [head, *body],
            colWidths=[width * f for f in (0.36, 0.18, 0.14, 0.18, 0.14)],
            repeatRows=1,
            hAlign="LEFT",
        )
        table.setStyle(
            TableStyle(
                [
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY),
                    ("BACKGROUND", (0, 0), (-1, 0), LIGHT),
                ]
            )
        )
        return table


def _sessions(data: SummaryData) -> list[list[dict]]:
    sections: list[Section] = [s for o in data.items for s in o.sections if s.kind.id == "codev"]
    sections += [s for s in data.loose if s.kind.id == "codev"]
    return [rows for section in sections for rows in groups_of(section.rows)]


def _file_name(index: int, client: str) -> str:
    return f"{index:02d} {safe_file_name(client, 60, 'client')}.pdf"


def render_codev(
    data: SummaryData, target: Path, language: str | None = None, progress: Progress = NO_PROGRESS
) -> list[Path]:
    """One session: the file `target`; several: one file each in the folder `target`."""
    sessions = _sessions(data)
    if len(sessions) <= 1:
        rows = sessions[0] if sessions else []
        return [ClientSummary(data, rows, language).render(target, progress)]
    target.mkdir(parents=True, exist_ok=True)
    written = []
    for index, rows in enumerate(sessions, start=1):
        document = ClientSummary(replace(data), rows, language)
        written.append(document.render(target / _file_name(index, document.client())))
        progress.step(index, len(sessions))
    return written
