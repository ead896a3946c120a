<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <source>no organisation library is set: give its URL, or `facilitator-app organisation connect URL` first</source>
            <translation>aucune bibliothèque de l'organisation n'est configurée : donnez son URL, ou lancez d'abord `facilitator-app organisation connect URL`</translation>
        </message>
        <message>
            <source>backups are made for SQLite files only; back up your server instead</source>
            <translation>les sauvegardes ne concernent que les fichiers SQLite : sauvegardez plutôt votre serveur</translation>
        </message>
        <message>
            <source>restore works on the SQLite file of a data folder</source>
            <translation>la restauration s’applique au fichier SQLite d’un dossier de données</translation>
        </message>
        <message>
            <source>no organisation library is set: `facilitator-app organisation connect URL` first</source>
            <translation>aucune bibliothèque de l'organisation n'est configurée : lancez d'abord `facilitator-app organisation connect URL`</translation>
        </message>
        <message>
            <source>{title} is not a template</source>
            <translation>{title} n'est pas un modèle</translation>
        </message>
        <message>
            <source>only a tool of My tools can be published (custom:&lt;uid&gt;): duplicate a built-in one first</source>
            <translation>seul un outil de Mes outils peut être publié (custom :&lt;uid&gt;) : dupliquez d'abord l'outil intégré</translation>
        </message>
        <message>
            <source>{path} is read-only: the application cannot save anything there. Make it writable (or copy the data folder somewhere writable and start with --data-dir FOLDER), then start again</source>
            <translation>{path} est en lecture seule : l'application ne peut rien y enregistrer. Rendez-le modifiable (ou copiez le dossier de données dans un endroit modifiable et lancez avec --data-dir DOSSIER), puis relancez</translation>
        </message>
        <message>
            <source>{path} can be read by other users of this computer: it holds the organisation library's password, so it is not used. Run `chmod 600 {path}` (or save the password again)</source>
            <translation>{path} peut être lu par d'autres utilisateurs de cet ordinateur : il contient le mot de passe de la bibliothèque de l'organisation, il n'est donc pas utilisé. Lancez `chmod 600 {path}` (ou enregistrez de nouveau le mot de passe)</translation>
        </message>
        <message>
            <source>the organisation library ({server}) is out of reach: {problem}</source>
            <translation>la bibliothèque de l'organisation ({server}) est hors d'atteinte : {problem}</translation>
        </message>
        <message>
            <source>the organisation library on {server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</source>
            <translation>la bibliothèque de l'organisation sur {server} a un schéma plus ancien ({found} ; cette version demande {head}). Elle est partagée : elle n'est donc pas migrée par le premier ordinateur qui s'y connecte. Sauvegardez-la avec pg_dump (docs/organisation.md), puis lancez `{command}`</translation>
        </message>
        <message>
            <source>{url} is not a database URL</source>
            <translation>{url} n'est pas une URL de base de données</translation>
        </message>
        <message>
            <source>{path} cannot be read: {problem}</source>
            <translation>{path} ne peut pas être lu : {problem}</translation>
        </message>
        <message>
            <source>the organisation library on {server} is not set up yet: whoever looks after the server runs `{command}` once (docs/organisation.md)</source>
            <translation>la bibliothèque de l'organisation sur {server} n'est pas encore installée : la personne qui s'occupe du serveur lance une fois `{command}` (docs/organisation.md)</translation>
        </message>
        <message>
            <source>the organisation library on {server} was set up by a newer version of the application (schema {found}): install the newer version on this computer</source>
            <translation>la bibliothèque de l'organisation sur {server} a été installée par une version plus récente de l'application (schéma {found}) : installez la nouvelle version sur cet ordinateur</translation>
        </message>
        <message>
            <source>cannot use the organisation library URL {url}: {problem}</source>
            <translation>impossible d'utiliser l'URL de la bibliothèque de l'organisation {url} : {problem}</translation>
        </message>
        <message>
            <source>the organisation library on {server} could not be migrated (nothing was changed): {problem}</source>
            <translation>la bibliothèque de l'organisation sur {server} n'a pas pu être migrée (rien n'a été modifié) : {problem}</translation>
        </message>
        <message>
            <source>“{name}” was changed in the organisation library by {who} (version {theirs}) since your copy (version {base}): nothing was overwritten. Keep yours as a separate shared copy, or take theirs</source>
            <translation>« {name} » a été modifié dans la bibliothèque de l'organisation par {who} (version {theirs}) depuis votre copie (version {base}) : rien n'a été écrasé. Gardez la vôtre comme une copie partagée à part, ou prenez la leur</translation>
        </message>
        <message>
            <source>the organisation library has no item {uid} (any more)</source>
            <translation>la bibliothèque de l'organisation n'a pas (ou plus) d'élément {uid}</translation>
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
            <source>a departure comes after the arrival</source>
            <translation>un départ vient après l’arrivée</translation>
        </message>
        <message>
            <source>no such participant on that day of the workshop</source>
            <translation>cette personne ne participe pas à cette journée de l’atelier</translation>
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
            <source>take “{name}” home from the organisation library</source>
            <translation>rapporter « {name} » de la bibliothèque de l'organisation</translation>
        </message>
        <message>
            <source>publish “{name}” to the organisation library</source>
            <translation>publier « {name} » dans la bibliothèque de l'organisation</translation>
        </message>
        <message>
            <source>publish “{name}” as a separate copy in the library</source>
            <translation>publier « {name} » comme une copie à part dans la bibliothèque</translation>
        </message>
        <message>
            <source>take the organisation's version of “{name}”</source>
            <translation>prendre la version de l'organisation de « {name} »</translation>
        </message>
        <message>
            <source>no template of yours has the uid {uid}</source>
            <translation>aucun de vos modèles n'a l'identifiant {uid}</translation>
        </message>
        <message>
            <source>the organisation library has no item {uid} (refresh the library)</source>
            <translation>la bibliothèque de l'organisation n'a pas d'élément {uid} (actualisez la bibliothèque)</translation>
        </message>
        <message>
            <source>this copy is not linked to the organisation library</source>
            <translation>cette copie n'est pas liée à la bibliothèque de l'organisation</translation>
        </message>
        <message>
            <source>the organisation library no longer has “{uid}”: it was withdrawn</source>
            <translation>la bibliothèque de l'organisation n'a plus « {uid} » : il a été retiré</translation>
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
            <source>the backup could not be written to {folder}: {problem}</source>
            <translation>la sauvegarde n'a pas pu être écrite dans {folder} : {problem}</translation>
        </message>
        <message>
            <source>the backup could not be restored ({problem}); the database was left in place</source>
            <translation>la sauvegarde n'a pas pu être restaurée ({problem}) ; la base de données a été laissée en place</translation>
        </message>
        <message>
            <source>“{what}” can no longer be undone or redone: it was changed since (by another screen, a phone or the live run)</source>
            <translation>« {what} » ne peut plus être annulé ni rétabli : il a été modifié depuis (par un autre écran, un téléphone ou l'animation en cours)</translation>
        </message>
        <message>
            <source>“{what}” can no longer be undone or redone: something was added to it since</source>
            <translation>« {what} » ne peut plus être annulé ni rétabli : quelque chose y a été ajouté depuis</translation>
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
            <source>a text is longer than this database allows: nothing was saved for this action ({problem})</source>
            <translation>un texte est plus long que ce que cette base de données accepte : rien n'a été enregistré pour cette action ({problem})</translation>
        </message>
        <message>
            <source>the database server cannot be reached: nothing was saved for this action ({problem})</source>
            <translation>le serveur de base de données est hors d'atteinte : rien n'a été enregistré pour cette action ({problem})</translation>
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
            <source>{server} was set up by a newer version of the application (schema {found}; this version knows up to {head}): install the newer version on this computer</source>
            <translation>{server} a été installé par une version plus récente de l'application (schéma {found} ; cette version connaît jusqu'à {head}) : installez la nouvelle version sur cet ordinateur</translation>
        </message>
        <message>
            <source>{server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</source>
            <translation>{server} a un schéma plus ancien ({found} ; cette version demande {head}). Il est partagé : il n'est donc pas migré par le premier ordinateur qui s'y connecte. Sauvegardez-le avec pg_dump (docs/organisation.md), puis lancez `{command}`</translation>
        </message>
        <message>
            <source>cannot create the data folder {folder}: {problem}</source>
            <translation>impossible de créer le dossier de données {folder} : {problem}</translation>
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