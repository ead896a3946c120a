"""Search as you type (accents, case, partial words, both languages) and the filters."""

from __future__ import annotations

import tomllib

import pytest

from facilitator_app.resources import resource_path
from facilitator_app.tools.loader import parse_tool
from facilitator_app.tools.search import SearchIndex, ToolFilter, search


def _tool(tool_id: str, **changes):
    data = tomllib.loads(resource_path("tools", "1-2-4-all.toml").read_text(encoding="utf-8"))
    data["id"] = tool_id
    for key, value in changes.items():
        if key in ("fr", "en"):
            data[key].update(value)
        else:
            data[key] = value
    return parse_tool(data, f"{tool_id}.toml")


@pytest.fixture
def tools():
    return [
        _tool(
            "mediation",
            fr={"name": "Médiation des conflits", "summary": "Écouter."},
            en={"name": "Conflict mediation", "summary": "Listen."},
            purposes=["decide"],
            group_min=2,
            group_max=3,
        ),
        _tool(
            "cafe",
            fr={"name": "Café du monde", "summary": "Des tables qui tournent."},
            en={"name": "World coffee", "summary": "Rotating tables."},
            purposes=["explore"],
            group_min=12,
            group_max=0,
            materials=["tables", "flipchart"],
        ),
        _tool(
            "weather",
            fr={"name": "Météo", "summary": "Chacun dit son état d'esprit."},
            en={"name": "Weather", "summary": "Everyone says how they feel."},
            purposes=["open"],
            group_min=3,
            group_max=25,
            materials=["none"],
        ),
    ]


def _ids(found):
    return [t.id for t in found]


def test_accents_and_case_are_ignored_both_ways(tools):
    assert _ids(search(tools, "mediation")) == ["mediation"]
    assert _ids(search(tools, "MÉDIATION")) == ["mediation"]
    assert _ids(search(tools, "meteo")) == ["weather"]


def test_partial_words_match_as_you_type(tools):
    assert _ids(search(tools, "m")) == ["cafe", "mediation", "weather"]  # "du monde"
    assert _ids(search(tools, "médi")) == ["mediation"]
    assert _ids(search(tools, "caf mon")) == ["cafe"]


def test_english_texts_are_searched_too(tools):
    assert _ids(search(tools, "coffee")) == ["cafe"]
    assert _ids(search(tools, "rotating")) == ["cafe"]


def test_summaries_are_searched_and_names_rank_first(tools):
    assert _ids(search(tools, "ecout")) == ["mediation"]
    named = _tool("tables", fr={"name": "Tables rondes"}, en={"name": "Round tables"})
    assert _ids(search([*tools, named], "tables")) == ["tables", "cafe"]


def test_every_word_must_match(tools):
    assert search(tools, "cafe meteo") == []


def test_empty_query_lists_everything_by_name(tools):
    assert _ids(search(tools, "   ")) == ["cafe", "mediation", "weather"]
    assert _ids(search(tools, "", language="en")) == ["mediation", "weather", "cafe"]


def test_filter_by_purpose(tools):
    assert _ids(search(tools, "", ToolFilter(purposes=frozenset({"open", "decide"})))) == [
        "mediation",
        "weather",
    ]


def test_filter_by_group_size_respects_open_upper_limit(tools):
    assert _ids(search(tools, "", ToolFilter(group_size=3))) == ["mediation", "weather"]
    assert _ids(search(tools, "", ToolFilter(group_size=200))) == ["cafe"]


def test_filter_by_duration():
    short = _tool("short")  # 12 minutes
    assert _ids(search([short], "", ToolFilter(max_minutes=12))) == ["short"]
    assert search([short], "", ToolFilter(max_minutes=10)) == []


def test_filter_by_material_available(tools):
    available = ToolFilter(materials_available=frozenset({"paper", "timer"}))
    assert _ids(search(tools, "", available)) == ["mediation", "weather"]
    room = ToolFilter(materials_available=frozenset({"paper", "timer", "tables", "flipchart"}))
    assert _ids(search(tools, "", room)) == ["cafe", "mediation", "weather"]


def test_favourites_only(tools):
    assert _ids(search(tools, "", ToolFilter(only=frozenset({"weather"})))) == ["weather"]


def test_index_keeps_built_in_tools_before_the_users(tools):
    from dataclasses import replace

    mine = replace(tools[0], id="custom:abc", is_builtin=False)
    index = SearchIndex.of([mine, *tools])
    assert _ids(index.search("")) == ["cafe", "mediation", "weather", "custom:abc"]
    assert len(index) == 4


def test_typing_then_erasing_gives_the_same_results_as_a_fresh_search(tools):
    index = SearchIndex.of(tools)
    fresh = {q: _ids(SearchIndex.of(tools).search(q)) for q in ("c", "ca", "caf", "caf t", "")}
    for query in ("c", "ca", "caf", "caf t", "caf", "ca", "c", ""):
        assert _ids(index.search(query)) == fresh[query], query
    assert _ids(index.search("ca", ToolFilter(purposes=frozenset({"open"})))) == []
    assert _ids(index.search("ca")) == fresh["ca"]


def test_search_finds_a_method_by_its_family_and_by_its_numbers() -> None:
    from facilitator_app.tools import registry

    index = SearchIndex.of(registry.builtin_tools(), "fr")
    sociocracy = {t.id for t in registry.builtin_tools() if t.family == "sociocracy"}
    assert sociocracy and sociocracy <= {t.id for t in index.search("sociocratie")}
    assert {t.id for t in index.search("Sociocracy")} >= sociocracy
    for typed in ("124", "1 2 4", "1-2-4", "1,2,4"):
        assert index.search(typed)[0].id == "1-2-4-all", typed
    assert index.search("2510")[0].id == "25-10-crowd-sourcing"
    assert index.search("15 %")[0].id == "15-percent-solutions"
