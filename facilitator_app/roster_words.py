"""The words rosters use, in French and English: column headings and participant categories.

Keys are folded and reduced to words (see `roster.words`): "E-mail :" is "e mail", "Élu(e)" is
"elu e". Add a variant here when a real file is not recognised.
"""

from __future__ import annotations

# Header cells, folded and reduced to words ("E-mail :" -> "e mail").
_HEADERS: dict[str, tuple[str, ...]] = {
    "name": (
        "nom complet", "nom et prenom", "nom prenom", "prenom nom", "prenom et nom", "identite",
        "participant", "participante", "name", "full name", "participant name", "stagiaire",
    ),
    "first_name": ("prenom", "prenoms", "first name", "firstname", "given name", "forename"),
    "last_name": (
        "nom", "nom de famille", "nom d usage", "last name", "lastname", "surname", "family name",
    ),
    "organisation": (
        "organisation", "organization", "organisme", "structure", "collectivite", "employeur",
        "etablissement", "entreprise", "societe", "company", "employer", "institution",
        "administration", "commune", "org", "affiliation", "collectivite employeur",
    ),
    "function": (
        "fonction", "fonctions", "poste", "poste occupe", "intitule du poste", "metier", "role",
        "titre", "function", "job", "job title", "title", "position", "grade", "fonction poste",
    ),
    "category": ("categorie", "statut", "type", "profil", "category", "status", "college"),
    "email": (
        "email", "e mail", "courriel", "mail", "mel", "adresse mail", "adresse email",
        "adresse e mail", "adresse electronique", "adresse courriel", "email address",
        "e mail address",
    ),
    "notes": (
        "notes", "note", "remarque", "remarques", "commentaire", "commentaires", "observations",
        "comments", "comment", "remarks", "besoins", "besoins particuliers",
    ),
}  # fmt: skip
HEADER_WORDS: dict[str, str] = {
    words: name for name, options in _HEADERS.items() for words in options
}

_CATEGORIES: dict[str, tuple[str, ...]] = {
    "agent": (
        "agent", "agente", "agents", "agent e", "fonctionnaire", "salarie", "salariee",
        "personnel", "cadre", "staff", "employee", "employe", "officer", "agent territorial",
    ),
    "elected": (
        "elu", "elue", "elus", "elues", "elu e", "elected", "elected official", "councillor",
        "councilor", "maire", "adjoint", "adjointe", "conseiller", "conseillere",
        "conseiller municipal", "conseillere municipale", "mayor",
    ),
    "external": (
        "externe", "externes", "exterieur", "exterieure", "partenaire", "partenaires", "invite",
        "invitee", "invite e", "citoyen", "citoyenne", "habitant", "habitante", "usager",
        "usagere", "external", "partner", "guest", "citizen", "resident",
    ),
    "trainer": (
        "formateur", "formatrice", "formateur trice", "intervenant", "intervenante",
        "animateur", "animatrice", "facilitateur", "facilitatrice", "trainer", "facilitator",
        "speaker",
    ),
    "other": ("autre", "autres", "other", "divers"),
}  # fmt: skip
CATEGORY_WORDS: dict[str, str] = {
    words: name for name, options in _CATEGORIES.items() for words in options
}
