"""Everything the app writes goes to the data folder the user chose: with --data-dir (or
FACILITATOR_APP_DATA_DIR) nothing lands in the user's default data folder, the tools cache
included."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _files(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*") if p.is_file())


@pytest.mark.skipif(sys.platform != "linux", reason="XDG folders are Linux's")
@pytest.mark.parametrize("how", ["option", "environment"])
def test_the_tools_cache_follows_the_chosen_data_folder(tmp_path, how):
    home = tmp_path / "home"
    chosen = tmp_path / "chosen"
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "XDG_CONFIG_HOME": str(home / "config"),
    }
    env.pop("FACILITATOR_APP_DATA_DIR", None)
    argv = [sys.executable, "-m", "facilitator_app"]
    if how == "option":
        argv += ["--data-dir", str(chosen)]
    else:
        env["FACILITATOR_APP_DATA_DIR"] = str(chosen)
    result = subprocess.run(
        [*argv, "tools", "list"], capture_output=True, text=True, env=env, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert not home.exists() or _files(home) == []
    assert (chosen / "cache" / "tools-cache.json").exists()


def test_the_chosen_folder_does_not_outlive_the_command(tmp_path, isolated_data_dir):
    from facilitator_app.cli import main
    from facilitator_app.paths import data_dir

    assert main(["--data-dir", str(tmp_path / "once"), "workshops", "list"]) == 0
    assert data_dir() == isolated_data_dir.resolve()
