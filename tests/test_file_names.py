"""One rule for the file names the app proposes (reports, certificates, client summaries, a
workshop's export, a person's data): every system accepts them, a name is still readable."""

from __future__ import annotations

import pytest

from facilitator_app.text import safe_file_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forum : « Agir » / 2026", "Forum « Agir » 2026"),
        ('Chloé "CM" <mairie>?', "Chloé CM mairie"),
        ("..Atelier.", "Atelier"),
        ("tab\tnew\nline", "tab new line"),
        ("/:*?", "repli"),
        ("", "repli"),
    ],
)
def test_a_name_every_system_accepts(text, expected):
    assert safe_file_name(text, 80, "repli") == expected


def test_a_long_name_is_cut_and_never_ends_with_a_dot():
    assert safe_file_name("a" * 59 + ". b", 60, "x") == "a" * 59
    assert len(safe_file_name("é" * 200, 60, "x")) == 60
