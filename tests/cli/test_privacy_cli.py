"""`facilitator-app privacy`: where a person is, their data as JSON, forgetting them; an
unknown person is one line on stderr and exit code 2."""

from __future__ import annotations

import json

from facilitator_app.cli import main
from facilitator_app.services import participants, workshops
from facilitator_app.storage.database import Location, open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_export_then_forget_a_person(capsys, isolated_data_dir, tmp_path):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    first = workshops.create_workshop(database, "Printemps")
    second = workshops.create_workshop(database, "Automne")
    anne = participants.add_participant(database, first, "Anne", email="anne@ville.fr")
    participants.add_participant(database, second, "Anne B.", email="anne@ville.fr")
    database.close()

    code, out, err = run(capsys, "privacy", "where", str(anne), "--json")
    assert code == 0, err
    assert sorted(r["workshop"] for r in json.loads(out)) == ["Automne", "Printemps"]

    target = tmp_path / "anne.json"
    code, _out, err = run(capsys, "privacy", "export", str(anne), "-o", str(target))
    assert code == 0, err
    assert len(json.loads(target.read_text(encoding="utf-8"))["rosters"]) == 2

    code, out, err = run(capsys, "privacy", "forget", str(anne))
    assert code == 0, err
    assert "2 roster(s)" in out
    code, out, err = run(capsys, "privacy", "export", str(anne))
    assert code == 2
    assert err.count("\n") == 1 and "does not exist" in err
