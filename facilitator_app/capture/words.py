"""The coded values of what the room produces, each with its words in French and English and,
where a colour or a weather is meant, a symbol: a colour is never shown by its colour alone
(colour-blind people, a washed-out projector, a black-and-white print).

Pure data: the console, the projector, the CSV of `facilitator-app outputs` and the printed
summary all read their words here, in the workshop's language, without Qt.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Word:
    code: str
    fr: str
    en: str
    symbol: str = ""  # a shape or sign that says the same as the colour
    colour: str = ""  # "#RRGGBB" for screens; never the only sign

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en

    def marked(self, language: str) -> str:
        """The symbol and the word ("● Jaune"), for lists and the projector."""
        return f"{self.symbol} {self.text(language)}" if self.symbol else self.text(language)


def _table(*words: Word) -> dict[str, Word]:
    return {word.code: word for word in words}


# Sticky-note colours, keyed 1-6 in the console (Ctrl+1 … Ctrl+6). Symbols from DejaVu Sans.
CARD_COLOURS = _table(
    Word("yellow", "Jaune", "Yellow", "●", "#F7D33C"),
    Word("green", "Vert", "Green", "▲", "#7BC96F"),
    Word("blue", "Bleu", "Blue", "■", "#6FA8DC"),
    Word("pink", "Rose", "Pink", "♥", "#F08DB8"),
    Word("orange", "Orange", "Orange", "◆", "#F5A25D"),
    Word("purple", "Violet", "Purple", "★", "#B39DDB"),
)
# Cards the audience raises (sociocracy, participatory conference).
POLL_COLOURS = _table(
    Word("green", "Vert", "Green", "✔", "#2E9D3A"),
    Word("yellow", "Jaune", "Yellow", "?", "#F2C200"),
    Word("red", "Rouge", "Red", "✖", "#D0312D"),
    Word("orange", "Orange", "Orange", "◆", "#F08A24"),
    Word("blue", "Bleu", "Blue", "■", "#2F6FB5"),
    Word("white", "Blanc", "White", "○", "#F2F2F2"),
    Word("other", "Autre", "Other", "●", "#8E8E8E"),
)
WEATHERS = _table(
    Word("sun", "Soleil", "Sun", "☀"),
    Word("sun_clouds", "Soleil et nuages", "Sun and clouds", "☀☁"),
    Word("clouds", "Nuages", "Clouds", "☁"),
    Word("fog", "Brouillard", "Fog", "≡"),
    Word("rain", "Pluie", "Rain", "☂"),
    Word("storm", "Orage", "Storm", "⚡"),
)
STANCES = _table(
    Word("consent", "Consentement", "Consent", "✔"),
    Word("concern", "Réserve", "Concern", "~"),
    Word("objection", "Objection", "Objection", "✖"),
)
OBJECTION_STATUSES = _table(
    Word("open", "Ouverte", "Open"),
    Word("integrated", "Intégrée", "Integrated"),
    Word("withdrawn", "Retirée", "Withdrawn"),
)
OUTCOMES = _table(
    Word("pending", "En cours", "Pending"),
    Word("adopted", "Adoptée", "Adopted"),
    Word("amended", "Amendée et adoptée", "Amended and adopted"),
    Word("withdrawn", "Retirée", "Withdrawn"),
    Word("postponed", "Reportée", "Postponed"),
)
ACTION_STATUSES = _table(
    Word("open", "À faire", "To do"),
    Word("in_progress", "En cours", "In progress"),
    Word("done", "Fait", "Done"),
    Word("dropped", "Abandonné", "Dropped"),
)
ATTENDANCE = _table(
    Word("unknown", "Non renseigné", "Not recorded"),
    Word("present", "Présent", "Present", "✔"),
    Word("absent", "Absent", "Absent", "✖"),
    Word("excused", "Excusé", "Excused", "E"),
)
HALF_DAYS = _table(
    Word("am", "Matin", "Morning"),
    Word("pm", "Après-midi", "Afternoon"),
)
VOTE_KINDS = _table(
    Word("dot_vote", "Vote par gommettes", "Dot vote"),
    Word("score", "Notes", "Scores"),
    Word("poll", "Cartons de couleur", "Coloured cards"),
)
VOTE_TARGETS = _table(
    Word("cards", "Cartes", "Cards"),
    Word("clusters", "Regroupements", "Clusters"),
    Word("subject", "Question posée", "The question"),
)
VISIBILITY = _table(
    Word("live", "Affiché en direct", "Shown live"),
    Word("hidden", "Caché jusqu’à la clôture", "Hidden until closed"),
)
SESSION_STATUSES = _table(
    Word("open", "Ouvert", "Open"),
    Word("closed", "Clos", "Closed"),
)
# The parts of a consent decision, in the order the rounds come.
DECISION_PARTS = _table(
    Word("proposal", "Proposition", "Proposal"),
    Word("clarification", "Clarification", "Clarification"),
    Word("reaction", "Réaction", "Reaction"),
    Word("version", "Proposition amendée", "Amended proposal"),
    Word("position", "Position", "Position"),
    Word("objection", "Objection", "Objection"),
    Word("outcome", "Résultat", "Outcome"),
)
ELECTION_PARTS = _table(
    Word("role", "Rôle", "Role"),
    Word("nomination", "Désignation", "Nomination"),
    Word("change", "Changement après les arguments", "Change after the reasons"),
    Word("proposal", "Proposition de l’animateur ou de l’animatrice", "Facilitator’s proposal"),
    Word("consent", "Consentement", "Consent"),
    Word("result", "Résultat", "Result"),
)
CODEV_PARTS = _table(
    Word("problem", "Problème exposé", "Problem"),
    Word("question", "Question", "Question"),
    Word("contract", "Contrat", "Contract"),
    Word("suggestion", "Suggestion", "Suggestion"),
    Word("synthesis", "Synthèse du client", "Client’s synthesis"),
    Word("plan", "Plan d’action", "Action plan"),
    Word("learning", "Apprentissage", "Learning"),
)
# What a co-development record is: the session itself, or one of its entries.
CODEV_RECORDS = _table(
    Word("session", "Séance", "Session"),
    Word("question", "Question", "Question"),
    Word("suggestion", "Suggestion", "Suggestion"),
    Word("plan", "Plan d’action", "Action plan"),
    Word("learning", "Apprentissage", "Learning"),
)
ELECTION_RESULTS = _table(
    Word("pending", "En cours", "Pending"),
    Word("elected", "Élu ou élue", "Elected"),
    Word("declined", "Refusé par la personne", "Declined"),
    Word("postponed", "Reportée", "Postponed"),
)
BOOLEANS = _table(Word("yes", "Oui", "Yes"), Word("no", "Non", "No"))

VOCABULARIES: dict[str, dict[str, Word]] = {
    "card_colour": CARD_COLOURS,
    "poll_colour": POLL_COLOURS,
    "weather": WEATHERS,
    "stance": STANCES,
    "objection_status": OBJECTION_STATUSES,
    "outcome": OUTCOMES,
    "action_status": ACTION_STATUSES,
    "attendance": ATTENDANCE,
    "half_day": HALF_DAYS,
    "vote_kind": VOTE_KINDS,
    "vote_target": VOTE_TARGETS,
    "visibility": VISIBILITY,
    "session_status": SESSION_STATUSES,
    "decision_part": DECISION_PARTS,
    "election_part": ELECTION_PARTS,
    "codev_part": CODEV_PARTS,
    "codev_record": CODEV_RECORDS,
    "election_result": ELECTION_RESULTS,
    "boolean": BOOLEANS,
}


def word(vocabulary: str, code: str, language: str) -> str:
    """The words for a coded value; an unknown code (a newer file) is shown as it is."""
    found = VOCABULARIES[vocabulary].get(code)
    return found.text(language) if found is not None else code


def codes(vocabulary: str) -> tuple[str, ...]:
    return tuple(VOCABULARIES[vocabulary])
