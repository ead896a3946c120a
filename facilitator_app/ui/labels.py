"""Translated names of the domain's closed vocabularies, for every screen to share."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP

_ITEM_KINDS = {
    "activity": QT_TRANSLATE_NOOP("Labels", "Activity"),
    "break": QT_TRANSLATE_NOOP("Labels", "Break"),
    "plenary": QT_TRANSLATE_NOOP("Labels", "Plenary"),
    "meal": QT_TRANSLATE_NOOP("Labels", "Meal"),
}
_CATEGORIES = {
    "agent": QT_TRANSLATE_NOOP("Labels", "Agent"),
    "elected": QT_TRANSLATE_NOOP("Labels", "Elected official"),
    "external": QT_TRANSLATE_NOOP("Labels", "External"),
    "trainer": QT_TRANSLATE_NOOP("Labels", "Trainer"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
_ROLES = {
    "scribe": QT_TRANSLATE_NOOP("Labels", "Scribe"),
    "timekeeper": QT_TRANSLATE_NOOP("Labels", "Timekeeper"),
    "table_host": QT_TRANSLATE_NOOP("Labels", "Table host"),
    "facilitator": QT_TRANSLATE_NOOP("Labels", "Facilitator"),
    "client": QT_TRANSLATE_NOOP("Labels", "Client"),
}


def _label(table: dict[str, str], key: str) -> str:
    source = table.get(key)
    return QCoreApplication.translate("Labels", source) if source else key


def item_kind_label(kind: str) -> str:
    return _label(_ITEM_KINDS, kind)


def category_label(category: str) -> str:
    return _label(_CATEGORIES, category)


def role_label(role: str) -> str:
    return _label(_ROLES, role)
