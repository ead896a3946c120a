"""A printed document of one workshop: the workshop's title and dates at the top of every page,
the document's name and the organiser at the bottom, its words in the workshop's language (or
the one asked), and the helpers every layout uses to print user text safely (escaped for
ReportLab's markup, French spacing in French, never longer than a page can hold)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from facilitator_app.reports.base import ReportRenderer
from facilitator_app.reports.texts import Words
from facilitator_app.services.reports.facts import WorkshopFacts

# A paragraph longer than this would not fit one page (ReportLab cannot split it across
# pages inside a table cell): its end is cut and marked.
MAX_PARAGRAPH = 2400


class WorkshopDocument(ReportRenderer):
    name_key = ""  # the key of the document's name in reports.texts

    def __init__(self, facts: WorkshopFacts, language: str | None = None) -> None:
        super().__init__(language or facts.language)
        self.facts = facts
        self.words = Words(self.language)

    def document_title(self) -> str:
        return f"{self.words(self.name_key)} — {self.facts.title}"

    def header_text(self) -> str:
        w = self.words
        return w.user(f"{self.facts.title} — ") + w.period(
            self.facts.first_date, self.facts.last_date
        )

    def footer_text(self) -> str:
        parts = [self.words(self.name_key), self.words.user(self.facts.organiser)]
        return " — ".join(p for p in parts if p)

    # -- text ----------------------------------------------------------------------------------
    def markup(self, text: str, *, user: bool = True, limit: int = MAX_PARAGRAPH) -> str:
        """ReportLab markup for a text: escaped, line breaks kept, cut past `limit`."""
        text = text or ""
        if len(text) > limit:
            text = text[: limit - 1].rstrip() + "…"
        printed = self.words.user(text) if user else text
        return escape(printed).replace("\n", "<br/>")

    def para(self, text: str, style: str = "body", *, user: bool = True) -> Paragraph:
        return Paragraph(self.markup(text, user=user), self.styles[style])

    def label(self, key: str, style: str = "body", **params: object) -> Paragraph:
        """A sentence of the catalogue (its parameters are user text, escaped)."""
        values = {k: self.words.user(str(v)) for k, v in params.items()}
        return Paragraph(escape(self.words(key, **values)), self.styles[style])

    def sentence(self, key: str, style: str = "body", **values: str) -> Paragraph:
        """A sentence of the catalogue whose parameters are already markup (bold names)."""
        template = escape(self.words(key))
        text = re.sub(r"\{(\w+)\}", lambda m: values.get(m.group(1), m.group()), template)
        return Paragraph(text, self.styles[style])

    def labelled(self, key: str, value: str, style: str = "body") -> Paragraph:
        """ "Label: value" with the label in bold, the colon as the language sets it."""
        return self.sentence(
            "labelled", style, label=f"<b>{escape(self.words(key))}</b>", value=value
        )
