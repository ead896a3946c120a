<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Type in a form</source>
        <translation>Saisir un questionnaire</translation>
    </message>
    <message>
        <source>Remove the form</source>
        <translation>Supprimer le questionnaire</translation>
    </message>
    <message>
        <source>Forms typed in (Enter: type again)</source>
        <translation>Questionnaires saisis (Entrée : saisir à nouveau)</translation>
    </message>
    <message>
        <source>Quiz questions</source>
        <translation>Questions du quiz</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Ajouter…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Drop-outs</source>
        <translation>Abandons</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Le</translation>
    </message>
    <message>
        <source>Why they stopped (a cause, in a few words)</source>
        <translation>Pourquoi la personne a arrêté (la cause, en quelques mots)</translation>
    </message>
    <message>
        <source>Record the drop-out</source>
        <translation>Enregistrer l’abandon</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant ou participante</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Form no.</source>
        <translation>Questionnaire n°</translation>
    </message>
    <message>
        <source>Quiz: the letters ticked (A, AB…)</source>
        <translation>Quiz : les lettres cochées (A, AB…)</translation>
    </message>
    <message>
        <source>Ratings: a digit from 1 to 4</source>
        <translation>Notes : un chiffre de 1 à 4</translation>
    </message>
    <message>
        <source>Save the form (Enter)</source>
        <translation>Enregistrer le questionnaire (Entrée)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonyme</translation>
    </message>
    <message>
        <source>Form no. {n} saved.</source>
        <translation>Questionnaire n° {n} enregistré.</translation>
    </message>
    <message>
        <source>Typing form no. {n} again.</source>
        <translation>Nouvelle saisie du questionnaire n° {n}.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <source>No. {n} — {who} — overall {overall}/4</source>
        <translation>N° {n} — {who} — satisfaction générale {overall}/4</translation>
    </message>
    <message>
        <source>{form} (from a phone)</source>
        <translation>{form} (depuis un téléphone)</translation>
    </message>
    <message>
        <source>Nobody dropped out.</source>
        <translation>Aucun abandon.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Quiz question</source>
        <translation>Question du quiz</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choices, one per line; start the right one(s) with *</source>
        <translation>Réponses proposées, une par ligne ; commencez la ou les bonnes par *</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>&amp;Imprimer des documents…</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Compte rendu de la session</translation>
    </message>
    <message>
        <source>What the room produced, item by item, and the action plan: to hand out</source>
        <translation>Ce que la salle a produit, séquence par séquence, et le plan d’action : à remettre aux participants</translation>
    </message>
    <message>
        <source>Two-page handout</source>
        <translation>Synthèse en deux pages</translation>
    </message>
    <message>
        <source>The essentials of the summary on one sheet, both sides</source>
        <translation>L’essentiel du compte rendu sur une feuille recto verso</translation>
    </message>
    <message>
        <source>Co-development: the client's summary</source>
        <translation>Co-développement : la synthèse du client</translation>
    </message>
    <message>
        <source>For the client only: the contract, the suggestions and the action plan</source>
        <translation>Pour le client seul : le contrat, les suggestions et le plan d’action</translation>
    </message>
    <message>
        <source>Attendance sheets</source>
        <translation>Feuilles d’émargement</translation>
    </message>
    <message>
        <source>One sheet per day, a signature per half-day</source>
        <translation>Une feuille par jour, une signature par demi-journée</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificats de réalisation</translation>
    </message>
    <message>
        <source>The ministry's model, with the hours actually attended</source>
        <translation>Le modèle du ministère, avec les heures effectivement suivies</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Questionnaire d’évaluation</translation>
    </message>
    <message>
        <source>The quiz, the objectives and the satisfaction, on paper</source>
        <translation>Le quiz, les objectifs et la satisfaction, sur papier</translation>
    </message>
    <message>
        <source>Satisfaction report</source>
        <translation>Bilan de satisfaction</translation>
    </message>
    <message>
        <source>The quality indicators from the forms typed in</source>
        <translation>Les indicateurs qualité tirés des questionnaires saisis</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Registre des décisions</translation>
    </message>
    <message>
        <source>Every decision with its objections and outcome</source>
        <translation>Chaque décision avec ses objections et son issue</translation>
    </message>
    <message>
        <source>Group and table lists</source>
        <translation>Listes des groupes et des tables</translation>
    </message>
    <message>
        <source>Every split into groups, and who sits where</source>
        <translation>Chaque répartition en groupes, et qui est à quelle table</translation>
    </message>
    <message>
        <source>Method sheets</source>
        <translation>Fiches méthodes</translation>
    </message>
    <message>
        <source>The sheet of each method the agenda uses</source>
        <translation>La fiche de chaque méthode du programme</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Documents of “{title}”</source>
        <translation>Documents de « {title} »</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>The workshop's language ({language})</source>
        <translation>La langue de l’atelier ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Leave out the names of who wrote and voted</source>
        <translation>Ne pas nommer qui a écrit ni qui a voté</translation>
    </message>
    <message>
        <source>Add the attestation de fin de formation</source>
        <translation>Ajouter l’attestation de fin de formation</translation>
    </message>
    <message>
        <source>One file per participant</source>
        <translation>Un fichier par participant</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Séquences</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Choose a document, then Preview.</source>
        <translation>Choisissez un document, puis Aperçu.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Aperçu</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Ouvrir dans la visionneuse</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Enregistrer sous…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>The options changed: Preview again.</source>
        <translation>Les options ont changé : refaites l’aperçu.</translation>
    </message>
    <message>
        <source>Making “{document}”…</source>
        <translation>Préparation de « {document} »…</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>Rien à imprimer.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{files} files, %n page(s) in all</source>
        <translation><numerusform>{files} fichiers, %n page en tout</numerusform><numerusform>{files} fichiers, %n pages en tout</numerusform></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Impression…</translation>
    </message>
    <message>
        <source>Save the files in the folder</source>
        <translation>Enregistrer les fichiers dans le dossier</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Enregistrer le document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
</TS>