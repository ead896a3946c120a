"""The command-line contract: `import FILE [--json]`, `export WORKSHOP -o FILE`,
`template save|use`; exit 0 on success, 2 with one line on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from facilitator_app.cli import main
from facilitator_app.storage.database import Database
from tests.exchange.helpers import dump, make_full_workshop


def test_export_then_import_with_json(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_full_workshop(db)
    target = tmp_path / "out.facilitator"
    assert main(["export", "Séminaire complet", "-o", str(target)]) == 0
    assert target.exists()
    capsys.readouterr()
    assert main(["import", str(target), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed["title"] == "Séminaire complet (copie)" and printed["id"] == 2
    assert "separate copy" in printed["notes"][0]


def test_import_prints_the_new_id_and_title(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wid = make_full_workshop(db)
    assert main(["export", str(wid), "-o", str(tmp_path / "a.facilitator")]) == 0
    capsys.readouterr()
    assert main(["import", str(tmp_path / "a.facilitator")]) == 0
    assert capsys.readouterr().out.strip() == "imported workshop 2: Séminaire complet (copie)"


def test_a_bad_file_exits_2_with_one_line(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    make_full_workshop(db)
    before = dump(db)
    bad = tmp_path / "bad.facilitator"
    bad.write_text("not a zip")
    assert main(["import", str(bad)]) == 2
    error = capsys.readouterr().err
    assert error.count("\n") == 1 and "not a workshop file" in error
    assert dump(db) == before


def test_export_of_an_unknown_workshop_exits_2(
    db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["export", "nope", "-o", str(tmp_path / "x.facilitator")]) == 2
    assert "no workshop matches" in capsys.readouterr().err
    with pytest.raises(SystemExit) as info:
        main(["export", "-o", str(tmp_path / "x.facilitator")])
    assert info.value.code == 2


def test_template_save_and_use(db: Database, capsys: pytest.CaptureFixture[str]) -> None:
    wid = make_full_workshop(db)
    assert main(["template", "save", str(wid), "--title", "Modèle", "--json"]) == 0
    template = json.loads(capsys.readouterr().out)
    assert template["template"] is True
    assert (
        main(["template", "use", "Modèle", "--start", "2027-01-04", "--title", "Janvier", "--json"])
        == 0
    )
    created = json.loads(capsys.readouterr().out)
    assert created["title"] == "Janvier" and created["template"] is False
    assert main(["template", "use", "Modèle", "--start", "04/01/2027"]) == 2
    assert "YYYY-MM-DD" in capsys.readouterr().err
