"""The printed method sheet: a real one-page PDF with the French text and embedded fonts."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from facilitator_app.reports.method_sheet import render_method_sheet
from facilitator_app.tools import registry


def _text(pdf) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)


def _pages(pdf) -> int:
    return len(PdfReader(str(pdf)).pages)


def test_the_sheet_is_one_page_with_french_accents(tmp_path):
    tool = registry.find_tool("1-2-4-all")
    pdf = render_method_sheet(tool, tmp_path / "fiche.pdf", "fr")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert _pages(pdf) == 1
    assert b"DejaVuSans" in data and b"FontFile2" in data  # the font travels with the file
    text = _text(pdf)
    assert "1-2-4-Tous" in text
    assert "À quatre" in text  # a phase name with its accent
    assert "Déroulé" in text and "Consigne à donner" in text
    assert "12 min" in text and "Page 1 sur 1" in text


def test_the_longest_tool_still_fits_on_one_page(tmp_path):
    def length(tool):
        texts = [*vars(tool.text("fr")).values()]
        texts += [p.text("fr").instructions for p in tool.phases]
        return sum(len(t) for t in texts) + 200 * len(tool.phases)

    tool = max(registry.builtin_tools(), key=length)
    for language in ("fr", "en"):
        pdf = render_method_sheet(tool, tmp_path / f"{language}.pdf", language)
        assert _pages(pdf) == 1


def test_english_sheet_and_no_leftover_temporary_file(tmp_path):
    pdf = render_method_sheet(registry.find_tool("1-2-4-all"), tmp_path / "sheet.pdf", "en")
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]
    text = _text(pdf)
    assert "Steps" in text and "Page 1 of 1" in text


def test_a_failed_render_leaves_the_previous_file(tmp_path, monkeypatch):
    from facilitator_app.reports import method_sheet

    target = tmp_path / "sheet.pdf"
    target.write_bytes(b"previous")

    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(method_sheet.MethodSheet, "story", broken)
    with pytest.raises(RuntimeError):
        render_method_sheet(registry.find_tool("1-2-4-all"), target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["sheet.pdf"]


def test_a_phase_named_like_its_grouping_is_printed_once_per_place(tmp_path):
    pdf = render_method_sheet(registry.find_tool("1-2-4-all"), tmp_path / "fiche.pdf", "fr")
    text = _text(pdf)
    assert text.count("À deux") == 2  # on the bar and in the table, not again as its grouping
    assert "Toute la salle" in text  # "Tous" is done as a whole room: that one is printed
