"""The settings dialog: one page per subject (language, timer and chimes, projector, data and
backups). Every change is saved and applied as soon as it is made (there is no OK button to
forget): the window's language at once, the console's chimes and colours at their next use."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from facilitator_app.settings import SETTINGS, Setting
from facilitator_app.ui.context import AppContext
from facilitator_app.ui.settings.backups import BackupsBox
from facilitator_app.ui.settings.fields import CHOICES, PAGES, WARNING_SUFFIXES, Field, Page

_SETTINGS = {s.name: s for s in SETTINGS}


def _tr(text: str) -> str:
    return QCoreApplication.translate("SettingsDialog", text) if text else ""


class SettingsDialog(QDialog):
    # The name of the setting just changed (the window may act on it).
    setting_changed = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("settingsDialog")
        # Closing the main window quits even while this dialog is open.
        self.setAttribute(Qt.WidgetAttribute.WA_QuitOnClose, False)
        self.setMinimumWidth(720)
        self.editors: dict[str, QWidget] = {}
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("settingsPages")
        layout.addWidget(self.tabs, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._build()

    # -- building ----------------------------------------------------------------------------
    def _build(self) -> None:
        """(Re)build the pages in the language now installed, on the same page."""
        current = self.tabs.currentIndex()
        while self.tabs.count():
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            if old is not None:
                old.deleteLater()
        self.editors.clear()
        self.setWindowTitle(QCoreApplication.translate("SettingsDialog", "Settings"))
        for page in PAGES:
            self.tabs.addTab(self._page(page), _tr(page.title))
        self.tabs.setCurrentIndex(max(current, 0))
        # Every page's name in sight, in either language (no scroll arrows hiding the last).
        self.setMinimumWidth(max(720, self.tabs.tabBar().sizeHint().width() + 32))
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(QCoreApplication.translate("SettingsDialog", "Close"))

    def _page(self, page: Page) -> QWidget:
        widget = QWidget()
        widget.setObjectName(f"settingsPage_{page.key}")
        layout = QVBoxLayout(widget)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        layout.addLayout(form)
        for field in page.fields:
            setting = _SETTINGS.get(field.name)
            if setting is None:
                continue  # not in this version's settings table
            editor = self._editor(field, setting)
            editor.setObjectName(f"setting_{field.name}")
            editor.setAccessibleName(_tr(field.label))
            if field.tip:
                editor.setToolTip(_tr(field.tip))
            self.editors[field.name] = editor
            if isinstance(editor, QCheckBox):
                form.addRow("", editor)
            else:
                label = QLabel(_tr(field.label))
                label.setBuddy(editor)
                form.addRow(label, editor)
            if field.tip and len(_tr(field.tip)) > 40:  # a sentence: shown, not hidden
                hint = QLabel(_tr(field.tip))
                hint.setWordWrap(True)
                hint.setStyleSheet("color: palette(placeholder-text);")
                form.addRow("", hint)
        if page.key == "timer":
            self._follow_warning_unit()
        if page.key == "data":
            self._data_rows(form)
            layout.addWidget(BackupsBox(self.ctx, self), 1)
        else:
            layout.addStretch(1)
        return widget

    def _follow_warning_unit(self) -> None:
        """The amber and red spin boxes show the unit chosen above them (% or s)."""
        unit = self.editors.get("warning_unit")
        spins = [self.editors.get(name) for name in ("warning_amber", "warning_red")]
        if not isinstance(unit, QComboBox):
            return

        def show(*_args: object) -> None:
            suffix = _tr(WARNING_SUFFIXES.get(unit.currentData(), ""))
            for spin in spins:
                if isinstance(spin, QSpinBox):
                    spin.setSuffix(suffix)

        unit.currentIndexChanged.connect(show)
        show()

    def _editor(self, field: Field, setting: Setting) -> QWidget:
        value = self.ctx.settings.get(setting.name)
        if setting.type is bool:
            box = QCheckBox(_tr(field.label))
            box.setChecked(bool(value))
            box.toggled.connect(lambda on, name=setting.name: self.apply(name, bool(on)))
            return box
        if setting.type is int:
            spin = QSpinBox()
            spin.setRange(int(setting.minimum or 0), int(setting.maximum or 10_000))
            spin.setValue(int(value))
            spin.setSuffix(_tr(field.suffix))
            spin.setKeyboardTracking(False)  # typing "45" saves 45, not 4 then 45
            spin.valueChanged.connect(lambda number, name=setting.name: self.apply(name, number))
            return spin
        if setting.name == "projector_screen":
            return self._screen_choice(value)
        if setting.choices:
            combo = QComboBox()
            labels = CHOICES.get(setting.name, {})
            for choice in setting.choices:
                combo.addItem(_tr(labels.get(choice, str(choice))), choice)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.currentIndexChanged.connect(
                lambda _i, c=combo, name=setting.name: self.apply(name, c.currentData())
            )
            return combo
        line = QLineEdit(str(value))
        line.editingFinished.connect(
            lambda e=line, name=setting.name: self.apply(name, e.text().strip())
        )
        return line

    def _screen_choice(self, saved: str) -> QComboBox:
        combo = QComboBox()
        combo.addItem(
            QCoreApplication.translate(
                "SettingsDialog", "Automatic: the screen without the console"
            ),
            "",
        )
        for screen in QGuiApplication.screens():
            size = screen.size()
            combo.addItem(f"{screen.name()} ({size.width()}×{size.height()})", screen.name())
        if saved and combo.findData(saved) < 0:
            combo.addItem(
                QCoreApplication.translate("SettingsDialog", "{name} (not connected)").format(
                    name=saved
                ),
                saved,
            )
        combo.setCurrentIndex(max(combo.findData(saved), 0))
        combo.currentIndexChanged.connect(
            lambda _i: self.apply("projector_screen", combo.currentData())
        )
        return combo

    def _data_rows(self, form: QFormLayout) -> None:
        from facilitator_app.ui.settings.data_folder import DataFolderRow

        row = DataFolderRow(self.ctx, self)
        label = QLabel(QCoreApplication.translate("SettingsDialog", "Data folder"))
        label.setBuddy(row.folder)
        form.addRow(label, row)
        hint = QLabel(
            QCoreApplication.translate(
                "SettingsDialog",
                "Everything stays in this folder, on this computer. Another folder chosen "
                "here is used from the next start (--data-dir FOLDER still wins).",
            )
        )
        hint.setWordWrap(True)
        hint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(hint)

    # -- applying ----------------------------------------------------------------------------
    def apply(self, name: str, value: Any) -> None:
        """Save one setting and make it felt now where Qt allows it."""
        if self.ctx.settings.get(name) == value:
            return
        self.ctx.settings.set(name, value)
        if name == "language":
            self._apply_language(value)
        self.setting_changed.emit(name)
        notify = getattr(self.ctx, "settings_changed", None)
        if notify is not None:
            notify.emit(name)

    def _apply_language(self, value: str) -> None:
        from facilitator_app.ui.i18n import resolve_language

        window = self.parent()
        choose = getattr(window, "choose_language", None)
        if choose is None:
            return
        choose(resolve_language(value))
        # The window records the language it speaks; the setting keeps what the user chose
        # ("the system's language" stays so).
        self.ctx.settings.set("language", value)
        self._build()


def open_settings(window: QWidget, ctx: AppContext, page: str | None = None) -> SettingsDialog:
    """Show the dialog (one at a time), on `page` if given ("data", "timer"...)."""
    dialog = window.findChild(SettingsDialog)
    if dialog is None:
        dialog = SettingsDialog(ctx, window)
    if page is not None:
        keys = [p.key for p in PAGES]
        if page in keys:
            dialog.tabs.setCurrentIndex(keys.index(page))
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
