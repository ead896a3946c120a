"""What the room produced, printed kind by kind (the capture registry's sections): the weather
as a chart, notes by group, cards by cluster, each ranking as a bar chart (options without a
vote kept), the audience's coloured cards as a split, decisions with their rounds and
objections, elections, the desert-island kit, the collaborative portrait, actions and photos.
A kind without its own layout prints its columns as a table, so nothing captured is lost.

`limit` keeps the first rows of each section (the handout)."""

from __future__ import annotations

import io
from collections.abc import Callable
from xml.sax.saxutils import escape

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Spacer, TableStyle

from facilitator_app.capture.table import cell
from facilitator_app.capture.words import VOCABULARIES, word
from facilitator_app.reports.base import GREY, LIGHT, Table
from facilitator_app.reports.charts import bar_charts, split_chart
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.services.capture.query import Section

Row = dict


def marked(vocabulary: str, code: str, language: str) -> str:
    """A coded value with its symbol ("☀ Soleil"): never a colour or a shape alone."""
    found = VOCABULARIES[vocabulary].get(code)
    return found.marked(language) if found is not None else code


def groups_of(rows: tuple[Row, ...], key: str = "_group") -> list[list[Row]]:
    """Rows that belong together (a decision's rounds), in their order."""
    found: dict[object, list[Row]] = {}
    for row in rows:
        found.setdefault(row.get(key) or row.get("_id"), []).append(row)
    return list(found.values())


class OutputPrinter:
    def __init__(self, document: WorkshopDocument, limit: int | None = None) -> None:
        self.doc = document
        self.w = document.words
        self.language = document.language
        self.limit = limit
        self.width, _ = document.frame_size()

    # -- helpers -------------------------------------------------------------------------------
    def p(self, text: str, style: str = "body", bullet: str | None = None) -> Paragraph:
        return Paragraph(self.doc.markup(text), self.doc.styles[style], bulletText=bullet)

    def head(self, section: Section) -> Paragraph:
        return Paragraph(
            f"<b>{escape(section.kind.label.text(self.language))}</b>", self.doc.styles["heading"]
        )

    def rows(self, rows: list[Row] | tuple[Row, ...]) -> tuple[list[Row], int]:
        """The rows to print and how many are left out."""
        rows = list(rows)
        if self.limit is None or len(rows) <= self.limit:
            return rows, 0
        return rows[: self.limit], len(rows) - self.limit

    def more(self, left: int) -> list[Flowable]:
        return [self.p(self.w.count("and_more", left, n=left), "muted")] if left else []

    def text(self, section: Section, row: Row, key: str) -> str:
        column = next((c for c in section.kind.columns if c.key == key), None)
        if column is None:
            return str(row.get(key) or "")
        return cell(column, row.get(key), self.language, section.labels.get(key, {}))

    # -- the dispatcher ------------------------------------------------------------------------
    def section(self, section: Section) -> list[Flowable]:
        printer: Callable[[Section], list[Flowable]] = getattr(
            self, f"_{section.kind.id}", self._table
        )
        body = printer(section)
        if not body:
            return []
        # The heading stays with what starts the section. A KeepTogether inside another
        # reports an endless height (ReportLab's way to force a split): the page would break
        # before it however much room is left, so a kept group gives its parts instead.
        first: list[Flowable] = []
        for flowable in body[:2]:
            first += flowable._content if isinstance(flowable, KeepTogether) else [flowable]
        return [KeepTogether([self.head(section), *first]), *body[2:]]

    # -- kinds ---------------------------------------------------------------------------------
    def _weather(self, section: Section) -> list[Flowable]:
        counts: dict[str, int] = {}
        for row in section.rows:
            counts[row.get("weather") or ""] = counts.get(row.get("weather") or "", 0) + 1
        order = [code for code in VOCABULARIES["weather"] if code in counts]
        order += [code for code in counts if code not in order]
        lines: list[Flowable] = list(
            bar_charts(
                [
                    (marked("weather", code, self.language) if code else "—", counts[code])
                    for code in order
                ],
                self.width,
                label_share=0.3,
            )
        )
        shown, left = self.rows([r for r in section.rows if r.get("comment")])
        for row in shown:
            who = str(row.get("participant") or "")
            weather = marked("weather", str(row.get("weather") or ""), self.language)
            lines.append(
                self.p(
                    f"{who + ' — ' if who else ''}{weather} : {row['comment']}"
                    if self.language == "fr"
                    else f"{who + ' — ' if who else ''}{weather}: {row['comment']}",
                    "small",
                    "–",
                )
            )
        return lines + self.more(left)

    def _note(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        for rows in groups_of(section.rows, "group"):
            group = str(rows[0].get("group") or "")
            if group:
                lines.append(self.p(group, "small-bold"))
            shown, left = self.rows(rows)
            for row in shown:
                scribe = str(row.get("scribe") or "")
                lines.append(
                    self.p(
                        str(row.get("text") or "") + (f" ({scribe})" if scribe else ""), "body", "•"
                    )
                )
            lines += self.more(left)
        return lines

    def _card(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        clusters: dict[str, list[Row]] = {}
        for row in section.rows:
            clusters.setdefault(str(row.get("cluster") or ""), []).append(row)
        names = [n for n in clusters if n] + ([""] if "" in clusters else [])
        for name in names:
            rows = clusters[name]
            count = self.w.count("cards_n", len(rows), n=len(rows))
            title = name if name else (self.w("not_clustered") if len(names) > 1 else "")
            if title:
                lines.append(self.p(f"{title} ({count})", "small-bold"))
            shown, left = self.rows(rows)
            for row in shown:
                colour = marked("card_colour", str(row.get("colour") or ""), self.language)
                extra = [self.text(section, row, "category")] if row.get("category") else []
                if row.get("author"):
                    extra.append(str(row["author"]))
                suffix = f" ({', '.join(extra)})" if extra else ""
                symbol = colour.split(" ")[0] if colour else "•"
                lines.append(self.p(f"{row.get('text') or ''}{suffix}", "body", symbol))
            lines += self.more(left)
        return lines

    def _cluster(self, section: Section) -> list[Flowable]:
        return []  # the cards are printed under their clusters

    def _ranking(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        for rows in groups_of(section.rows):
            session = str(rows[0].get("session") or "")
            if session:
                lines.append(self.p(session, "small-bold"))
            ordered = sorted(rows, key=lambda r: r.get("rank") or 10**6)
            shown, left = self.rows(ordered)
            chart_rows: list[tuple[str, float] | tuple[str, float, str]] = []
            for row in shown:
                total = float(row.get("total") or 0)
                written = self.w.decimal(total, 0 if total == int(total) else 1)
                mean = row.get("mean")
                votes = int(row.get("votes") or 0)
                if mean is not None and votes > 1 and float(mean) != total:  # scores
                    written += " · " + self.w("mean_of", mean=self.w.decimal(float(mean)))
                label = f"{row.get('rank') or ''}. {row.get('option') or ''}"
                chart_rows.append((self.w.user(label), total, written))
            lines += bar_charts(chart_rows, self.width)
            lines += self.more(left)
        return lines

    def _poll(self, section: Section) -> list[Flowable]:
        """Each question, then how the room's cards split (counted or estimated)."""
        lines: list[Flowable] = []
        for rows in groups_of(section.rows):
            question = str(rows[0].get("question") or "")
            estimated = rows[0].get("estimate") == "yes"
            counts = [
                round(float((r.get("share") if estimated else r.get("count")) or 0)) for r in rows
            ]
            legend = [
                marked("poll_colour", str(r.get("colour") or ""), self.language) for r in rows
            ]
            note = f" ({self.w('estimated')})" if estimated else ""
            lines.append(self.p(question + note, "small"))
            lines.append(split_chart([("", counts)], self.width, legend=legend, label_share=0.02))
        return lines

    def _decision(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        for rows in groups_of(section.rows):
            lines.append(self.p(str(rows[0].get("decision") or ""), "small-bold"))
            for row in rows:
                part = row.get("part")
                if part == "outcome":
                    outcome = self.text(section, row, "outcome")
                    facts = [outcome]
                    if row.get("decided_on"):
                        facts.append(self.w.day(row["decided_on"]))
                    if row.get("review_on"):
                        facts.append(self.w("decision_review", day=self.w.day(row["review_on"])))
                    lines.append(self.doc.labelled("decision_outcome", escape(" — ".join(facts))))
                    continue
                if not row.get("text") and not row.get("stance"):
                    continue
                label = self.text(section, row, "part")
                who = str(row.get("person") or "")
                stance = self.text(section, row, "stance")
                head = " · ".join(x for x in (label, who, stance) if x)
                text = str(row.get("text") or "")
                if part == "objection":
                    status = self.text(section, row, "objection_status")
                    head = " · ".join(x for x in (head, status) if x)
                line = [self.p(f"{head} — {text}" if text else head, "small", "–")]
                if row.get("integration"):
                    line.append(
                        self.p(
                            self.w("objection_integration", text=str(row["integration"])), "small"
                        )
                    )
                lines += line
        return lines

    def _election(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        for rows in groups_of(section.rows):
            lines.append(self.p(str(rows[0].get("role") or ""), "small-bold"))
            for row in rows:
                part = row.get("part")
                if part == "result":
                    result = self.text(section, row, "result")
                    nominee = str(row.get("nominee") or "")
                    text = self.w("elected_is", name=nominee) if nominee else result
                    lines.append(self.doc.labelled("decision_outcome", escape(text)))
                    continue
                pieces = [self.text(section, row, "part")]
                if row.get("person"):
                    pieces.append(str(row["person"]))
                if part == "role" and row.get("nominee"):
                    pieces.append(str(row["nominee"]))  # the role's term
                elif row.get("nominee"):
                    pieces.append(f"→ {row['nominee']}")
                if row.get("stance"):
                    pieces.append(self.text(section, row, "stance"))
                text = str(row.get("text") or "")
                lines.append(
                    self.p(" · ".join(pieces) + (f" — {text}" if text else ""), "small", "–")
                )
        return lines

    def _codev(self, section: Section) -> list[Flowable]:
        """In the group's summary only the learnings are left (the rest is the client's)."""
        lines = [self.p(self.w("codev_apart"), "muted")]
        learnt = [r for r in section.rows if r.get("part") == "learning" and r.get("text")]
        if learnt:
            lines.append(self.p(self.w("codev_learnings"), "small-bold"))
            shown, left = self.rows(learnt)
            lines += [self.p(str(r["text"]), "body", "•") for r in shown]
            lines += self.more(left)
        return lines

    def _desert_island(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        objects = [r for r in section.rows if r.get("kit") != "yes"]
        kit = [r for r in section.rows if r.get("kit") == "yes"]
        shown, left = self.rows(objects)
        for row in shown:
            who = str(row.get("participant") or "")
            reason = str(row.get("reason") or "")
            text = str(row.get("object") or "") + (f" — {reason}" if reason else "")
            lines.append(self.p(text + (f" ({who})" if who else ""), "body", "•"))
        lines += self.more(left)
        if kit:
            lines.append(self.p(self.w("shared_kit"), "small-bold"))
            lines += [self.p(str(r.get("object") or ""), "body", "★") for r in kit]
        return lines

    def _portrait(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        traits = [r for r in section.rows if r.get("composite") != "yes"]
        composite = [r for r in section.rows if r.get("composite") == "yes"]
        by_heading: dict[str, list[Row]] = {}
        for row in traits:
            by_heading.setdefault(self.text(section, row, "heading"), []).append(row)
        for heading, rows in by_heading.items():
            if heading:
                lines.append(self.p(heading, "small-bold"))
            shown, left = self.rows(rows)
            lines += [self.p(str(r.get("trait") or ""), "body", "•") for r in shown]
            lines += self.more(left)
        if composite:
            lines.append(self.p(self.w("composite"), "small-bold"))
            lines += [self.p(str(r.get("trait") or ""), "body", "★") for r in composite]
        return lines

    def _action(self, section: Section) -> list[Flowable]:
        shown, left = self.rows(section.rows)
        return [self.action_table(shown), *self.more(left)] if shown else []

    def action_table(
        self, rows: list[Row] | tuple[Row, ...], section: Section | None = None
    ) -> Table:
        w, doc = self.w, self.doc
        head = [
            Paragraph(f"<b>{escape(w(k))}</b>", doc.styles["cell"])
            for k in ("what", "who", "by_when", "status")
        ]
        body = []
        for row in rows:
            due = row.get("due")
            due_text = w.short_day(due) if hasattr(due, "year") else str(due or "")
            status = word("action_status", str(row.get("status") or "open"), self.language)
            body.append(
                [
                    Paragraph(doc.markup(str(row.get(k) or ""), limit=800), doc.styles["cell"])
                    for k in ("what", "who")
                ]
                + [
                    Paragraph(doc.markup(due_text), doc.styles["cell"]),
                    Paragraph(escape(status), doc.styles["cell"]),
                ]
            )
        table = Table(
            [head, *body],
            colWidths=[self.width * f for f in (0.5, 0.2, 0.17, 0.13)],
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

    def _photo(self, section: Section) -> list[Flowable]:
        lines: list[Flowable] = []
        photos = getattr(self.doc, "photos", {})
        shown, left = self.rows(section.rows)
        for row in shown:
            caption = str(row.get("caption") or row.get("filename") or "")
            found = photos.get(row.get("_id"))
            picture: Flowable
            try:
                if found is None:
                    raise ValueError("no content")
                picture = Image(io.BytesIO(found[0]))
                scale = min(
                    1.0,
                    (self.width * 0.6) / max(picture.imageWidth, 1),
                    (90 * mm) / max(picture.imageHeight, 1),
                )
                picture.drawWidth = picture.imageWidth * scale
                picture.drawHeight = picture.imageHeight * scale
                picture.hAlign = "LEFT"
            except Exception:  # an image ReportLab cannot read: its caption still prints
                picture = self.p(self.w("photo_missing"), "muted")
            lines.append(KeepTogether([picture, self.p(caption, "muted"), Spacer(1, 2 * mm)]))
        return lines + self.more(left)

    def _table(self, section: Section) -> list[Flowable]:
        """Any other kind: its columns as a table, in words."""
        columns = [c for c in section.kind.columns if c.key != "item"]
        head = [
            Paragraph(f"<b>{escape(c.header.text(self.language))}</b>", self.doc.styles["cell"])
            for c in columns
        ]
        shown, left = self.rows(section.rows)
        body = [
            [
                Paragraph(
                    self.doc.markup(self.text(section, row, c.key), limit=600),
                    self.doc.styles["cell"],
                )
                for c in columns
            ]
            for row in shown
        ]
        width = self.width / max(1, len(columns))
        table = Table([head, *body], colWidths=[width] * len(columns), repeatRows=1, hAlign="LEFT")
        table.setStyle(
            TableStyle(
                [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.4, GREY)]
            )
        )
        return [table, *self.more(left)]
