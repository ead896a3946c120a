"""Certificates of completion (certificats de réalisation), laid out on the ministry's model: the
organisation and its representative, the participant and their employer, the action's title,
its nature among the four of article L6313-1 (ticked), the dates from ... to ..., the hours
actually attended (computed from the attendance, not the hours planned), place and date, the
signature and stamp box. One page per participant, in one PDF or one file each.

With `attestation`, each certificate is followed by the attestation de fin de formation: the
objectives, the nature and the duration, and the result of the final quiz only when the
workshop has one (article L6353-1)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer

from facilitator_app.jobs import NO_PROGRESS, Progress
from facilitator_app.models import TrainingNature
from facilitator_app.reports.base import FONT, FONT_BOLD, MUTED, Table
from facilitator_app.reports.document import WorkshopDocument
from facilitator_app.reports.shared import Page, Shared
from facilitator_app.services.reports.certificates import Certificate, CertificateData
from facilitator_app.text import safe_file_name
from facilitator_app.timefmt import format_duration

NATURES = tuple(n.value for n in TrainingNature)
TICKED, UNTICKED = "☒", "☐"


class Certificates(WorkshopDocument):
    name_key = "certificate_title"

    def __init__(
        self,
        data: CertificateData,
        language: str | None = None,
        *,
        attestation: bool = False,
        made_on: date | None = None,
    ) -> None:
        super().__init__(data.facts, language)
        self.data = data
        self.attestation = attestation
        self.made_on = made_on or date.today()
        body = self.styles["body"]
        self.styles.add(
            ParagraphStyle(
                "certificate-title",
                parent=body,
                fontName=FONT_BOLD,
                fontSize=17,
                leading=22,
                alignment=TA_CENTER,
                spaceAfter=10 * mm,
            )
        )
        self.styles.add(
            ParagraphStyle("text", parent=body, fontSize=10.5, leading=15, spaceAfter=5)
        )
        self.styles.add(
            ParagraphStyle(
                "name",
                parent=body,
                fontName=FONT_BOLD,
                fontSize=12,
                leading=16,
                spaceBefore=2,
                spaceAfter=2,
                leftIndent=8 * mm,
            )
        )
        self.styles.add(
            ParagraphStyle(
                "tick",
                parent=body,
                fontSize=10.5,
                leading=15,
                leftIndent=8 * mm,
                bulletIndent=3 * mm,
                bulletFontName=FONT,
                spaceAfter=0,
            )
        )
        self.styles.add(
            ParagraphStyle("footnote", parent=body, fontSize=7.5, leading=9.5, textColor=MUTED)
        )

    def story(self) -> list[Flowable]:
        story: list[Flowable] = []
        if not self.data.certificates:
            return [
                self.para(self.words("certificate_title"), "certificate-title"),
                self.label("nobody"),
            ]
        self._shared = self._shared_blocks()
        for index, certificate in enumerate(self.data.certificates):
            if story:
                story.append(PageBreak())
            story.append(Page(self.certificate(certificate)))
            if self.attestation:
                story.append(PageBreak())
                story.append(Page(self.attestation_page(certificate)))
            if index % 50 == 0:
                self.progress.check()
        return story

    # -- pieces --------------------------------------------------------------------------------
    def _value(self, text: str) -> str:
        """User text in bold, or dots to fill in by hand when it is missing."""
        if not text.strip():
            return escape(self.words("to_fill"))
        return f"<b>{self.markup(text, limit=400)}</b>"

    def _sentence(self, key: str, style: str = "text", **values: str) -> Paragraph:
        return self.sentence(key, style, **values)

    def _hours(self, minutes: int) -> str:
        return format_duration(minutes, self.language)

    def _shared_blocks(self) -> dict[str, Shared]:
        """What every certificate (and attestation) prints the same, laid out once."""
        w, facts = self.words, self.facts
        first = w.day(facts.first_date)
        last = w.day(facts.last_date or facts.first_date)
        nature = facts.training_nature or TrainingNature.TRAINING.value
        ticks = [
            Paragraph(
                f"{TICKED if key == nature else UNTICKED} {escape(w(f'nature_{key}'))}",
                self.styles["tick"],
            )
            for key in NATURES
        ]
        prefix = f"doc{id(self)}"
        blocks = {
            "top": [
                self.para(w("certificate_title").upper(), "certificate-title", user=False),
                self._sentence(
                    "certificate_signatory",
                    representative=self._value(facts.representative),
                    organiser=self._value(facts.organiser),
                ),
                self._sentence("certificate_certifies"),
            ],
            "action": [
                self._sentence("certificate_followed", title=self._value(facts.title)),
                self._sentence("certificate_nature"),
                *ticks,
                Spacer(1, 3 * mm),
                self._sentence("certificate_dates", first=f"<b>{first}</b>", last=f"<b>{last}</b>"),
            ],
            "bottom": [
                Spacer(1, 4 * mm),
                self.para(w("certificate_keeping"), "footnote", user=False),
                Spacer(1, 8 * mm),
                *self._signature(),
            ],
            "attestation_top": [
                self.para(w("attestation_title").upper(), "certificate-title", user=False)
            ],
            "attestation_body": self._attestation_body(),
            "attestation_bottom": [Spacer(1, 10 * mm), *self._signature()],
        }
        return {key: Shared(f"{prefix}-{key}", parts) for key, parts in blocks.items()}

    def certificate(self, certificate: Certificate) -> list[Shared | Flowable]:
        w, shared = self.words, self._shared
        employer = (
            self._value(certificate.employer)
            if certificate.employer.strip()
            else escape(w("to_fill"))
        )
        return [
            shared["top"],
            Paragraph(self._value(certificate.name), self.styles["name"]),
            self._sentence("certificate_employee", employer=employer),
            shared["action"],
            self._sentence(
                "certificate_hours",
                hours=f"<b>{self._hours(certificate.attended_minutes)}</b>",
                planned=self._hours(self.data.planned_minutes),
            ),
            shared["bottom"],
        ]

    def _signature(self) -> list[Flowable]:
        w, facts = self.words, self.facts
        width, _ = self.frame_size()
        place = self._value(facts.signature_place or facts.venue)
        done = self._sentence("done_at", place=place, day=escape(w.day(self.made_on)))
        box = Table(
            [[self.para(w("signature_stamp"), "small-bold", user=False)], [""]],
            colWidths=[width * 0.55],
            rowHeights=[None, 38 * mm],
            hAlign="RIGHT",
        )
        box.setStyle(
            [("BOX", (0, 0), (-1, -1), 0.6, "#000000"), ("VALIGN", (0, 0), (-1, -1), "TOP")]
        )
        return [done, Spacer(1, 3 * mm), box]

    def _attestation_body(self) -> list[Flowable]:
        """The objectives and the nature: the same for everyone."""
        w, facts, data = self.words, self.facts, self.data
        body: list[Flowable] = []
        if data.objectives:
            body.append(self.para(w("attestation_objectives"), "heading", user=False))
            body += [
                Paragraph(self.markup(objective, limit=600), self.styles["tick"], bulletText="•")
                for objective in data.objectives[:20]
            ]
        nature = facts.training_nature or TrainingNature.TRAINING.value
        body += [
            Spacer(1, 4 * mm),
            self._sentence("attestation_nature", nature=escape(w(f"nature_{nature}"))),
        ]
        return body

    def attestation_page(self, certificate: Certificate) -> list[Shared | Flowable]:
        w, facts, data, shared = self.words, self.facts, self.data, self._shared
        content: list[Shared | Flowable] = [
            shared["attestation_top"],
            self._sentence(
                "attestation_intro",
                organiser=self._value(facts.organiser),
                name=self._value(certificate.name),
                title=self._value(facts.title),
                dates=escape(w.period(facts.first_date, facts.last_date)),
            ),
            shared["attestation_body"],
            self._sentence(
                "attestation_duration",
                planned=self._hours(data.planned_minutes),
                hours=f"<b>{self._hours(certificate.attended_minutes)}</b>",
            ),
        ]
        if data.has_quiz:
            content.append(self.para(w("attestation_result"), "heading", user=False))
            quiz = certificate.quiz
            if quiz is None:
                content.append(self._sentence("attestation_not_assessed"))
            else:
                key = "attestation_score"
                if quiz.right == 1 or (quiz.right == 0 and self.language == "fr"):
                    key = "attestation_score_one"
                content.append(
                    self._sentence(key, right=f"<b>{quiz.right}</b>", total=str(quiz.total))
                )
        content.append(shared["attestation_bottom"])
        return content


def render_certificates(
    data: CertificateData,
    path: str | Path,
    language: str | None = None,
    *,
    attestation: bool = False,
    made_on: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> Path:
    document = Certificates(data, language, attestation=attestation, made_on=made_on)
    return document.render(path, progress)


def file_name(index: int, name: str) -> str:
    """A file name for one participant's certificate that every system accepts."""
    return f"{index:03d} {safe_file_name(name, 60, 'participant')}.pdf"


def render_each(
    data: CertificateData,
    folder: str | Path,
    language: str | None = None,
    *,
    attestation: bool = False,
    made_on: date | None = None,
    progress: Progress = NO_PROGRESS,
) -> list[Path]:
    """One PDF per participant in `folder` (created if missing), numbered in list order."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    written = []
    total = len(data.certificates)
    for index, certificate in enumerate(data.certificates, start=1):
        one = replace(data, certificates=(certificate,))
        path = target / file_name(index, certificate.name)
        written.append(
            render_certificates(one, path, language, attestation=attestation, made_on=made_on)
        )
        progress.step(index, total, certificate.name)
    return written
