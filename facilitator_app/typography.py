"""French typography, pure: the spaces French puts before ; ! ? : and inside « », the one-character
ellipsis, and a checker that lists what is wrong in a text.

The spaces are non-breaking, so no line of a screen or a printed sheet starts with a colon or
a lone closing guillemet: a narrow no-break space (U+202F) before ; ! ? and %, a no-break space
(U+00A0) before : and inside « ». A colon or semicolon not followed by a space is a separator,
not punctuation ("14:30", "{m}:{s}", "*.pdf;;*.txt") and is left alone, as are placeholders
({n}, %1), markup (<b>), entities (&amp;) and addresses (http://...).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NNBSP = "\u202f"  # narrow no-break space: before ; ! ? %
NBSP = "\u00a0"  # no-break space: before : and inside « »
ELLIPSIS = "…"

_SPACES = " \t" + NBSP + NNBSP + "\u2009"
# Spans the rules never touch: placeholders, markup, entities, addresses, file filters.
_PROTECTED = re.compile(
    r"\{[^{}]*\}"  # {n}, {low}, {s:02d}
    r"|%(?:L?\d+|n)"  # Qt's %1, %L1, %n
    r"|<[^<>]*>"  # <b>, </p>, <br/>
    r"|&(?:[A-Za-z]+|#\d+|#x[0-9A-Fa-f]+);"  # &amp; &nbsp; &#160;
    r"|[A-Za-z][A-Za-z0-9+.-]*://\S+"  # http://...
    r"|\(\*[^()]*\)"  # (*.pdf)
    r"|;;"  # Qt file dialog filter separator
    r"|[\ue000-\uf8ff]"  # private-use characters typed in: they would pass for our masks
)
_HIGH = ";!?"
_OPENERS = "([{«“‘\"'"
_SIGN = re.compile(f"([{_SPACES}]*)([;!?:])")
# Private-use characters stand for the protected spans while the rules run.
_MASK, _TAG, _TAG_END = 0xE000, 0xF000, 0xF900
_MASKED = re.compile(f"[{chr(_MASK)}-{chr(_TAG_END - 1)}]")


@dataclass(frozen=True)
class Fault:
    position: int
    message: str
    excerpt: str

    def __str__(self) -> str:
        return f"at {self.position}: {self.message}: «{self.excerpt}»"


def _mask(text: str) -> tuple[str, list[str]]:
    """`text` with each protected span replaced by one private-use character, and the spans."""
    spans: list[str] = []

    def keep(match: re.Match[str]) -> str:
        spans.append(match.group())
        # Markup gets its own range: a colon before </b> ends a phrase, one before {s} does not.
        base = _TAG if match.group().startswith("<") else _MASK
        return chr(base + len(spans) - 1)

    return _PROTECTED.sub(keep, text), spans


def _unmask(text: str, spans: list[str]) -> str:
    def restore(match: re.Match[str]) -> str:
        code = ord(match.group())
        return spans[code - (_TAG if code >= _TAG else _MASK)]

    return _MASKED.sub(restore, text)


def _needs_space(text: str, start: int, index: int) -> bool:
    """Whether the sign at `index` (spaces before it begin at `start`) takes a space: it is
    punctuation (a ':' or ';' followed by a space, the end or a closing sign; '!' and '?'
    always) and follows a word, not an opening bracket or another sign."""
    sign = text[index]
    if sign in ":;":
        following = text[index + 1 : index + 2]
        closing = _SPACES + "\n»”)\"'.,"
        if following and following not in closing and not _TAG <= ord(following) < _TAG_END:
            return False  # a separator: 14:30
    previous = text[start - 1] if start > 0 else ""
    if previous in _HIGH + ":" and previous:
        return start < index  # "?!" stays tight; "? :" still must not break
    return bool(previous) and previous not in _OPENERS + "\n"


def french(text: str) -> str:
    """`text` with French spacing set: the one function every French sentence goes through."""
    masked, spans = _mask(text)
    masked = re.sub(r"\.\.\.+", ELLIPSIS, masked)

    def sign(match: re.Match[str]) -> str:
        mark = match.group(2)
        if _needs_space(masked, match.start(), match.start(2)):
            return _wanted_space(mark) + mark
        return match.group()

    masked = _SIGN.sub(sign, masked)
    masked = re.sub(f"«[{_SPACES}]*", "«" + NBSP, masked)
    masked = re.sub(f"(?<=[^«{_SPACES}\n])[{_SPACES}]*»", NBSP + "»", masked)
    masked = re.sub(f"(?<=\\d)[{_SPACES}]*%", NNBSP + "%", masked)
    return _unmask(masked, spans)


def faults(text: str) -> list[Fault]:
    """What is wrong with the French typography of `text` (empty when nothing is)."""
    masked, spans = _mask(text)
    found: list[Fault] = []

    def fault(index: int, message: str) -> None:
        excerpt = _unmask(masked[max(0, index - 15) : index + 5], spans)
        found.append(Fault(index, message, excerpt))

    for match in re.finditer(r"\.\.\.", masked):
        fault(match.start(), "three dots instead of the ellipsis …")
    for match in _SIGN.finditer(masked):
        mark = match.group(2)
        if not _needs_space(masked, match.start(), match.start(2)):
            continue
        if match.group(1) != _wanted_space(mark):
            name = "a no-break space" if mark == ":" else "a narrow no-break space"
            fault(match.start(2), f"{name} belongs before {mark!r}")
    for match in re.finditer("«(.?)", masked):
        if match.group(1) != NBSP:
            fault(match.start(), "a no-break space belongs after '«'")
    for match in re.finditer(f"([^{_SPACES}]?)([{_SPACES}]*)»", masked):
        if match.group(1) not in ("", "«", "\n") and match.group(2) != NBSP:
            fault(match.start(2), "a no-break space belongs before '»'")
    for match in re.finditer(f"\\d([{_SPACES}]*)%", masked):
        if match.group(1) != NNBSP:
            fault(match.start(1), "a narrow no-break space belongs before '%'")
    return found


def _wanted_space(sign: str) -> str:
    return NBSP if sign == ":" else NNBSP


def quote(text: str, language: str) -> str:
    """`text` between the quotation marks of `language`."""
    if language == "fr":
        return french(f"« {text} »")
    return f"“{text}”"


def printable(text: str) -> str:
    """For ReportLab, which breaks lines at a narrow no-break space: the plain no-break space
    (slightly wider, never broken) takes its place."""
    return text.replace(NNBSP, NBSP)
