<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;Nouvel atelier</translation>
    </message>
    <message>
        <source>Create an empty workshop</source>
        <translation>Créer un atelier vide</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Renommer…</translation>
    </message>
    <message>
        <source>Rename the selected workshop</source>
        <translation>Renommer l’atelier sélectionné</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <source>Copy the plan and participants into a new workshop</source>
        <translation>Copier le déroulé et les participants dans un nouvel atelier</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected workshop (can be undone)</source>
        <translation>Supprimer l’atelier sélectionné (annulable)</translation>
    </message>
    <message>
        <source>&amp;Run the workshop</source>
        <translation>&amp;Animer l’atelier</translation>
    </message>
    <message>
        <source>Open the console and the projector timer</source>
        <translation>Ouvrir la console et le minuteur projeté</translation>
    </message>
    <message>
        <source>&amp;Import a workshop file...</source>
        <translation>&amp;Importer un fichier d’atelier…</translation>
    </message>
    <message>
        <source>Add a workshop from a file made on another computer</source>
        <translation>Ajouter un atelier depuis un fichier créé sur un autre ordinateur</translation>
    </message>
    <message>
        <source>&amp;Export the workshop...</source>
        <translation>&amp;Exporter l’atelier…</translation>
    </message>
    <message>
        <source>Save the whole workshop to one file to share it</source>
        <translation>Enregistrer tout l’atelier dans un seul fichier pour le partager</translation>
    </message>
    <message>
        <source>Save as &amp;template...</source>
        <translation>Enregistrer comme &amp;modèle…</translation>
    </message>
    <message>
        <source>Keep this plan to start new workshops from it</source>
        <translation>Garder ce déroulé pour en faire de nouveaux ateliers</translation>
    </message>
    <message>
        <source>New from &amp;template...</source>
        <translation>Nouveau depuis un &amp;modèle…</translation>
    </message>
    <message>
        <source>Start a workshop from a template, with its dates shifted</source>
        <translation>Créer un atelier à partir d’un modèle, avec ses dates décalées</translation>
    </message>
    <message>
        <source>Restore a deleted &amp;workshop...</source>
        <translation>Restaurer un atelier &amp;supprimé…</translation>
    </message>
    <message>
        <source>Deleted workshops stay in the bin for 30 days</source>
        <translation>Les ateliers supprimés restent 30 jours dans la corbeille</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Ateliers</translation>
    </message>
    <message>
        <source>Your workshops</source>
        <translation>Vos ateliers</translation>
    </message>
    <message>
        <source>&amp;Methods library</source>
        <translation>&amp;Bibliothèque de méthodes</translation>
    </message>
    <message>
        <source>The facilitation methods</source>
        <translation>Les méthodes d’animation</translation>
    </message>
    <message>
        <source>Français</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>À &amp;propos</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Language, timer, chimes, projector, data and backups</source>
        <translation>Langue, minuteur, carillons, projecteur, données et sauvegardes</translation>
    </message>
    <message>
        <source>&amp;Keyboard and clicker shortcuts</source>
        <translation>Raccourcis du &amp;clavier et de la télécommande</translation>
    </message>
    <message>
        <source>Every shortcut of the window and of the live console</source>
        <translation>Tous les raccourcis de la fenêtre et de la console d’animation</translation>
    </message>
    <message>
        <source>&amp;Tour of the four steps</source>
        <translation>&amp;Visite des quatre étapes</translation>
    </message>
    <message>
        <source>Prepare, run, capture, print: a short tour</source>
        <translation>Préparer, animer, recueillir, imprimer : une courte visite</translation>
    </message>
    <message>
        <source>Show the &amp;data folder</source>
        <translation>Ouvrir le dossier des &amp;données</translation>
    </message>
</context>
<context>
    <name>EmptyWorkshopView</name>
    <message>
        <source>Select a workshop on the left, or create one with Ctrl+N.</source>
        <translation>Sélectionnez un atelier à gauche, ou créez-en un avec Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Action impossible</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Non enregistré</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>le terminal</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Details were written to {log}.</source>
        <translation>Un problème est survenu : {error}

Les détails ont été écrits dans {log}.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt en cours…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Élu·e</translation>
    </message>
    <message>
        <source>External</source>
        <translation>Externe</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Formateur·rice</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Maître du temps</translation>
    </message>
    <message>
        <source>Table host</source>
        <translation>Hôte de table</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur ou animatrice</translation>
    </message>
    <message>
        <source>Client</source>
        <translation>Client</translation>
    </message>
</context>
<context>
    <name>Launch</name>
    <message>
        <source>The data folder chosen in the settings is not there:
{folder}

Is it on a disk that is not plugged in? Plug it in and start again. Nothing was created in its place.</source>
        <translation>Le dossier des données choisi dans les paramètres est introuvable :
{folder}

Est-il sur un disque qui n’est pas branché ? Branchez-le et relancez l’application. Rien n’a été créé à sa place.</translation>
    </message>
    <message>
        <source>Open the standard folder this time</source>
        <translation>Ouvrir le dossier habituel cette fois-ci</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Standard folder: {folder}</source>
        <translation>Dossier habituel : {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data folder: {path}</source>
        <translation>Dossier des données : {path}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Annuler : {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Rétablir : {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Afficha&amp;ge</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>Nouvel atelier</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>Langue de la fenêtre : {language}.</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Renommer l’atelier</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>Nouveau titre :</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copie)</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Supprimer l’atelier</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>Supprimer « {title} » ? Vous pourrez annuler avec Ctrl+Z.</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z brings it back.</source>
        <translation>« {title} » supprimé. Ctrl+Z le fait revenir.</translation>
    </message>
    <message>
        <source>The bin is empty</source>
        <translation>La corbeille est vide</translation>
    </message>
    <message>
        <source>No workshop was deleted lately.</source>
        <translation>Aucun atelier n’a été supprimé récemment.</translation>
    </message>
    <message>
        <source>Restore a deleted workshop</source>
        <translation>Restaurer un atelier supprimé</translation>
    </message>
    <message>
        <source>Deleted workshops (kept 30 days):</source>
        <translation>Ateliers supprimés (gardés 30 jours) :</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>À propos de {name}</translation>
    </message>
    <message>
        <source>{name} {version}

Prepare, run and report in-room workshops, offline.
Data folder: {path}</source>
        <translation>{name} {version}

Préparer, animer et restituer des ateliers en salle, hors ligne.
Dossier des données : {path}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organisateur</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animation</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Signed for the organiser by</source>
        <translation>Signé pour l’organisme par</translation>
    </message>
    <message>
        <source>Certificates signed at</source>
        <translation>Certificats signés à</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Langue de l’atelier</translation>
    </message>
    <message>
        <source>Timer warnings</source>
        <translation>Alertes du minuteur</translation>
    </message>
    <message>
        <source>Not a training action</source>
        <translation>Pas une action de formation</translation>
    </message>
    <message>
        <source>Training action</source>
        <translation>Action de formation</translation>
    </message>
    <message>
        <source>Skills review</source>
        <translation>Bilan de compétences</translation>
    </message>
    <message>
        <source>Validation of prior learning (VAE)</source>
        <translation>Validation des acquis de l’expérience (VAE)</translation>
    </message>
    <message>
        <source>Apprenticeship training</source>
        <translation>Action de formation par apprentissage</translation>
    </message>
    <message>
        <source>Nature of the action</source>
        <translation>Nature de l’action</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Horaire</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Jour {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Voir dans :</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Fichiers de &amp;type :</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this application is already open on this data folder (process {pid}) and did not come to the front. Nothing you change in this window is saved: use the other window, or close both and start again.</source>
        <translation>Lecture seule : l’application est déjà ouverte sur ce dossier de données (processus {pid}) et ne s’est pas mise au premier plan. Rien de ce que vous modifiez dans cette fenêtre n’est enregistré : utilisez l’autre fenêtre, ou fermez les deux et relancez.</translation>
    </message>
</context>
<context>
    <name>RefusedDatabaseDialog</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation>Le fichier de données ne peut pas être ouvert</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>Le fichier est endommagé.</translation>
    </message>
    <message>
        <source>The file was not made by this application.</source>
        <translation>Ce fichier n’a pas été créé par cette application.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of this application.</source>
        <translation>Ce fichier a été écrit par une version plus récente de l’application.</translation>
    </message>
    <message>
        <source>A folder (or something else that is not a file) is where the data file should be. Restoring a backup moves it aside; otherwise move or rename it yourself.</source>
        <translation>Un dossier (ou autre chose qu’un fichier) se trouve à la place du fichier de données. Restaurer une sauvegarde le met de côté ; sinon, déplacez-le ou renommez-le vous-même.</translation>
    </message>
    <message>
        <source>{reason}

{path}
{detail}

It has not been modified.</source>
        <translation>{reason}

{path}
{detail}

Il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>Le fichier a été refusé.</translation>
    </message>
    <message>
        <source>{date} ({reason}, {size} KiB)</source>
        <translation>{date} ({reason}, {size} Kio)</translation>
    </message>
    <message>
        <source>Restore a backup (the refused file is kept aside):</source>
        <translation>Restaurer une sauvegarde (le fichier refusé est mis de côté) :</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>Aucune sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>Le dossier de données est en lecture seule</translation>
    </message>
    <message>
        <source>{path} cannot be written, so the application could not save anything there.

Make the folder writable (or copy the data folder somewhere writable and start the application with --data-dir FOLDER), then start again.</source>
        <translation>{path} n’est pas modifiable : l’application ne pourrait rien y enregistrer.

Rendez le dossier modifiable (ou copiez le dossier de données dans un emplacement modifiable et lancez l’application avec --data-dir DOSSIER), puis relancez.</translation>
    </message>
    <message>
        <source>The backup of {date} was restored.</source>
        <translation>La sauvegarde du {date} a été restaurée.</translation>
    </message>
    <message>
        <source>The file it replaced was kept, never deleted, as:
{path}</source>
        <translation>Le fichier qu’elle remplace a été conservé (jamais supprimé) sous le nom :
{path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>La restauration a échoué</translation>
    </message>
</context>
<context>
    <name>TimerWarningsField</name>
    <message>
        <source>Own</source>
        <translation>Propres</translation>
    </message>
    <message>
        <source>Unticked: the application's settings</source>
        <translation>Décoché : les réglages de l’application</translation>
    </message>
    <message>
        <source>% of the step</source>
        <translation>% de l’étape</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>secondes restantes</translation>
    </message>
    <message>
        <source>amber at</source>
        <translation>orange à</translation>
    </message>
    <message>
        <source>red at</source>
        <translation>rouge à</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>WorkshopListPanel</name>
    <message>
        <source>Filter workshops</source>
        <translation>Filtrer les ateliers</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Show templates</source>
        <translation>Afficher les modèles</translation>
    </message>
    <message>
        <source>{title} (template)</source>
        <translation>{title} (modèle)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopPages</name>
    <message>
        <source>Overview</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Évaluation</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>template</source>
        <translation>modèle</translation>
    </message>
</context>
</TS>