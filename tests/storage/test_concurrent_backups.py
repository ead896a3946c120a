"""Two processes backing up the same database at the same moment (a workshop ends in the window
while a script runs `facilitator-app backup`) both succeed; pruning and listing take files
vanishing under them in their stride."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from facilitator_app.storage.backups import KEEP_BACKUPS, KEEP_PROTECTED, list_backups
from facilitator_app.storage.database import Location, open_database

ROOT = Path(__file__).resolve().parents[2]
ROUNDS = 60

# Backs up (and so prunes) in a loop, listing and checking for changes as the start-up does.
BACKING_UP = """
import sys
from pathlib import Path
from facilitator_app.storage.backups import changed_since_last_backup, list_backups, make_backup
database, backups, rounds = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
sys.stdin.readline()
for index in range(rounds):
    make_backup(database, backups, "start", keep=2)
    make_backup(database, backups, "workshop-ended", keep=2)
    changed_since_last_backup(database, backups)
    list_backups(backups)
print("done", flush=True)
"""


def test_two_processes_backing_up_at_once_both_succeed(isolated_data_dir):
    location = Location.in_data_dir(isolated_data_dir)
    open_database(location).close()
    assert location.file is not None and location.backups is not None
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-c",
                BACKING_UP,
                str(location.file),
                str(location.backups),
                str(ROUNDS),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        for _ in range(2)
    ]
    for child in children:  # both start together, once Python is up
        assert child.stdin is not None
        child.stdin.write(b"go\n")
        child.stdin.flush()
    results = [child.communicate(timeout=120) for child in children]
    for child, (out, err) in zip(children, results, strict=True):
        assert child.returncode == 0 and out.strip() == b"done", err.decode()[-2000:]
    kept = list_backups(location.backups)
    assert len([b for b in kept if b.reason == "start"]) == 2
    assert 1 <= len([b for b in kept if b.reason == "workshop-ended"]) <= 5
    assert not [p for p in location.backups.iterdir() if "partial" in p.name]


def test_the_readme_and_the_architecture_say_what_the_rotation_keeps():
    for document in ("README.md", "docs/architecture.md"):
        text = " ".join((ROOT / document).read_text(encoding="utf-8").split())
        assert f"the newest {KEEP_BACKUPS} routine backups" in text, document
        assert f"the newest {KEEP_PROTECTED} of each protected kind" in text, document
