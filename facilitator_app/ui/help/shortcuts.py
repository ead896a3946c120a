"""One page with every shortcut: the window's (ui/actions.py) and the live console's, which a
presentation clicker sends too (ui/live/keys.py). Built from those two tables, so it never
drifts from what the keys really do."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, QKeyCombination, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from facilitator_app.ui.actions import ACTIONS
from facilitator_app.ui.live.keys import COMMANDS


def _tr(text: str) -> str:
    return QCoreApplication.translate("ShortcutsDialog", text)


def _keys(*keys: object) -> str:
    texts = []
    for key in keys:
        text = _key_text(QKeySequence(key))  # type: ignore[call-overload]
        if text:
            texts.append(f"<kbd>{escape(text)}</kbd>")
    return ", ".join(texts)


def _key_text(sequence: QKeySequence) -> str:
    """The key as the user reads it; a key of the numeric keypad said in words (Qt's own
    "Num++" reads as a typing error)."""
    if sequence.isEmpty():
        return ""
    combination = sequence[0]  # type: ignore[index]  # PySide6 stubs lack __getitem__
    keypad = Qt.KeyboardModifier.KeypadModifier
    if not combination.keyboardModifiers() & keypad:
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)
    others = combination.keyboardModifiers() & ~keypad
    plain = QKeySequence(QKeyCombination(others, combination.key()))
    return QCoreApplication.translate("ShortcutsDialog", "{key} (numeric keypad)").format(
        key=plain.toString(QKeySequence.SequenceFormat.NativeText)
    )


def _label(text: str) -> str:
    return escape(text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(".…"))


def window_rows() -> list[tuple[str, str]]:
    rows = []
    for spec in ACTIONS:
        if spec.shortcut is None:
            continue
        keys = _keys(spec.shortcut)
        if keys:
            rows.append((_label(QCoreApplication.translate("Actions", spec.label)), keys))
    return rows


def console_rows() -> list[tuple[str, str]]:
    return [
        (_label(QCoreApplication.translate("LiveCommands", str(c.label))), _keys(*c.keys))
        for c in COMMANDS
    ]


def clicker_rows() -> list[tuple[str, str]]:
    """What a presentation clicker's buttons send, and what the console does with them."""
    return [
        (QCoreApplication.translate("ShortcutsDialog", "Next step or activity"), _keys("PgDown")),
        (QCoreApplication.translate("ShortcutsDialog", "Previous step"), _keys("PgUp")),
        (
            QCoreApplication.translate(
                "ShortcutsDialog", "Black screen (the clicker's screen button)"
            ),
            _keys("B", "."),
        ),
        (
            QCoreApplication.translate(
                "ShortcutsDialog", "Present: full screen and start (the clicker's play button)"
            ),
            _keys("F5", "Shift+F5"),
        ),
        (QCoreApplication.translate("ShortcutsDialog", "Leave full screen"), _keys("Esc")),
    ]


def shortcuts_html() -> str:
    sections = (
        (QCoreApplication.translate("ShortcutsDialog", "In the window"), window_rows()),
        (
            QCoreApplication.translate(
                "ShortcutsDialog", "In the live console and on the projector"
            ),
            console_rows(),
        ),
        (
            QCoreApplication.translate("ShortcutsDialog", "With a presentation clicker"),
            clicker_rows(),
        ),
    )
    parts = [f"<h2>{escape(_tr('Keyboard and clicker shortcuts'))}</h2>"]
    for title, rows in sections:
        parts.append(f"<h3>{escape(title)}</h3><table cellpadding='3'>")
        parts.extend(f"<tr><td>{label}</td><td>{keys}</td></tr>" for label, keys in rows)
        parts.append("</table>")
    parts.append(
        "<p>"
        + escape(
            QCoreApplication.translate(
                "ShortcutsDialog",
                "Tab and Shift+Tab go from one field to the next; Space or Enter presses the "
                "button that has the focus. In the console, Shift+F1 then a click explains "
                "any control.",
            )
        )
        + "</p>"
    )
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        # Closing the main window quits even while this dialog is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setWindowTitle(
            QCoreApplication.translate("ShortcutsDialog", "Keyboard and clicker shortcuts")
        )
        self.resize(640, 600)
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        self.text.setObjectName("shortcutsText")
        self.text.setAccessibleName(
            QCoreApplication.translate("ShortcutsDialog", "Keyboard and clicker shortcuts")
        )
        self.text.setOpenLinks(False)
        self.text.setHtml(shortcuts_html())
        layout.addWidget(self.text, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(
            QCoreApplication.translate("ShortcutsDialog", "Close")
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def show_shortcuts(window: QWidget) -> ShortcutsDialog:
    dialog = window.findChild(ShortcutsDialog)
    if dialog is None:
        dialog = ShortcutsDialog(window)
    dialog.show()
    dialog.raise_()
    return dialog
