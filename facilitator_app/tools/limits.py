"""How big a tool or an agenda item may be. A hand-written method never comes near these
numbers; a broken or hostile file (thousands of phases, each repeated a thousand times) must be
refused before the planner, the timer or a printed sheet tries to lay it out. Pure constants, one
place for the tool loader, the tool editor, the workshop-file import and the agenda services."""

from __future__ import annotations

MAX_PHASES = 40  # phases in one tool
MAX_ROUNDS = 200  # repeats of one phase (one turn per participant in a large circle)
MAX_STEPS = 2000  # timed steps in all: the sum of every phase's rounds
MAX_TEXT = 4000  # characters in any text field (instructions, tips...)
MAX_NAME = 120  # characters in a name (the tool's, a phase's) or a key
MAX_TOOL_MINUTES = 8 * 60  # a tool lasts at most a working day
MAX_PEOPLE = 10_000  # group_min and group_max
