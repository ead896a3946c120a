"""What a phase captures, with its parameters: `capture = "note"` or
`capture = { kind = "dot_vote", dots = 3, visibility = "hidden" }` in a tool's data file, and
`{"kind": "dot_vote", "dots": 3}` in an agenda item's phases.

Each kind declares the parameters it takes (`kinds.OutputKind.params`); `parse_capture`
checks a phase's declaration against them and names every problem. The words of the first
tool files (`notes`, `cards`, `votes`, `colour-cards`...) are read as the kinds they meant,
so a user's tool or a workshop file of an older version stays readable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from facilitator_app.errors import Phrase

MAX_LABELS = 12  # categories, headings: more would not fit a wall or a projector
MAX_LABEL = 60

# Words of the tool files before the capture kinds were one set (format version 1).
OLD_WORDS: dict[str, str | None] = {
    "notes": "note",
    "cards": "card",
    "votes": "dot_vote",
    "scores": "score",
    "nominations": "election",
    "actions": "action",
    "desert-island": "desert_island",
    "colour-cards": "poll",
    "photos": "photo",
    "none": None,
}
_KEY = re.compile(r"^[a-z0-9]+([_-][a-z0-9]+)*$")


@dataclass(frozen=True)
class Param:
    """One parameter a kind accepts. `type`: int, bool, choice (one of `choices`), key (a
    short name), codes (a list of codes of the vocabulary `vocabulary`), labels (a list of
    {key, fr, en})."""

    name: str
    type: str
    default: Any = None
    low: int = 0
    high: int = 0
    choices: tuple[str, ...] = ()
    vocabulary: str = ""
    exactly: int = 0  # labels: exactly this many (a matrix has two axes)


@dataclass(frozen=True)
class Label:
    key: str
    fr: str
    en: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def as_json(self) -> dict[str, str]:
        return {"key": self.key, "fr": self.fr, "en": self.en}


@dataclass(frozen=True)
class CaptureSpec:
    """A phase's capture: its kind and its parameters, defaults filled in."""

    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)
    given: Mapping[str, Any] = field(default_factory=dict)  # as written, for the agenda copy

    def __getitem__(self, name: str) -> Any:
        return self.params[name]

    def get(self, name: str, default: Any = None) -> Any:
        return self.params.get(name, default)

    def labels(self, name: str) -> tuple[Label, ...]:
        return tuple(self.params.get(name) or ())

    def as_agenda(self) -> dict[str, Any]:
        """The JSON an agenda item's phase carries: the kind and the parameters given."""
        return {"kind": self.kind, **_plain(self.given)}

    def as_definition(self) -> str | dict[str, Any]:
        """As a tool's data file writes it: the kind alone when no parameter is given."""
        return self.kind if not self.given else self.as_agenda()


def _plain(values: Mapping[str, Any]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, tuple) and value and isinstance(value[0], Label):
            result[name] = [label.as_json() for label in value]
        elif isinstance(value, tuple):
            result[name] = list(value)
        else:
            result[name] = value
    return result


Problems = list[tuple[str, Phrase]]


def parse_capture(
    value: Any, where: str = "capture", *, strict: bool = True
) -> tuple[CaptureSpec | None, Problems]:
    """A phase's `capture` (a kind, or a table with `kind` and parameters) checked against
    the registry. Returns the spec (None when the phase captures nothing) and the problems,
    each (key, message). Not strict (a user's tool, an older file): old words are read as
    their kinds and a wrong parameter is dropped rather than refused."""
    from facilitator_app.capture.kinds import KINDS_BY_ID, kind_ids

    problems: Problems = []
    if value is None:
        return None, problems
    given: dict[str, Any] = {}
    if isinstance(value, str):
        kind_id: Any = value
    elif isinstance(value, Mapping):
        kind_id = value.get("kind")
        given = {k: v for k, v in value.items() if k != "kind"}
    else:
        return None, [(where, Phrase("must be a kind or a table with a kind"))]
    if isinstance(kind_id, str) and kind_id not in KINDS_BY_ID and kind_id in OLD_WORDS:
        if strict:
            new = OLD_WORDS[kind_id]
            problems.append(
                (where, Phrase("{old!r} is now {new!r}", old=kind_id, new=new))
                if new
                else (where, Phrase("say nothing: a phase without capture captures nothing"))
            )
            return None, problems
        kind_id = OLD_WORDS[kind_id]
        if kind_id is None:
            return None, problems
    if kind_id not in KINDS_BY_ID:
        return None, [
            (
                where,
                Phrase("{kind!r} is not one of: {words}", kind=kind_id, words=" ".join(kind_ids())),
            )
        ]
    kind = KINDS_BY_ID[kind_id]
    declared = {param.name: param for param in kind.params}
    params: dict[str, Any] = {param.name: param.default for param in kind.params}
    kept: dict[str, Any] = {}
    for name, raw in given.items():
        param = declared.get(name)
        if param is None:
            problems.append(
                (f"{where}.{name}", Phrase("unknown parameter for {kind!r}", kind=kind_id))
            )
            continue
        checked, problem = _check(param, raw)
        if problem:
            problems.append((f"{where}.{name}", problem))
            continue
        params[name] = kept[name] = checked
    spec = CaptureSpec(kind_id, params, kept)
    if strict:
        return spec, problems
    return spec, []


def capture_kind(value: Any) -> str | None:
    """The kind a stored `capture` names (a kind, a table with one, or an old word)."""
    if isinstance(value, Mapping):
        value = value.get("kind")
    if not isinstance(value, str):
        return None
    return OLD_WORDS.get(value, value) if value in OLD_WORDS else value


def spec_of(value: Any) -> CaptureSpec | None:
    """The spec of a stored phase's `capture`, forgiving (what the planner stored is kept)."""
    spec, _problems = parse_capture(value, strict=False)
    return spec


def _check(param: Param, raw: Any) -> tuple[Any, Phrase | None]:
    if param.type == "int":
        if not isinstance(raw, int) or isinstance(raw, bool):
            return None, Phrase("must be a whole number")
        if not param.low <= raw <= param.high:
            return None, Phrase("must be between {low} and {high}", low=param.low, high=param.high)
        return raw, None
    if param.type == "bool":
        if not isinstance(raw, bool):
            return None, Phrase("must be true or false")
        return raw, None
    if param.type == "choice":
        if raw not in param.choices:
            return None, Phrase(
                "{value!r} is not one of: {words}", value=raw, words=" ".join(param.choices)
            )
        return raw, None
    if param.type == "codes":
        from facilitator_app.capture.words import codes

        allowed = codes(param.vocabulary)
        if not isinstance(raw, list) or not raw or not all(isinstance(v, str) for v in raw):
            return None, Phrase("must be a list of words")
        wrong = [v for v in raw if v not in allowed]
        if wrong:
            return None, Phrase(
                "{value!r} is not one of: {words}", value=wrong[0], words=" ".join(allowed)
            )
        if len(set(raw)) != len(raw):
            return None, Phrase("names the same word twice")
        return tuple(raw), None
    if param.type == "labels":
        return _labels(param, raw)
    if param.type == "key":
        if not isinstance(raw, str) or not _KEY.match(raw) or len(raw) > MAX_LABEL:
            return None, Phrase("{value!r} is not a short key such as anchors", value=raw)
        return raw, None
    raise ValueError(f"unknown parameter type {param.type!r}")  # pragma: no cover


def _labels(param: Param, raw: Any) -> tuple[Any, Phrase | None]:
    if not isinstance(raw, list) or not raw:
        return None, Phrase("must be a list of tables with key, fr and en")
    if param.exactly and len(raw) != param.exactly:
        return None, Phrase("must list exactly {count}", count=param.exactly)
    if len(raw) > MAX_LABELS:
        return None, Phrase("lists {count}; at most {limit}", count=len(raw), limit=MAX_LABELS)
    labels = []
    for entry in raw:
        if not isinstance(entry, Mapping) or set(entry) != {"key", "fr", "en"}:
            return None, Phrase("each entry has exactly key, fr and en")
        key, fr, en = entry["key"], entry["fr"], entry["en"]
        if not isinstance(key, str) or not _KEY.match(key) or len(key) > MAX_LABEL:
            return None, Phrase("{value!r} is not a short key such as wind", value=key)
        if not all(isinstance(t, str) and t.strip() and len(t) <= MAX_LABEL for t in (fr, en)):
            return None, Phrase(
                "{value!r}: fr and en are texts of at most {limit} characters",
                value=key,
                limit=MAX_LABEL,
            )
        labels.append(Label(key, fr.strip(), en.strip()))
    if len({label.key for label in labels}) != len(labels):
        return None, Phrase("names the same key twice")
    return tuple(labels), None
