"""The one list of what the room can produce. Each kind says where it is stored (a table, or a
`ToolRecord` kind with its payload schema), its labels in French and English, the console
panel that captures it, its place in the printed summary (the order of `KINDS`), its columns
in CSV (with how coded values read in words) and its place in the workshop file.

The tool files' `outputs` and `capture` name these ids, the console picks its panels from
them, `facilitator-app outputs` and the reports print them in this order. Pure data, no Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from facilitator_app.capture import payloads
from facilitator_app.capture.params import Param
from facilitator_app.capture.payloads import PayloadField
from facilitator_app.capture.words import (
    CODEV_PARTS,
    DECISION_PARTS,
    ELECTION_PARTS,
)


@dataclass(frozen=True)
class Text:
    fr: str
    en: str

    def text(self, language: str) -> str:
        return self.fr if language == "fr" else self.en


@dataclass(frozen=True)
class Column:
    """One CSV column: its key in the rows, its header, and the vocabulary of its coded
    values (`capture.words`), or "item" for the labels an item's phases declare (the
    categories of a speed boat)."""

    key: str
    header: Text
    words: str = ""


@dataclass(frozen=True)
class OutputKind:
    id: str
    label: Text  # the section title of the printed summary
    tables: tuple[str, ...]  # the tables it is stored in, main table first
    panel: str  # the console panel that captures it (ui/capture)
    file_place: str  # where the workshop file carries it
    columns: tuple[Column, ...]
    params: tuple[Param, ...] = ()  # what a phase's capture may say
    record_kind: str | None = None  # the ToolRecord kind, when stored as a record
    payload: tuple[PayloadField, ...] = ()  # the record's data schema
    derived: bool = False  # computed from other kinds, never typed in

    @property
    def table(self) -> str:
        return self.tables[0]

    def header(self, key: str, language: str) -> str:
        return next(c.header.text(language) for c in self.columns if c.key == key)


def _c(key: str, fr: str, en: str, words: str = "") -> Column:
    return Column(key, Text(fr, en), words)


ITEM = _c("item", "Séquence", "Agenda item")
GROUP = _c("group", "Groupe ou table", "Group or table")
PERSON = _c("participant", "Participant", "Participant")
CARD_PARAMS = (
    Param(
        "colours",
        "codes",
        ("yellow", "green", "blue", "pink", "orange", "purple"),
        vocabulary="card_colour",
    ),
    # The columns of the wall (a speed boat's wind, anchors, rocks and island).
    Param("categories", "labels", ()),
    # The two axes of a matrix; a card is placed at a level of each (1 = low).
    Param("axes", "labels", (), exactly=2),
    Param("levels", "int", 3, low=2, high=5),
)
DOT_PARAMS = (
    Param("dots", "int", 3, low=1, high=20),
    Param("max_per_card", "int", 0, low=0, high=20),  # 0: as many as one has
    Param("target", "choice", "cards", choices=("cards", "clusters")),
    Param("visibility", "choice", "hidden", choices=("hidden", "live")),
    Param("category", "key", ""),  # vote on the cards of one category only (anchors)
)
SCORE_PARAMS = (
    Param("min", "int", 1, low=0, high=10),
    Param("max", "int", 5, low=1, high=10),
    Param("rounds", "int", 1, low=1, high=10),  # 25/10: five scorers per card
    Param("target", "choice", "subject", choices=("subject", "cards")),
    Param("visibility", "choice", "live", choices=("hidden", "live")),
)

KINDS: tuple[OutputKind, ...] = (
    OutputKind(
        "attendance",
        Text("Présences", "Attendance"),
        ("attendance",),
        "attendance",
        "attendance",
        (
            PERSON,
            _c("organisation", "Organisation", "Organisation"),
            _c("day", "Jour", "Day"),
            _c("half_day", "Demi-journée", "Half-day", "half_day"),
            _c("status", "Présence", "Attendance", "attendance"),
            _c("arrived_at", "Arrivée", "Arrived"),
            _c("left_at", "Départ", "Left"),
            _c("signed", "Émargé", "Signed", "boolean"),
        ),
    ),
    OutputKind(
        "weather",
        Text("Météo de la salle", "The room’s weather"),
        ("tool_record",),
        "weather",
        "outputs.tool_records (kind weather)",
        (
            ITEM,
            PERSON,
            _c("weather", "Météo", "Weather", "weather"),
            _c("comment", "Commentaire", "Comment"),
        ),
        record_kind="weather",
        payload=payloads.WEATHER,
    ),
    OutputKind(
        "note",
        Text("Notes", "Notes"),
        ("note",),
        "notes",
        "outputs.notes",
        (ITEM, GROUP, _c("scribe", "Scribe", "Scribe"), _c("text", "Note", "Note")),
    ),
    OutputKind(
        "card",
        Text("Cartes", "Cards"),
        ("card",),
        "wall",
        "outputs.cards",
        (
            ITEM,
            GROUP,
            _c("text", "Carte", "Card"),
            _c("colour", "Couleur", "Colour", "card_colour"),
            _c("category", "Catégorie", "Category", "item"),
            _c("cluster", "Regroupement", "Cluster"),
            _c("x", "Niveau sur le premier axe", "Level on the first axis"),
            _c("y", "Niveau sur le second axe", "Level on the second axis"),
            _c("author", "Auteur", "Author"),
        ),
        params=CARD_PARAMS,
    ),
    OutputKind(
        "cluster",
        Text("Regroupements", "Clusters"),
        ("card_cluster",),
        "wall",
        "outputs.card_clusters",
        (ITEM, GROUP, _c("name", "Regroupement", "Cluster"), _c("cards", "Cartes", "Cards")),
    ),
    OutputKind(
        "dot_vote",
        Text("Votes par gommettes", "Dot votes"),
        ("vote_session", "vote"),
        "votes",
        "outputs.vote_sessions (kind dot_vote), outputs.votes",
        (
            ITEM,
            _c("session", "Vote", "Vote"),
            _c("option", "Option", "Option"),
            _c("voter", "Votant", "Voter"),
            _c("dots", "Gommettes", "Dots"),
        ),
        params=DOT_PARAMS,
    ),
    OutputKind(
        "score",
        Text("Notes attribuées", "Scores"),
        ("vote_session", "vote"),
        "votes",
        "outputs.vote_sessions (kind score), outputs.votes",
        (
            ITEM,
            _c("session", "Vote", "Vote"),
            _c("subject", "Sujet", "Subject"),
            _c("round", "Tour", "Round"),
            _c("score", "Note", "Score"),
            _c("count", "Nombre", "Count"),
            _c("voter", "Votant", "Voter"),
        ),
        params=SCORE_PARAMS,
    ),
    OutputKind(
        "ranking",
        Text("Classements", "Rankings"),
        ("vote_session", "vote"),
        "votes",
        "computed from outputs.votes",
        (
            ITEM,
            _c("session", "Vote", "Vote"),
            _c("rank", "Rang", "Rank"),
            _c("option", "Option", "Option"),
            _c("total", "Total", "Total"),
            _c("votes", "Votes", "Votes"),
            _c("mean", "Moyenne", "Mean"),
        ),
        params=(Param("top", "int", 0, low=0, high=100),),  # 0: every option
        derived=True,
    ),
    OutputKind(
        "poll",
        Text("Cartons de couleur", "Coloured cards"),
        ("vote_session", "vote"),
        "poll",
        "outputs.vote_sessions (kind poll), outputs.votes",
        (
            ITEM,
            _c("question", "Question", "Question"),
            _c("colour", "Couleur", "Colour", "poll_colour"),
            _c("count", "Nombre", "Count"),
            _c("share", "Part (%)", "Share (%)"),
            _c("estimate", "Estimation", "Estimate", "boolean"),
        ),
        params=(
            Param(
                "colours", "codes", ("green", "yellow", "red", "other"), vocabulary="poll_colour"
            ),
            # count: how many cards are up; estimate: the share of the room, in tenths.
            Param("mode", "choice", "count", choices=("count", "estimate")),
        ),
    ),
    OutputKind(
        "decision",
        Text("Décisions", "Decisions"),
        ("decision", "objection", "decision_entry"),
        "decision",
        "outputs.decisions (with objections and entries)",
        (
            ITEM,
            _c("decision", "Décision", "Decision"),
            _c("part", "Étape", "Part", "decision_part"),
            _c("person", "Personne", "Person"),
            _c("stance", "Position", "Position", "stance"),
            _c("text", "Texte", "Text"),
            _c("objection_status", "Objection", "Objection", "objection_status"),
            _c("integration", "Intégration", "Integration"),
            _c("outcome", "Résultat", "Outcome", "outcome"),
            _c("decided_on", "Date", "Date"),
            _c("review_on", "À revoir le", "Review on"),
        ),
        params=(
            Param("method", "choice", "consent", choices=("consent", "simple")),
            Param("stage", "choice", "proposal", choices=tuple(DECISION_PARTS)),
        ),
    ),
    OutputKind(
        "election",
        Text("Élections sans candidat", "Elections without candidates"),
        ("decision", "decision_entry"),
        "election",
        "outputs.decisions (kind election, with entries)",
        (
            ITEM,
            _c("role", "Rôle", "Role"),
            _c("part", "Étape", "Part", "election_part"),
            _c("person", "Qui", "Who"),
            _c("nominee", "Pour qui", "For whom"),
            _c("stance", "Position", "Position", "stance"),
            _c("text", "Raison", "Reason"),
            _c("result", "Résultat", "Result", "election_result"),
        ),
        params=(Param("stage", "choice", "role", choices=tuple(ELECTION_PARTS)),),
    ),
    OutputKind(
        "codev",
        Text("Co-développement", "Co-development"),
        ("tool_record",),
        "codev",
        "outputs.tool_records (kind codev; entries name their session as parent)",
        (
            ITEM,
            _c("session", "Séance", "Session"),
            _c("client", "Client", "Client"),
            _c("part", "Étape", "Part", "codev_part"),
            _c("author", "Auteur", "Author"),
            _c("text", "Texte", "Text"),
            _c("resources", "Moyens", "Resources"),
            _c("due", "Échéance", "By when"),
            _c("indicator", "Indicateur", "Indicator"),
            _c("follow_up", "Suivi le", "Follow-up on"),
        ),
        params=(
            Param("stage", "choice", "problem", choices=tuple(CODEV_PARTS)),
            # The method is confidential: who asked what is not written unless chosen.
            Param("authors", "bool", False),
        ),
        record_kind="codev",
        payload=payloads.CODEV,
    ),
    OutputKind(
        "desert_island",
        Text("Objets de l’île déserte", "Desert island objects"),
        ("tool_record",),
        "desert_island",
        "outputs.tool_records (kind desert_island)",
        (
            ITEM,
            GROUP,
            PERSON,
            _c("object", "Objet", "Object"),
            _c("reason", "Pourquoi", "Why"),
            _c("kit", "Dans le kit commun", "In the shared kit", "boolean"),
        ),
        params=(Param("stage", "choice", "object", choices=("object", "kit")),),
        record_kind="desert_island",
        payload=payloads.DESERT_ISLAND,
    ),
    OutputKind(
        "portrait",
        Text("Portrait collaboratif", "Collaborative portrait"),
        ("tool_record",),
        "portrait",
        "outputs.tool_records (kind portrait)",
        (
            ITEM,
            GROUP,
            _c("heading", "Rubrique", "Heading"),
            _c("trait", "Trait", "Trait"),
            _c("composite", "Portrait composite", "Composite portrait", "boolean"),
        ),
        params=(
            Param("headings", "labels", ()),
            Param("stage", "choice", "traits", choices=("traits", "composite")),
        ),
        record_kind="portrait",
        payload=payloads.PORTRAIT,
    ),
    OutputKind(
        "action",
        Text("Actions", "Action items"),
        ("action_item",),
        "actions",
        "outputs.action_items",
        (
            ITEM,
            GROUP,
            _c("what", "Action", "Action"),
            _c("who", "Qui", "Who"),
            _c("due", "Échéance", "By when"),
            _c("status", "État", "Status", "action_status"),
        ),
    ),
    OutputKind(
        "photo",
        Text("Photos", "Photos"),
        ("photo",),
        "photos",
        "outputs.photos (and the archive's photos/ folder)",
        (
            ITEM,
            GROUP,
            _c("caption", "Légende", "Caption"),
            _c("filename", "Fichier", "File"),
            _c("media_type", "Format", "Format"),
            _c("size", "Taille (Ko)", "Size (KB)"),
        ),
    ),
)

KINDS_BY_ID: dict[str, OutputKind] = {kind.id: kind for kind in KINDS}
# What a method produces, as the method sheet and `tools show` say it.
PRODUCES: dict[str, Text] = {
    "attendance": Text("les présences", "attendance"),
    "weather": Text("la météo de chacun", "everyone’s weather"),
    "note": Text("des notes", "notes"),
    "card": Text("des cartes ou post-it", "cards or sticky notes"),
    "cluster": Text("des regroupements de cartes", "clusters of cards"),
    "dot_vote": Text("un vote par gommettes", "a dot vote"),
    "score": Text("des notes sur une échelle", "scores on a scale"),
    "ranking": Text("un classement", "a ranking"),
    "poll": Text("les cartons de couleur levés", "the coloured cards shown"),
    "decision": Text("une décision", "a decision"),
    "election": Text("une élection sans candidat", "an election without candidates"),
    "codev": Text("la fiche de co-développement", "the co-development record"),
    "desert_island": Text("les objets de l’île déserte", "the desert island objects"),
    "portrait": Text("un portrait collaboratif", "a collaborative portrait"),
    "action": Text("des actions", "action items"),
    "photo": Text("des photos", "photos"),
}
RECORD_KINDS: dict[str, OutputKind] = {k.record_kind: k for k in KINDS if k.record_kind}


def kind_ids() -> tuple[str, ...]:
    return tuple(KINDS_BY_ID)


def get_kind(kind_id: str) -> OutputKind:
    from facilitator_app.errors import UserError

    found = KINDS_BY_ID.get(kind_id.replace("-", "_"))
    if found is None:
        raise UserError(
            "unknown kind of output {kind} (one of {known})",
            kind=repr(kind_id),
            known=", ".join(KINDS_BY_ID),
        )
    return found


def section_order(kind_id: str) -> int:
    """Its place in the printed summary (and in `capture_of`)."""
    return list(KINDS_BY_ID).index(kind_id)


def payload_schema(record_kind: str) -> tuple[PayloadField, ...]:
    from facilitator_app.errors import UserError

    kind = RECORD_KINDS.get(record_kind)
    if kind is None:
        raise UserError(
            "unknown kind of record {kind} (one of {known})",
            kind=repr(record_kind),
            known=", ".join(RECORD_KINDS),
        )
    return kind.payload
