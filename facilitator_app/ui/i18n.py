"""Loading our translations (one .qm per screen area) and Qt's own for standard dialogs."""

from __future__ import annotations

from typing import cast

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from facilitator_app.resources import resource_path

SUPPORTED = ("fr", "en")
_installed: list[QTranslator] = []


def QT_TRANSLATE_NOOP(context: str, source: str) -> str:
    """Qt's marker for a string translated later (module-level tables), typed: PySide's stub
    says it returns `object`, but it hands back `source` unchanged. Qt's name is kept, as
    lupdate finds the strings by it. Use this one in new tables, not PySide's."""
    return cast(str, QtCore.QT_TRANSLATE_NOOP(context, source))


def resolve_language(setting: str, override: str | None = None) -> str:
    """`override` (--lang) wins, then the setting; "auto" follows the system locale."""
    if override in SUPPORTED:
        return override  # type: ignore[return-value]
    if setting in SUPPORTED:
        return setting
    return "fr" if QLocale.system().language() == QLocale.Language.French else "en"


def install_translations(app: QCoreApplication, language: str) -> list[str]:
    """Replace the installed translators; returns the .qm files loaded."""
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    loaded: list[str] = []
    for qm in sorted(resource_path("i18n").glob(f"*_{language}.qm")):
        translator = QTranslator(app)
        if translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            loaded.append(qm.name)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qtbase = QTranslator(app)
    if language != "en" and qtbase.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qtbase)
        _installed.append(qtbase)
    QLocale.setDefault(
        QLocale(
            QLocale.Language.French if language == "fr" else QLocale.Language.English,
            QLocale.Country.France if language == "fr" else QLocale.Country.UnitedKingdom,
        )
    )
    return loaded
