"""The printed method sheet: a real PDF with the French text and embedded fonts, the depth of
the method (roles, tips, variations, what it produces, who created it), one page or a clean
second one, and no printed line starting with a punctuation mark."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from facilitator_app.reports.method_sheet import render_method_sheet
from facilitator_app.tools import registry

PUNCTUATION = ":;!?»%×)"


def _pages(pdf) -> list[str]:
    return [page.extract_text() for page in PdfReader(str(pdf)).pages]


def _text(pdf) -> str:
    """The sheet's words with every run of spaces and line breaks as one space (table cells
    wrap, and the sheet prints no-break spaces)."""
    return " ".join("\n".join(_pages(pdf)).split())


def lines_starting_with_punctuation(pages: list[str]) -> list[str]:
    """The printed lines that begin with a colon, a closing guillemet or the like."""
    lines = "\n".join(pages).splitlines()
    return [line for line in lines if line.strip() and line.strip()[0] in PUNCTUATION]


def test_the_check_finds_a_line_that_starts_with_a_colon():
    assert lines_starting_with_punctuation(["Matériel\n: papier", "« citation\n»"]) == [
        ": papier",
        "»",
    ]
    assert lines_starting_with_punctuation(["Matériel : papier\n(2 min)"]) == []


def test_the_sheet_is_one_page_with_french_accents(tmp_path):
    tool = registry.find_tool("1-2-4-all")
    pdf = render_method_sheet(tool, tmp_path / "fiche.pdf", "fr")
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF") and data.rstrip().endswith(b"%%EOF")
    assert len(_pages(pdf)) == 1
    assert b"DejaVuSans" in data and b"FontFile2" in data  # the font travels with the file
    text = _text(pdf)
    assert "1-2-4-Tous" in text
    assert "À quatre" in text  # a phase name with its accent
    assert "Déroulé" in text and "Consigne à donner" in text
    assert "12 min (12 à 15 min)" in text and "Page 1 sur 1" in text


def test_the_sheet_prints_what_the_method_gives_a_facilitator(tmp_path):
    tool = registry.find_tool("1-2-4-all")
    text = _text(render_method_sheet(tool, tmp_path / "fiche.pdf", "fr"))
    for heading in (
        "Ce qu’elle rend possible",
        "Rôles",
        "Conseils et pièges",
        "Variantes",
        "Ce qu’elle produit",
        "Source :",
    ):
        assert heading in text, heading
    assert "des notes et des cartes ou post-it" in text
    assert "Henri Lipmanowicz et Keith McCandless" in text
    assert " ".join(tool.text("fr").items("tips")[0].split()[:6]) in text


def test_rounds_that_follow_the_room_are_said_so(tmp_path):
    text = _text(render_method_sheet(registry.find_tool("weather-check-in"), tmp_path / "w.pdf"))
    assert "un tour par personne" in text
    text = _text(render_method_sheet(registry.find_tool("troika-consulting"), tmp_path / "t.pdf"))
    assert "un tour par membre du groupe" in text


@pytest.mark.parametrize("language", ["fr", "en"])
def test_every_sheet_fits_two_pages_and_no_line_starts_with_punctuation(tmp_path, language):
    too_long, broken = [], {}
    for tool in registry.builtin_tools():
        pages = _pages(render_method_sheet(tool, tmp_path / f"{tool.id}.pdf", language))
        if len(pages) > 2:
            too_long.append(tool.id)
        bad = lines_starting_with_punctuation(pages)
        if bad:
            broken[tool.id] = bad
    assert too_long == [] and broken == {}


def test_a_short_method_keeps_to_one_page(tmp_path):
    for tool_id in ("1-2-4-all", "weather-check-in", "roti", "dot-voting"):
        for language in ("fr", "en"):
            pdf = render_method_sheet(
                registry.find_tool(tool_id), tmp_path / f"{tool_id}.pdf", language
            )
            assert len(_pages(pdf)) == 1, (tool_id, language)


def test_english_sheet_and_no_leftover_temporary_file(tmp_path):
    # A folder of its own: tmp_path also holds the test's data folder, where the first
    # reading of the library in a test process writes its cache.
    folder = tmp_path / "out"
    folder.mkdir()
    pdf = render_method_sheet(registry.find_tool("1-2-4-all"), folder / "sheet.pdf", "en")
    assert [p.name for p in folder.iterdir()] == ["sheet.pdf"]
    text = _text(pdf)
    assert "Steps" in text and "Page 1 of 1" in text and "Tips and traps" in text
    assert "“I am going to ask you a question." in text


def test_a_failed_render_leaves_the_previous_file(tmp_path, monkeypatch):
    from facilitator_app.reports import method_sheet

    folder = tmp_path / "out"  # beside the data folder (see above)
    folder.mkdir()
    target = folder / "sheet.pdf"
    target.write_bytes(b"previous")

    def broken(self):
        raise RuntimeError("boom")

    monkeypatch.setattr(method_sheet.MethodSheet, "story", broken)
    with pytest.raises(RuntimeError):
        render_method_sheet(registry.find_tool("1-2-4-all"), target)
    assert target.read_bytes() == b"previous"
    assert [p.name for p in folder.iterdir()] == ["sheet.pdf"]


def test_a_phase_named_like_its_grouping_is_printed_once_per_place(tmp_path):
    pdf = render_method_sheet(registry.find_tool("1-2-4-all"), tmp_path / "fiche.pdf", "fr")
    text = _text(pdf)
    assert text.count("À deux") == 2  # on the bar and in the table, not again as its grouping
    assert "Toute la salle" in text  # "Tous" is done as a whole room: that one is printed


def test_the_invitation_is_quoted_with_no_break_spaces():
    from reportlab.platypus import KeepTogether, Paragraph

    from facilitator_app.reports.method_sheet import MethodSheet

    story = MethodSheet(registry.find_tool("1-2-4-all"), "fr").story()
    paragraphs = [
        f
        for block in story
        if isinstance(block, KeepTogether)
        for f in block._content
        if isinstance(f, Paragraph)
    ]
    boxed = next(p.text for p in paragraphs if p.style.name == "box")
    assert boxed.startswith("«\u00a0Je vais") and boxed.endswith("\u00a0»")
    assert "\u202f" not in boxed  # ReportLab would break a line there


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_timeline_never_cuts_a_steps_name(language):
    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from facilitator_app.reports.method_sheet import MethodSheet
    from facilitator_app.typography import printable

    for tool in registry.builtin_tools():
        drawing = MethodSheet(tool, language)._timeline()
        strings = [s for s in drawing.contents if isinstance(s, String)]
        texts = [s.text for s in strings]
        for phase in tool.phases:
            assert printable(phase.text(language).name) in texts, (tool.id, phase.key)
        assert not any("…" in text for text in texts), tool.id
        boxes = [
            (s.x, s.y, s.x + stringWidth(s.text, s.fontName, s.fontSize), s.y + s.fontSize)
            for s in strings
        ]
        for i, a in enumerate(boxes):
            assert a[2] <= drawing.width + 0.5, (tool.id, texts[i])
            for b in boxes[i + 1 :]:
                overlap = a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]
                assert not overlap, (tool.id, texts[i])
