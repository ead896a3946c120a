"""The words of the printed documents, in English and French, without Qt: a report speaks the
workshop's language whatever the window's. French templates go through French typography
(facilitator_app.typography) when they are read, so the catalogue is written with ordinary
spaces; placeholders are filled after, so a participant's name is printed as typed.

    words = Words("fr")
    words("page_of", page=1, pages=3)   -> "Page 1 sur 3"
"""

from __future__ import annotations

from datetime import date
from functools import cache

from facilitator_app.timefmt import format_date, format_number, format_percent, format_short_date
from facilitator_app.typography import french, printable

LANGUAGES = ("en", "fr")

# key: (English, French)
TEXTS: dict[str, tuple[str, str]] = {
    # -- every document ----------------------------------------------------------------------
    "page_of": ("Page {page} of {pages}", "Page {page} sur {pages}"),
    "from_to": ("from {first} to {last}", "du {first} au {last}"),
    "on_day": ("{day}", "le {day}"),
    "undated": ("date to be set", "date à préciser"),
    "day_n": ("Day {n}", "Jour {n}"),
    "venue": ("Venue", "Lieu"),
    "organiser": ("Organiser", "Organisme"),
    "facilitators": ("Facilitators", "Animation"),
    "dates": ("Dates", "Dates"),
    "none": ("None.", "Aucun."),
    "nobody": ("No participant yet.", "Aucun participant pour l’instant."),
    "empty_workshop": (
        "This workshop has no agenda and no participants yet.",
        "Cet atelier n’a encore ni programme ni participants.",
    ),
    "made_on": ("Made on {day}", "Établi le {day}"),
    "anonymous": ("anonymous", "anonyme"),
    "labelled": ("{label}: {value}", "{label} : {value}"),
    # -- attendance sheet --------------------------------------------------------------------
    "attendance_title": ("Attendance sheet", "Feuille d’émargement"),
    "attendance_action": ("Training action: {title}", "Action de formation : {title}"),
    "attendance_event": ("Workshop: {title}", "Atelier : {title}"),
    "attendance_day": ("{day} — {venue}", "{day} — {venue}"),
    "morning": ("Morning", "Matin"),
    "afternoon": ("Afternoon", "Après-midi"),
    "half_day_times": ("{start}–{end}", "{start}–{end}"),
    "modules": ("Modules", "Modules"),
    "trainer": ("Trainer", "Formateur ou formatrice"),
    "trainer_signature": ("Trainer’s signature", "Signature du formateur ou de la formatrice"),
    "participant": ("Participant", "Participant ou participante"),
    "organisation": ("Organisation", "Structure"),
    "signature": ("Signature", "Signature"),
    "absent": ("Absent", "Absent(e)"),
    "excused": ("Excused", "Excusé(e)"),
    "dropped_out": ("Dropped out", "Abandon"),
    "left_at": ("Left at {time}", "Départ à {time}"),
    "arrived_at": ("Arrived at {time}", "Arrivée à {time}"),
    "late_registration": ("Late registration", "Inscription tardive"),
    "stamp": ("Organisation’s stamp", "Cachet de l’organisme"),
    "attendance_note": (
        "Each participant signs once per half-day. Crossed-out cells and rows may not be "
        "filled in.",
        "Chaque participant signe une fois par demi-journée. Les cases et lignes barrées ne "
        "peuvent pas être remplies.",
    ),
    "continued": ("(continued)", "(suite)"),
    # -- certificate of completion -----------------------------------------------------------
    "certificate_title": ("Certificate of completion", "Certificat de réalisation"),
    "certificate_signatory": (
        "I, the undersigned, {representative}, legal representative of the provider of the "
        "skills development action {organiser},",
        "Je soussigné(e) {representative}, représentant légal du dispensateur de l’action "
        "concourant au développement des compétences {organiser},",
    ),
    "certificate_certifies": ("certify that:", "atteste que :"),
    "certificate_employee": ("employee of {employer}", "salarié(e) de {employer}"),
    "certificate_no_employer": ("(employer not stated)", "(employeur non précisé)"),
    "certificate_followed": ("attended the action {title}", "a suivi l’action {title}"),
    "certificate_nature": (
        "Nature of the skills development action:",
        "Nature de l’action concourant au développement des compétences :",
    ),
    "nature_training": ("training action", "action de formation"),
    "nature_skills_review": ("skills review", "bilan de compétences"),
    "nature_vae": (
        "validation of prior learning (VAE)",
        "action de validation des acquis de l’expérience",
    ),
    "nature_apprenticeship": (
        "apprenticeship training action",
        "action de formation par apprentissage",
    ),
    "certificate_dates": (
        "which took place from {first} to {last}",
        "qui s’est déroulée du {first} au {last}",
    ),
    "certificate_hours": (
        "for a duration of {hours} actually attended (out of {planned} planned).",
        "pour une durée de {hours} effectivement suivie (sur {planned} prévues).",
    ),
    "certificate_keeping": (
        "I undertake to keep all the supporting documents used to draw up this certificate "
        "for 3 years from the end of the year of the last payment.",
        "Je m’engage à conserver l’ensemble des pièces justificatives qui ont permis "
        "d’établir le présent certificat pendant une durée de 3 ans à compter de la fin de "
        "l’année du dernier paiement.",
    ),
    "done_at": ("Done at {place}, on {day}", "Fait à {place}, le {day}"),
    "signature_stamp": (
        "Stamp and signature of the provider’s representative",
        "Cachet et signature du responsable du dispensateur de formation",
    ),
    "to_fill": ("……………………", "……………………"),
    "attestation_title": ("Certificate of training", "Attestation de fin de formation"),
    "attestation_intro": (
        "{organiser} certifies that {name} attended the training {title}, {dates}.",
        "{organiser} atteste que {name} a suivi la formation {title}, {dates}.",
    ),
    "attestation_objectives": ("Objectives of the training", "Objectifs de la formation"),
    "attestation_nature": ("Nature of the action: {nature}", "Nature de l’action : {nature}"),
    "attestation_duration": (
        "Duration: {planned} planned, {hours} attended",
        "Durée : {planned} prévues, {hours} suivies",
    ),
    "attestation_result": ("Assessment of what was learnt", "Évaluation des acquis"),
    "attestation_score": (
        "{right} right answers out of {total} in the final quiz",
        "{right} bonnes réponses sur {total} au questionnaire final",
    ),
    "attestation_score_one": (
        "{right} right answer out of {total} in the final quiz",
        "{right} bonne réponse sur {total} au questionnaire final",
    ),
    "attestation_not_assessed": (
        "did not take the final quiz",
        "n’a pas répondu au questionnaire final",
    ),
    # -- evaluation form ---------------------------------------------------------------------
    "form_title": ("Evaluation form", "Questionnaire d’évaluation"),
    "form_number": ("Form no.", "Questionnaire n°"),
    "form_name": (
        "Your name (optional): ",
        "Votre nom (facultatif) : ",
    ),
    "form_intro": (
        "Thank you for taking a few minutes to tell us what you thought of this session. "
        "Tick one box per line.",
        "Merci de prendre quelques minutes pour nous dire ce que vous avez pensé de cette "
        "session. Cochez une case par ligne.",
    ),
    "form_quiz": ("What you learnt", "Ce que vous avez retenu"),
    "form_quiz_hint": (
        "Tick the right answer(s).",
        "Cochez la ou les bonnes réponses.",
    ),
    "form_objectives": ("The objectives of the session", "Les objectifs de la session"),
    "form_objectives_hint": (
        "How far was each objective reached for you?",
        "Dans quelle mesure chaque objectif a-t-il été atteint pour vous ?",
    ),
    "form_satisfaction": ("Your satisfaction", "Votre satisfaction"),
    "form_comments": ("Your comments", "Vos commentaires"),
    "scale_1": ("Not at all satisfied", "Pas du tout satisfait"),
    "scale_2": ("Not very satisfied", "Peu satisfait"),
    "scale_3": ("Satisfied", "Satisfait"),
    "scale_4": ("Very satisfied", "Très satisfait"),
    "reached_1": ("Not reached", "Pas atteint"),
    "reached_2": ("Partly", "Partiellement"),
    "reached_3": ("Mostly", "Largement"),
    "reached_4": ("Fully", "Totalement"),
    "criterion_organisation": (
        "Practical organisation (room, timing, information beforehand)",
        "Organisation matérielle (salle, horaires, informations préalables)",
    ),
    "criterion_content": ("Content of the session", "Contenu de la session"),
    "criterion_methods": (
        "Methods and activities used",
        "Méthodes et activités proposées",
    ),
    "criterion_facilitation": ("Facilitation", "Animation"),
    "criterion_usefulness": (
        "Usefulness for your work",
        "Utilité pour votre pratique professionnelle",
    ),
    "criterion_overall": ("Overall satisfaction", "Satisfaction générale"),
    "open_liked": ("What you valued most", "Ce que vous avez le plus apprécié"),
    "open_improve": ("What could be improved", "Ce qui pourrait être amélioré"),
    "objective_n": ("Objective {n}", "Objectif {n}"),
    # -- satisfaction report -----------------------------------------------------------------
    "satisfaction_title": ("Satisfaction report", "Bilan de satisfaction"),
    "satisfaction_period": (
        "Period covered: {period}. Made on {day}.",
        "Période couverte : {period}. Établi le {day}.",
    ),
    "indicators": ("Quality indicators", "Indicateurs qualité"),
    "learners": ("Number of learners", "Nombre d’apprenants"),
    "forms_returned": ("Forms returned", "Questionnaires retournés"),
    "forms_from_phones": ("{total}, of which {n} on phones", "{total}, dont {n} sur téléphone"),
    "return_rate": ("Return rate of the forms", "Taux de retour des questionnaires"),
    "satisfaction_rate": ("Satisfaction rate", "Taux de satisfaction"),
    "satisfaction_rate_note": (
        "share of the forms rating the overall satisfaction “satisfied” or “very satisfied”",
        "part des questionnaires jugeant la satisfaction générale « satisfait » ou « très "
        "satisfait »",
    ),
    "dropouts": ("Drop-outs", "Abandons"),
    "dropout_rate": ("Drop-out rate", "Taux d’abandon"),
    "dropout_reasons": ("Causes of the drop-outs", "Causes des abandons"),
    "dropout_line": ("{name}, on {day}: {reason}", "{name}, le {day} : {reason}"),
    "dropout_no_reason": ("no cause given", "cause non précisée"),
    "dropout_undated": ("date not given", "date non précisée"),
    "averages": ("Average rating per criterion (out of 4)", "Note moyenne par critère (sur 4)"),
    "answers_count": ("{n} answers", "{n} réponses"),
    "answers_count_one": ("{n} answer", "{n} réponse"),
    "not_rated": ("not rated", "non noté"),
    "objectives_reached": ("Objectives reached", "Atteinte des objectifs"),
    "objectives_reached_note": (
        "share of the answers saying “mostly” or “fully” reached",
        "part des réponses « largement » ou « totalement » atteint",
    ),
    "quiz_results": ("Final quiz", "Questionnaire final"),
    "quiz_line": (
        "{question} — {right} right answers out of {answers}",
        "{question} — {right} bonnes réponses sur {answers}",
    ),
    "quiz_line_one": (
        "{question} — {right} right answer out of {answers}",
        "{question} — {right} bonne réponse sur {answers}",
    ),
    "quiz_average": (
        "Average score: {score} right answers out of {total}",
        "Score moyen : {score} bonnes réponses sur {total}",
    ),
    "comments_liked": ("What participants valued", "Ce que les participants ont apprécié"),
    "comments_improve": ("What could be improved", "Les pistes d’amélioration"),
    "no_form": ("No evaluation form has been typed in yet.", "Aucun questionnaire saisi."),
    "distribution": ("Distribution of the ratings", "Répartition des notes"),
    "qualiopi_note": (
        "Indicators of the national quality standard (Qualiopi, indicators 2, 11 and 30): "
        "results, gathering of the appreciations, and the measures they lead to.",
        "Indicateurs du référentiel national qualité (Qualiopi, indicateurs 2, 11 et 30) : "
        "résultats obtenus, recueil des appréciations et mesures qui en découlent.",
    ),
    # -- decision register -------------------------------------------------------------------
    "decisions_title": ("Decision register", "Registre des décisions"),
    "no_decision": ("No decision was recorded.", "Aucune décision n’a été enregistrée."),
    "decision_proposal": ("Proposal", "Proposition"),
    "decision_amended": ("Amended proposal", "Proposition amendée"),
    "decision_outcome": ("Outcome", "Issue"),
    "decision_item": ("During", "Pendant"),
    "decision_review": ("To be reviewed on {day}", "À revoir le {day}"),
    "objections": ("Objections", "Objections"),
    "objection_line": ("{author}: {text}", "{author} : {text}"),
    "objection_integration": ("Integrated: {text}", "Intégrée : {text}"),
    "kind_consent": ("Consent decision", "Décision par consentement"),
    "kind_election": ("Election without candidates", "Élection sans candidat"),
    "kind_vote": ("Vote", "Vote"),
    "kind_other": ("Decision", "Décision"),
    "outcome_pending": ("pending", "en attente"),
    "outcome_adopted": ("adopted", "adoptée"),
    "outcome_amended": ("amended and adopted", "amendée et adoptée"),
    "outcome_withdrawn": ("withdrawn", "retirée"),
    "outcome_postponed": ("postponed", "reportée"),
    # -- groups and tables -------------------------------------------------------------------
    "groups_title": ("Groups and tables", "Groupes et tables"),
    "no_groups": ("No group has been formed yet.", "Aucun groupe n’a encore été formé."),
    "round_n": ("Round {n}", "Tour {n}"),
    "who_sits_where": ("Who sits where", "Qui est à quelle table"),
    "group_members": ("{n} people", "{n} personnes"),
    # -- session summary ---------------------------------------------------------------------
    "summary_title": ("Session summary", "Compte rendu"),
    "handout_title": ("Summary in brief", "Synthèse"),
    "agenda": ("Agenda", "Programme"),
    "agenda_note": (
        "Times as run where they were recorded, else as planned (*).",
        "Horaires tels qu’ils se sont déroulés quand ils ont été relevés, sinon prévus (*).",
    ),
    "participants_n": ("{n} participants", "{n} participants"),
    "participants_n_one": ("{n} participant", "{n} participant"),
    "who_took_part": ("Participants", "Participants"),
    "item_heading": ("Day {day} · {start}–{end}", "Jour {day} · {start}–{end}"),
    "nothing_noted": (
        "Nothing was recorded for this item.",
        "Rien n’a été noté pour cette séquence.",
    ),
    "outside_agenda": ("Outside the agenda", "Hors programme"),
    "action_plan": ("Action plan", "Plan d’action"),
    "no_action": ("No action was decided.", "Aucune action n’a été décidée."),
    "actions_in_plan": (
        "Its actions are in the action plan at the end.",
        "Ses actions figurent dans le plan d’action, à la fin.",
    ),
    "what": ("What", "Quoi"),
    "who": ("Who", "Qui"),
    "by_when": ("By when", "Pour quand"),
    "status": ("Status", "État"),
    "votes_n": ("{n} votes", "{n} votes"),
    "votes_n_one": ("{n} vote", "{n} vote"),
    "mean_of": ("mean {mean}", "moyenne {mean}"),
    "cards_n": ("{n} cards", "{n} cartes"),
    "from_phones": (
        "{n} of {total} sent from participants' phones",
        "{n} sur {total} envoyés depuis les téléphones des participants",
    ),
    "from_phones_one": (
        "{n} of {total} sent from a participant's phone",
        "{n} sur {total} envoyé depuis le téléphone d’un participant",
    ),
    "from_phone": ("phone", "téléphone"),
    "cards_n_one": ("{n} card", "{n} carte"),
    "not_clustered": ("Not clustered", "Non regroupées"),
    "in_kit": ("in the shared kit", "dans le kit commun"),
    "shared_kit": ("The shared kit", "Le kit commun"),
    "composite": ("The composite portrait", "Le portrait composite"),
    "estimated": ("estimated share of the room", "part estimée de la salle"),
    "codev_apart": (
        "The co-development session is confidential: its summary is given to its client only.",
        "La séance de co-développement est confidentielle : sa synthèse est remise au seul client.",
    ),
    "codev_learnings": ("What participants learnt", "Ce que les participants ont appris"),
    "codev_title": (
        "Co-development: the client’s summary",
        "Co-développement : synthèse du client",
    ),
    "confidential": ("Confidential — for {client} only", "Confidentiel — pour {client} seulement"),
    "no_codev": (
        "No co-development session was recorded.",
        "Aucune séance de co-développement n’a été notée.",
    ),
    "resources": ("Resources", "Moyens"),
    "indicator": ("Indicator", "Indicateur"),
    "follow_up": ("Follow-up on", "Suivi le"),
    "session_n": ("Session {n}", "Séance {n}"),
    "elected_is": ("Elected: {name}", "Élu ou élue : {name}"),
    "photo_missing": ("(photo too large to print)", "(photo trop lourde pour être imprimée)"),
    "and_more": ("… and {n} more", "… et {n} autres"),
    "and_more_one": ("… and {n} more", "… et {n} autre"),
    # -- method sheets -----------------------------------------------------------------------
    "methods_title": ("Method sheets", "Fiches méthodes"),
    "no_method": (
        "The agenda uses no method of the library.",
        "Le programme n’utilise aucune méthode de la bibliothèque.",
    ),
}


def _template(key: str, language: str) -> str:
    english, french_text = TEXTS[key]
    return french(french_text) if language == "fr" else english


@cache
def _templates(language: str) -> dict[str, str]:
    return {key: printable(_template(key, language)) for key in TEXTS}


class Words:
    """The catalogue in one language (French unless English is asked)."""

    def __init__(self, language: str) -> None:
        self.language = language if language in LANGUAGES else "fr"
        self._texts = _templates(self.language)

    def __call__(self, key: str, **params: object) -> str:
        text = self._texts[key]
        return text.format(**params) if params else text

    def count(self, key: str, number: int, **params: object) -> str:
        """The sentence for a count: its singular (`key_one`) for 1, and for 0 in French."""
        singular = number == 1 or (number == 0 and self.language == "fr")
        if singular and f"{key}_one" in self._texts:
            key = f"{key}_one"
        return self(key, **params)

    def user(self, text: str) -> str:
        """Text a user typed, for print: French spacing in a French document."""
        text = text or ""
        return printable(french(text) if self.language == "fr" else text)

    def day(self, value: date | None) -> str:
        """A date the way a form gives it: 2 mars 2026, 2 March 2026 (as the screens)."""
        if value is None:
            return self("undated")
        return printable(format_date(value, self.language))

    def short_day(self, value: date | None) -> str:
        if value is None:
            return self("undated")
        return format_short_date(value, self.language)

    def period(self, first: date | None, last: date | None) -> str:
        if first is None and last is None:
            return self("undated")
        if first == last or last is None or first is None:
            return self("on_day", day=self.day(first or last))
        return self("from_to", first=self.day(first), last=self.day(last))

    def percent(self, value: float | None) -> str:
        if value is None:
            return "—"
        return printable(format_percent(value * 100, self.language))

    def decimal(self, value: float | None, places: int = 1) -> str:
        if value is None:
            return "—"
        return printable(format_number(value, self.language, places))
