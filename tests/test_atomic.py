"""Files the app writes are either the old one or the complete new one."""

from __future__ import annotations

import os
import stat

import pytest

from facilitator_app.atomic import atomic_path


def test_the_new_content_replaces_the_old_with_ordinary_permissions(tmp_path):
    target = tmp_path / "atelier.facilitator"
    target.write_text("old")
    with atomic_path(target) as temporary:
        temporary.write_text("new")
        assert target.read_text() == "old"  # nothing visible until the block ends
    assert target.read_text() == "new"
    current = os.umask(0)
    os.umask(current)
    assert stat.S_IMODE(target.stat().st_mode) == 0o666 & ~current
    assert [p.name for p in tmp_path.iterdir()] == ["atelier.facilitator"]


def test_a_failure_leaves_the_old_file_and_no_debris(tmp_path):
    target = tmp_path / "fiche.pdf"
    target.write_text("old")
    with pytest.raises(RuntimeError), atomic_path(target) as temporary:
        temporary.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["fiche.pdf"]


def test_a_missing_folder_is_an_error_not_created(tmp_path):
    with pytest.raises(FileNotFoundError), atomic_path(tmp_path / "nope" / "x.pdf"):
        pass
    assert not (tmp_path / "nope").exists()
