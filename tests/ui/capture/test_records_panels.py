"""Weather, desert island, portrait, actions, photos and attendance, from the keyboard; the
projection in one key; what is typed survives the console closing."""

from __future__ import annotations

import os
from datetime import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage

from facilitator_app.services.capture import actions, attendance, notes, photos, records
from facilitator_app.ui.live.display import Scene
from tests.ui.capture.conftest import go_to, press, type_in


def test_the_weather_round_one_key_per_person(qtbot, console, room, db):
    panel = go_to(console, room["weather-check-in"], "weather")
    assert panel.panel_id == "weather"
    press(qtbot, console, Qt.Key.Key_F6)
    assert panel.people.hasFocus() and panel.people.count() == 4
    panel.comment.setText("tired")
    qtbot.keyClick(panel.people, Qt.Key.Key_4)  # Anne: fog, with her word
    qtbot.keyClick(panel.people, Qt.Key.Key_1)  # Bruno: sun
    found = records.records_of(db, room["workshop"], room["weather-check-in"], "weather")
    assert [(r.author, r["weather"], r["comment"]) for r in found] == [
        ("Anne", "fog", "tired"),
        ("Bruno", "sun", ""),
    ]
    assert panel.people.currentRow() == 2  # Chloe's turn
    tiles = {t.text: t for t in panel.scene().tiles}
    assert tiles["Fog"].symbol == "≡" and tiles["Fog"].value == "1"


def test_desert_island_objects_and_the_shared_kit(qtbot, console, room, db):
    panel = go_to(console, room["desert-island"], "desert_island")
    panel.person.setEditText("Anne")
    panel.reason.setText("to make fire")
    type_in(qtbot, panel.object, "a lighter")
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_K)
    [found] = records.records_of(db, room["workshop"], room["desert-island"], "desert_island")
    assert (found["object"], found["reason"], found["kit"], found.participant_id) == (
        "a lighter",
        "to make fire",
        True,
        room["Anne"],
    )


def test_portrait_traits_under_the_methods_headings_then_the_composite(qtbot, console, room, db):
    panel = go_to(console, room["collaborative-portrait"], "portrait")
    assert panel.heading.itemData(0) == "head"
    panel.heading.setCurrentIndex(1)
    type_in(qtbot, panel.trait, "Curious")
    panel = go_to(console, room["collaborative-portrait"], "portrait", "composite")
    qtbot.keyClicks(panel.composite, "A group that dares")
    panel.composite_saver.flush()
    found = records.records_of(db, room["workshop"], room["collaborative-portrait"], "portrait")
    assert [(r["heading"], r["trait"], r["composite"]) for r in found] == [
        ("heart", "Curious", False),
        ("", "A group that dares", True),
    ]


def test_actions_with_a_date_or_words_and_a_status_key(qtbot, console, room, db):
    panel = go_to(console, room["speed-boat"], "action")
    panel.who.setText("Anne")
    panel.due.setText("01/04/2026")
    type_in(qtbot, panel.what, "Write the charter")
    panel.due.setText("within six months")
    type_in(qtbot, panel.what, "Try a lunch session")
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    qtbot.keyClick(panel.list, Qt.Key.Key_3)
    found = actions.actions_of(db, room["workshop"], room["speed-boat"])
    assert [(a.what, a.status, str(a.due_on), a.due_text) for a in found] == [
        ("Write the charter", "done", "2026-04-01", ""),
        ("Try a lunch session", "open", "None", "within six months"),
    ]


def test_a_photo_is_re_encoded_and_a_huge_file_refused_at_once(qtbot, console, room, db, tmp_path):
    panel = console.capture.panels["photos"]
    console.capture.tabs.setCurrentWidget(panel)
    image = QImage(3000, 2000, QImage.Format.Format_RGB32)
    image.fill(QColor("#336699"))
    flipchart = tmp_path / "flipchart.png"
    image.save(str(flipchart))
    huge = tmp_path / "huge.jpg"
    with open(huge, "wb") as stream:  # 200 MB without writing them
        stream.truncate(200 * 1024 * 1024)
    panel.add_files([huge])
    assert "too large" in console.capture.status.text()
    panel.add_files([flipchart])
    item = console.run.current_item.id
    qtbot.waitUntil(lambda: bool(photos.photos_of(db, room["workshop"], item)), timeout=10_000)
    [photo] = photos.photos_of(db, room["workshop"], item)
    stored = QImage.fromData(photos.photo_content(db, photo.id))
    assert photo.media_type == "image/jpeg" and max(stored.width(), stored.height()) == 2400
    assert os.path.getsize(huge) == 200 * 1024 * 1024  # never read, never touched


def test_attendance_a_few_letters_then_enter_and_an_arrival_time(qtbot, console, room, db):
    panel = console.capture.panels["attendance"]
    console.capture.tabs.setCurrentWidget(panel)
    panel.half.setCurrentIndex(panel.half.findData("am"))
    type_in(qtbot, panel.filter, "chl")  # Chloe: present
    panel.at.setText("14h10")
    panel.filter.setText("bru")
    qtbot.keyClick(panel.filter, Qt.Key.Key_Down)
    assert panel.list.hasFocus()
    qtbot.keyClick(panel.list, Qt.Key.Key_R)  # Bruno arrived at 14h10
    rows = {r.name: r for r in attendance.sheet(db, room["workshop"], room["day"])}
    assert rows["Chloe"].am.status == "present"
    assert (rows["Bruno"].pm.status, rows["Bruno"].pm.arrived_at) == ("present", time(14, 10))
    assert panel.half.currentData() == "pm"  # the half-day 14h10 belongs to


def test_the_projector_shows_an_output_in_one_key_and_a_black_screen_wins(qtbot, console, room, db):
    panel = go_to(console, room["speed-boat"], "card")
    type_in(qtbot, panel.entry, "Forum")
    qtbot.keyClick(console, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    state = console.projector.state
    assert state.scene is Scene.OUTPUT and state.output.tiles[0].text == "Forum"
    assert "wall" in console.room_sees.text().lower()
    type_in(qtbot, panel.entry, "Wiki")  # a new card reaches the room at once
    assert [t.text for t in console.projector.state.output.tiles] == ["Forum", "Wiki"]
    console.commands["black_screen"].setChecked(True)
    assert console.projector.state.scene is Scene.BLACK
    console.commands["black_screen"].setChecked(False)
    qtbot.keyClick(console, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert console.projector.state.scene is Scene.TIMER


def test_a_line_typed_and_not_added_survives_the_console_closing(qtbot, ctx, room, db):
    from facilitator_app.ui.live import open_console

    console = open_console(ctx, room["workshop"], None)
    qtbot.addWidget(console)
    panel = console.capture.panels["notes"]
    console.capture.tabs.setCurrentWidget(panel)
    panel.entry.setFocus()
    qtbot.keyClicks(panel.entry, "half a sentence")
    console.close()  # as a crash would, nothing was added
    assert notes.notes_of(db, room["workshop"], console.run.current_item.id) == []
    again = open_console(ctx, room["workshop"], None)
    qtbot.addWidget(again)
    assert again.capture.panels["notes"].entry.text() == "half a sentence"
    again.close()


def test_notes_enter_adds_a_line_with_its_scribe_and_m_moves_it(
    qtbot, console, room, db, monkeypatch
):
    from PySide6.QtWidgets import QInputDialog

    panel = console.capture.panels["notes"]
    console.capture.tabs.setCurrentWidget(panel)
    item = console.run.current_item.id
    panel.group.setEditText("Table 1")
    panel.scribe.setText("Chloe")
    type_in(qtbot, panel.entry, "More time for questions")
    type_in(qtbot, panel.entry, "A shorter lunch")
    found = notes.notes_of(db, room["workshop"], item)
    assert [(n.text, n.group_label, n.scribe) for n in found] == [
        ("More time for questions", "Table 1", "Chloe"),
        ("A shorter lunch", "Table 1", "Chloe"),
    ]
    assert panel.entry.text() == "" and panel.list.count() == 2
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Table 2", True))
    panel.list.setFocus()
    panel.list.setCurrentRow(1)
    qtbot.keyClick(panel.list, Qt.Key.Key_M)
    moved = notes.notes_of(db, room["workshop"], item)
    assert [n.group_label for n in moved] == ["Table 1", "Table 2"]
