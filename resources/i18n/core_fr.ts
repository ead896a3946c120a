<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <source>unknown kind of output {kind} (one of {known})</source>
            <translation>genre de production inconnu {kind} (parmi {known})</translation>
        </message>
        <message>
            <source>unknown kind of record {kind} (one of {known})</source>
            <translation>genre d’enregistrement inconnu {kind} (parmi {known})</translation>
        </message>
        <message>
            <source>{what} is empty</source>
            <translation>{what} : rien n’est écrit</translation>
        </message>
        <message>
            <source>{what} holds at most {limit} characters ({length} given)</source>
            <translation>{what} : au plus {limit} caractères ({length} donnés)</translation>
        </message>
        <message>
            <source>must be a kind or a table with a kind</source>
            <translation>doit être un genre, ou une table avec un genre</translation>
        </message>
        <message>
            <source>{old!r} is now {new!r}</source>
            <translation>{old!r} s’écrit maintenant {new!r}</translation>
        </message>
        <message>
            <source>say nothing: a phase without capture captures nothing</source>
            <translation>ne rien écrire : une étape sans capture ne capture rien</translation>
        </message>
        <message>
            <source>{kind!r} is not one of: {words}</source>
            <translation>{kind!r} n’est pas parmi : {words}</translation>
        </message>
        <message>
            <source>unknown parameter for {kind!r}</source>
            <translation>paramètre inconnu pour {kind!r}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>doit être un nombre entier</translation>
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation>doit être compris entre {low} et {high}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>doit valoir true ou false</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {words}</source>
            <translation>{value!r} n’est pas parmi : {words}</translation>
        </message>
        <message>
            <source>must be a list of words</source>
            <translation>doit être une liste de mots</translation>
        </message>
        <message>
            <source>names the same word twice</source>
            <translation>nomme deux fois le même mot</translation>
        </message>
        <message>
            <source>{value!r} is not a short key such as anchors</source>
            <translation>{value!r} n’est pas une clé courte comme anchors</translation>
        </message>
        <message>
            <source>must be a list of tables with key, fr and en</source>
            <translation>doit être une liste de tables avec key, fr et en</translation>
        </message>
        <message>
            <source>must list exactly {count}</source>
            <translation>doit en lister exactement {count}</translation>
        </message>
        <message>
            <source>lists {count}; at most {limit}</source>
            <translation>en liste {count} ; au plus {limit}</translation>
        </message>
        <message>
            <source>each entry has exactly key, fr and en</source>
            <translation>chaque entrée a exactement key, fr et en</translation>
        </message>
        <message>
            <source>{value!r} is not a short key such as wind</source>
            <translation>{value!r} n’est pas une clé courte comme wind</translation>
        </message>
        <message>
            <source>{value!r}: fr and en are texts of at most {limit} characters</source>
            <translation>{value!r} : fr et en sont des textes d’au plus {limit} caractères</translation>
        </message>
        <message>
            <source>names the same key twice</source>
            <translation>nomme deux fois la même clé</translation>
        </message>
        <message>
            <source>a record's data must be a table of fields</source>
            <translation>les données d’un enregistrement sont une table de champs</translation>
        </message>
        <message>
            <source>{key}: this kind of record has no such field</source>
            <translation>{key} : ce genre d’enregistrement n’a pas ce champ</translation>
        </message>
        <message>
            <source>{key} does not belong to this part</source>
            <translation>{key} n’appartient pas à cette partie</translation>
        </message>
        <message>
            <source>{key} is needed</source>
            <translation>{key} est nécessaire</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} doit être un texte</translation>
        </message>
        <message>
            <source>{key} is at most {limit} characters</source>
            <translation>{key} : au plus {limit} caractères</translation>
        </message>
        <message>
            <source>{key}: {value} is not one of {allowed}</source>
            <translation>{key} : {value} n’est pas parmi {allowed}</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} doit valoir vrai ou faux</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 0 to 10000</source>
            <translation>{key} doit être un nombre entier de 0 à 10000</translation>
        </message>
        <message>
            <source>{key} must be a date as YYYY-MM-DD</source>
            <translation>{key} doit être une date AAAA-MM-JJ</translation>
        </message>
        <message>
            <source>no organisation library is set: give its URL, or `facilitator-app organisation connect URL` first</source>
            <translation>aucune bibliothèque de l'organisation n'est configurée : donnez son URL, ou lancez d'abord `facilitator-app organisation connect URL`</translation>
        </message>
        <message>
            <source>--start {start!r}: expected a date as YYYY-MM-DD</source>
            <translation>--start {start!r} : une date est attendue, au format AAAA-MM-JJ</translation>
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
            <source>the window is open on the data folder {folder}: close it, then restore (or restore from its start-up dialog)</source>
            <translation>la fenêtre est ouverte sur le dossier de données {folder} : fermez-la, puis restaurez (ou restaurez depuis sa fenêtre de démarrage)</translation>
        </message>
        <message>
            <source>no organisation library is set: `facilitator-app organisation connect URL` first</source>
            <translation>aucune bibliothèque de l'organisation n'est configurée : lancez d'abord `facilitator-app organisation connect URL`</translation>
        </message>
        <message>
            <source>only a tool of My tools can be published (custom:&lt;uid&gt;): duplicate a built-in one first</source>
            <translation>seule une méthode de Mes méthodes (identifiant « custom… ») peut être publiée : dupliquez d'abord la méthode intégrée</translation>
        </message>
        <message>
            <source>{title} is not a template</source>
            <translation>{title} n'est pas un modèle</translation>
        </message>
        <message>
            <source>a port is a number from 0 to 65535</source>
            <translation>un port est un nombre de 0 à 65535</translation>
        </message>
        <message>
            <source>cannot listen on {host}:{port}</source>
            <translation>impossible d’écouter sur {host}:{port}</translation>
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
            <source>the method sheet is a PDF: name the file {stem}.pdf</source>
            <translation>la fiche méthode est un PDF : nommez le fichier {stem}.pdf</translation>
        </message>
        <message>
            <source>cannot write {path}: {error}</source>
            <translation>impossible d’écrire {path} : {error}</translation>
        </message>
        <message>
            <source>no deleted workshop matches {workshop!r} (see workshops list --deleted)</source>
            <translation>aucun atelier supprimé ne correspond à {workshop!r} (voir workshops list --deleted)</translation>
        </message>
        <message>
            <source>{folder} is already the data folder</source>
            <translation>{folder} est déjà le dossier des données</translation>
        </message>
        <message>
            <source>{folder} is inside the data folder {current}: choose a folder outside it</source>
            <translation>{folder} est à l’intérieur du dossier des données {current} : choisissez un dossier en dehors</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder</source>
            <translation>{folder} est un fichier, pas un dossier</translation>
        </message>
        <message>
            <source>the application cannot write in {folder}: choose a folder of yours</source>
            <translation>l’application ne peut pas écrire dans {folder} : choisissez un dossier à vous</translation>
        </message>
        <message>
            <source>another window of the application is open on {folder}: close it first</source>
            <translation>une autre fenêtre de l’application est ouverte sur {folder} : fermez-la d’abord</translation>
        </message>
        <message>
            <source>{folder} already holds other files ({examples}): choose an empty folder, or the folder of the application's data</source>
            <translation>{folder} contient déjà d’autres fichiers ({examples}) : choisissez un dossier vide, ou le dossier des données de l’application</translation>
        </message>
        <message>
            <source>{folder} is not empty: the data cannot move there</source>
            <translation>{folder} n’est pas vide : les données ne peuvent pas y être déplacées</translation>
        </message>
        <message>
            <source>the data could not be moved to {folder} ({problem}); it stays in {current}</source>
            <translation>les données n’ont pas pu être déplacées vers {folder} ({problem}) ; elles restent dans {current}</translation>
        </message>
        <message>
            <source>; </source>
            <translation> ; </translation>
        </message>
        <message>
            <source>{path}: {detail}</source>
            <translation>{path} : {detail}</translation>
        </message>
        <message>
            <source>the data folder chosen in the settings, {folder}, is not there (a disk that is not plugged in?): plug it in and start again, or start with --data-dir {standard} to use the standard folder</source>
            <translation>le dossier des données choisi dans les paramètres, {folder}, est introuvable (un disque qui n’est pas branché ?) : branchez-le et relancez, ou lancez avec --data-dir {standard} pour utiliser le dossier habituel</translation>
        </message>
        <message>
            <source>{path} is read-only: the application cannot save anything there. Make it writable (or copy the data folder somewhere writable and start with --data-dir FOLDER), then start again</source>
            <translation>{path} est en lecture seule : l’application ne peut rien y enregistrer. Rendez-le accessible en écriture (ou copiez le dossier de données dans un emplacement accessible en écriture et lancez avec --data-dir DOSSIER), puis relancez</translation>
        </message>
        <message>
            <source>workshop {workshop_id} does not exist</source>
            <translation>l’atelier {workshop_id} n’existe pas</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path} : ce fichier n’existe pas</translation>
        </message>
        <message>
            <source>{path}: cannot read the file: {error}</source>
            <translation>{path} : impossible de lire le fichier : {error}</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path} : ce n’est pas un fichier</translation>
        </message>
        <message>
            <source>{path}: the file is too large ({size} MB; a workshop file is at most {limit} MB)</source>
            <translation>{path} : le fichier est trop volumineux ({size} Mo ; un fichier d’atelier fait au plus {limit} Mo)</translation>
        </message>
        <message>
            <source>{path}: not a workshop file, or a damaged one (it is not a complete ZIP archive: {error})</source>
            <translation>{path} : ce n’est pas un fichier d’atelier, ou il est endommagé (ce n’est pas une archive ZIP complète : {error})</translation>
        </message>
        <message>
            <source>{path}: the file is damaged or truncated ({error})</source>
            <translation>{path} : le fichier est endommagé ou incomplet ({error})</translation>
        </message>
        <message>
            <source>{path}: the file is damaged (a member's name is not readable)</source>
            <translation>{path} : le fichier est endommagé (le nom d’un élément de l’archive est illisible)</translation>
        </message>
        <message>
            <source>{path}: a member of the archive cannot be read ({error})</source>
            <translation>{path} : un élément de l’archive ne peut pas être lu ({error})</translation>
        </message>
        <message>
            <source>{path}: the archive holds the same member twice</source>
            <translation>{path} : l’archive contient deux fois le même élément</translation>
        </message>
        <message>
            <source>{path}: not a workshop file ({document} is missing)</source>
            <translation>{path} : ce n’est pas un fichier d’atelier ({document} est absent)</translation>
        </message>
        <message>
            <source>{path}: unexpected member {member!r} in the archive</source>
            <translation>{path} : élément inattendu {member!r} dans l’archive</translation>
        </message>
        <message>
            <source>{path}: {member} is encrypted (password-protected); a workshop file never is: export it again from the application</source>
            <translation>{path} : {member} est chiffré (protégé par un mot de passe) ; un fichier d’atelier ne l’est jamais : exportez-le à nouveau depuis l’application</translation>
        </message>
        <message>
            <source>{path}: {member} is compressed with a method this application does not read (method {method}): export it again from the application</source>
            <translation>{path} : {member} est compressé selon une méthode que cette application ne lit pas (méthode {method}) : exportez-le à nouveau depuis l’application</translation>
        </message>
        <message>
            <source>{path}: {document} would unpack to {size} MB (at most {limit} MB): refused</source>
            <translation>{path} : {document} occuperait {size} Mo une fois décompressé (au plus {limit} Mo) : refusé</translation>
        </message>
        <message>
            <source>{path}: the archive would unpack to {size} MB (at most {limit} MB): refused</source>
            <translation>{path} : l’archive occuperait {size} Mo une fois décompressée (au plus {limit} Mo) : refusé</translation>
        </message>
        <message>
            <source>{path}: {document} holds the number {number}, too large to store</source>
            <translation>{path} : {document} contient le nombre {number}, trop grand pour être enregistré</translation>
        </message>
        <message>
            <source>{path}: {document} is not UTF-8 text ({reason})</source>
            <translation>{path} : {document} n’est pas un texte UTF-8 ({reason})</translation>
        </message>
        <message>
            <source>{path}: {document} is nested too deeply</source>
            <translation>{path} : {document} est imbriqué trop profondément</translation>
        </message>
        <message>
            <source>{path}: {document} is not valid JSON: {error} (line {line}, column {column})</source>
            <translation>{path} : {document} n’est pas du JSON valide : {error} (ligne {line}, colonne {column})</translation>
        </message>
        <message>
            <source>{path}: {document} holds a number too large: {error}</source>
            <translation>{path} : {document} contient un nombre trop grand : {error}</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path} : {problem}</translation>
        </message>
        <message>
            <source>the document is not a JSON object</source>
            <translation>le document n’est pas un objet JSON</translation>
        </message>
        <message>
            <source>this is not a workshop file (expected {format!r})</source>
            <translation>ce n’est pas un fichier d’atelier ({format!r} attendu)</translation>
        </message>
        <message>
            <source>missing or not a whole number</source>
            <translation>absent ou pas un nombre entier</translation>
        </message>
        <message>
            <source>the file was made by a newer version of the application (format version {version}; this one reads up to {readable}): update the application</source>
            <translation>le fichier a été créé par une version plus récente de l’application (version de format {version} ; celle-ci lit jusqu’à la {readable}) : mettez l’application à jour</translation>
        </message>
        <message>
            <source>nested more than {limit} levels deep</source>
            <translation>imbriqué sur plus de {limit} niveaux</translation>
        </message>
        <message>
            <source>{number} is not a number a file can hold</source>
            <translation>{number} n’est pas un nombre qu’un fichier peut contenir</translation>
        </message>
        <message>
            <source>the number is too large</source>
            <translation>le nombre est trop grand</translation>
        </message>
        <message>
            <source>{detail} (and {more} more problems)</source>
            <translation>{detail} (et {more} autre(s) problème(s))</translation>
        </message>
        <message>
            <source>{detail}</source>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{ref!r} is used twice</source>
            <translation>{ref!r} est utilisé deux fois</translation>
        </message>
        <message>
            <source>{ref!r} names no entry of {kind}</source>
            <translation>{ref!r} ne désigne aucune entrée de {kind}</translation>
        </message>
        <message>
            <source>{value!r}: {detail}</source>
            <translation>{value!r} : {detail}</translation>
        </message>
        <message>
            <source>{problems}</source>
            <translation>{problems}</translation>
        </message>
        <message>
            <source>the same custom tool is listed twice</source>
            <translation>la même méthode personnelle figure deux fois</translation>
        </message>
        <message>
            <source>{steps} steps (phases times their rounds); an item has at most {limit}</source>
            <translation>{steps} étapes minutées (les phases multipliées par leurs tours) ; une étape du déroulé en a au plus {limit}</translation>
        </message>
        <message>
            <source>{tool!r} is not among $.custom_tools</source>
            <translation>{tool!r} ne figure pas dans $.custom_tools</translation>
        </message>
        <message>
            <source>a second row for the same person and half-day</source>
            <translation>une seconde ligne pour la même personne et la même demi-journée</translation>
        </message>
        <message>
            <source>a person is listed twice</source>
            <translation>une personne figure deux fois</translation>
        </message>
        <message>
            <source>a record's parent belongs to no other record</source>
            <translation>le parent d’un enregistrement n’appartient à aucun autre</translation>
        </message>
        <message>
            <source>{name!r} is missing from the archive</source>
            <translation>{name!r} est absent de l’archive</translation>
        </message>
        <message>
            <source>{name!r} is damaged (its checksum differs)</source>
            <translation>{name!r} est endommagé (sa somme de contrôle diffère)</translation>
        </message>
        <message>
            <source>no choice number {choice}</source>
            <translation>aucun choix numéro {choice}</translation>
        </message>
        <message>
            <source>names a missing choice</source>
            <translation>désigne un choix qui n’existe pas</translation>
        </message>
        <message>
            <source>the text holds an invalid character</source>
            <translation>le texte contient un caractère non valide</translation>
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
            <source>{path} can be read by other users of this computer: it holds the organisation library's password, so it is not used. Run `chmod 600 {path}` (or save the password again)</source>
            <translation>{path} peut être lu par d'autres utilisateurs de cet ordinateur : il contient le mot de passe de la bibliothèque de l'organisation, il n'est donc pas utilisé. Lancez `chmod 600 {path}` (ou enregistrez de nouveau le mot de passe)</translation>
        </message>
        <message>
            <source>cannot use the organisation library URL {url}: {problem}</source>
            <translation>impossible d'utiliser l'URL de la bibliothèque de l'organisation {url} : {problem}</translation>
        </message>
        <message>
            <source>the organisation library ({server}) is out of reach: {problem}</source>
            <translation>la bibliothèque de l'organisation ({server}) est hors d'atteinte : {problem}</translation>
        </message>
        <message>
            <source>the organisation library ({server}) refused this computer's request: {problem}</source>
            <translation>la bibliothèque de l'organisation ({server}) a refusé la demande de cet ordinateur : {problem}</translation>
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
            <source>the organisation library on {server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</source>
            <translation>la bibliothèque de l'organisation sur {server} a un schéma plus ancien ({found} ; cette version demande {head}). Elle est partagée : elle n'est donc pas migrée par le premier ordinateur qui s'y connecte. Sauvegardez-la avec pg_dump (docs/organisation.md), puis lancez `{command}`</translation>
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
            <source>this workshop has no agenda item to open to phones</source>
            <translation>cet atelier n’a aucune séquence à ouvrir aux téléphones</translation>
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
            <source>this document does not apply to this workshop</source>
            <translation>ce document ne concerne pas cet atelier</translation>
        </message>
        <message>
            <source>unknown document {kind!r}</source>
            <translation>document inconnu {kind!r}</translation>
        </message>
        <message>
            <source>line {line}: cannot read this text ({error})</source>
            <translation>ligne {line} : impossible de lire ce texte ({error})</translation>
        </message>
        <message>
            <source>this roster is too large to import (at most {rows} rows and {megabytes} MB): split it into smaller files</source>
            <translation>cette liste de participants est trop volumineuse pour être importée (au plus {rows} lignes et {megabytes} Mo) : découpez-la en fichiers plus petits</translation>
        </message>
        <message>
            <source>this workbook is too large to import</source>
            <translation>ce classeur est trop volumineux pour être importé</translation>
        </message>
        <message>
            <source>this file is not a readable .xlsx workbook ({error})</source>
            <translation>ce fichier n’est pas un classeur .xlsx lisible ({error})</translation>
        </message>
        <message>
            <source>clear the day's recorded times</source>
            <translation>effacer les horaires réels de la journée</translation>
        </message>
        <message>
            <source>{what} is at most {limit} characters</source>
            <translation>{what} compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>unknown kind of item {kind!r} (one of {kinds})</source>
            <translation>type d’étape inconnu {kind!r} (l’un de {kinds})</translation>
        </message>
        <message>
            <source>a duration is a whole number of minutes</source>
            <translation>une durée est un nombre entier de minutes</translation>
        </message>
        <message>
            <source>a duration is between 0 and {limit} minutes</source>
            <translation>une durée est comprise entre 0 et {limit} minutes</translation>
        </message>
        <message>
            <source>{what} must be a clock time</source>
            <translation>{what} doit être une heure</translation>
        </message>
        <message>
            <source>day {day_id} does not exist</source>
            <translation>la journée {day_id} n’existe pas</translation>
        </message>
        <message>
            <source>agenda item {item_id} does not exist</source>
            <translation>l’étape {item_id} du déroulé n’existe pas</translation>
        </message>
        <message>
            <source>a day's start</source>
            <translation>le début d’une journée</translation>
        </message>
        <message>
            <source>a day's title</source>
            <translation>le titre d’une journée</translation>
        </message>
        <message>
            <source>a venue</source>
            <translation>le lieu</translation>
        </message>
        <message>
            <source>add the day “{title}”</source>
            <translation>ajouter la journée « {title} »</translation>
        </message>
        <message>
            <source>unknown day fields: {fields}</source>
            <translation>champs de journée inconnus : {fields}</translation>
        </message>
        <message>
            <source>a day needs a start time</source>
            <translation>une journée a besoin d’une heure de début</translation>
        </message>
        <message>
            <source>change the day “{title}”</source>
            <translation>modifier la journée « {title} »</translation>
        </message>
        <message>
            <source>a workshop keeps at least one day</source>
            <translation>un atelier garde au moins une journée</translation>
        </message>
        <message>
            <source>remove the day “{title}”</source>
            <translation>supprimer la journée « {title} »</translation>
        </message>
        <message>
            <source>a pinned start</source>
            <translation>une heure fixe</translation>
        </message>
        <message>
            <source>an item's title</source>
            <translation>le titre d’une étape</translation>
        </message>
        <message>
            <source>add the step “{title}”</source>
            <translation>ajouter la séquence « {title} »</translation>
        </message>
        <message>
            <source>add “{title}” to the agenda</source>
            <translation>ajouter « {title} » au déroulé</translation>
        </message>
        <message>
            <source>remove the step “{title}”</source>
            <translation>supprimer la séquence « {title} »</translation>
        </message>
        <message>
            <source>an item can only move between days of the same workshop</source>
            <translation>une séquence ne peut passer que d’une journée à l’autre du même atelier</translation>
        </message>
        <message>
            <source>move the step “{title}”</source>
            <translation>déplacer la séquence « {title} »</translation>
        </message>
        <message>
            <source>unknown agenda item fields: {fields}</source>
            <translation>champs d’étape inconnus : {fields}</translation>
        </message>
        <message>
            <source>an item is fixed or not: true or false</source>
            <translation>une séquence est fixe ou non : vrai ou faux</translation>
        </message>
        <message>
            <source>change the step “{title}”</source>
            <translation>modifier la séquence « {title} »</translation>
        </message>
        <message>
            <source>an item's phases are a list</source>
            <translation>les étapes d’une séquence forment une liste</translation>
        </message>
        <message>
            <source>an item has at most {limit} phases</source>
            <translation>une étape a au plus {limit} phases</translation>
        </message>
        <message>
            <source>each phase of an item is a table of values</source>
            <translation>chaque étape d’une séquence est une table de valeurs</translation>
        </message>
        <message>
            <source>a phase has between 1 and {limit} rounds</source>
            <translation>une phase compte entre 1 et {limit} tours</translation>
        </message>
        <message>
            <source>a phase's {key} is at most {limit} characters</source>
            <translation>le champ {key} d’une phase compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>a round's question is at most {limit} characters</source>
            <translation>la question d’un tour compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>an item has at most {limit} steps in all</source>
            <translation>une étape compte au plus {limit} temps minutés en tout</translation>
        </message>
        <message>
            <source>this item is no longer on the day: look at the proposal again</source>
            <translation>cette séquence n’est plus dans la journée : regardez de nouveau la proposition</translation>
        </message>
        <message>
            <source>catching up only shortens an item</source>
            <translation>rattraper le retard ne fait que raccourcir une séquence</translation>
        </message>
        <message>
            <source>catch up the day “{title}”</source>
            <translation>rattraper le retard de la journée « {title} »</translation>
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
            <source>a holder's name</source>
            <translation>le nom de la personne qui tient le rôle</translation>
        </message>
        <message>
            <source>change the roles of “{title}”</source>
            <translation>modifier les rôles de « {title} »</translation>
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
            <source>rotate the roles</source>
            <translation>faire tourner les rôles</translation>
        </message>
        <message>
            <source>a step lasts a whole number of seconds</source>
            <translation>une étape dure un nombre entier de secondes</translation>
        </message>
        <message>
            <source>change the steps of “{title}”</source>
            <translation>modifier les étapes de « {title} »</translation>
        </message>
        <message>
            <source>this item has no method to take the steps from</source>
            <translation>cette séquence n’a pas de méthode dont reprendre les étapes</translation>
        </message>
        <message>
            <source>put back the method's steps in “{title}”</source>
            <translation>revenir aux étapes de la méthode dans « {title} »</translation>
        </message>
        <message>
            <source>unknown half-day {half_day!r} (one of {known})</source>
            <translation>demi-journée inconnue {half_day!r} (l’une de {known})</translation>
        </message>
        <message>
            <source>unknown attendance {status!r} (one of {known})</source>
            <translation>présence inconnue {status!r} (l’une de {known})</translation>
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
            <source>mark the attendance of “{name}”</source>
            <translation>noter la présence de « {name} »</translation>
        </message>
        <message>
            <source>a reason is at most {limit} characters</source>
            <translation>une cause tient en {limit} caractères au plus</translation>
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
            <source>record that “{name}” left the training</source>
            <translation>noter l’abandon de « {name} »</translation>
        </message>
        <message>
            <source>a due date must be a date</source>
            <translation>une échéance doit être une date</translation>
        </message>
        <message>
            <source>an action</source>
            <translation>une action</translation>
        </message>
        <message>
            <source>who does it</source>
            <translation>qui s’en charge</translation>
        </message>
        <message>
            <source>by when</source>
            <translation>l’échéance</translation>
        </message>
        <message>
            <source>status</source>
            <translation>état</translation>
        </message>
        <message>
            <source>a group's name</source>
            <translation>le nom d’un groupe</translation>
        </message>
        <message>
            <source>add the action “{what}”</source>
            <translation>ajouter l’action « {what} »</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>edit the action “{what}”</source>
            <translation>modifier l’action « {what} »</translation>
        </message>
        <message>
            <source>remove the action “{what}”</source>
            <translation>supprimer l’action « {what} »</translation>
        </message>
        <message>
            <source>half-day</source>
            <translation>demi-journée</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>présence</translation>
        </message>
        <message>
            <source>mark {name} present</source>
            <translation>noter {name} présent</translation>
        </message>
        <message>
            <source>mark {name} absent</source>
            <translation>noter {name} absent</translation>
        </message>
        <message>
            <source>mark {name} excused</source>
            <translation>noter {name} excusé</translation>
        </message>
        <message>
            <source>mark the attendance of {name}</source>
            <translation>noter la présence de {name}</translation>
        </message>
        <message>
            <source>an arrival comes before the departure</source>
            <translation>une arrivée vient avant le départ</translation>
        </message>
        <message>
            <source>note that {name} arrived at {at}</source>
            <translation>noter l’arrivée de {name} à {at}</translation>
        </message>
        <message>
            <source>note that {name} left at {at}</source>
            <translation>noter le départ de {name} à {at}</translation>
        </message>
        <message>
            <source>{what} is a level from 1 to {high}</source>
            <translation>{what} : un niveau de 1 à {high}</translation>
        </message>
        <message>
            <source>a card's category</source>
            <translation>la catégorie d’une carte</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>regroupement</translation>
        </message>
        <message>
            <source>this cluster belongs to another workshop</source>
            <translation>ce regroupement appartient à un autre atelier</translation>
        </message>
        <message>
            <source>a card</source>
            <translation>une carte</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>couleur</translation>
        </message>
        <message>
            <source>an author's name</source>
            <translation>le nom d’un auteur</translation>
        </message>
        <message>
            <source>a card's first axis</source>
            <translation>le premier axe d’une carte</translation>
        </message>
        <message>
            <source>a card's second axis</source>
            <translation>le second axe d’une carte</translation>
        </message>
        <message>
            <source>add the card “{text}”</source>
            <translation>ajouter la carte « {text} »</translation>
        </message>
        <message>
            <source>a uid is 1 to 36 characters</source>
            <translation>un identifiant compte de 1 à 36 caractères</translation>
        </message>
        <message>
            <source>add {count} card(s)</source>
            <translation>ajouter {count} carte(s)</translation>
        </message>
        <message>
            <source>this uid belongs to another workshop</source>
            <translation>cet identifiant appartient à un autre atelier</translation>
        </message>
        <message>
            <source>card</source>
            <translation>carte</translation>
        </message>
        <message>
            <source>edit the card “{text}”</source>
            <translation>modifier la carte « {text} »</translation>
        </message>
        <message>
            <source>remove the card “{text}”</source>
            <translation>supprimer la carte « {text} »</translation>
        </message>
        <message>
            <source>a cluster's name</source>
            <translation>le nom d’un regroupement</translation>
        </message>
        <message>
            <source>add the cluster “{name}”</source>
            <translation>ajouter le regroupement « {name} »</translation>
        </message>
        <message>
            <source>rename the cluster “{name}”</source>
            <translation>renommer le regroupement « {name} »</translation>
        </message>
        <message>
            <source>remove the cluster “{name}”</source>
            <translation>supprimer le regroupement « {name} »</translation>
        </message>
        <message>
            <source>choose at least one card</source>
            <translation>choisissez au moins une carte</translation>
        </message>
        <message>
            <source>take {count} card(s) out of their cluster</source>
            <translation>sortir {count} carte(s) de leur regroupement</translation>
        </message>
        <message>
            <source>put {count} card(s) in “{name}”</source>
            <translation>mettre {count} carte(s) dans « {name} »</translation>
        </message>
        <message>
            <source>a card of another workshop cannot join this cluster</source>
            <translation>une carte d’un autre atelier ne peut pas rejoindre ce regroupement</translation>
        </message>
        <message>
            <source>the client</source>
            <translation>le client</translation>
        </message>
        <message>
            <source>start the co-development session of {client}</source>
            <translation>ouvrir la séance de co-développement de {client}</translation>
        </message>
        <message>
            <source>a session has no field {name}</source>
            <translation>une séance n’a pas de champ {name}</translation>
        </message>
        <message>
            <source>the client is empty</source>
            <translation>le client n’est pas indiqué</translation>
        </message>
        <message>
            <source>edit the session of {client}</source>
            <translation>modifier la séance de {client}</translation>
        </message>
        <message>
            <source>session</source>
            <translation>séance</translation>
        </message>
        <message>
            <source>this record is not a co-development session</source>
            <translation>cet enregistrement n’est pas une séance de co-développement</translation>
        </message>
        <message>
            <source>a session's entry is one of {parts}</source>
            <translation>une entrée de séance est parmi {parts}</translation>
        </message>
        <message>
            <source>resources, a date and an indicator belong to the action plan</source>
            <translation>les moyens, une date et un indicateur vont avec le plan d’action</translation>
        </message>
        <message>
            <source>add to the session of {client}</source>
            <translation>compléter la séance de {client}</translation>
        </message>
        <message>
            <source>workshop {id} does not exist</source>
            <translation>l’atelier {id} n’existe pas</translation>
        </message>
        <message>
            <source>agenda item {id} does not exist</source>
            <translation>la séquence {id} n’existe pas</translation>
        </message>
        <message>
            <source>agenda item {id} is not in this workshop</source>
            <translation>la séquence {id} n’est pas dans cet atelier</translation>
        </message>
        <message>
            <source>participant {id} is not in this workshop</source>
            <translation>le participant {id} n’est pas dans cet atelier</translation>
        </message>
        <message>
            <source>{what} {id} does not exist</source>
            <translation>{what} {id} n’existe pas</translation>
        </message>
        <message>
            <source>unknown {what} {value} (one of {allowed})</source>
            <translation>{what} inconnu : {value} (parmi {allowed})</translation>
        </message>
        <message>
            <source>{what} must be a date</source>
            <translation>{what} doit être une date</translation>
        </message>
        <message>
            <source>a decision's title</source>
            <translation>le titre d’une décision</translation>
        </message>
        <message>
            <source>a proposal</source>
            <translation>une proposition</translation>
        </message>
        <message>
            <source>kind of decision</source>
            <translation>genre de décision</translation>
        </message>
        <message>
            <source>open the decision “{title}”</source>
            <translation>ouvrir la décision « {title} »</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>décision</translation>
        </message>
        <message>
            <source>a title</source>
            <translation>un titre</translation>
        </message>
        <message>
            <source>edit the decision “{title}”</source>
            <translation>modifier la décision « {title} »</translation>
        </message>
        <message>
            <source>amend the proposal of “{title}”</source>
            <translation>amender la proposition « {title} »</translation>
        </message>
        <message>
            <source>this uid belongs to another decision</source>
            <translation>cet identifiant appartient à une autre décision</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>un nom</translation>
        </message>
        <message>
            <source>round</source>
            <translation>tour</translation>
        </message>
        <message>
            <source>what was said</source>
            <translation>ce qui a été dit</translation>
        </message>
        <message>
            <source>note what {who} said</source>
            <translation>noter ce que {who} a dit</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>a reason</source>
            <translation>une raison</translation>
        </message>
        <message>
            <source>an objection needs its reason</source>
            <translation>une objection a besoin de sa raison</translation>
        </message>
        <message>
            <source>say whose position it is</source>
            <translation>indiquez de qui est la position</translation>
        </message>
        <message>
            <source>note the position of {who}</source>
            <translation>noter la position de {who}</translation>
        </message>
        <message>
            <source>an objection</source>
            <translation>une objection</translation>
        </message>
        <message>
            <source>note an objection to “{title}”</source>
            <translation>noter une objection à « {title} »</translation>
        </message>
        <message>
            <source>objection</source>
            <translation>objection</translation>
        </message>
        <message>
            <source>an integration</source>
            <translation>une intégration</translation>
        </message>
        <message>
            <source>update the objection of {who}</source>
            <translation>mettre à jour l’objection de {who}</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>la date</translation>
        </message>
        <message>
            <source>the review date</source>
            <translation>la date de réexamen</translation>
        </message>
        <message>
            <source>a review comes after the decision</source>
            <translation>un réexamen vient après la décision</translation>
        </message>
        <message>
            <source>an objection is still open: integrate it or have it withdrawn</source>
            <translation>une objection est encore ouverte : intégrez-la ou faites-la retirer</translation>
        </message>
        <message>
            <source>record the outcome of “{title}”</source>
            <translation>enregistrer le résultat de « {title} »</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>entrée</translation>
        </message>
        <message>
            <source>remove what {who} said</source>
            <translation>supprimer ce que {who} a dit</translation>
        </message>
        <message>
            <source>remove the decision “{title}”</source>
            <translation>supprimer la décision « {title} »</translation>
        </message>
        <message>
            <source>a role</source>
            <translation>un rôle</translation>
        </message>
        <message>
            <source>a term</source>
            <translation>un mandat</translation>
        </message>
        <message>
            <source>what the role asks</source>
            <translation>ce que demande le rôle</translation>
        </message>
        <message>
            <source>open the election of “{role}”</source>
            <translation>ouvrir l’élection « {role} »</translation>
        </message>
        <message>
            <source>election</source>
            <translation>élection</translation>
        </message>
        <message>
            <source>this decision is not an election</source>
            <translation>cette décision n’est pas une élection</translation>
        </message>
        <message>
            <source>edit the election of “{role}”</source>
            <translation>modifier l’élection « {role} »</translation>
        </message>
        <message>
            <source>the person nominated</source>
            <translation>la personne désignée</translation>
        </message>
        <message>
            <source>note that {who} nominates {nominee}</source>
            <translation>noter que {who} désigne {nominee}</translation>
        </message>
        <message>
            <source>the person proposed</source>
            <translation>la personne proposée</translation>
        </message>
        <message>
            <source>propose {candidate} for “{role}”</source>
            <translation>proposer {candidate} pour « {role} »</translation>
        </message>
        <message>
            <source>result</source>
            <translation>résultat</translation>
        </message>
        <message>
            <source>the person elected</source>
            <translation>la personne élue</translation>
        </message>
        <message>
            <source>say who is elected</source>
            <translation>indiquez qui est élu</translation>
        </message>
        <message>
            <source>record the result of “{role}”</source>
            <translation>enregistrer le résultat de « {role} »</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>une note</translation>
        </message>
        <message>
            <source>a scribe's name</source>
            <translation>le nom du scribe</translation>
        </message>
        <message>
            <source>add the note “{text}”</source>
            <translation>ajouter la note « {text} »</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>edit the note “{text}”</source>
            <translation>modifier la note « {text} »</translation>
        </message>
        <message>
            <source>move the note “{text}” to {group}</source>
            <translation>déplacer la note « {text} » vers {group}</translation>
        </message>
        <message>
            <source>remove the note “{text}”</source>
            <translation>supprimer la note « {text} »</translation>
        </message>
        <message>
            <source>a photo is stored in at most {limit} MB ({size} MB given): reduce it first</source>
            <translation>une photo est gardée en {limit} Mo au plus ({size} Mo donnés) : réduisez-la d’abord</translation>
        </message>
        <message>
            <source>this is not a JPEG or PNG image</source>
            <translation>ce n’est pas une image JPEG ou PNG</translation>
        </message>
        <message>
            <source>a caption</source>
            <translation>une légende</translation>
        </message>
        <message>
            <source>a file name</source>
            <translation>un nom de fichier</translation>
        </message>
        <message>
            <source>add the photo “{caption}”</source>
            <translation>ajouter la photo « {caption} »</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>caption the photo “{caption}”</source>
            <translation>légender la photo « {caption} »</translation>
        </message>
        <message>
            <source>remove the photo “{caption}”</source>
            <translation>supprimer la photo « {caption} »</translation>
        </message>
        <message>
            <source>several items are titled {ref} (ids {ids}): use the id</source>
            <translation>plusieurs séquences s’intitulent {ref} (numéros {ids}) : utilisez le numéro</translation>
        </message>
        <message>
            <source>no agenda item of this workshop matches {ref}</source>
            <translation>aucune séquence de cet atelier ne correspond à {ref}</translation>
        </message>
        <message>
            <source>record</source>
            <translation>enregistrement</translation>
        </message>
        <message>
            <source>this record belongs to another workshop</source>
            <translation>cet enregistrement appartient à un autre atelier</translation>
        </message>
        <message>
            <source>say whose weather it is</source>
            <translation>indiquez de qui est la météo</translation>
        </message>
        <message>
            <source>note the weather of {who}</source>
            <translation>noter la météo de {who}</translation>
        </message>
        <message>
            <source>add the object “{object}”</source>
            <translation>ajouter l’objet « {object} »</translation>
        </message>
        <message>
            <source>add “{trait}” to the portrait</source>
            <translation>ajouter « {trait} » au portrait</translation>
        </message>
        <message>
            <source>a group</source>
            <translation>un groupe</translation>
        </message>
        <message>
            <source>edit “{text}”</source>
            <translation>modifier « {text} »</translation>
        </message>
        <message>
            <source>remove “{text}”</source>
            <translation>supprimer « {text} »</translation>
        </message>
        <message>
            <source>{what} is a whole number from {low} to {high}</source>
            <translation>{what} : un nombre entier de {low} à {high}</translation>
        </message>
        <message>
            <source>a vote's question</source>
            <translation>la question d’un vote</translation>
        </message>
        <message>
            <source>vote target</source>
            <translation>objet du vote</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>visibilité</translation>
        </message>
        <message>
            <source>a category</source>
            <translation>une catégorie</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>gommettes</translation>
        </message>
        <message>
            <source>a scale's end</source>
            <translation>une borne d’échelle</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>tours</translation>
        </message>
        <message>
            <source>voters</source>
            <translation>votants</translation>
        </message>
        <message>
            <source>a poll names each of its colours once</source>
            <translation>un vote aux cartons nomme chacune de ses couleurs une fois</translation>
        </message>
        <message>
            <source>a vote has no setting {name}</source>
            <translation>un vote n’a pas de réglage {name}</translation>
        </message>
        <message>
            <source>kind of vote</source>
            <translation>genre de vote</translation>
        </message>
        <message>
            <source>a scale goes from a smaller number to a larger one</source>
            <translation>une échelle va d’un petit nombre à un plus grand</translation>
        </message>
        <message>
            <source>open the vote “{title}”</source>
            <translation>ouvrir le vote « {title} »</translation>
        </message>
        <message>
            <source>a {kind} is not a vote</source>
            <translation>un {kind} n’est pas un vote</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>vote</translation>
        </message>
        <message>
            <source>change the vote “{title}”</source>
            <translation>modifier le vote « {title} »</translation>
        </message>
        <message>
            <source>close the vote “{title}”</source>
            <translation>clore le vote « {title} »</translation>
        </message>
        <message>
            <source>reopen the vote “{title}”</source>
            <translation>rouvrir le vote « {title} »</translation>
        </message>
        <message>
            <source>remove the vote “{title}”</source>
            <translation>supprimer le vote « {title} »</translation>
        </message>
        <message>
            <source>this is not the kind of vote for that</source>
            <translation>ce n’est pas le genre de vote pour cela</translation>
        </message>
        <message>
            <source>the vote is closed: reopen it to change its votes</source>
            <translation>le vote est clos : rouvrez-le pour changer ses voix</translation>
        </message>
        <message>
            <source>a vote goes to one card or one cluster</source>
            <translation>un vote va à une carte ou à un regroupement</translation>
        </message>
        <message>
            <source>this card belongs to another workshop</source>
            <translation>cette carte appartient à un autre atelier</translation>
        </message>
        <message>
            <source>a voter's name</source>
            <translation>le nom d’un votant</translation>
        </message>
        <message>
            <source>count {count} dot(s) on “{subject}”</source>
            <translation>compter {count} gommette(s) sur « {subject} »</translation>
        </message>
        <message>
            <source>at most {n} dot(s) per option in this vote</source>
            <translation>au plus {n} gommette(s) par option dans ce vote</translation>
        </message>
        <message>
            <source>each person has {n} dot(s) in this vote</source>
            <translation>chaque personne a {n} gommette(s) dans ce vote</translation>
        </message>
        <message>
            <source>this vote scores its question: count how many showed each level</source>
            <translation>ce vote note sa question : comptez combien ont montré chaque niveau</translation>
        </message>
        <message>
            <source>a round</source>
            <translation>un tour</translation>
        </message>
        <message>
            <source>a score</source>
            <translation>une note</translation>
        </message>
        <message>
            <source>score “{subject}”</source>
            <translation>noter « {subject} »</translation>
        </message>
        <message>
            <source>this vote scores cards: give each card its score</source>
            <translation>ce vote note des cartes : donnez sa note à chaque carte</translation>
        </message>
        <message>
            <source>level</source>
            <translation>niveau</translation>
        </message>
        <message>
            <source>a count is a number from 0 to {high}</source>
            <translation>un compte est un nombre de 0 à {high}</translation>
        </message>
        <message>
            <source>count {count} for {option}</source>
            <translation>compter {count} pour {option}</translation>
        </message>
        <message>
            <source>this poll is estimated in percent: phones cannot count in it</source>
            <translation>ce sondage est estimé en pourcentage : les téléphones ne peuvent pas y compter</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>choix</translation>
        </message>
        <message>
            <source>count one more for {option}</source>
            <translation>compter un de plus pour {option}</translation>
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
            <source>add the quiz question “{text}”</source>
            <translation>ajouter la question « {text} »</translation>
        </message>
        <message>
            <source>quiz question {id} does not exist</source>
            <translation>la question {id} n’existe pas</translation>
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
            <source>evaluation form {id} does not exist</source>
            <translation>le questionnaire {id} n’existe pas</translation>
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
            <source>{path}: no such folder</source>
            <translation>{path} : ce dossier n’existe pas</translation>
        </message>
        <message>
            <source>{path}: cannot write the file: {error}</source>
            <translation>{path} : impossible d’écrire le fichier : {error}</translation>
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
            <source>workshop {workshop_id} is not a template</source>
            <translation>l’atelier {workshop_id} n’est pas un modèle</translation>
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
            <source>save the groups “{name}”</source>
            <translation>enregistrer les groupes « {name} »</translation>
        </message>
        <message>
            <source>group set {group_set_id} does not exist</source>
            <translation>la répartition en groupes {group_set_id} n’existe pas</translation>
        </message>
        <message>
            <source>delete the groups “{name}”</source>
            <translation>supprimer les groupes « {name} »</translation>
        </message>
        <message>
            <source>no tool of yours has the id {tool_id!r}</source>
            <translation>aucune de vos méthodes n’a l’identifiant {tool_id!r}</translation>
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
            <source>agenda item {item_id} is not in this day</source>
            <translation>l’étape {item_id} ne fait pas partie de cette journée</translation>
        </message>
        <message>
            <source>there is no interrupted run to resume</source>
            <translation>aucune animation interrompue n’est à reprendre</translation>
        </message>
        <message>
            <source>day {day_id} is not in this workshop</source>
            <translation>la journée {day_id} ne fait pas partie de cet atelier</translation>
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
            <source>this copy is not linked to the organisation library</source>
            <translation>cette copie n'est pas liée à la bibliothèque de l'organisation</translation>
        </message>
        <message>
            <source>the organisation library no longer has “{uid}”: it was withdrawn</source>
            <translation>la bibliothèque de l'organisation n'a plus « {uid} » : il a été retiré</translation>
        </message>
        <message>
            <source>take the organisation's version of “{name}”</source>
            <translation>prendre la version de l'organisation de « {name} »</translation>
        </message>
        <message>
            <source>unknown participant fields: {fields}</source>
            <translation>champs de participant inconnus : {fields}</translation>
        </message>
        <message>
            <source>a participant's {name} is at most {limit} characters</source>
            <translation>le champ {name} d’un participant compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>a participant needs a name</source>
            <translation>un participant a besoin d’un nom</translation>
        </message>
        <message>
            <source>unknown category {category!r}</source>
            <translation>catégorie inconnue {category!r}</translation>
        </message>
        <message>
            <source>participant {participant_id} does not exist</source>
            <translation>le participant {participant_id} n’existe pas</translation>
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
            <source>remove “{name}”</source>
            <translation>retirer « {name} »</translation>
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
            <source>unknown choice for the outputs: {choice!r}</source>
            <translation>choix inconnu pour les productions : {choice!r}</translation>
        </message>
        <message>
            <source>remove “{name}” everywhere</source>
            <translation>retirer « {name} » partout</translation>
        </message>
        <message>
            <source>remove old workshops' personal data ({count} people)</source>
            <translation>retirer les données personnelles des anciens ateliers ({count} personnes)</translation>
        </message>
        <message>
            <source>name a workshop by its id, uid or title</source>
            <translation>désignez un atelier par son numéro, son uid ou son titre</translation>
        </message>
        <message>
            <source>several workshops are titled {ref!r} (ids {ids}): use the id</source>
            <translation>plusieurs ateliers s’intitulent {ref!r} (numéros {ids}) : utilisez le numéro</translation>
        </message>
        <message>
            <source>no workshop matches {ref!r} (try `facilitator-app workshops list`)</source>
            <translation>aucun atelier ne correspond à {ref!r} (essayez `facilitator-app workshops list`)</translation>
        </message>
        <message>
            <source>unknown workshop fields: {fields}</source>
            <translation>champs d’atelier inconnus : {fields}</translation>
        </message>
        <message>
            <source>create the workshop “{title}”</source>
            <translation>créer l’atelier « {title} »</translation>
        </message>
        <message>
            <source>unknown nature of training action {nature!r} (one of {known})</source>
            <translation>nature d’action de formation inconnue {nature!r} (parmi {known})</translation>
        </message>
        <message>
            <source>change the workshop “{title}”</source>
            <translation>modifier l’atelier « {title} »</translation>
        </message>
        <message>
            <source>the timer's warnings are counted in percent or in seconds</source>
            <translation>les alertes du minuteur se comptent en pourcentage ou en secondes</translation>
        </message>
        <message>
            <source>a warning threshold is a whole number</source>
            <translation>un seuil d’alerte est un nombre entier</translation>
        </message>
        <message>
            <source>a warning threshold is between 0 and {limit}</source>
            <translation>un seuil d’alerte est compris entre 0 et {limit}</translation>
        </message>
        <message>
            <source>the red warning comes after the amber one: it needs less time left</source>
            <translation>l’alerte rouge vient après l’orange : il lui faut moins de temps restant</translation>
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
            <source>the backup could not be written to {folder}: {problem}</source>
            <translation>la sauvegarde n’a pas pu être écrite dans {folder} : {problem}</translation>
        </message>
        <message>
            <source>no usable backup in {backups}</source>
            <translation>aucune sauvegarde utilisable dans {backups}</translation>
        </message>
        <message>
            <source>no backup named {name!r} in {backups}</source>
            <translation>aucune sauvegarde nommée {name!r} dans {backups}</translation>
        </message>
        <message>
            <source>the backup could not be restored ({problem}); the database was left in place</source>
            <translation>la sauvegarde n’a pas pu être restaurée ({problem}) ; la base de données a été laissée en place</translation>
        </message>
        <message>
            <source>“{what}” can no longer be undone or redone: it was changed since (by another screen, a phone or the live run)</source>
            <translation>« {what} » ne peut plus être annulé ni rétabli : cela a été modifié depuis (par un autre écran, un téléphone ou l’animation en cours)</translation>
        </message>
        <message>
            <source>“{what}” can no longer be undone or redone: something was added to it since</source>
            <translation>« {what} » ne peut plus être annulé ni rétabli : quelque chose y a été ajouté depuis</translation>
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
            <source>the database refused the change: {message}</source>
            <translation>la base de données a refusé la modification : {message}</translation>
        </message>
        <message>
            <source>cannot use the database URL {url!r}: {error} (PostgreSQL needs `pip install facilitator-app[postgresql]`)</source>
            <translation>impossible d’utiliser l’adresse de base de données {url!r} : {error} (PostgreSQL demande `pip install facilitator-app[postgresql]`)</translation>
        </message>
        <message>
            <source>cannot use the database URL {url!r}: {error}</source>
            <translation>impossible d’utiliser l’adresse de base de données {url!r} : {error}</translation>
        </message>
        <message>
            <source>{path} cannot be opened read-only: it is not yet ready (the window that owns the data folder will prepare it)</source>
            <translation>{path} ne peut pas être ouvert en lecture seule : il n’est pas encore prêt (la fenêtre qui détient le dossier de données va le préparer)</translation>
        </message>
        <message>
            <source>cannot create the data folder {folder}: {problem}</source>
            <translation>impossible de créer le dossier de données {folder} : {problem}</translation>
        </message>
        <message>
            <source>the database could not be created in {folder} ({problem}); nothing was left half-made: free some space or check the folder, then start again</source>
            <translation>la base de données n’a pas pu être créée dans {folder} ({problem}) ; rien n’a été laissé à moitié fait : libérez de la place ou vérifiez le dossier, puis relancez</translation>
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
            <source>cannot be read: {error}</source>
            <translation>illisible : {error}</translation>
        </message>
        <message>
            <source>cannot be opened: {error}</source>
            <translation>impossible à ouvrir : {error}</translation>
        </message>
        <message>
            <source>{path} is busy in another program: try again</source>
            <translation>{path} est occupé par un autre programme : réessayez</translation>
        </message>
        <message>
            <source>a folder (or something else that is not a file) is where the database should be</source>
            <translation>un dossier (ou autre chose qu’un fichier) se trouve là où devrait être la base de données</translation>
        </message>
        <message>
            <source>this file is not a SQLite database</source>
            <translation>ce fichier n’est pas une base de données SQLite</translation>
        </message>
        <message>
            <source>the integrity check failed: {error}</source>
            <translation>la vérification d’intégrité a échoué : {error}</translation>
        </message>
        <message>
            <source>the integrity check found damage: {problems}</source>
            <translation>la vérification d’intégrité a trouvé des dommages : {problems}</translation>
        </message>
        <message>
            <source>this SQLite database was made by another program</source>
            <translation>cette base de données SQLite a été créée par un autre programme</translation>
        </message>
        <message>
            <source>this database was written by a newer version of the application (schema {revision}); update the application to open it</source>
            <translation>cette base de données a été écrite par une version plus récente de l’application (schéma {revision}) ; mettez l’application à jour pour l’ouvrir</translation>
        </message>
        <message>
            <source>it holds data but no schema version (it was not made by this version)</source>
            <translation>elle contient des données mais aucune version de schéma (elle n’a pas été créée par cette version)</translation>
        </message>
        <message>
            <source>a workshop needs a title</source>
            <translation>un atelier a besoin d’un titre</translation>
        </message>
        <message>
            <source>a workshop title is at most {limit} characters</source>
            <translation>le titre d’un atelier compte au plus {limit} caractères</translation>
        </message>
        <message>
            <source>{key}: {problem}</source>
            <translation>{key} : {problem}</translation>
        </message>
        <message>
            <source>{source}: {problems}</source>
            <translation>{source} : {problems}</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>clé inconnue</translation>
        </message>
        <message>
            <source>must name at least one</source>
            <translation>doit en nommer au moins un</translation>
        </message>
        <message>
            <source>{word!r} is not one of: {words}</source>
            <translation>{word!r} ne fait pas partie de : {words}</translation>
        </message>
        <message>
            <source>missing translation</source>
            <translation>traduction manquante</translation>
        </message>
        <message>
            <source>must be a table of texts</source>
            <translation>doit être une table de textes</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>doit être du texte</translation>
        </message>
        <message>
            <source>is longer than {longest} characters</source>
            <translation>dépasse {longest} caractères</translation>
        </message>
        <message>
            <source>give a name in at least one language</source>
            <translation>donnez un nom dans au moins une langue</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>doit être une table</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>manquant</translation>
        </message>
        <message>
            <source>must be a kebab-case name such as 1-2-4-all</source>
            <translation>doit être un nom en minuscules reliées par des tirets, comme 1-2-4-all</translation>
        </message>
        <message>
            <source>must equal the file name ({tool_id!r})</source>
            <translation>doit être égal au nom du fichier ({tool_id!r})</translation>
        </message>
        <message>
            <source>{family!r} is not one of: {words}</source>
            <translation>{family!r} ne fait pas partie de : {words}</translation>
        </message>
        <message>
            <source>is smaller than group_min (0 means no upper limit)</source>
            <translation>est plus petit que group_min (0 signifie sans limite haute)</translation>
        </message>
        <message>
            <source>is {duration} min but the phases add up to {total} s ({minutes:g} min)</source>
            <translation>vaut {duration} min mais les phases totalisent {total} s ({minutes:g} min)</translation>
        </message>
        <message>
            <source>missing (give [shortest, longest] in minutes)</source>
            <translation>manquant (indiquez [plus courte, plus longue] en minutes)</translation>
        </message>
        <message>
            <source>must be [shortest, longest] in whole minutes</source>
            <translation>doit être [plus courte, plus longue] en minutes entières</translation>
        </message>
        <message>
            <source>must hold the usual {duration} min, shortest first (at most {limit})</source>
            <translation>doit encadrer la durée habituelle de {duration} min, la plus courte d’abord (au plus {limit})</translation>
        </message>
        <message>
            <source>is {low}-{high} min but the phases' min_seconds and max_seconds reach {shortest}-{longest} min</source>
            <translation>vaut {low}-{high} min mais les min_seconds et max_seconds des phases donnent {shortest}-{longest} min</translation>
        </message>
        <message>
            <source>{capture!r} is not in outputs</source>
            <translation>{capture!r} ne figure pas dans outputs</translation>
        </message>
        <message>
            <source>no phase captures {output!r}</source>
            <translation>aucune phase ne recueille {output!r}</translation>
        </message>
        <message>
            <source>{category!r} is not a category of the tool's card phases</source>
            <translation>{category!r} n’est pas une catégorie des étapes de cartes de la méthode</translation>
        </message>
        <message>
            <source>must be more than min</source>
            <translation>doit dépasser min</translation>
        </message>
        <message>
            <source>must list at least one phase</source>
            <translation>doit comporter au moins une phase</translation>
        </message>
        <message>
            <source>has {count} phases; at most {limit}</source>
            <translation>compte {count} phases ; au plus {limit}</translation>
        </message>
        <message>
            <source>make {steps} timed steps in all; at most {limit}</source>
            <translation>donnent {steps} temps minutés en tout ; au plus {limit}</translation>
        </message>
        <message>
            <source>must be a short kebab-case name such as alone</source>
            <translation>doit être un nom court en minuscules reliées par des tirets, comme alone</translation>
        </message>
        <message>
            <source>{key!r} is used by another phase</source>
            <translation>{key!r} est déjà utilisé par une autre phase</translation>
        </message>
        <message>
            <source>{grouping!r} is not one of: {words}</source>
            <translation>{grouping!r} ne fait pas partie de : {words}</translation>
        </message>
        <message>
            <source>{follow!r} is not one of: {words}</source>
            <translation>{follow!r} ne fait pas partie de : {words}</translation>
        </message>
        <message>
            <source>is only for rounds_follow = "group-size"</source>
            <translation>ne sert qu’avec rounds_follow = "group-size"</translation>
        </message>
        <message>
            <source>is needed with rounds_follow = "group-size"</source>
            <translation>est nécessaire avec rounds_follow = "group-size"</translation>
        </message>
        <message>
            <source>must equal group_size ({group_size}): one per member</source>
            <translation>doit être égal à group_size ({group_size}) : un par membre</translation>
        </message>
        <message>
            <source>is more than seconds ({seconds})</source>
            <translation>dépasse seconds ({seconds})</translation>
        </message>
        <message>
            <source>is less than seconds ({seconds})</source>
            <translation>est inférieur à seconds ({seconds})</translation>
        </message>
        <message>
            <source>{id!r} is also in {source}</source>
            <translation>{id!r} figure aussi dans {source}</translation>
        </message>
        <message>
            <source>the tool {tool_id!r} is one of the user's tools: open a database</source>
            <translation>la méthode {tool_id!r} est une méthode personnelle : ouvrez une base de données</translation>
        </message>
        <message>
            <source>no tool has the id {tool_id!r} (try `facilitator-app tools list`)</source>
            <translation>aucune méthode n’a l’identifiant {tool_id!r} (essayez `facilitator-app tools list`)</translation>
        </message>
    </context>
</TS>