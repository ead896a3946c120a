"""Everything a workshop document must satisfy before one row is written: its format and
version, the JSON Schema, then what a schema cannot say (references that point somewhere,
dates that exist, photos that are present and intact). Each refusal names the JSON path."""

from __future__ import annotations

import hashlib
import json
import math
from functools import cache
from typing import Any

from facilitator_app.errors import Phrase, UserError
from facilitator_app.exchange import format as f
from facilitator_app.resources import resource_path
from facilitator_app.tools.limits import MAX_STEPS

SCHEMA_FILE = ("schema", "workshop-file.schema.json")
MAX_MESSAGE = 300
# A workshop file is about 6 levels deep, tools' records a few more. Deeper is refused before
# anything recursive (the schema validator, the JSON encoder) could run out of stack.
MAX_DEPTH = 32


class InvalidWorkshopFile(UserError):
    """The document breaks a rule; `path` is the JSON path of the first problem, `problem`
    what is wrong there (a Phrase: the English, translated by the window)."""

    def __init__(self, path: str, template: str, /, **params: Any) -> None:
        self.path = path
        self.problem = Phrase(template, **params)
        super().__init__("{path}: {problem}", path=path, problem=self.problem)


@cache
def _validator() -> Any:
    # jsonschema is imported here, on the first import, never when the app starts.
    from jsonschema import Draft202012Validator

    schema = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return Draft202012Validator(schema)


def _short(text: str) -> str:
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


def check_version(document: Any) -> None:
    if not isinstance(document, dict):
        raise InvalidWorkshopFile("$", "the document is not a JSON object")
    if document.get("format") != f.FORMAT:
        raise InvalidWorkshopFile(
            "$.format", "this is not a workshop file (expected {format!r})", format=f.FORMAT
        )
    version = document.get("format_version")
    if type(version) is not int:
        raise InvalidWorkshopFile("$.format_version", "missing or not a whole number")
    if version > f.FORMAT_VERSION:
        raise InvalidWorkshopFile(
            "$.format_version",
            "the file was made by a newer version of the application (format version "
            "{version}; this one reads up to {readable}): update the application",
            version=version,
            readable=f.FORMAT_VERSION,
        )


def _shown(path: list[str]) -> str:
    return "$" + "".join(path[:8]) + ("…" if len(path) > 8 else "")


def check_shape(document: Any) -> None:
    """Walks the document without recursion: no deeper than MAX_DEPTH, no number that is not
    finite (infinity cannot be exported again), no integer that Python cannot print."""
    stack: list[tuple[Any, list[str]]] = [(document, [])]
    while stack:
        node, path = stack.pop()
        if len(path) > MAX_DEPTH:
            raise InvalidWorkshopFile(
                _shown(path), "nested more than {limit} levels deep", limit=MAX_DEPTH
            )
        if isinstance(node, dict):
            stack.extend((value, [*path, f".{key}"]) for key, value in node.items())
        elif isinstance(node, list):
            stack.extend((value, [*path, f"[{index}]"]) for index, value in enumerate(node))
        elif isinstance(node, float) and not math.isfinite(node):
            raise InvalidWorkshopFile(
                _shown(path), "{number} is not a number a file can hold", number=node
            )
        elif isinstance(node, int) and node.bit_length() > 1024:
            raise InvalidWorkshopFile(_shown(path), "the number is too large")


@cache
def _compiled() -> Any:
    """The schema compiled to Python by fastjsonschema: what says yes quickly. It reads the
    schema as draft 7, whose keywords ours uses with the same meaning as in 2020-12
    (tests/exchange/test_schema_checks.py holds the two to the same verdicts)."""
    import fastjsonschema

    schema = json.loads(resource_path(*SCHEMA_FILE).read_text(encoding="utf-8"))
    return fastjsonschema.compile({**schema, "$schema": "http://json-schema.org/draft-07/schema#"})


def quickly_valid(document: Any) -> bool:
    from fastjsonschema import JsonSchemaException

    try:
        _compiled()(document)
    except JsonSchemaException:
        return False
    return True


def check_schema(document: Any) -> None:
    if quickly_valid(document):
        return
    # jsonschema decides, and words what is wrong (the compiled check only says no).
    validator = _validator()
    if validator.is_valid(document):
        return
    errors = sorted(validator.iter_errors(document), key=lambda e: (list(e.path), e.message))
    # The most specific problem is the most useful: prefer the deepest path.
    first = max(errors, key=lambda e: len(e.path)) if errors else None
    if first is None:  # pragma: no cover - is_valid said otherwise
        return
    message = first.message
    if first.context:
        deepest = max(first.context, key=lambda e: len(e.path))
        message = deepest.message
    # The validator's own message (jsonschema's English) is a detail inside our sentence.
    if len(errors) > 1:
        raise InvalidWorkshopFile(
            first.json_path,
            "{detail} (and {more} more problems)",
            detail=_short(message),
            more=len(errors) - 1,
        )
    raise InvalidWorkshopFile(first.json_path, "{detail}", detail=_short(message))


class _References:
    """Walks the document once: unique refs per kind, references that resolve, values that a
    pattern cannot check (a 31st of February)."""

    def __init__(self, document: dict[str, Any], photos: dict[str, bytes]) -> None:
        self.document = document
        self.photos = photos
        self.known: dict[str, set[str]] = {}

    def declare(self, kind: str, entries: list[dict[str, Any]], path: str) -> None:
        seen = self.known.setdefault(kind, set())
        for index, entry in enumerate(entries):
            ref = entry["ref"]
            if ref in seen:
                raise InvalidWorkshopFile(f"{path}[{index}].ref", "{ref!r} is used twice", ref=ref)
            seen.add(ref)

    def resolve(self, kind: str, ref: str | None, path: str) -> None:
        if ref is not None and ref not in self.known.get(kind, ()):
            raise InvalidWorkshopFile(path, "{ref!r} names no entry of {kind}", ref=ref, kind=kind)

    def values(self, fields: tuple[f.Field, ...], entry: dict[str, Any], path: str) -> None:
        for field in fields:
            if field.optional and field.column not in entry:
                continue
            if field.kind in (f.DATE, f.TIME, f.DATETIME):
                try:
                    f.from_json(field, entry[field.column])
                except ValueError as exc:
                    raise InvalidWorkshopFile(
                        f"{path}.{field.column}",
                        "{value!r}: {detail}",
                        value=entry[field.column],
                        detail=str(exc),
                    ) from None

    def _custom_tool_definitions(self) -> None:
        """A tool made on another laptop obeys the same rules as one made here."""
        from facilitator_app.tools.custom import validate_definition
        from facilitator_app.tools.loader import ToolDataError

        for index, tool in enumerate(self.document["custom_tools"]):
            try:
                validate_definition(tool["definition"], tool["uid"], tool["based_on"])
            except ToolDataError as exc:
                raise InvalidWorkshopFile(
                    f"$.custom_tools[{index}].definition", "{problems}", problems=exc.listed
                ) from None

    def check(self) -> None:
        d = self.document
        self.values(f.WORKSHOP_FIELDS, d["workshop"], "$.workshop")
        self.declare("participants", d["participants"], "$.participants")
        self.declare("days", d["days"], "$.days")
        for day_index, day in enumerate(d["days"]):
            self.declare("items", day["items"], f"$.days[{day_index}].items")
        for section in f.OUTPUT_SECTIONS:  # declared before any entry refers to one
            if section.has_ref:
                self.declare(section.key, d["outputs"][section.key], f"$.outputs.{section.key}")
        tools = {tool["uid"] for tool in d["custom_tools"]}
        if len(tools) != len(d["custom_tools"]):
            raise InvalidWorkshopFile("$.custom_tools", "the same custom tool is listed twice")
        self._custom_tool_definitions()
        for day_index, day in enumerate(d["days"]):
            day_path = f"$.days[{day_index}]"
            self.values(f.DAY_FIELDS, day, day_path)
            for index, item in enumerate(day["items"]):
                path = f"{day_path}.items[{index}]"
                self.values(f.ITEM_FIELDS, item, path)
                steps = sum(phase.get("rounds", 1) for phase in item["phases"] or ())
                if steps > MAX_STEPS:
                    raise InvalidWorkshopFile(
                        f"{path}.phases",
                        "{steps} steps (phases times their rounds); an item has at most {limit}",
                        steps=steps,
                        limit=MAX_STEPS,
                    )
                tool = item["tool_id"] or ""
                if tool.startswith("custom:") and tool.removeprefix("custom:") not in tools:
                    raise InvalidWorkshopFile(
                        f"{path}.tool_id", "{tool!r} is not among $.custom_tools", tool=tool
                    )
                for role_index, role in enumerate(item["roles"]):
                    self.resolve(
                        "participants",
                        role["participant"],
                        f"{path}.roles[{role_index}].participant",
                    )
        self._attendance()
        self._groups()
        self._outputs()
        self._evaluation()

    def _attendance(self) -> None:
        seen: set[tuple[str, str, str]] = set()
        for index, row in enumerate(self.document["attendance"]):
            path = f"$.attendance[{index}]"
            self.resolve("participants", row["participant"], f"{path}.participant")
            self.resolve("days", row["day"], f"{path}.day")
            self.values(f.ATTENDANCE_FIELDS, row, path)
            key = (row["participant"], row["day"], row["half_day"])
            if key in seen:
                raise InvalidWorkshopFile(path, "a second row for the same person and half-day")
            seen.add(key)

    def _groups(self) -> None:
        for index, group_set in enumerate(self.document["group_sets"]):
            path = f"$.group_sets[{index}]"
            self.resolve("items", group_set["item"], f"{path}.item")
            self.values(f.GROUP_SET_FIELDS, group_set, path)
            for group_index, group in enumerate(group_set["groups"]):
                members = group["members"]
                for member_index, member in enumerate(members):
                    self.resolve(
                        "participants",
                        member,
                        f"{path}.groups[{group_index}].members[{member_index}]",
                    )
                if len(set(members)) != len(members):
                    raise InvalidWorkshopFile(
                        f"{path}.groups[{group_index}].members", "a person is listed twice"
                    )

    def _outputs(self) -> None:
        outputs = self.document["outputs"]
        for section in f.OUTPUT_SECTIONS:
            base = f"$.outputs.{section.key}"
            entries = outputs[section.key]
            for index, entry in enumerate(entries):
                path = f"{base}[{index}]"
                self.resolve("items", entry["item"], f"{path}.item")
                self.values(f.OUTPUT_FIELDS + section.fields, entry, path)
                for key, _column, target in section.refs:
                    self.resolve(target, entry[key], f"{path}.{key}")
                if section.key == "photos":
                    self._photo(entry["file"], f"{path}.file")
                if section.key == "decisions":
                    for part_index, part in enumerate(entry["entries"]):
                        part_path = f"{path}.entries[{part_index}]"
                        self.values(f.ENTRY_FIELDS, part, part_path)
                        self.resolve(
                            "participants", part["participant"], f"{part_path}.participant"
                        )
                if section.key == "tool_records":
                    self._record(entry, entries, path)

    def _record(self, entry: dict[str, Any], entries: list[dict[str, Any]], path: str) -> None:
        """Its payload follows its kind's schema; its parent, if any, has no parent itself."""
        from facilitator_app.capture.kinds import payload_schema
        from facilitator_app.capture.payloads import PayloadError, check_payload

        try:
            check_payload(payload_schema(entry["kind"]), entry["data"])
        except PayloadError as exc:
            where = f"{path}.data.{exc.key}" if exc.key else f"{path}.data"
            template = exc.template  # the payload's own sentence, translated with the refusal
            raise InvalidWorkshopFile(where, template, **exc.params) from None
        if entry["parent"] is not None:
            parent = next(e for e in entries if e["ref"] == entry["parent"])
            if parent["parent"] is not None:
                raise InvalidWorkshopFile(
                    f"{path}.parent", "a record's parent belongs to no other record"
                )

    def _photo(self, name: str, path: str) -> None:
        content = self.photos.get(name)
        if content is None:
            raise InvalidWorkshopFile(path, "{name!r} is missing from the archive", name=name)
        digest = name.removeprefix(f.PHOTO_FOLDER).split(".")[0]
        if hashlib.sha256(content).hexdigest() != digest:
            raise InvalidWorkshopFile(path, "{name!r} is damaged (its checksum differs)", name=name)

    def _evaluation(self) -> None:
        evaluation = self.document["evaluation"]
        for index, question in enumerate(evaluation["quiz"]):
            path = f"$.evaluation.quiz[{index}]"
            count = len(question["choices"])
            for choice in question["correct"]:
                if choice >= count:
                    raise InvalidWorkshopFile(
                        f"{path}.correct", "no choice number {choice}", choice=choice
                    )
            for answer_index, answer in enumerate(question["answers"]):
                answer_path = f"{path}.answers[{answer_index}]"
                self.resolve("participants", answer["participant"], f"{answer_path}.participant")
                if any(choice >= count for choice in answer["chosen"]):
                    raise InvalidWorkshopFile(f"{answer_path}.chosen", "names a missing choice")
        for index, row in enumerate(evaluation["satisfaction"]):
            self.resolve(
                "participants",
                row["participant"],
                f"$.evaluation.satisfaction[{index}].participant",
            )


def _bad_text(node: Any, path: str) -> str | None:
    if isinstance(node, str):
        try:
            node.encode("utf-8")
        except UnicodeEncodeError:
            return path
    elif isinstance(node, dict):
        for key, value in node.items():
            found = _bad_text(key, path) or _bad_text(value, f"{path}.{key}")
            if found:
                return found
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found = _bad_text(value, f"{path}[{index}]")
            if found:
                return found
    return None


def check_text(document: Any) -> None:
    """JSON escapes can spell half a character (a lone surrogate) that no database stores."""
    try:
        json.dumps(document, ensure_ascii=False).encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidWorkshopFile(
            _bad_text(document, "$") or "$", "the text holds an invalid character"
        ) from None


def validate_document(document: Any, photos: dict[str, bytes]) -> dict[str, Any]:
    """Checks everything; returns the document, now known to be a valid workshop."""
    from facilitator_app.exchange.versions import upgrade

    check_version(document)
    document = upgrade(document)
    check_shape(document)
    check_text(document)
    check_schema(document)
    _References(document, photos).check()
    return document  # type: ignore[no-any-return]
