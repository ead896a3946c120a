"""The "Add activity…" picker searches like the library and never adds nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt

from facilitator_app.text import fold
from facilitator_app.tools import registry
from facilitator_app.ui.planner.dialogs import ToolPicker


def listed(picker: ToolPicker) -> list[str]:
    return [
        picker.list.item(n).data(Qt.ItemDataRole.UserRole).id for n in range(picker.list.count())
    ]


def names(picker: ToolPicker) -> list[str]:
    return [picker.list.item(n).text().split(" — ")[0] for n in range(picker.list.count())]


def test_typing_without_accents_finds_the_accented_name(qtbot) -> None:
    picker = ToolPicker(registry.builtin_tools(), "fr")
    qtbot.addWidget(picker)
    qtbot.keyClicks(picker.search, "meteo")
    assert "weather-check-in" in listed(picker)
    assert picker.chosen() is not None and picker.chosen().id == "weather-check-in"
    picker.search.clear()
    qtbot.keyClicks(picker.search, "METE")  # partial word, any case
    assert listed(picker)[0] == "weather-check-in"


def test_no_match_clears_the_description_and_disables_adding(qtbot) -> None:
    picker = ToolPicker(registry.builtin_tools(), "fr")
    qtbot.addWidget(picker)
    assert picker.summary.text() and picker.add_button.isEnabled()
    qtbot.keyClicks(picker.search, "zzzqqq")
    assert picker.list.count() == 0
    assert picker.chosen() is None
    assert picker.summary.text() == ""
    assert not picker.add_button.isEnabled()
    picker.add_button.click()  # even if clicked somehow, nothing is accepted
    assert picker.result() != picker.DialogCode.Accepted
    picker.search.clear()
    assert picker.add_button.isEnabled() and picker.summary.text()


def test_the_list_is_in_accent_folded_alphabetical_order(qtbot) -> None:
    picker = ToolPicker(registry.builtin_tools(), "fr")
    qtbot.addWidget(picker)
    shown = names(picker)
    assert shown == sorted(shown, key=fold)
    assert shown.index("Décision par consentement") < shown.index(
        next(n for n in shown if n.startswith("Dialogue"))
    )
    picker.grab().save("/tmp/shots/picker.png")
