<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Exchange</name>
    <message>
        <source>Workshop files (*.facilitator);;All files (*)</source>
        <translation>Fichiers d’atelier (*.facilitator);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Import a workshop file</source>
        <translation>Importer un fichier d’atelier</translation>
    </message>
    <message>
        <source>Importing the workshop…</source>
        <translation>Import de l’atelier…</translation>
    </message>
    <message>
        <source>“{title}” imported.</source>
        <translation>« {title} » importé.</translation>
    </message>
    <message>
        <source>Workshop imported</source>
        <translation>Atelier importé</translation>
    </message>
    <message>
        <source>This workshop was already here: it was added again as a separate copy. The earlier one is unchanged.</source>
        <translation>Cet atelier était déjà présent : il a été ajouté une seconde fois, comme copie distincte. Le précédent n’a pas changé.</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is damaged, incomplete or not a workshop file. Nothing was changed.</source>
        <translation>« {name} » ne peut pas être importé : le fichier est endommagé, incomplet ou n’est pas un fichier d’atelier. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>Technical detail: {detail}</source>
        <translation>Détail technique : {detail}</translation>
    </message>
    <message>
        <source>Export the workshop</source>
        <translation>Exporter l’atelier</translation>
    </message>
    <message>
        <source>Exporting the workshop…</source>
        <translation>Export de l’atelier…</translation>
    </message>
    <message>
        <source>Workshop exported to {path}</source>
        <translation>Atelier exporté dans {path}</translation>
    </message>
    <message>
        <source>Template “{title}” saved: File &gt; New from template uses it.</source>
        <translation>Modèle « {title} » enregistré : Fichier &gt; Nouveau depuis un modèle l’utilise.</translation>
    </message>
    <message>
        <source>No template yet</source>
        <translation>Aucun modèle pour l’instant</translation>
    </message>
    <message>
        <source>Save a workshop as a template first (File &gt; Save as template).</source>
        <translation>Enregistrez d’abord un atelier comme modèle (Fichier &gt; Enregistrer comme modèle).</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>New workshop from a template</source>
        <translation>Nouvel atelier depuis un modèle</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n jour</numerusform><numerusform>%n jours</numerusform></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Modèle :</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>dd/MM/yyyy</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Premier jour :</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre :</translation>
    </message>
    <message>
        <source>The days keep their spacing from the chosen first day.</source>
        <translation>Les jours gardent leur écart à partir du premier jour choisi.</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Créer l’atelier</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Enregistrer comme modèle</translation>
    </message>
    <message>
        <source>The template keeps the days, the agenda, the roles and the notes. What the room produced, attendance and the times of the run are left out.</source>
        <translation>Le modèle garde les jours, le déroulé, les rôles et les notes. Les productions de la salle, les présences et les horaires réels de l’animation sont laissés de côté.</translation>
    </message>
    <message>
        <source>Template title:</source>
        <translation>Titre du modèle :</translation>
    </message>
    <message>
        <source>Keep the list of participants</source>
        <translation>Garder la liste des participants</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Enregistrer le modèle</translation>
    </message>
</context>
</TS>