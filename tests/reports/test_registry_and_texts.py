"""The registry of documents and the report texts: the command line offers exactly the
documents the issue names, every document applies to the workshops it should, every sentence
exists in both languages with the same placeholders, and French reads in French typography."""

from __future__ import annotations

import string

import pytest

from facilitator_app.reports.make import documents_for
from facilitator_app.reports.registry import (
    CODEV,
    COMMAND_LINE_KINDS,
    DOCUMENTS,
    TRAINING,
    WORKSHOP,
    workshop_kinds,
)
from facilitator_app.reports.texts import TEXTS, Words
from facilitator_app.services import agenda, workshops
from facilitator_app.typography import faults, french


def test_the_command_line_offers_the_documents_of_the_issue():
    assert COMMAND_LINE_KINDS == (
        "summary",
        "handout",
        "attendance",
        "certificates",
        "evaluation-form",
        "satisfaction",
        "decisions",
    )
    assert len({d.kind for d in DOCUMENTS}) == len(DOCUMENTS)


def test_kinds_of_workshop_decide_which_documents_apply(db):
    assert workshop_kinds(False, ["1-2-4-all", None]) == {WORKSHOP}
    assert workshop_kinds(True, ["codev"]) == {WORKSHOP, TRAINING, CODEV}
    wid = workshops.create_workshop(db, "Forum")
    kinds = [d.kind for d in documents_for(db, wid)]
    assert "certificates" not in kinds and "codev" not in kinds and "attendance" in kinds
    workshops.update_workshop(db, wid, training_nature="training")
    day = workshops.get_outline(db, wid).days[0].id
    agenda.add_tool_item(db, day, "codev")
    kinds = [d.kind for d in documents_for(db, wid)]
    assert "certificates" in kinds and "codev" in kinds


def _placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("key", sorted(TEXTS))
def test_every_sentence_exists_in_both_languages_with_the_same_placeholders(key):
    english, french_text = TEXTS[key]
    assert english.strip() and french_text.strip()
    assert _placeholders(english) == _placeholders(french_text)
    assert faults(french(french_text)) == []


def test_words_format_dates_and_rates_the_way_each_language_writes_them():
    from datetime import date

    fr, en = Words("fr"), Words("en")
    assert fr.day(date(2026, 9, 1)) == "1er septembre 2026"
    assert en.day(date(2026, 9, 1)) == "1 September 2026"  # British, as the window's English
    assert fr.percent(0.75) == "75\u00a0%"  # printable: ReportLab never breaks before the %
    assert en.percent(None) == "—"
    assert fr.decimal(3.25, 2) == "3,25"
    assert fr.decimal(1250.5) == "1\u00a0250,5" and en.decimal(1250.5) == "1,250.5"
    assert fr.short_day(date(2026, 9, 1)) == en.short_day(date(2026, 9, 1)) == "01/09/2026"
    assert fr("labelled", label="Issue", value="adoptée") == "Issue\u00a0: adoptée"
    assert fr.count("answers_count", 1, n=1) == "1 réponse"
    assert fr.count("answers_count", 0, n=0) == "0 réponse"
    assert en.count("answers_count", 0, n=0) == "0 answers"
