"""The documents' names and descriptions on screen, translated (the registry's English labels
are for the command line)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from facilitator_app.ui.i18n import QT_TRANSLATE_NOOP

DOCUMENT_LABELS: dict[str, tuple[str, str]] = {
    "summary": (
        QT_TRANSLATE_NOOP("Reports", "Session summary"),
        QT_TRANSLATE_NOOP(
            "Reports", "What the room produced, item by item, and the action plan: to hand out"
        ),
    ),
    "handout": (
        QT_TRANSLATE_NOOP("Reports", "Two-page handout"),
        QT_TRANSLATE_NOOP("Reports", "The essentials of the summary on one sheet, both sides"),
    ),
    "codev": (
        QT_TRANSLATE_NOOP("Reports", "Co-development: the client's summary"),
        QT_TRANSLATE_NOOP(
            "Reports", "For the client only: the contract, the suggestions and the action plan"
        ),
    ),
    "attendance": (
        QT_TRANSLATE_NOOP("Reports", "Attendance sheets"),
        QT_TRANSLATE_NOOP("Reports", "One sheet per day, a signature per half-day"),
    ),
    "certificates": (
        QT_TRANSLATE_NOOP("Reports", "Certificates of completion"),
        QT_TRANSLATE_NOOP("Reports", "The ministry's model, with the hours actually attended"),
    ),
    "evaluation-form": (
        QT_TRANSLATE_NOOP("Reports", "Evaluation form"),
        QT_TRANSLATE_NOOP("Reports", "The quiz, the objectives and the satisfaction, on paper"),
    ),
    "satisfaction": (
        QT_TRANSLATE_NOOP("Reports", "Satisfaction report"),
        QT_TRANSLATE_NOOP("Reports", "The quality indicators from the forms typed in"),
    ),
    "decisions": (
        QT_TRANSLATE_NOOP("Reports", "Decision register"),
        QT_TRANSLATE_NOOP("Reports", "Every decision with its objections and outcome"),
    ),
    "groups": (
        QT_TRANSLATE_NOOP("Reports", "Group and table lists"),
        QT_TRANSLATE_NOOP("Reports", "Every split into groups, and who sits where"),
    ),
    "methods": (
        QT_TRANSLATE_NOOP("Reports", "Method sheets"),
        QT_TRANSLATE_NOOP("Reports", "The sheet of each method the agenda uses"),
    ),
}


def document_label(kind: str) -> str:
    return QCoreApplication.translate("Reports", DOCUMENT_LABELS[kind][0])


def document_description(kind: str) -> str:
    return QCoreApplication.translate("Reports", DOCUMENT_LABELS[kind][1])
