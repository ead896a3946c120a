"""Files of format version 1 (before the capture screens) are read, converted, and nothing in
them is lost."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from facilitator_app.capture.words import word
from facilitator_app.exchange import format as f
from facilitator_app.exchange.validation import InvalidWorkshopFile, validate_document
from facilitator_app.services.capture.query import capture_of
from facilitator_app.services.exchange import build_document, import_document
from facilitator_app.storage.database import Database

V1 = Path(__file__).with_name("data") / "world-cafe-v1.json"


@pytest.fixture
def v1() -> dict:
    document = json.loads(V1.read_text(encoding="utf-8"))
    assert document["format_version"] == 1
    return document


def test_a_version_one_file_imports_and_exports_as_the_current_version(db: Database, v1):
    result = import_document(db, v1)
    document, _photos = build_document(db, result.workshop_id)
    assert document["format_version"] == f.FORMAT_VERSION == 2
    first = document["days"][0]["items"][0]
    assert first["phases"][0]["capture"] == {"kind": "note"}
    weather = capture_of(db, result.workshop_id, kind="weather").sections[0]
    assert [word("weather", r["weather"], "fr") for r in weather.rows] == [
        "Soleil",
        "Soleil et nuages",
        "Brouillard",
        "Soleil et nuages",
    ]


def test_records_of_kinds_no_version_captured_become_notes(db: Database, v1):
    odd = copy.deepcopy(v1["outputs"]["tool_records"][0])
    odd.update(kind="nomination", data={"who": "Anne", "by": "Bruno"}, participant=None)
    trait = copy.deepcopy(odd)
    trait.update(kind="portrait_trait", data={"heading": "Tête", "text": "Curieux"})
    v1["outputs"]["tool_records"] += [odd, trait]
    v1["outputs"]["votes"] = []
    v1["custom_tools"] = []
    result = import_document(db, v1)
    captured = capture_of(db, result.workshop_id)
    notes = [r["text"] for r in captured.section("note").rows]
    assert "nomination: who: Anne; by: Bruno" in notes
    [portrait] = captured.section("portrait").rows
    assert (portrait["heading"], portrait["trait"]) == ("Tête", "Curieux")


def test_a_record_whose_payload_breaks_its_schema_is_refused_at_its_path(v1):
    v1["outputs"]["tool_records"][0]["data"] = {"weather": "snow", "comment": ""}
    with pytest.raises(InvalidWorkshopFile) as refused:
        validate_document(v1, {})
    assert refused.value.path == "$.outputs.tool_records[0].data.weather"


def test_a_file_of_a_later_version_still_asks_for_an_update(v1):
    v1["format_version"] = 3
    with pytest.raises(InvalidWorkshopFile) as refused:
        validate_document(v1, {})
    assert "update the application" in str(refused.value)
