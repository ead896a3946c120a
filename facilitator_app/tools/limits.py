"""How big one agenda item's steps may be: the tool loader, the tool editor and the workshop
file all refuse more, so that a small file cannot make millions of timer steps or megabytes of
text per timer operation. Pure constants, shared by everyone who checks a tool's phases."""

from __future__ import annotations

MAX_PHASES = 40  # phases in one item (or tool)
MAX_ROUNDS = 200  # rounds of one phase (a round per participant present fits a big room)
MAX_STEPS = 2000  # steps of one item: the sum of its phases' rounds
MAX_TEXT = 4000  # characters of one text of a phase (its instructions, in one language)
MAX_NAME = 120  # characters of one name (a phase's name, in one language)
