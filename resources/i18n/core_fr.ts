<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <source>backups are made for SQLite files only; back up your server instead</source>
            <translation>les sauvegardes ne concernent que les fichiers SQLite : sauvegardez plutôt votre serveur</translation>
        </message>
        <message>
            <source>restore works on the SQLite file of a data folder</source>
            <translation>la restauration s’applique au fichier SQLite d’un dossier de données</translation>
        </message>
        <message>
            <source>a report is a PDF: name the file {name}.pdf</source>
            <translation>un document est un PDF : nommez le fichier {name}.pdf</translation>
        </message>
        <message>
            <source>cannot write {path}: the folder {folder} does not exist</source>
            <translation>impossible d’écrire {path} : le dossier {folder} n’existe pas</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>impossible d’écrire {path} : {reason}</translation>
        </message>
        <message>
            <source>this document does not apply to this workshop</source>
            <translation>ce document ne concerne pas cet atelier</translation>
        </message>
        <message>
            <source>certificates are for a training action: choose the nature of the action on the workshop's overview page first</source>
            <translation>les certificats concernent une action de formation : choisissez d’abord la nature de l’action sur la page de présentation de l’atelier</translation>
        </message>
        <message>
            <source>the client's summary needs a co-development session on the agenda</source>
            <translation>la synthèse du client demande une séance de co-développement au programme</translation>
        </message>
        <message>
            <source>unknown document {kind!r}</source>
            <translation>document inconnu {kind!r}</translation>
        </message>
        <message>
            <source>this workbook is too large to import</source>
            <translation>ce classeur est trop volumineux pour être importé</translation>
        </message>
        <message>
            <source>clear the day's recorded times</source>
            <translation>effacer les horaires réels de la journée</translation>
        </message>
        <message>
            <source>a duration is a whole number of minutes</source>
            <translation>une durée est un nombre entier de minutes</translation>
        </message>
        <message>
            <source>add the day “{title}”</source>
            <translation>ajouter la journée « {title} »</translation>
        </message>
        <message>
            <source>change the day “{title}”</source>
            <translation>modifier la journée « {title} »</translation>
        </message>
        <message>
            <source>remove the day “{title}”</source>
            <translation>supprimer la journée « {title} »</translation>
        </message>
        <message>
            <source>a day needs a start time</source>
            <translation>une journée a besoin d’une heure de début</translation>
        </message>
        <message>
            <source>a workshop keeps at least one day</source>
            <translation>un atelier garde au moins une journée</translation>
        </message>
        <message>
            <source>add the step “{title}”</source>
            <translation>ajouter l’étape « {title} »</translation>
        </message>
        <message>
            <source>add “{title}” to the agenda</source>
            <translation>ajouter « {title} » au déroulé</translation>
        </message>
        <message>
            <source>remove the step “{title}”</source>
            <translation>supprimer l’étape « {title} »</translation>
        </message>
        <message>
            <source>move the step “{title}”</source>
            <translation>déplacer l’étape « {title} »</translation>
        </message>
        <message>
            <source>change the step “{title}”</source>
            <translation>modifier l’étape « {title} »</translation>
        </message>
        <message>
            <source>an item can only move between days of the same workshop</source>
            <translation>une étape ne peut passer que d’une journée à l’autre du même atelier</translation>
        </message>
        <message>
            <source>an item's phases are a list</source>
            <translation>les phases d’une étape forment une liste</translation>
        </message>
        <message>
            <source>each phase of an item is a table of values</source>
            <translation>chaque phase d’une étape est une table de valeurs</translation>
        </message>
        <message>
            <source>change the roles of “{title}”</source>
            <translation>modifier les rôles de « {title} »</translation>
        </message>
        <message>
            <source>rotate the roles</source>
            <translation>faire tourner les rôles</translation>
        </message>
        <message>
            <source>a role needs a name of at most 60 characters</source>
            <translation>un rôle a besoin d’un nom de 60 caractères au plus</translation>
        </message>
        <message>
            <source>a role holder must be a participant of this workshop</source>
            <translation>la personne qui tient un rôle doit être participante de cet atelier</translation>
        </message>
        <message>
            <source>roles rotate within one workshop</source>
            <translation>les rôles tournent au sein d’un même atelier</translation>
        </message>
        <message>
            <source>add participants before rotating roles</source>
            <translation>ajoutez des participants avant de faire tourner les rôles</translation>
        </message>
        <message>
            <source>mark the attendance of “{name}”</source>
            <translation>noter la présence de « {name} »</translation>
        </message>
        <message>
            <source>record that “{name}” left the training</source>
            <translation>noter l’abandon de « {name} »</translation>
        </message>
        <message>
            <source>a departure comes after the arrival</source>
            <translation>un départ vient après l’arrivée</translation>
        </message>
        <message>
            <source>a reason is at most {limit} characters</source>
            <translation>une cause tient en {limit} caractères au plus</translation>
        </message>
        <message>
            <source>no such participant on that day of the workshop</source>
            <translation>cette personne ne participe pas à cette journée de l’atelier</translation>
        </message>
        <message>
            <source>participant {id} does not exist</source>
            <translation>le participant {id} n’existe pas</translation>
        </message>
        <message>
            <source>clear the drop-out of “{name}”</source>
            <translation>effacer l’abandon de « {name} »</translation>
        </message>
        <message>
            <source>add the quiz question “{text}”</source>
            <translation>ajouter la question « {text} »</translation>
        </message>
        <message>
            <source>change the quiz question “{text}”</source>
            <translation>modifier la question « {text} »</translation>
        </message>
        <message>
            <source>remove the quiz question “{text}”</source>
            <translation>supprimer la question « {text} »</translation>
        </message>
        <message>
            <source>type in the evaluation form no. {number}</source>
            <translation>saisir le questionnaire n° {number}</translation>
        </message>
        <message>
            <source>remove the evaluation form no. {number}</source>
            <translation>supprimer le questionnaire n° {number}</translation>
        </message>
        <message>
            <source>workshop {id} does not exist</source>
            <translation>l’atelier {id} n’existe pas</translation>
        </message>
        <message>
            <source>a quiz question needs its text</source>
            <translation>une question du quiz a besoin de son texte</translation>
        </message>
        <message>
            <source>a quiz question is at most {limit} characters</source>
            <translation>une question du quiz tient en {limit} caractères au plus</translation>
        </message>
        <message>
            <source>a quiz question has 2 to {limit} choices</source>
            <translation>une question du quiz propose de 2 à {limit} réponses</translation>
        </message>
        <message>
            <source>mark at least one of the question's choices as the right answer</source>
            <translation>indiquez au moins une bonne réponse parmi celles proposées</translation>
        </message>
        <message>
            <source>quiz question {id} does not exist</source>
            <translation>la question {id} n’existe pas</translation>
        </message>
        <message>
            <source>the form asks no criterion {key!r}</source>
            <translation>le questionnaire ne comporte pas le critère {key!r}</translation>
        </message>
        <message>
            <source>a rating is from 1 to {top}</source>
            <translation>une note va de 1 à {top}</translation>
        </message>
        <message>
            <source>the form asks no open question {key!r}</source>
            <translation>le questionnaire ne comporte pas la question ouverte {key!r}</translation>
        </message>
        <message>
            <source>a comment is at most {limit} characters</source>
            <translation>un commentaire tient en {limit} caractères au plus</translation>
        </message>
        <message>
            <source>evaluation form {id} does not exist</source>
            <translation>le questionnaire {id} n’existe pas</translation>
        </message>
        <message>
            <source>the quiz has no question {id}</source>
            <translation>le quiz n’a pas de question {id}</translation>
        </message>
        <message>
            <source>a quiz answer names a choice the question does not have</source>
            <translation>une réponse au quiz désigne un choix que la question ne propose pas</translation>
        </message>
        <message>
            <source>no such participant in this workshop</source>
            <translation>ce participant ne fait pas partie de l’atelier</translation>
        </message>
        <message>
            <source>import the workshop “{title}”</source>
            <translation>importer l’atelier « {title} »</translation>
        </message>
        <message>
            <source>save the template “{title}”</source>
            <translation>enregistrer le modèle « {title} »</translation>
        </message>
        <message>
            <source>create “{title}” from a template</source>
            <translation>créer « {title} » à partir d’un modèle</translation>
        </message>
        <message>
            <source>duplicate the workshop as “{title}”</source>
            <translation>dupliquer l’atelier en « {title} »</translation>
        </message>
        <message>
            <source>save the groups “{name}”</source>
            <translation>enregistrer les groupes « {name} »</translation>
        </message>
        <message>
            <source>delete the groups “{name}”</source>
            <translation>supprimer les groupes « {name} »</translation>
        </message>
        <message>
            <source>there is nobody to put into groups</source>
            <translation>il n’y a personne à répartir en groupes</translation>
        </message>
        <message>
            <source>someone is in two groups of the same set</source>
            <translation>une personne figure dans deux groupes de la même répartition</translation>
        </message>
        <message>
            <source>some people in these groups are not on this workshop's roster</source>
            <translation>certaines personnes de ces groupes ne sont pas inscrites à cet atelier</translation>
        </message>
        <message>
            <source>save the tool “{name}”</source>
            <translation>enregistrer la méthode « {name} »</translation>
        </message>
        <message>
            <source>create the tool “{name}”</source>
            <translation>créer la méthode « {name} »</translation>
        </message>
        <message>
            <source>copy “{name}” to My tools</source>
            <translation>copier « {name} » dans Mes méthodes</translation>
        </message>
        <message>
            <source>edit the tool “{name}”</source>
            <translation>modifier la méthode « {name} »</translation>
        </message>
        <message>
            <source>delete the tool “{name}”</source>
            <translation>supprimer la méthode « {name} »</translation>
        </message>
        <message>
            <source>star or unstar “{name}”</source>
            <translation>ajouter ou retirer « {name} » des favoris</translation>
        </message>
        <message>
            <source>this workshop has no day to run</source>
            <translation>cet atelier n’a aucune journée à animer</translation>
        </message>
        <message>
            <source>there is no interrupted run to resume</source>
            <translation>aucune animation interrompue n’est à reprendre</translation>
        </message>
        <message>
            <source>add “{name}”</source>
            <translation>ajouter « {name} »</translation>
        </message>
        <message>
            <source>change “{name}”</source>
            <translation>modifier « {name} »</translation>
        </message>
        <message>
            <source>remove {count} participant(s)</source>
            <translation>retirer {count} participant(s)</translation>
        </message>
        <message>
            <source>import {count} participant(s)</source>
            <translation>importer {count} participant(s)</translation>
        </message>
        <message>
            <source>a participant needs a name</source>
            <translation>un participant a besoin d’un nom</translation>
        </message>
        <message>
            <source>remove “{name}”</source>
            <translation>retirer « {name} »</translation>
        </message>
        <message>
            <source>create the workshop “{title}”</source>
            <translation>créer l’atelier « {title} »</translation>
        </message>
        <message>
            <source>change the workshop “{title}”</source>
            <translation>modifier l’atelier « {title} »</translation>
        </message>
        <message>
            <source>rename the workshop “{title}”</source>
            <translation>renommer l’atelier « {title} »</translation>
        </message>
        <message>
            <source>delete the workshop “{title}”</source>
            <translation>supprimer l’atelier « {title} »</translation>
        </message>
        <message>
            <source>restore the workshop “{title}”</source>
            <translation>restaurer l’atelier « {title} »</translation>
        </message>
        <message>
            <source>name a workshop by its id, uid or title</source>
            <translation>désignez un atelier par son numéro, son uid ou son titre</translation>
        </message>
        <message>
            <source>unknown nature of training action {nature!r} (one of {known})</source>
            <translation>nature d’action de formation inconnue {nature!r} (parmi {known})</translation>
        </message>
        <message>
            <source>the backup could not be written to {folder}: {problem}</source>
            <translation>la sauvegarde n'a pas pu être écrite dans {folder} : {problem}</translation>
        </message>
        <message>
            <source>the backup could not be restored ({problem}); the database was left in place</source>
            <translation>la sauvegarde n'a pas pu être restaurée ({problem}) ; la base de données a été laissée en place</translation>
        </message>
        <message>
            <source>the database could not be created in {folder} ({problem}); nothing was left half-made: free some space or check the folder, then start again</source>
            <translation>la base de données n'a pas pu être créée dans {folder} ({problem}) ; rien n'a été laissé à moitié fait : libérez de la place ou vérifiez le dossier, puis relancez</translation>
        </message>
        <message>
            <source>the disk is full: free some space, nothing was saved for this action</source>
            <translation>le disque est plein : libérez de la place ; rien n’a été enregistré pour cette action</translation>
        </message>
        <message>
            <source>the database is read-only: nothing was saved for this action</source>
            <translation>la base de données est en lecture seule : rien n’a été enregistré pour cette action</translation>
        </message>
        <message>
            <source>the data is being written by another program for too long: nothing was saved for this action, try again in a moment</source>
            <translation>un autre programme écrit les données depuis trop longtemps : rien n’a été enregistré pour cette action, réessayez dans un instant</translation>
        </message>
        <message>
            <source>{path} cannot be opened read-only: it is not yet ready (the window that owns the data folder will prepare it)</source>
            <translation>{path} ne peut pas être ouvert en lecture seule : il n'est pas encore prêt (la fenêtre qui détient le dossier de données va le préparer)</translation>
        </message>
        <message>
            <source>cannot create the data folder {folder}: {problem}</source>
            <translation>impossible de créer le dossier de données {folder} : {problem}</translation>
        </message>
        <message>
            <source>{path} cannot be read: {problem}</source>
            <translation>{path} ne peut pas être lu : {problem}</translation>
        </message>
        <message>
            <source>{path} is busy in another program: try again</source>
            <translation>{path} est occupé par un autre programme : réessayez</translation>
        </message>
        <message>
            <source>a workshop needs a title</source>
            <translation>un atelier a besoin d’un titre</translation>
        </message>
    </context>
</TS>