"""The one declaration of what can be captured: every kind is complete in both languages, the
tool files' vocabulary and the record kinds are one set, the tables exist."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from facilitator_app.capture import halfday, kinds, table, words
from facilitator_app.capture.params import parse_capture, spec_of
from facilitator_app.capture.payloads import PayloadError, check_payload
from facilitator_app.models import Base, RecordKind
from facilitator_app.tools import vocabulary

ISSUE_KINDS = {
    "note", "card", "cluster", "dot_vote", "score", "ranking", "poll", "decision", "election",
    "codev", "weather", "desert_island", "portrait", "action", "photo", "attendance",
}  # fmt: skip


def test_the_registry_names_every_kind_of_the_issue_once():
    assert set(kinds.KINDS_BY_ID) == ISSUE_KINDS
    assert len(kinds.KINDS) == len(ISSUE_KINDS)


def test_the_tool_files_words_the_record_kinds_and_the_registry_are_one_set():
    assert kinds.kind_ids() == vocabulary.OUTPUTS
    assert {k.value for k in RecordKind} == set(kinds.RECORD_KINDS)
    assert set(kinds.PRODUCES) == set(kinds.KINDS_BY_ID)
    assert set(vocabulary.PRINT_LABELS["output"]) == set(kinds.KINDS_BY_ID)


@pytest.mark.parametrize("kind", kinds.KINDS, ids=lambda k: k.id)
def test_each_kind_is_declared_whole(kind):
    assert kind.label.fr and kind.label.en and kind.label.fr != "" and kind.panel
    assert all(name in Base.metadata.tables for name in kind.tables)
    assert kind.columns and len({c.key for c in kind.columns}) == len(kind.columns)
    for column in kind.columns:
        assert column.header.fr and column.header.en
        assert column.words in ("", "item") or column.words in words.VOCABULARIES
    assert kind.file_place
    assert (kind.record_kind is None) == (not kind.payload)
    assert (kind.record_kind is None) or kind.tables == ("tool_record",)


def test_every_coded_value_has_words_in_both_languages_and_colours_a_sign():
    for vocabulary_name, table_ in words.VOCABULARIES.items():
        for code, word in table_.items():
            assert word.fr and word.en, (vocabulary_name, code)
    for word in (*words.CARD_COLOURS.values(), *words.POLL_COLOURS.values()):
        assert word.symbol and word.colour  # never a colour alone
    assert len({w.symbol for w in words.CARD_COLOURS.values()}) == len(words.CARD_COLOURS)
    assert words.word("weather", "fog", "fr") == "Brouillard"
    assert words.word("weather", "tornado", "fr") == "tornado"  # a newer code, shown as is


def test_a_phase_capture_with_its_parameters_defaults_filled():
    spec, problems = parse_capture({"kind": "score", "min": 0, "max": 5})
    assert not problems and spec is not None
    assert (spec["min"], spec["max"], spec["rounds"], spec["target"]) == (0, 5, 1, "subject")
    assert spec.as_agenda() == {"kind": "score", "min": 0, "max": 5}
    assert spec_of({"kind": "score", "min": 99}).get("min") == 1  # forgiving: dropped
    assert spec_of("notes").kind == "note"  # an old word, read as its kind
    assert spec_of("none") is None
    _spec, problems = parse_capture("notes")
    assert problems == [("capture", "'notes' is now 'note'")]


def test_record_payloads_follow_their_schema():
    schema = kinds.payload_schema("codev")
    assert check_payload(schema, {"part": "question", "text": " Pourquoi ? "}) == {
        "part": "question",
        "text": "Pourquoi ?",
    }
    with pytest.raises(PayloadError) as wrong:
        check_payload(schema, {"part": "question", "text": "x", "due": "mars"})
    assert wrong.value.key == "due"
    with pytest.raises(PayloadError):
        check_payload(kinds.payload_schema("weather"), {"weather": "fog", "mood": "ok"})
    plan = check_payload(schema, {"part": "plan", "text": "x", "follow_up": "2026-04-01"})
    assert plan["follow_up"] == "2026-04-01" and plan["indicator"] == ""


def test_the_half_day_rule():
    assert halfday.half_day_of(time(12, 59)) == "am"
    assert halfday.half_day_of(time(13, 0)) == "pm"
    assert halfday.half_day_of(time(14, 10)) == "pm"
    assert halfday.item_half_day(time(12, 30)) == "am"  # lunch belongs to the morning
    started = datetime(2026, 3, 2, 13, 30, tzinfo=UTC)
    assert halfday.item_half_day(time(11, 0), started, UTC) == "pm"  # as it really ran
    assert halfday.item_half_day(None) is None


def test_cells_in_words_with_the_languages_marks():
    kind = kinds.KINDS_BY_ID["poll"]
    share = next(c for c in kind.columns if c.key == "share")
    assert table.cell(share, 62.5, "fr") == "62,5" and table.cell(share, 62.5, "en") == "62.5"
    assert table.cell(share, 60.0, "fr") == "60"
    estimate = next(c for c in kind.columns if c.key == "estimate")
    assert table.cell(estimate, "yes", "fr") == "Oui"
    assert table.cell(share, None, "fr") == ""
