"""Qt's own dialog strings that the qtbase French catalogue of this Qt version lacks (its file
dialog says "Look in:"). Listed here so that lupdate puts them in our catalogue; Qt looks them up
in every installed translator, ours included."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

MISSING_FROM_QTBASE = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)
