"""`facilitator-app outputs WORKSHOP [--item] [--kind] [--lang] --json|--csv`: what was captured,
in words, for a spreadsheet; exit 2 with one line for an unknown workshop, item or kind."""

from __future__ import annotations

import csv
import io
import json

import pytest

from facilitator_app.cli import main
from facilitator_app.services.capture import cards, records
from facilitator_app.services.demo import install_demo
from facilitator_app.storage.database import Database


@pytest.fixture
def cafe(db: Database) -> int:
    return install_demo(db)[0]


def _csv(capsys: pytest.CaptureFixture[str], delimiter: str = ";") -> list[list[str]]:
    text = capsys.readouterr().out
    assert text.startswith("\ufeff")  # spreadsheets then read the accents
    return list(csv.reader(io.StringIO(text[1:]), delimiter=delimiter))


def test_the_weather_in_words_in_french(cafe, capsys):
    assert main(["outputs", str(cafe), "--kind", "weather", "--csv"]) == 0
    rows = _csv(capsys)
    assert rows[0] == ["Séquence", "Participant", "Météo", "Commentaire"]
    assert [r[2] for r in rows[1:]] == [
        "Soleil",
        "Soleil et nuages",
        "Brouillard",
        "Soleil et nuages",
    ]


def test_english_on_request_and_a_block_per_kind(cafe, capsys):
    assert main(["outputs", str(cafe), "--csv", "--lang", "en"]) == 0
    rows = _csv(capsys, ",")
    titles = [r[0] for index, r in enumerate(rows) if index == 0 or (rows[index - 1] == [])]
    assert titles[:3] == ["The room’s weather", "Notes", "Desert island objects"]
    assert "Fog" in {cell for row in rows for cell in row}


def test_one_item_only(cafe, db, capsys):
    from facilitator_app.services.capture.query import find_item

    item = find_item(db, cafe, "Rotation #2 - RESSOURCES")
    assert main(["outputs", str(cafe), "--item", str(item), "--kind", "note", "--csv"]) == 0
    rows = _csv(capsys)
    assert {r[0] for r in rows[1:]} == {"Rotation #2 - RESSOURCES"}
    assert rows[1][1] == "Île déserte"  # the room's order, not the alphabet's


def test_json_gives_words_and_codes(cafe, capsys):
    assert main(["outputs", str(cafe), "--json", "--kind", "weather"]) == 0
    printed = json.loads(capsys.readouterr().out)
    [kind] = printed["kinds"]
    assert kind["label"] == "Météo de la salle"
    assert kind["rows"][2]["weather"] == "Brouillard"
    assert kind["rows"][2]["weather_code"] == "fog"


def test_cards_show_their_column_in_the_words_the_method_gives(db, capsys):
    from facilitator_app.services import agenda, workshops

    workshop = workshops.create_workshop(db, "Bateau")
    day = agenda.workshop_agenda(db, workshop).days[0].id
    item = agenda.add_tool_item(db, day, "speed-boat")
    cards.add_card(db, workshop, item, "Trop de réunions", category="anchors", colour="pink")
    assert main(["outputs", "Bateau", "--kind", "card", "--csv"]) == 0
    rows = _csv(capsys)
    assert rows[1][2:5] == ["Trop de réunions", "Rose", "Ancres"]


@pytest.mark.parametrize(
    "argv, message",
    [
        (["outputs", "99", "--csv"], "no workshop matches"),
        (["outputs", "1", "--csv", "--item", "999"], "no agenda item"),
        (["outputs", "1", "--csv", "--kind", "rainbow"], "unknown kind of output"),
        (["outputs", "1"], "one of the arguments --json --csv is required"),
        (["outputs", "1", "--json", "--csv"], "not allowed with"),
    ],
)
def test_bad_input_exits_2_with_one_line(cafe, capsys, argv, message):
    try:
        code = main(argv)
    except SystemExit as exit_:  # argparse's own refusals
        code = exit_.code
    err = capsys.readouterr().err
    assert code == 2
    assert message in err and len(err.strip().splitlines()) == 1


def test_a_weather_typed_in_the_console_is_there_at_once(cafe, db, capsys):
    from facilitator_app.services.capture.query import find_item

    item = find_item(db, cafe, "Rotation #1 - ORIGINES & FINALITES")
    records.set_weather(db, cafe, item, "storm", author="Célia", comment="Tendu")
    assert main(["outputs", str(cafe), "--kind", "weather", "--csv"]) == 0
    assert _csv(capsys)[-1][1:] == ["Célia", "Orage", "Tendu"]
