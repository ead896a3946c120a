<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Remove “{name}” everywhere</source>
        <translation>Retirer « {name} » partout</translation>
    </message>
    <message>
        <source>This person is on the roster of:</source>
        <translation>Cette personne figure dans la liste des participants de :</translation>
    </message>
    <message>
        <source>Workshops where the person is</source>
        <translation>Ateliers où figure la personne</translation>
    </message>
    <message>
        <source>Keep what they wrote, without their name</source>
        <translation>Garder ce qu’elle a écrit, sans son nom</translation>
    </message>
    <message>
        <source>Remove what they wrote too</source>
        <translation>Retirer aussi ce qu’elle a écrit</translation>
    </message>
    <message>
        <source>Their attendance goes too: print the signed sheets first if the law asks you to keep them. Ctrl+Z undoes this until the window closes.</source>
        <translation>Ses présences sont retirées aussi : imprimez d’abord les feuilles signées si la loi vous demande de les garder. Ctrl+Z annule tant que la fenêtre reste ouverte.</translation>
    </message>
    <message>
        <source>Remove everywhere</source>
        <translation>Retirer partout</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Groups of</source>
        <translation>Groupes de</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Nombre de groupes</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Binômes</translation>
    </message>
    <message>
        <source>Fours</source>
        <translation>Groupes de 4</translation>
    </message>
    <message>
        <source>Tables of 5</source>
        <translation>Tables de 5</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Pour</translation>
    </message>
    <message>
        <source>Spread each organisation across groups</source>
        <translation>Répartir chaque structure entre les groupes</translation>
    </message>
    <message>
        <source>Spread the categories (elected, agents...)</source>
        <translation>Répartir les catégories (élus, agents…)</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Former les groupes</translation>
    </message>
    <message>
        <source>A random split, ignoring who has already met.</source>
        <translation>Un tirage au hasard, sans tenir compte de qui s’est déjà rencontré.</translation>
    </message>
    <message>
        <source>New round (re-mix)</source>
        <translation>Nouveau tour (brassage)</translation>
    </message>
    <message>
        <source>Keeps apart, as far as possible, people who were together in earlier rounds.</source>
        <translation>Sépare autant que possible les personnes qui étaient ensemble aux tours précédents.</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation>Tours déjà formés</translation>
    </message>
    <message>
        <source>Delete this round</source>
        <translation>Supprimer ce tour</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Tour {n}</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Groupe {n}</translation>
    </message>
    <message>
        <source>{name} · {groups} groups · {people} people</source>
        <translation>{name} · {groups} groupes · {people} personnes</translation>
    </message>
    <message>
        <source>Everyone on the roster</source>
        <translation>Toute la liste</translation>
    </message>
    <message>
        <source>Present on day {n}, morning</source>
        <translation>Présents le jour {n}, matin</translation>
    </message>
    <message>
        <source>Present on day {n}, afternoon</source>
        <translation>Présents le jour {n}, après-midi</translation>
    </message>
    <message>
        <source>No particular agenda item</source>
        <translation>Aucune séquence en particulier</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>Pas encore de groupes</translation>
    </message>
    <message>
        <source>Choose a size or a number of groups, then Make groups.</source>
        <translation>Choisissez une taille ou un nombre de groupes, puis « Former les groupes ».</translation>
    </message>
    <message>
        <source>First round: everyone meets new people.</source>
        <translation>Premier tour : chacun rencontre de nouvelles personnes.</translation>
    </message>
    <message>
        <source>Nobody sits again with someone from an earlier round.</source>
        <translation>Personne ne retrouve quelqu’un d’un tour précédent.</translation>
    </message>
    <message>
        <source>{n} pair(s) of people were already together in an earlier round.</source>
        <translation>{n} paire(s) de personnes étaient déjà ensemble à un tour précédent.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>This address looks wrong.</source>
        <translation>Cette adresse semble erronée.</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Fiche de {name}</translation>
    </message>
    <message>
        <source>Select a participant to see their details.</source>
        <translation>Sélectionnez un participant pour voir sa fiche.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Roster</source>
        <translation>Liste des participants</translation>
    </message>
    <message>
        <source>Groups and tables</source>
        <translation>Groupes et tables</translation>
    </message>
    <message>
        <source>Add a participant by name</source>
        <translation>Ajouter un participant par son nom</translation>
    </message>
    <message>
        <source>Add someone: type a name, press Enter</source>
        <translation>Ajouter quelqu’un : tapez un nom, puis Entrée</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Paste a roster…</source>
        <translation>Coller une liste…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Importer un fichier…</translation>
    </message>
    <message>
        <source>Filter the participants</source>
        <translation>Filtrer les participants</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filtrer</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importer une liste de participants</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Listes (*.csv *.tsv *.txt *.xlsx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a roster (more than {mb} MB).</source>
        <translation>Ce fichier est trop volumineux pour une liste de participants (plus de {mb} Mo).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Impossible de lire {file} : {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n participant(s) match</source>
        <translation><numerusform>{shown} sur %n participant</numerusform><numerusform>{shown} sur %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Export this person's data…</source>
        <translation>Exporter les données de cette personne…</translation>
    </message>
    <message>
        <source>Remove this person everywhere…</source>
        <translation>Retirer cette personne partout…</translation>
    </message>
    <message>
        <source>Export this person's data</source>
        <translation>Exporter les données de cette personne</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>no name</source>
        <translation>pas de nom</translation>
    </message>
    <message>
        <source>{value} is too long (at most {limit} characters)</source>
        <translation>champ « {value} » trop long (au plus {limit} caractères)</translation>
    </message>
    <message>
        <source>email '{value}' is not valid, it will be left empty</source>
        <translation>le courriel « {value} » n’est pas valide, il restera vide</translation>
    </message>
    <message>
        <source>unknown category '{value}', will be 'Other'</source>
        <translation>catégorie « {value} » inconnue, ce sera « Autre »</translation>
    </message>
    <message>
        <source>only a first name, '{value}': imported as it is</source>
        <translation>prénom seul, « {value} » : ajouté tel quel</translation>
    </message>
    <message>
        <source>same person as line {value}</source>
        <translation>même personne qu’à la ligne {value}</translation>
    </message>
    <message>
        <source>already on the roster as {value}</source>
        <translation>déjà dans la liste : {value}</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Importer des participants</translation>
    </message>
    <message>
        <source>Paste the rows copied from a spreadsheet (with or without the heading row: Name, Organisation, Function, Category, Email), or a CSV text.</source>
        <translation>Collez les lignes copiées d’un tableur (avec ou sans la ligne d’en-tête : Nom, Structure, Fonction, Catégorie, Courriel), ou un texte CSV.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>Fichier : {name}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarques</translation>
    </message>
    <message>
        <source>Skip the duplicates</source>
        <translation>Ne pas importer les doublons</translation>
    </message>
    <message>
        <source>This roster is too large to import at once (at most {rows} rows and {mb} MB). Split it into smaller parts.</source>
        <translation>Cette liste est trop longue pour être importée d’un coup (au plus {rows} lignes et {mb} Mo). Découpez-la en plusieurs parties.</translation>
    </message>
    <message>
        <source>This cannot be read as a roster: {error}</source>
        <translation>Impossible de lire ceci comme une liste de participants : {error}</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Rien à importer pour l’instant.</translation>
    </message>
    <message>
        <source>{total} row(s) read: {unreadable} cannot be read, {duplicates} look like people already listed.</source>
        <translation>{total} ligne(s) lue(s) : {unreadable} illisible(s), {duplicates} semble(nt) déjà dans la liste.</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Doublon</translation>
    </message>
    <message>
        <source>Will be added, with a remark</source>
        <translation>Sera ajouté, avec une remarque</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Sera ajouté</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation><numerusform>Importer %n participant</numerusform><numerusform>Importer %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Structure</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Fonction</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>This address looks wrong.</source>
        <translation>Cette adresse semble erronée.</translation>
    </message>
</context>
</TS>