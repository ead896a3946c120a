"""How big a tool or an agenda item may be: enough for any real workshop, small enough that a
hostile file cannot make the timer build millions of steps. One place for the tool loader, the
tool editor, the workshop-file import and the agenda services."""

MAX_PHASES = 40
MAX_ROUNDS = 200
MAX_STEPS = 2000
MAX_TEXT = 4000
MAX_NAME = 120
