"""Every bad file is refused with a message saying what and where, and the database is left
exactly as it was."""

from __future__ import annotations

import copy
import json
import zipfile
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.errors import UserError
from facilitator_app.exchange import format as fmt
from facilitator_app.exchange.format import canonical_json
from facilitator_app.services.exchange import build_document, export_workshop, import_workshop_file
from facilitator_app.storage.database import Database
from tests.exchange.helpers import dump, make_full_workshop


@pytest.fixture
def good(db: Database, tmp_path: Path) -> tuple[dict[str, Any], dict[str, bytes], Path]:
    wid = make_full_workshop(db)
    document, photos = build_document(db, wid)
    return document, photos, export_workshop(db, wid, tmp_path / "good.facilitator")


def write(path: Path, document: Any, photos: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("workshop.json", json.dumps(document))
        for name, content in photos.items():
            archive.writestr(name, content)
    return path


def refused(db: Database, path: Path, *fragments: str) -> str:
    before = dump(db)
    with pytest.raises(UserError) as info:
        import_workshop_file(db, path)
    assert dump(db) == before
    message = str(info.value)
    for fragment in fragments:
        assert fragment in message, message
    return message


def mutated(good: Any, tmp_path: Path, change: Any) -> Path:
    document, photos, _ = good
    document = copy.deepcopy(document)
    change(document)
    return write(tmp_path / "bad.facilitator", document, photos)


def test_a_file_that_is_not_a_zip_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "notes.facilitator"
    path.write_text("bonjour")
    refused(db, path, "not a workshop file")


def test_a_truncated_file_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    content = good[2].read_bytes()
    path = tmp_path / "cut.facilitator"
    path.write_bytes(content[: len(content) // 2])
    refused(db, path, "cut.facilitator")


def test_a_damaged_member_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    content = bytearray(good[2].read_bytes())
    content[60] ^= 0xFF  # inside the compressed workshop.json
    path = tmp_path / "flip.facilitator"
    path.write_bytes(bytes(content))
    refused(db, path, "flip.facilitator")


def test_bad_json_is_refused_with_line_and_column(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "bad.facilitator"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("workshop.json", '{"format": "facilitator-workshop",')
    refused(db, path, "not valid JSON", "line 1")


def test_a_zip_without_the_document_is_refused(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "empty.facilitator"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("other.txt", "x")
    refused(db, path, "workshop.json is missing")


def test_a_missing_field_is_named(db: Database, good: Any, tmp_path: Path) -> None:
    path = mutated(good, tmp_path, lambda d: d["participants"][1].pop("name"))
    refused(db, path, "$.participants[1]", "'name' is a required property")


def test_a_wrong_type_names_its_json_path(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["days"][1]["items"][0]["duration_minutes"] = -5

    message = refused(db, mutated(good, tmp_path, change), "$.days[1].items[0].duration_minutes")
    assert message.endswith("-5 is less than the minimum of 0")


def test_a_string_for_a_number_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["outputs"]["votes"][0]["value"] = "lots"

    refused(db, mutated(good, tmp_path, change), "$.outputs.votes[0].value", "not of type")


def test_a_dangling_reference_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["outputs"]["cards"][0]["cluster"] = "k99"

    refused(db, mutated(good, tmp_path, change), "$.outputs.cards[0].cluster", "'k99'")


def test_a_missing_custom_tool_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    path = mutated(good, tmp_path, lambda d: d["custom_tools"].clear())
    refused(db, path, "$.days[0].items[0].tool_id", "custom:tool-1")


def test_a_custom_tool_whose_phases_do_not_add_up_is_refused(
    db: Database, good: Any, tmp_path: Path
) -> None:
    def change(d: dict[str, Any]) -> None:
        d["custom_tools"][0]["definition"]["duration_minutes"] += 7

    refused(db, mutated(good, tmp_path, change), "$.custom_tools[0].definition", "duration")


def test_a_date_that_does_not_exist_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["days"][0]["date"] = "2026-02-30"

    refused(db, mutated(good, tmp_path, change), "$.days[0].date")


def test_a_duplicate_reference_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["participants"][1]["ref"] = d["participants"][0]["ref"]

    refused(db, mutated(good, tmp_path, change), "$.participants[1].ref", "twice")


def test_a_missing_photo_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    document, _photos, _ = good
    path = write(tmp_path / "nophoto.facilitator", document, {})
    refused(db, path, "$.outputs.photos[0].file", "missing")


def test_a_damaged_photo_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    document, photos, _ = good
    path = write(tmp_path / "p.facilitator", document, {k: b"other" for k in photos})
    refused(db, path, "$.outputs.photos[0].file", "checksum")


def test_a_newer_format_version_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["format_version"] = fmt.FORMAT_VERSION + 1
        d["something_new"] = True

    refused(db, mutated(good, tmp_path, change), "$.format_version", "newer version")


def test_an_oversized_file_is_refused_before_reading(
    db: Database, good: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fmt, "MAX_FILE_BYTES", 100)
    refused(db, good[2], "too large")


def test_a_zip_bomb_is_refused_by_its_declared_size(
    db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(fmt, "MAX_DOCUMENT_BYTES", 1_000_000)
    path = tmp_path / "bomb.facilitator"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", b" " * 5_000_000)
    assert path.stat().st_size < 10_000
    refused(db, path, "would unpack to", "refused")


def test_many_members_adding_up_are_refused(
    db: Database, good: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    document, photos, _ = good
    name = next(iter(photos))
    path = write(tmp_path / "big.facilitator", document, {name: b"\0" * 10_000})
    monkeypatch.setattr(fmt, "MAX_UNPACKED_BYTES", 5_000)
    refused(db, path, "the archive would unpack to")


def test_an_unexpected_member_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    document, photos, _ = good
    path = write(tmp_path / "x.facilitator", document, {**photos, "../evil.sh": b"rm"})
    refused(db, path, "unexpected member")


def test_a_refusal_in_the_middle_of_writing_rolls_everything_back(
    db: Database, good: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from facilitator_app.exchange import importing

    def broken(self: Any) -> None:
        raise UserError("simulated failure after the first rows")

    monkeypatch.setattr(importing._Writer, "_outputs", broken)
    refused(db, good[2], "simulated failure")


def test_the_shipped_schema_matches_the_format_tables() -> None:
    from facilitator_app.exchange.schema import schema_text
    from facilitator_app.resources import resource_path

    shipped = resource_path("schema", "workshop-file.schema.json").read_text(encoding="utf-8")
    assert shipped == schema_text()


def test_canonical_json_is_stable() -> None:
    assert canonical_json({"b": 1, "a": "é"}) == '{\n "a": "é",\n "b": 1\n}\n'.encode()


def test_half_a_character_is_refused_with_its_path(db: Database, good: Any, tmp_path: Path) -> None:
    document, photos, _ = good
    path = tmp_path / "s.facilitator"
    raw = json.dumps(document).replace('"Anna"', '"An\\ud800na"', 1)
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("workshop.json", raw)
        for name, content in photos.items():
            archive.writestr(name, content)
    refused(db, path, "$.participants[0].name", "invalid character")


def test_a_huge_number_is_refused(db: Database, good: Any, tmp_path: Path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["outputs"]["notes"][0]["position"] = 2**70

    refused(db, mutated(good, tmp_path, change), "$.outputs.notes[0].position", "maximum")


def test_nan_is_not_json(db: Database, good: Any, tmp_path: Path) -> None:
    document, _photos, _ = good
    path = tmp_path / "nan.facilitator"
    raw = json.dumps(document).replace('"value": 3.5', '"value": NaN', 1)
    assert "NaN" in raw
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("workshop.json", raw)
    refused(db, path, "NaN")
