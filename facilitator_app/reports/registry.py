"""The printed documents, declared once: what each is called, which workshops it is for and
which options it takes. The Reports menu, the `report` command and the tests read this list.

Kinds of workshop: every workshop is a "workshop"; one whose nature of training action is set
(overview page) is also a "training" (certificates are for these only); one whose agenda holds
a co-development session is also a "codev" (its client's private summary)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

WORKSHOP, TRAINING, CODEV = "workshop", "training", "codev"
CODEV_TOOLS = frozenset({"codev"})

# Options a document may take.
ANONYMOUS = "anonymous"  # leave out names (cards, votes, comments)
ITEMS = "items"  # only some agenda items
ATTESTATION = "attestation"  # the attestation de fin de formation after each certificate
PER_PARTICIPANT = "per_participant"  # one file per participant
OPTIONS = (ANONYMOUS, ITEMS, ATTESTATION, PER_PARTICIPANT)


@dataclass(frozen=True)
class DocumentSpec:
    kind: str  # the name on the command line: `report --kind summary`
    label: str  # English; the window translates it (ui/reports), the CLI prints it
    applies_to: frozenset[str]
    options: tuple[str, ...] = ()
    on_command_line: bool = True

    def applies(self, kinds: Iterable[str]) -> bool:
        return bool(self.applies_to & set(kinds))


DOCUMENTS: tuple[DocumentSpec, ...] = (
    DocumentSpec("summary", "Session summary", frozenset({WORKSHOP}), (ANONYMOUS, ITEMS)),
    DocumentSpec("handout", "Two-page handout", frozenset({WORKSHOP}), (ANONYMOUS, ITEMS)),
    DocumentSpec(
        "codev",
        "Co-development: the client's private summary",
        frozenset({CODEV}),
        (),
        on_command_line=False,
    ),
    DocumentSpec("attendance", "Attendance sheets", frozenset({WORKSHOP})),
    DocumentSpec(
        "certificates",
        "Certificates of completion",
        frozenset({TRAINING}),
        (ATTESTATION, PER_PARTICIPANT),
    ),
    DocumentSpec("evaluation-form", "Evaluation form", frozenset({WORKSHOP})),
    DocumentSpec("satisfaction", "Satisfaction report", frozenset({WORKSHOP})),
    DocumentSpec("decisions", "Decision register", frozenset({WORKSHOP})),
    DocumentSpec("groups", "Group and table lists", frozenset({WORKSHOP}), on_command_line=False),
    DocumentSpec("methods", "Method sheets", frozenset({WORKSHOP}), on_command_line=False),
)

COMMAND_LINE_KINDS = tuple(d.kind for d in DOCUMENTS if d.on_command_line)


def find_document(kind: str) -> DocumentSpec:
    for spec in DOCUMENTS:
        if spec.kind == kind:
            return spec
    raise KeyError(kind)


def workshop_kinds(is_training: bool, tool_ids: Iterable[str | None]) -> frozenset[str]:
    kinds = {WORKSHOP}
    if is_training:
        kinds.add(TRAINING)
    if CODEV_TOOLS & {t for t in tool_ids if t}:
        kinds.add(CODEV)
    return frozenset(kinds)
