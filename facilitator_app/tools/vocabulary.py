"""The closed vocabularies of a tool's data file (docs/development.md), in one place so that the
loader, the search filters, the editor and the method sheet agree."""

from __future__ import annotations

from facilitator_app.capture.kinds import KINDS_BY_ID, PRODUCES

LANGUAGES: tuple[str, ...] = ("fr", "en")

FAMILIES: tuple[str, ...] = (
    "liberating-structures",
    "sociocracy",
    "collective-intelligence",
    "classic",
)
PURPOSES: tuple[str, ...] = ("open", "explore", "decide", "plan", "evaluate", "energise", "close")
MATERIALS: tuple[str, ...] = (
    "none",
    "paper",
    "sticky-notes",
    "flipchart",
    "markers",
    "dots",
    "coloured-cards",
    "chairs",
    "talking-object",
    "projector",
    "timer",
    "tables",
    "handouts",
)
# What a phase may capture: the kinds of output of facilitator_app/capture/kinds.py, one set
# for the tool files, the console's panels, the records and the reports.
OUTPUTS: tuple[str, ...] = tuple(KINDS_BY_ID)
# A phase may repeat once per person present, or once per member of a small group.
ROUNDS_FOLLOW: tuple[str, ...] = ("participants", "group-size")
GROUPINGS: tuple[str, ...] = (
    "alone",
    "pairs",
    "trios",
    "fours",
    "small-groups",
    "tables",
    "whole-room",
    "fishbowl",
    "circle",
    "client-consultants",
)

TOOL_TEXT_KEYS: tuple[str, ...] = (
    "name",
    "summary",
    "purpose",
    "when_to_use",
    "when_not",
    "setup",
    "invitation",
    "makes_possible",
    "roles",
    "tips",
    "variations",
    "source",
)
# Texts written one item per line: screens and print show them as a list.
LIST_TEXT_KEYS: tuple[str, ...] = ("roles", "tips", "variations")
PHASE_TEXT_KEYS: tuple[str, ...] = ("name", "instructions")

# Labels for printed documents and the command line (the screens use Qt translations instead).
PRINT_LABELS: dict[str, dict[str, tuple[str, str]]] = {
    "heading": {
        "summary": ("En bref", "Summary"),
        "purpose": ("Objectif", "Purpose"),
        "when_to_use": ("Quand l’utiliser", "When to use"),
        "when_not": ("Quand l’éviter", "When not to"),
        "setup": ("Installation", "Set-up"),
        "invitation": ("Consigne à donner", "Invitation"),
        "phases": ("Déroulé", "Steps"),
        "materials": ("Matériel", "Materials"),
        "makes_possible": ("Ce qu’elle rend possible", "What it makes possible"),
        "roles": ("Rôles", "Roles"),
        "tips": ("Conseils et pièges", "Tips and traps"),
        "variations": ("Variantes", "Variations"),
        "outputs": ("Ce qu’elle produit", "What it produces"),
        "source": ("Source", "Source"),
        "duration_range": ("Durée possible", "Possible length"),
    },
    "family": {
        "liberating-structures": ("Liberating Structures", "Liberating Structures"),
        "sociocracy": ("Sociocratie", "Sociocracy"),
        "collective-intelligence": ("Intelligence collective", "Collective intelligence"),
        "classic": ("Classique", "Classic"),
    },
    "purpose": {
        "open": ("Ouvrir", "Open"),
        "explore": ("Explorer", "Explore"),
        "decide": ("Décider", "Decide"),
        "plan": ("Planifier", "Plan"),
        "evaluate": ("Évaluer", "Evaluate"),
        "energise": ("Dynamiser", "Energise"),
        "close": ("Clore", "Close"),
    },
    "material": {
        "none": ("Aucun", "None"),
        "paper": ("Papier", "Paper"),
        "sticky-notes": ("Post-it", "Sticky notes"),
        "flipchart": ("Paperboard", "Flipchart"),
        "markers": ("Feutres", "Markers"),
        "dots": ("Gommettes", "Dots"),
        "coloured-cards": ("Cartons de couleur", "Coloured cards"),
        "chairs": ("Chaises mobiles", "Movable chairs"),
        "talking-object": ("Bâton de parole", "Talking object"),
        "projector": ("Vidéoprojecteur", "Projector"),
        "timer": ("Minuteur", "Timer"),
        "tables": ("Tables", "Tables"),
        "handouts": ("Documents imprimés", "Handouts"),
    },
    "output": {kind: (text.fr, text.en) for kind, text in PRODUCES.items()},
    "rounds_follow": {
        "participants": ("un tour par personne", "one turn per person"),
        "group-size": ("un tour par membre du groupe", "one turn per group member"),
    },
    "grouping": {
        "alone": ("Seul", "Alone"),
        "pairs": ("À deux", "Pairs"),
        "trios": ("À trois", "Trios"),
        "fours": ("À quatre", "Fours"),
        "small-groups": ("Petits groupes", "Small groups"),
        "tables": ("Par table", "Tables"),
        "whole-room": ("Toute la salle", "Whole room"),
        "fishbowl": ("Bocal", "Fishbowl"),
        "circle": ("Cercle", "Circle"),
        "client-consultants": ("Client et consultants", "Client and consultants"),
    },
}


def print_label(kind: str, value: str, language: str) -> str:
    pair = PRINT_LABELS.get(kind, {}).get(value)
    if pair is None:
        return value
    return pair[0] if language == "fr" else pair[1]
