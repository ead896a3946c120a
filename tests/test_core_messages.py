"""The core's messages reach the window as English templates with parameters, so the window can
show them in the user's language: every error we raise, every Phrase and every tool problem
names its sentence with a literal string that scripts/i18n.py collects into the "core"
catalogue, and the sentence's {placeholders} are exactly the parameters given."""

from __future__ import annotations

import ast
import importlib.util
import string
from pathlib import Path

import pytest

from facilitator_app.errors import (
    CorruptDatabase,
    Listing,
    NotOurDatabase,
    Phrase,
    ReadOnlyData,
    UserError,
)
from facilitator_app.exchange.validation import InvalidWorkshopFile
from facilitator_app.tools.loader import Problem, ToolDataError

ROOT = Path(__file__).resolve().parents[1]
spec = importlib.util.spec_from_file_location("i18n_script", ROOT / "scripts" / "i18n.py")
assert spec and spec.loader
i18n = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n)

# Where a sentence is handed on rather than written: the constructor's own parameter.
PASSED_ON = "template"
# The operations' labels are checked by the undo tests; these calls hand errors their words.
PLUMBING = {"operation", "Message", "relabel"}


def _sentence_calls() -> list[tuple[str, ast.Call, str, ast.expr | None]]:
    trees = i18n.core_trees()
    errors = i18n.error_classes(trees)
    return [
        (f"{path.relative_to(ROOT)}:{call.lineno}", call, called, argument)
        for path, tree in trees.items()
        for call, called, argument in i18n.template_arguments(tree, errors)
        if called not in PLUMBING
    ]


def test_the_collector_knows_our_error_classes_and_where_their_template_goes():
    errors = i18n.error_classes(i18n.core_trees())
    assert errors["UserError"] == 0 and errors["NotFoundError"] == 0
    assert errors["InvalidWorkshopFile"] == 1  # (json path, template, **params)
    assert errors["CorruptDatabase"] == 1  # inherited from DatabaseRefused(path, template)
    assert errors["ReadOnlyData"] is None  # it writes its own sentence
    assert errors["ToolDataError"] is None


def test_every_core_error_is_raised_with_a_literal_template():
    """No f-string, no concatenation, no variable: the i18n script could not collect it, and
    the French window would show English."""
    calls = _sentence_calls()
    assert len(calls) > 100  # the walk does see the raise sites
    wrong = [
        f"{where}: {called}({ast.unparse(argument) if argument is not None else ''})"
        for where, _call, called, argument in calls
        if i18n.literal(argument) is None
        and not (isinstance(argument, ast.Name) and argument.id == PASSED_ON)
    ]
    assert not wrong, "write an English template with keyword parameters:\n" + "\n".join(wrong)


def test_each_template_names_exactly_the_parameters_it_is_given():
    mismatched = []
    for where, call, _called, argument in _sentence_calls():
        template = i18n.literal(argument)
        if template is None or any(k.arg is None for k in call.keywords):  # **params
            continue
        fields = {name for _text, name, _spec, _conv in string.Formatter().parse(template)}
        fields.discard(None)
        given = {k.arg for k in call.keywords}
        if fields != given:
            mismatched.append(f"{where}: {template!r} given {sorted(given)}")
    assert not mismatched, "\n".join(mismatched)


def test_the_sentence_a_class_writes_itself_is_collected():
    sentences = set(i18n.core_strings())
    assert ReadOnlyData("/data").template in sentences
    assert CorruptDatabase("/data/x.db", "cannot be read: {error}", error="x").template in sentences
    assert "cannot be read: {error}" in sentences
    assert ToolDataError("x.toml", []).template in sentences
    assert "; " in sentences  # how a list of problems is joined, in each language


def test_composite_messages_read_as_before_in_english():
    tool = ToolDataError(
        "weather.toml",
        [Problem("family", Phrase("must be a table")), Problem("(syntax)", "Expected '='")],
    )
    assert str(tool) == "weather.toml: family: must be a table; (syntax): Expected '='"
    assert tool.problems[0].message == "must be a table" and tool.source == "weather.toml"

    refused = InvalidWorkshopFile("$.days[0].ref", "{ref!r} is used twice", ref="d1")
    assert str(refused) == "$.days[0].ref: 'd1' is used twice"
    assert (refused.path, refused.problem) == ("$.days[0].ref", "'d1' is used twice")

    foreign = NotOurDatabase("/data/x.db", "this file is not a SQLite database")
    assert str(foreign) == "/data/x.db: this file is not a SQLite database"
    assert foreign.detail == "this file is not a SQLite database"
    assert foreign.reason == "foreign" and foreign.path == Path("/data/x.db")


def test_a_phrase_is_its_english_text_and_keeps_its_template():
    phrase = Phrase("a phase has between 1 and {limit} rounds", limit=200)
    assert phrase == "a phase has between 1 and 200 rounds" and isinstance(phrase, str)
    assert phrase.template == "a phase has between 1 and {limit} rounds"
    assert phrase.params == {"limit": 200}
    listing = Listing([phrase, "as it is"])
    assert listing == "a phase has between 1 and 200 rounds; as it is"
    assert listing.items == (phrase, "as it is")
    error = UserError("{what} is at most {limit} characters", what=Phrase("a venue"), limit=300)
    assert str(error) == "a venue is at most 300 characters"


@pytest.mark.parametrize(
    "source",
    [
        'raise UserError(f"day {day_id} does not exist")',
        'raise UserError("day " + str(day_id))',
        'raise UserError("day %s" % day_id)',
        'raise UserError(message)',
        'raise UserError("day {day_id} does not exist".format(day_id=1))',
        'check.fail("phases", f"has {n} phases")',
    ],
)
def test_the_check_would_catch_a_message_the_collector_cannot_see(source):
    errors = i18n.error_classes(i18n.core_trees())
    found = i18n.template_arguments(ast.parse(source), errors)
    assert len(found) == 1 and i18n.literal(found[0][2]) is None
