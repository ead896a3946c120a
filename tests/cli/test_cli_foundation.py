"""The command line is a contract for scripts: spelling, JSON, exit codes 0/1/2."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from facilitator_app.cli import build_parser, main
from facilitator_app.services import workshops
from facilitator_app.storage.database import Location, open_database


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_workshops_list_json_lists_what_is_stored(capsys, isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    first = workshops.create_workshop(database, "World Café", venue="Saint-Ouen")
    workshops.create_workshop(database, "Programme 4 jours", is_template=True)
    database.close()
    code, out, err = run(capsys, "workshops", "list", "--json")
    assert code == 0, err
    listed = json.loads(out)
    assert [w["title"] for w in listed] == ["World Café"]
    assert listed[0]["id"] == first and listed[0]["venue"] == "Saint-Ouen"
    assert listed[0]["days"] == 1 and listed[0]["template"] is False

    code, out, _ = run(capsys, "workshops", "list", "--json", "--all")
    assert sorted(w["title"] for w in json.loads(out)) == ["Programme 4 jours", "World Café"]


def test_data_dir_option_wins_over_the_environment(capsys, tmp_path):
    elsewhere = tmp_path / "elsewhere"
    code, out, _ = run(capsys, "--data-dir", str(elsewhere), "workshops", "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert (elsewhere / "facilitator.sqlite3").exists()


def test_database_url_option(capsys, tmp_path):
    url = f"sqlite:///{tmp_path / 'shared.sqlite3'}"
    code, out, _ = run(capsys, "--database", url, "workshops", "list", "--json")
    assert code == 0 and json.loads(out) == []
    assert (tmp_path / "shared.sqlite3").exists()


def test_check_reports_integrity_schema_and_backups(capsys, isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    database.backup("manual")
    database.close()
    code, out, _ = run(capsys, "check", "--json")
    report = json.loads(out)
    assert code == 0
    assert report["status"] == "ok" and report["integrity"] == "ok"
    assert report["schema_revision"] == report["schema_head"]
    assert [b["reason"] for b in report["backups"]] == ["manual"]


def test_check_on_a_folder_without_a_database_is_nothing_yet_not_trouble(capsys, tmp_path):
    missing = tmp_path / "not-yet"
    code, out, _ = run(capsys, "--data-dir", str(missing), "check", "--json")
    assert code == 0 and json.loads(out)["status"] == "missing"
    code, out, _ = run(capsys, "--data-dir", str(missing), "check")
    assert code == 0 and "status: missing (nothing yet" in out
    assert not missing.exists()


@pytest.mark.parametrize("url", ["bogus://x", "not a url"])
def test_a_database_url_that_cannot_be_used_is_bad_input(capsys, url):
    code, _, err = run(capsys, "--database", url, "workshops", "list")
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and "cannot use the database URL" in err


def test_check_on_a_foreign_file_exits_1_and_says_why(capsys, isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "facilitator.sqlite3").write_text("not a database at all")
    code, out, _ = run(capsys, "check", "--json")
    assert code == 1
    assert json.loads(out)["status"] == "foreign"


def test_a_refused_database_is_one_clear_message_not_a_traceback(capsys, isolated_data_dir):
    isolated_data_dir.mkdir(parents=True)
    (isolated_data_dir / "facilitator.sqlite3").write_text("garbage")
    code, _, err = run(capsys, "workshops", "list")
    assert code == 1
    assert "not a SQLite database" in err and "restore" in err and "Traceback" not in err


def test_backup_then_restore_latest(capsys, isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    workshops.create_workshop(database, "Gardé")
    database.close()
    assert run(capsys, "backup")[0] == 0
    database = open_database(Location.in_data_dir(isolated_data_dir))
    workshops.create_workshop(database, "Perdu")
    database.close()
    code, out, _ = run(capsys, "restore", "latest")
    assert code == 0 and "restored" in out
    code, out, _ = run(capsys, "workshops", "list", "--json")
    assert [w["title"] for w in json.loads(out)] == ["Gardé"]


def exit_code(argv: list[str]) -> int:
    try:
        return main(argv)
    except SystemExit as exited:  # argparse's own usage errors
        return int(exited.code or 0)


@pytest.mark.parametrize(
    "argv",
    [
        ["workshops", "lst"],
        ["workshops"],
        ["--lang", "de", "workshops", "list"],
        ["nonsense"],
        ["restore", "no-such-backup.sqlite3"],
        ["workshops", "list", "--templates", "--all"],
    ],
)
def test_bad_input_exits_2_with_a_one_line_reason(capsys, argv):
    assert exit_code(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err and len(err.splitlines()) == 1 and "Traceback" not in err


def test_unknown_backup_is_bad_input(capsys):
    code, _, err = run(capsys, "restore", "nope.sqlite3")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_every_command_has_help(capsys):
    parser = build_parser()
    subparsers = next(a for a in parser._actions if a.dest == "command")
    for name in subparsers.choices:
        with pytest.raises(SystemExit) as exited:
            main([name, "--help"])
        assert exited.value.code == 0
        assert "usage:" in capsys.readouterr().out


def test_the_installed_command_runs_headless_without_importing_qt(tmp_path):
    script = (
        "import sys; from facilitator_app.cli import main; code = main(sys.argv[1:]);"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt imported';"
        "sys.exit(code)"
    )
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run(
        [sys.executable, "-c", script, "--data-dir", str(tmp_path), "workshops", "list", "--json"],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == []


def test_python_dash_m_is_the_same_command(tmp_path):
    assert main(["--data-dir", str(tmp_path), "workshops", "list"]) == 0
    result = subprocess.run(
        [sys.executable, "-m", "facilitator_app", "--data-dir", str(tmp_path), "check", "--json"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=Path(__file__).resolve().parents[2],
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["status"] == "ok"


def test_the_bin_lists_deleted_workshops_and_gives_them_back(capsys, isolated_data_dir):
    database = open_database(Location.in_data_dir(isolated_data_dir))
    gone = workshops.create_workshop(database, "Supprimé par erreur")
    workshops.delete_workshop(database, gone)
    database.close()
    code, out, _ = run(capsys, "workshops", "list", "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "workshops", "list", "--deleted", "--json")
    assert [w["title"] for w in json.loads(out)] == ["Supprimé par erreur"]
    code, out, _ = run(capsys, "workshops", "restore", str(gone))
    assert code == 0 and "Supprimé par erreur" in out
    code, out, _ = run(capsys, "workshops", "list", "--json")
    assert [w["id"] for w in json.loads(out)] == [gone]
    assert exit_code(["workshops", "restore", "999"]) == 2
