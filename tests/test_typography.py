"""French typography, pure: the right no-break space before each sign, inside guillemets, the
ellipsis character, and nothing touched that is not punctuation."""

from __future__ import annotations

import pytest

from facilitator_app.typography import NBSP, NNBSP, faults, french, printable, quote


@pytest.mark.parametrize(
    ("plain", "typeset"),
    [
        ("Matériel : papier", f"Matériel{NBSP}: papier"),
        ("Matériel: papier", f"Matériel{NBSP}: papier"),
        ("Vraiment ? Oui ! Non ; enfin", f"Vraiment{NNBSP}? Oui{NNBSP}! Non{NNBSP}; enfin"),
        ("« Bonjour »", f"«{NBSP}Bonjour{NBSP}»"),
        ("«Bonjour»", f"«{NBSP}Bonjour{NBSP}»"),
        ("Attendez...", "Attendez…"),
        ("Solutions 15 %", f"Solutions 15{NNBSP}%"),
        ("Quoi ?!", f"Quoi{NNBSP}?!"),
        ("Et maintenant ? : la suite", f"Et maintenant{NNBSP}?{NBSP}: la suite"),
        ("<b>Cette journée :</b> {work}", f"<b>Cette journée{NBSP}:</b> {{work}}"),
    ],
)
def test_french_sets_the_spaces(plain, typeset):
    assert french(plain) == typeset
    assert faults(typeset) == []
    assert faults(plain) != []
    assert french(typeset) == typeset  # setting it twice changes nothing


@pytest.mark.parametrize(
    "text",
    [
        "14:30 et {m}:{s:02d}",  # times and format fields
        "Fichiers d’atelier (*.facilitator);;Tous les fichiers (*)",  # a Qt file filter
        "&amp;Fichier et http://exemple.fr/a?b=1",  # an entity, an address
        "(?)",
        "%1 sur %2",
    ],
)
def test_separators_placeholders_and_markup_are_left_alone(text):
    assert french(text) == text
    assert faults(text) == []


def test_faults_say_what_and_where():
    [fault] = faults("Déroulé : trois temps")
    assert fault.position == 8 and "no-break space" in fault.message
    assert "Déroulé" in fault.excerpt
    messages = [f.message for f in faults("« oui »... 15 %")]
    assert len(messages) == 4


def test_a_narrow_space_is_wrong_before_a_colon_and_a_wide_one_before_a_question_mark():
    assert faults(f"Matériel{NNBSP}: papier") != []
    assert faults(f"Pourquoi{NBSP}?") != []


def test_quote_uses_each_languages_marks():
    assert quote("Je vais vous poser une question.", "fr") == (
        f"«{NBSP}Je vais vous poser une question.{NBSP}»"
    )
    assert quote("I am going to ask you a question.", "en") == (
        "“I am going to ask you a question.”"
    )


def test_printable_keeps_every_space_unbreakable_for_reportlab():
    text = french("Pourquoi ? Matériel : papier")
    assert NNBSP not in printable(text) and printable(text).count(NBSP) == 2


def test_private_use_characters_typed_in_survive():
    # They once passed for the masks of protected spans: IndexError on a venue "\ue000".
    assert french("\ue000") == "\ue000"
    assert french("Salle \uf000 : {n}") == f"Salle \uf000{NBSP}: {{n}}"
    assert faults("\ue000\uf8ff") == []


def _french_texts(value, english=False):
    """Every text of a demo workshop file that is French (all but the "en" of bilingual ones)."""
    if isinstance(value, dict):
        for key, item in value.items():
            yield from _french_texts(item, english or key == "en")
    elif isinstance(value, list):
        for item in value:
            yield from _french_texts(item, english)
    elif isinstance(value, str) and not english:
        yield value


def test_the_demo_workshops_french_uses_the_typographic_apostrophe_and_capital_accents():
    import json
    import re
    from pathlib import Path

    demo = Path(__file__).resolve().parent.parent / "resources" / "demo"
    faults = []
    for path in sorted(demo.glob("*.json")):
        for text in _french_texts(json.loads(path.read_text(encoding="utf-8"))):
            if re.search(r"\w'\w", text) or re.search(r"(^|[.?!]\s)A [a-zé]", text):
                faults.append(f"{path.name}: {text[:60]}")
    assert faults == []
