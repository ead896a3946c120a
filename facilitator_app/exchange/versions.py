"""Reading the documents of earlier format versions: each is converted, on reading, into the
current shape, then checked like any other (docs/workshop-file.md, "Changing the format").

Version 1 → 2: what the console captures arrived. Phases named their capture with the tool
files' old words ("notes", "colour-cards"); outputs had no vote sessions, no rounds of a
decision, no status of an objection, no column or axes of a card, no parent of a record; the
only tool records written were the weather and the desert island (a portrait trait becomes a
`portrait` record; a record of any other kind becomes a note with its text: nothing is lost).
"""

from __future__ import annotations

import copy
import json
from typing import Any

from facilitator_app.capture.params import OLD_WORDS

KEPT_RECORDS = ("weather", "desert_island")


def upgrade(document: dict[str, Any]) -> dict[str, Any]:
    """The document in the current version (a copy when it had to change)."""
    if document.get("format_version") == 1:
        document = _from_1(copy.deepcopy(document))
    return document


def _capture(value: Any) -> Any:
    if isinstance(value, str):
        kind = OLD_WORDS.get(value, value)
        return None if kind is None else {"kind": kind}
    return value


def _definition(definition: Any) -> Any:
    if not isinstance(definition, dict):
        return definition
    outputs = definition.get("outputs")
    if isinstance(outputs, list):
        words = [OLD_WORDS.get(w, w) if isinstance(w, str) else w for w in outputs]
        definition["outputs"] = list(dict.fromkeys(w for w in words if w is not None))
    for phase in definition.get("phases") or ():
        if isinstance(phase, dict) and isinstance(phase.get("capture"), str):
            word = OLD_WORDS.get(phase["capture"], phase["capture"])
            if word is None:
                del phase["capture"]
            else:
                phase["capture"] = word
    return definition


def _from_1(d: dict[str, Any]) -> dict[str, Any]:
    d["format_version"] = 2
    for day in d.get("days") or ():
        for item in (day.get("items") or ()) if isinstance(day, dict) else ():
            for phase in (item.get("phases") or ()) if isinstance(item, dict) else ():
                if isinstance(phase, dict) and "capture" in phase:
                    phase["capture"] = _capture(phase["capture"])
    for tool in d.get("custom_tools") or ():
        if isinstance(tool, dict):
            tool["definition"] = _definition(tool.get("definition"))
    outputs = d.get("outputs")
    if not isinstance(outputs, dict):
        return d  # the schema says what is wrong
    outputs.setdefault("vote_sessions", [])
    for card in outputs.get("cards") or ():
        if isinstance(card, dict):
            card.update(category="", x=None, y=None)
    for vote in outputs.get("votes") or ():
        if isinstance(vote, dict):
            vote.update(session=None, cluster=None)
    for decision in outputs.get("decisions") or ():
        if isinstance(decision, dict):
            decision.update(review_on=None, entries=[])
            for objection in decision.get("objections") or ():
                if isinstance(objection, dict):
                    objection["status"] = "open"
    records = []
    notes = outputs.setdefault("notes", [])
    for record in outputs.get("tool_records") or ():
        if not isinstance(record, dict):
            records.append(record)
            continue
        kind, data = record.get("kind"), record.get("data")
        data = data if isinstance(data, dict) else {"value": data}
        if kind in KEPT_RECORDS:
            records.append(record)
        elif kind == "portrait_trait":
            trait = data.get("trait") or data.get("text") or _words(data)
            record.update(
                kind="portrait",
                data={
                    "heading": str(data.get("heading") or "")[:200],
                    "trait": str(trait)[:4000],
                    "composite": bool(data.get("composite", False)),
                },
            )
            records.append(record)
        else:
            notes.append(
                {
                    "item": record.get("item"),
                    "group_label": record.get("group_label", ""),
                    "position": record.get("position", 0),
                    "created_at": record.get("created_at"),
                    "scribe": record.get("author", ""),
                    "text": f"{kind}: {_words(data)}",
                }
            )
    for index, record in enumerate(records):
        if isinstance(record, dict):
            record.update(ref=f"r{index + 1}", parent=None)
    outputs["tool_records"] = records
    return d


def _words(data: dict[str, Any]) -> str:
    return "; ".join(
        f"{key}: {value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)}"
        for key, value in data.items()
    )
