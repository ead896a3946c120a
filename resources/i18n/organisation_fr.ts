<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Modifié par quelqu&apos;un d&apos;autre</translation>
    </message>
    <message>
        <source>Keep mine: yours is published as a separate copy, theirs stays as it is. Take theirs: your copy becomes theirs (Ctrl+Z brings yours back).</source>
        <translation>Garder la mienne : la vôtre est publiée comme une copie à part, la leur reste telle quelle. Prendre la leur : votre copie devient la leur (Ctrl+Z ramène la vôtre).</translation>
    </message>
    <message>
        <source>Keep mine as a copy</source>
        <translation>Garder la mienne comme copie</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Prendre la leur</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Décider plus tard</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Organisation library</source>
        <translation>Bibliothèque de l&apos;organisation</translation>
    </message>
    <message>
        <source>Your organisation can share its own methods and templates on a server. Ask whoever looks after it for the address. Your workshops stay on this computer.</source>
        <translation>Votre organisation peut partager ses propres méthodes et modèles sur un serveur. Demandez son adresse à la personne qui s&apos;en occupe. Vos ateliers restent sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Serveur :</translation>
    </message>
    <message>
        <source>Shown beside what you publish</source>
        <translation>Affiché à côté de ce que vous publiez</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Votre nom :</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>Kept in a file of your data folder that only you can read, never in the settings</source>
        <translation>Gardé dans un fichier de votre dossier de données que vous seul pouvez lire, jamais dans les réglages</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Use no shared library</source>
        <translation>Ne plus utiliser de bibliothèque partagée</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read what changed in the organisation library</source>
        <translation>Lire ce qui a changé dans la bibliothèque de l&apos;organisation</translation>
    </message>
    <message>
        <source>Templates...</source>
        <translation>Modèles…</translation>
    </message>
    <message>
        <source>Organisation methods ({n})</source>
        <translation>Méthodes de l&apos;organisation ({n})</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Réglages…</translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation>Se connecter…</translation>
    </message>
    <message>
        <source>No organisation library: your organisation may share its methods.</source>
        <translation>Pas de bibliothèque de l&apos;organisation : votre organisation peut partager ses méthodes.</translation>
    </message>
    <message>
        <source>Organisation library: reading {server}...</source>
        <translation>Bibliothèque de l&apos;organisation : lecture de {server}…</translation>
    </message>
    <message>
        <source>Organisation library: up to date ({when}).</source>
        <translation>Bibliothèque de l&apos;organisation : à jour ({when}).</translation>
    </message>
    <message>
        <source>Organisation library out of reach: showing the copy of {when}.</source>
        <translation>Bibliothèque de l&apos;organisation hors d&apos;atteinte : voici la copie du {when}.</translation>
    </message>
    <message>
        <source>Organisation library out of reach: not read yet.</source>
        <translation>Bibliothèque de l&apos;organisation hors d&apos;atteinte : pas encore lue.</translation>
    </message>
    <message>
        <source>Organisation library: copy of {when}.</source>
        <translation>Bibliothèque de l&apos;organisation : copie du {when}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} à {time}</translation>
    </message>
    <message>
        <source>Take a copy home first: a workshop plans with your own copy</source>
        <translation>Rapportez d&apos;abord une copie : un atelier se prépare avec votre propre copie</translation>
    </message>
    <message>
        <source>Shared by {who}, version {version}.</source>
        <translation>Partagée par {who}, version {version}.</translation>
    </message>
    <message>
        <source>Take a copy home</source>
        <translation>Rapporter une copie</translation>
    </message>
    <message>
        <source>Publish to the organisation</source>
        <translation>Publier dans l&apos;organisation</translation>
    </message>
    <message>
        <source>In the organisation library (version {version}).</source>
        <translation>Dans la bibliothèque de l&apos;organisation (version {version}).</translation>
    </message>
    <message>
        <source>Changed here since version {version}.</source>
        <translation>Modifiée ici depuis la version {version}.</translation>
    </message>
    <message>
        <source>A newer version is in the organisation library (yours is version {version}).</source>
        <translation>Une version plus récente est dans la bibliothèque de l&apos;organisation (la vôtre est la version {version}).</translation>
    </message>
    <message>
        <source>No longer in the organisation library.</source>
        <translation>N&apos;est plus dans la bibliothèque de l&apos;organisation.</translation>
    </message>
    <message>
        <source>Publish my changes</source>
        <translation>Publier mes modifications</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>Publier de nouveau</translation>
    </message>
    <message>
        <source>A copy is in your library.</source>
        <translation>Une copie est dans votre bibliothèque.</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Publication…</translation>
    </message>
    <message>
        <source>Your copy is now the organisation&apos;s version.</source>
        <translation>Votre copie est maintenant la version de l&apos;organisation.</translation>
    </message>
    <message>
        <source>“{name}” is in the organisation library (version {version}).</source>
        <translation>« {name} » est dans la bibliothèque de l&apos;organisation (version {version}).</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates of the organisation</source>
        <translation>Modèles de l&apos;organisation</translation>
    </message>
    <message>
        <source>In the organisation library</source>
        <translation>Dans la bibliothèque de l&apos;organisation</translation>
    </message>
    <message>
        <source>{title} — by {who}, version {version}</source>
        <translation>{title} — par {who}, version {version}</translation>
    </message>
    <message>
        <source>Take a copy home</source>
        <translation>Rapporter une copie</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>Mes modèles</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publier</translation>
    </message>
</context>
</TS>
