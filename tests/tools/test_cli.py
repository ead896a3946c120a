"""`facilitator-app tools list/show/sheet`."""

from __future__ import annotations

import json

from facilitator_app.cli import main
from facilitator_app.typography import french


def test_list_json_with_search_ignores_accents(capsys):
    assert main(["tools", "list", "--json", "--search", "tous", "--lang", "fr"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert "1-2-4-all" in [t["id"] for t in found]
    assert main(["tools", "list", "--json", "--purpose", "close"]) == 0
    assert all("close" in t["purposes"] for t in json.loads(capsys.readouterr().out))


def test_list_prints_a_table(capsys):
    assert main(["tools", "list", "--search", "1-2-4"]) == 0
    out = capsys.readouterr().out
    assert "1-2-4-all" in out and "1-2-4-Tous" in out


def test_show_in_french_speaks_french_throughout(capsys):
    assert main(["tools", "show", "1-2-4-all", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    assert french("Déroulé :") in out and "Tous (Toute la salle)" in out
    assert french("Matériel : Papier, Minuteur") in out and "Ouvrir, Explorer, Décider" in out
    assert "Summary" not in out and "(alone)" not in out
    assert "Déroulé :" not in out  # the colon is held by a no-break space, never a plain one


def test_show_prints_the_depth_of_the_method(capsys):
    assert main(["tools", "show", "1-2-4-all", "--lang", "fr"]) == 0
    out = capsys.readouterr().out
    for heading in ("Ce qu’elle rend possible :", "Rôles :", "Conseils et pièges :",
                    "Variantes :", "Ce qu’elle produit :", "Source :"):
        assert french(heading) in out, heading
    assert "12 min (12 à 15 min)" in out and "Henri Lipmanowicz" in out
    assert "  • " in out  # tips and variations are listed one per line
    assert main(["tools", "show", "weather-check-in", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "one turn per person" in out and "(30 s to 1 min)" in out


def test_show_in_english_and_json(capsys):
    assert main(["tools", "show", "1-2-4-all", "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("1-2-4-All\n") and "All (Whole room)" in out and "Steps:" in out
    assert main(["tools", "show", "1-2-4-all", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["duration_minutes"] == 12 and data["phases"][0]["key"] == "alone"
    assert data["duration_range"] == [12, 15] and "behaviour" not in data
    [language] = data["produces"]
    assert data["produces"][language] == {"fr": "des notes et des cartes ou post-it",
                                          "en": "notes and cards or sticky notes"}[language]
    assert data["texts"][language]["source"].startswith("Liberating Structures")
    assert data["texts"][language]["tips"].count("\n") >= 3
    assert data["phases"][1]["max_seconds"] == 180


def test_unknown_id_is_one_line_and_exit_2(capsys):
    assert main(["tools", "show", "no-such-tool"]) == 2
    err = capsys.readouterr().err
    assert "no-such-tool" in err and err.count("\n") == 1
    assert main(["tools", "show", "custom:0000"]) == 2


def test_sheet_writes_a_pdf(tmp_path, capsys):
    target = tmp_path / "sheet.pdf"
    assert main(["tools", "sheet", "1-2-4-all", "-o", str(target), "--lang", "en"]) == 0
    assert target.read_bytes().startswith(b"%PDF")
    assert main(["tools", "sheet", "1-2-4-all", "-o", str(tmp_path / "sheet.txt")]) == 2
    assert "PDF" in capsys.readouterr().err
