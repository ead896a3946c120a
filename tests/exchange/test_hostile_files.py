"""Files a hostile tester made: each is refused with exit code 2 and one line saying what and
where, never a traceback, and the database is left as it was. And what the app accepts, it can
export and import again."""

from __future__ import annotations

import copy
import json
import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

from facilitator_app.cli import main
from facilitator_app.services.exchange import (
    build_document,
    export_workshop,
    import_workshop_file,
)
from facilitator_app.storage.database import Database
from facilitator_app.tools.limits import MAX_NAME, MAX_PHASES, MAX_ROUNDS, MAX_STEPS, MAX_TEXT
from tests.exchange.helpers import dump, make_full_workshop


@pytest.fixture
def good(db: Database) -> tuple[dict[str, Any], dict[str, bytes]]:
    return build_document(db, make_full_workshop(db))


def write(path: Path, document: Any, photos: dict[str, bytes], raw: str | None = None) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("workshop.json", raw if raw is not None else json.dumps(document))
        for name, content in photos.items():
            archive.writestr(name, content)
    return path


def refused_by_the_cli(db: Database, capsys: Any, path: Path, *fragments: str) -> str:
    before = dump(db)
    code = main(["import", str(path)])
    err = capsys.readouterr().err
    assert code == 2, err
    assert len(err.strip().splitlines()) == 1, err
    for fragment in fragments:
        assert fragment in err, err
    assert dump(db) == before
    return err


def changed(good: Any, tmp_path: Path, change: Any) -> Path:
    document, photos = copy.deepcopy(good)
    change(document)
    return write(tmp_path / "changed.facilitator", document, photos)


@pytest.mark.parametrize("moment", ["0001-01-01T00:00:00+01:00", "9999-12-31T23:59:59-01:00"])
def test_a_date_at_the_edge_of_the_range_is_refused(db, good, tmp_path, capsys, moment) -> None:
    def change(d: dict[str, Any]) -> None:
        d["workshop"]["created_at"] = moment

    refused_by_the_cli(db, capsys, changed(good, tmp_path, change), "$.workshop.created_at")


def _deep(good: Any, depth: int) -> str:
    raw = json.dumps(good[0]).replace(
        '"details": {"rounds": [1, 2]}', '"details": ' + "[" * depth + "]" * depth, 1
    )
    assert "[[[[" in raw
    return raw


def test_json_nested_deep_in_decision_details_is_refused_with_its_path(
    db, good, tmp_path, capsys
) -> None:
    path = write(tmp_path / "deep.facilitator", None, good[1], _deep(good, 300))
    refused_by_the_cli(db, capsys, path, "$.outputs.decisions[0].details", "nested")


def test_json_nested_980_deep_is_one_line_from_the_command(db, good, tmp_path) -> None:
    """As the tester ran it: a fresh process, whose stack is shallow enough to parse it all."""
    path = write(tmp_path / "deep.facilitator", None, good[1], _deep(good, 980))
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    data = db.location.data_dir
    result = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--data-dir", str(data), "import", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert "nested" in result.stderr


def test_a_number_too_large_for_a_float_is_refused_not_taken_as_infinity(
    db, good, tmp_path, capsys
) -> None:
    document, photos = good
    raw = json.dumps(document).replace('"value": 3.5', '"value": 1e400', 1)
    assert "1e400" in raw
    path = write(tmp_path / "big.facilitator", None, photos, raw)
    refused_by_the_cli(db, capsys, path, "1e400")


def _patch_member(path: Path, *, flags: int | None = None, method: int | None = None) -> None:
    """Rewrite the first member's headers (local and central) as another zip tool would."""
    data = bytearray(path.read_bytes())
    local = data.index(b"PK\x03\x04")
    central = data.index(b"PK\x01\x02")
    if flags is not None:
        struct.pack_into("<H", data, local + 6, flags)
        struct.pack_into("<H", data, central + 8, flags)
    if method is not None:
        struct.pack_into("<H", data, local + 8, method)
        struct.pack_into("<H", data, central + 10, method)
    path.write_bytes(bytes(data))


def test_an_encrypted_member_is_refused(db, good, tmp_path, capsys) -> None:
    path = write(tmp_path / "locked.facilitator", *good)
    _patch_member(path, flags=0x1)
    refused_by_the_cli(db, capsys, path, "encrypted")


@pytest.mark.parametrize("method", [1, 93, 99])  # shrunk, Zstandard, AES
def test_a_member_compressed_in_a_way_we_do_not_read_is_refused(
    db, good, tmp_path, capsys, method
) -> None:
    path = write(tmp_path / "odd.facilitator", *good)
    _patch_member(path, method=method)
    refused_by_the_cli(db, capsys, path, "compress")


def _phases(document: dict[str, Any]) -> list[dict[str, Any]]:
    return document["days"][0]["items"][0]["phases"]


def test_more_phases_than_the_limit_are_refused(db, good, tmp_path, capsys) -> None:
    def change(d: dict[str, Any]) -> None:
        d["days"][0]["items"][0]["phases"] = [
            {"key": f"p{i}", "seconds": 60} for i in range(MAX_PHASES + 1)
        ]

    refused_by_the_cli(db, capsys, changed(good, tmp_path, change), "$.days[0].items[0].phases")


def test_more_rounds_than_the_limit_are_refused(db, good, tmp_path, capsys) -> None:
    def change(d: dict[str, Any]) -> None:
        _phases(d)[0]["rounds"] = MAX_ROUNDS + 1

    refused_by_the_cli(
        db, capsys, changed(good, tmp_path, change), "$.days[0].items[0].phases[0].rounds"
    )


def test_more_steps_than_the_limit_are_refused(db, good, tmp_path, capsys) -> None:
    per_phase = MAX_ROUNDS
    phases = MAX_STEPS // per_phase + 1
    assert phases <= MAX_PHASES

    def change(d: dict[str, Any]) -> None:
        d["days"][0]["items"][0]["phases"] = [
            {"key": f"p{i}", "seconds": 60, "rounds": per_phase} for i in range(phases)
        ]

    refused_by_the_cli(
        db, capsys, changed(good, tmp_path, change), "$.days[0].items[0].phases", "steps"
    )


def test_long_instructions_and_names_are_refused(db, good, tmp_path, capsys) -> None:
    def long_text(d: dict[str, Any]) -> None:
        _phases(d)[0]["instructions"] = {"fr": "x" * (MAX_TEXT + 1)}

    def long_name(d: dict[str, Any]) -> None:
        _phases(d)[0]["name"]["fr"] = "n" * (MAX_NAME + 1)

    refused_by_the_cli(
        db,
        capsys,
        changed(good, tmp_path, long_text),
        "$.days[0].items[0].phases[0].instructions.fr",
    )
    refused_by_the_cli(
        db, capsys, changed(good, tmp_path, long_name), "$.days[0].items[0].phases[0].name.fr"
    )


def test_phases_at_the_limits_are_accepted_and_travel_again(db, good, tmp_path) -> None:
    def change(d: dict[str, Any]) -> None:
        d["days"][0]["items"][0]["phases"] = [
            {
                "key": f"p{i}",
                "seconds": 60,
                "rounds": MAX_STEPS // MAX_PHASES,
                "name": {"fr": "n" * MAX_NAME},
                "instructions": {"fr": "é" * MAX_TEXT},
            }
            for i in range(MAX_PHASES)
        ]

    result = import_workshop_file(db, changed(good, tmp_path, change))
    again = export_workshop(db, result.workshop_id, tmp_path / "again.facilitator")
    assert import_workshop_file(db, again).workshop_id != result.workshop_id
