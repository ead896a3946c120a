"""French and English ship: every screen area has both .ts files, the .qm files are compiled from
them, the .ts files hold every string of the code, and no French string is left untranslated."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert spec and spec.loader
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)

AREAS = sorted(i18n.areas())
LRELEASE = Path(sys.executable).parent / "pyside6-lrelease"
LUPDATE = Path(sys.executable).parent / "pyside6-lupdate"


def messages(ts: Path) -> set[tuple[str, str]]:
    found = set()
    for context in ET.parse(ts).iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found.add((name, message.findtext("source") or ""))
    return found


@pytest.mark.parametrize("area", AREAS)
@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_each_area_ships_a_compiled_translation_that_is_up_to_date(area, language, tmp_path):
    ts = i18n.ts_path(area, language)
    assert ts.exists(), f"{ts.name} is missing: run scripts/i18n.py update {area}"
    qm = ts.with_suffix(".qm")
    assert qm.exists(), f"{qm.name} is missing: run scripts/i18n.py release"
    fresh = tmp_path / qm.name
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == qm.read_bytes(), f"{qm.name} is stale: run scripts/i18n.py release"


@pytest.mark.parametrize("area", AREAS)
def test_every_string_of_the_code_is_in_the_translations(area, tmp_path):
    extracted = tmp_path / f"{area}.ts"
    subprocess.run(
        [str(LUPDATE), *map(str, i18n.areas()[area]), "-locations", "none", "-ts", str(extracted)],
        check=True,
        capture_output=True,
    )
    missing = messages(extracted) - messages(i18n.ts_path(area, "fr"))
    assert not missing, f"run scripts/i18n.py update {area}; new strings: {sorted(missing)[:5]}"


@pytest.mark.parametrize("area", AREAS)
def test_no_french_string_is_left_untranslated(area):
    missing = i18n.untranslated(i18n.ts_path(area, "fr"))
    assert not missing, f"{area}: untranslated French strings: {missing[:5]}"


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_the_core_catalogue_holds_every_sentence_of_the_core_compiled(language, tmp_path):
    ts = i18n.ts_path(i18n.CORE, language)
    sources = {source for _context, source in messages(ts)}
    missing = set(i18n.core_strings()) - sources
    assert not missing, f"run scripts/i18n.py update core; new sentences: {sorted(missing)[:5]}"
    assert not i18n.untranslated(ts), f"core: untranslated: {i18n.untranslated(ts)[:5]}"
    fresh = tmp_path / "core.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(fresh)], check=True)
    assert fresh.read_bytes() == ts.with_suffix(".qm").read_bytes(), "run scripts/i18n.py release"


def test_a_core_error_is_shown_in_french(qapp):
    from facilitator_app.errors import UserError
    from facilitator_app.ui.errors import error_text
    from facilitator_app.ui.i18n import install_translations

    try:
        install_translations(qapp, "fr")
        assert error_text(UserError("a workshop needs a title")) == "un atelier a besoin d’un titre"
    finally:
        install_translations(qapp, "en")


def test_a_service_refusal_is_shown_in_french_in_the_window(qapp, main_window, ctx, monkeypatch):
    from PySide6.QtWidgets import QInputDialog, QMessageBox

    from facilitator_app.services import workshops
    from facilitator_app.ui.i18n import install_translations

    workshop_id = workshops.create_workshop(ctx.db, "Codev")
    main_window.workshop_list.select(workshop_id)
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title, text)))
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("   ", True))
    try:
        install_translations(qapp, "fr")
        ctx.language = "fr"
        main_window.actions_by_id["rename_workshop"].trigger()
    finally:
        install_translations(qapp, "en")
    assert shown == [("Action impossible", "un atelier a besoin d’un titre")]
    assert workshops.get_summary(ctx.db, workshop_id).title == "Codev"


def test_the_sentences_inside_a_core_error_are_translated_with_it(qapp):
    from facilitator_app.errors import NotOurDatabase, Phrase, UserError
    from facilitator_app.tools.loader import Problem, ToolDataError
    from facilitator_app.ui.errors import error_text, phrase_text
    from facilitator_app.ui.i18n import install_translations

    venue = UserError("{what} is at most {limit} characters", what=Phrase("a venue"), limit=300)
    tool = ToolDataError(
        "vote.toml",
        [Problem("family", Phrase("must be a table")), Problem("(syntax)", "Expected '='")],
    )
    foreign = NotOurDatabase("/data/x.db", "this file is not a SQLite database")
    try:
        install_translations(qapp, "fr")
        assert error_text(venue) == "le lieu compte au plus 300 caractères"
        assert error_text(tool) == (
            "vote.toml\u00a0: family\u00a0: doit être une table\u202f; (syntax)\u00a0: Expected '='"
        )
        assert phrase_text(foreign.detail) == "ce fichier n’est pas une base de données SQLite"
    finally:
        install_translations(qapp, "en")
    english = "vote.toml: family: must be a table; (syntax): Expected '='"
    assert error_text(tool) == str(tool) == english


def test_french_is_loaded_and_english_restored(qapp):
    from facilitator_app.ui.i18n import install_translations

    try:
        loaded = install_translations(qapp, "fr")
        assert "app_fr.qm" in loaded
        assert QCoreApplication.translate("Actions", "&New workshop") == "&Nouvel atelier"
    finally:
        install_translations(qapp, "en")
    assert QCoreApplication.translate("Actions", "&New workshop") == "&New workshop"


def test_the_language_follows_the_system_unless_chosen(monkeypatch):
    from PySide6.QtCore import QLocale

    from facilitator_app.ui import i18n as ui_i18n

    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.French))
    assert ui_i18n.resolve_language("auto") == "fr"
    assert ui_i18n.resolve_language("en") == "en"
    assert ui_i18n.resolve_language("auto", override="en") == "en"
    monkeypatch.setattr(QLocale, "system", lambda: QLocale(QLocale.Language.German))
    assert ui_i18n.resolve_language("auto") == "en"


def test_qts_own_file_dialog_speaks_french_too(qapp):
    from PySide6.QtWidgets import QFileDialog, QLabel

    from facilitator_app.ui.i18n import install_translations

    try:
        install_translations(qapp, "fr")
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        # French typography puts a no-break space before the colon (scripts/french_typography.py)
        labels = [label.text().replace("\u00a0", " ") for label in dialog.findChildren(QLabel)]
        dialog.deleteLater()
    finally:
        install_translations(qapp, "en")
    assert "&Voir dans :" in labels and "Fichiers de &type :" in labels


def test_the_french_ui_says_methode_never_outil():
    """One word for a facilitation method in French: "méthode" (the core's labels and the
    library's texts say so), never "outil" in one place and "méthode" in the next."""
    found = []
    for ts in sorted(i18n.I18N.glob("*_fr.ts")):
        for context in ET.parse(ts).iter("context"):
            for message in context.iter("message"):
                translation = message.find("translation")
                if translation is None or translation.get("type") in ("vanished", "obsolete"):
                    continue
                if "outil" in (translation.text or "").lower():
                    found.append((ts.name, message.findtext("source")))
    assert found == []
