"""The card wall, votes and scores, driven from the keyboard as the scribe does."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QInputDialog

from facilitator_app.services.capture import cards, votes
from tests.ui.capture.conftest import go_to, press, type_in


def test_a_card_typed_with_its_colour_key_is_on_the_wall(qtbot, console, room, db):
    wall = go_to(console, room["speed-boat"], "card")
    assert wall.panel_id == "wall"
    assert wall.category.isVisible()  # the speed boat's columns
    wall.category.setCurrentIndex(wall.category.findData("anchors"))
    qtbot.keyClick(console, Qt.Key.Key_F6)
    assert wall.entry.hasFocus()
    qtbot.keyClick(wall.entry, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    type_in(qtbot, wall.entry, "Too many meetings")
    type_in(qtbot, wall.entry, "A shared goal")
    found = cards.wall(db, room["workshop"], room["speed-boat"]).cards
    assert [(c.text, c.colour, c.category) for c in found] == [
        ("Too many meetings", "pink", "anchors"),
        ("A shared goal", "pink", "anchors"),
    ]
    assert wall.entry.text() == ""
    assert wall.count.text().startswith("2")
    labels = [wall.card_items[c.id].text(0) for c in found]
    assert labels[0].startswith("♥ [Anchors]")  # a colour always with its symbol


def test_cards_gathered_into_a_cluster_and_undone(qtbot, console, room, db, monkeypatch):
    wall = go_to(console, room["speed-boat"], "card")
    for text in ("Forum", "Wiki", "Lunch"):
        type_in(qtbot, wall.entry, text)
    first, second, _third = cards.wall(db, room["workshop"], room["speed-boat"]).cards
    wall.tree.setFocus()
    wall.tree.clearSelection()
    for card in (first, second):
        wall.card_items[card.id].setSelected(True)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Tools", True))
    qtbot.keyClick(wall.tree, Qt.Key.Key_G)
    found = cards.wall(db, room["workshop"], room["speed-boat"])
    [cluster] = found.clusters
    assert cluster.name == "Tools"
    assert sorted(c.text for c in found.cards if c.cluster_id == cluster.id) == ["Forum", "Wiki"]
    assert wall.card_items[first.id].parent() is wall.cluster_items[cluster.id]
    console.ctx.undo_stack.undo()
    assert cards.wall(db, room["workshop"], room["speed-boat"]).clusters == ()
    assert wall.card_items[first.id].parent() is wall.cluster_items[None]


def test_a_pasted_five_megabyte_text_is_cut_with_a_message(qtbot, console, room, db):
    wall = go_to(console, room["speed-boat"], "card")
    QApplication.clipboard().setText("x" * 5_000_000)
    wall.entry.setFocus()
    qtbot.keyClick(wall.entry, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    assert len(wall.entry.text()) == 500
    assert "500" in console.capture.status.text()
    qtbot.keyClick(wall.entry, Qt.Key.Key_Return)
    assert len(cards.wall(db, room["workshop"], room["speed-boat"]).cards[0].text) == 500


def test_paper_dots_in_two_keys_per_card(qtbot, console, room, db, monkeypatch):
    wall = go_to(console, room["speed-boat"], "card")
    for text in ("Forum", "Wiki", "Lunch"):
        type_in(qtbot, wall.entry, text)
    panel = go_to(console, room["dot-voting"], "dot_vote")
    assert panel.panel_id == "votes"
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Priorities", True))
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    session = panel.session
    assert session is not None and session.source_item_id == room["speed-boat"]
    assert session.dots_per_person == 3 and session.visibility == "hidden"
    assert panel.table.hasFocus() and panel.table.rowCount() == 3
    for keys in ("5", "2", "0"):
        qtbot.keyClicks(panel.table, keys)
        qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    results = votes.results(db, session.id)
    assert [(o.label, o.total, o.rank) for o in results.options] == [
        ("Forum", 5.0, 1),
        ("Wiki", 2.0, 2),
        ("Lunch", 0.0, 3),  # kept
    ]
    assert panel.scene().hidden_note  # hidden from the room until closed
    press(qtbot, console, Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier)
    assert not votes.get_session(db, session.id).is_open
    scene = panel.scene()
    assert not scene.hidden_note and scene.tiles[0].text.startswith("1. Forum")


def test_fist_of_five_counts_per_level(qtbot, console, room, db, monkeypatch):
    panel = go_to(console, room["fist-of-five"], "score")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Go?", True))
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.table.rowCount() == 6  # 0 to 5 fingers
    panel.table.setCurrentCell(5, 1)
    qtbot.keyClicks(panel.table, "3")
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert votes.results(db, panel.session.id).mean == 5.0


def test_twenty_five_ten_one_key_per_score(qtbot, console, room, db, monkeypatch):
    wall = go_to(console, room["25-10-crowd-sourcing"], "card")
    type_in(qtbot, wall.entry, "Idea")
    panel = go_to(console, room["25-10-crowd-sourcing"], "score")
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("Boldest", True))
    press(qtbot, console, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert panel.table.columnCount() == 8  # option, five rounds, total, rank
    qtbot.keyClicks(panel.table, "54321")
    [option] = votes.results(db, panel.session.id).options
    assert option.scores == (5.0, 4.0, 3.0, 2.0, 1.0) and option.total == 15.0
    qtbot.keyClicks(panel.table, "9")  # off the scale: said, not stored
    assert "score" in console.capture.status.text()


def test_a_burst_of_cards_repaints_the_projector_once_then_once_more_with_all(
    qtbot, console, room, db, monkeypatch
):
    """Phones post twenty cards in a moment: the projector shows the first at once and the
    rest together at the end of the interval, not twenty repaints holding the console."""
    from facilitator_app.ui.capture import panel as capture_panel

    wall = go_to(console, room["speed-boat"], "card")
    cards.add_card(db, room["workshop"], room["speed-boat"], "Déjà là")
    console.capture.set_projecting(True)
    now = [1000.0]
    monkeypatch.setattr(capture_panel.time, "monotonic", lambda: now[0])
    repaints: list[int] = []
    console.capture.scene_changed.connect(lambda: repaints.append(len(wall.cards)))
    for n in range(20):
        cards.add_card(db, room["workshop"], room["speed-boat"], f"carte {n}")
    assert repaints == [2]  # the first change at once
    now[0] += 1
    qtbot.waitUntil(lambda: len(repaints) == 2, timeout=5000)
    assert repaints == [2, 21]  # the last state, once
    assert len(console.projector.state.output.tiles) == 21  # what the room sees
