<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Exchange</name>
    <message>
        <source>Workshop files (*.facilitator);;All files (*)</source>
        <translation>Workshop files (*.facilitator);;All files (*)</translation>
    </message>
    <message>
        <source>Import a workshop file</source>
        <translation>Import a workshop file</translation>
    </message>
    <message>
        <source>Importing the workshop…</source>
        <translation>Importing the workshop…</translation>
    </message>
    <message>
        <source>“{title}” imported.</source>
        <translation>“{title}” imported.</translation>
    </message>
    <message>
        <source>Workshop imported</source>
        <translation>Workshop imported</translation>
    </message>
    <message>
        <source>This workshop was already here: it was added again as a separate copy. The earlier one is unchanged.</source>
        <translation>This workshop was already here: it was added again as a separate copy. The earlier one is unchanged.</translation>
    </message>
    <message>
        <source>Import impossible</source>
        <translation>Import impossible</translation>
    </message>
    <message>
        <source>“{name}” cannot be imported: it is damaged, incomplete or not a workshop file. Nothing was changed.</source>
        <translation>“{name}” cannot be imported: it is damaged, incomplete or not a workshop file. Nothing was changed.</translation>
    </message>
    <message>
        <source>Technical detail: {detail}</source>
        <translation>Technical detail: {detail}</translation>
    </message>
    <message>
        <source>Export the workshop</source>
        <translation>Export the workshop</translation>
    </message>
    <message>
        <source>Exporting the workshop…</source>
        <translation>Exporting the workshop…</translation>
    </message>
    <message>
        <source>Workshop exported to {path}</source>
        <translation>Workshop exported to {path}</translation>
    </message>
    <message>
        <source>Template “{title}” saved: File &gt; New from template uses it.</source>
        <translation>Template “{title}” saved: File &gt; New from template uses it.</translation>
    </message>
    <message>
        <source>No template yet</source>
        <translation>No template yet</translation>
    </message>
    <message>
        <source>Save a workshop as a template first (File &gt; Save as template).</source>
        <translation>Save a workshop as a template first (File &gt; Save as template).</translation>
    </message>
</context>
<context>
    <name>NewFromTemplateDialog</name>
    <message>
        <source>New workshop from a template</source>
        <translation>New workshop from a template</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message>
        <source>Template:</source>
        <translation>Template:</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>First day:</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>The days keep their spacing from the chosen first day.</source>
        <translation>The days keep their spacing from the chosen first day.</translation>
    </message>
    <message>
        <source>Create workshop</source>
        <translation>Create workshop</translation>
    </message>
</context>
<context>
    <name>SaveTemplateDialog</name>
    <message>
        <source>Save as template</source>
        <translation>Save as template</translation>
    </message>
    <message>
        <source>The template keeps the days, the agenda, the roles and the notes. What the room produced, attendance and the times of the run are left out.</source>
        <translation>The template keeps the days, the agenda, the roles and the notes. What the room produced, attendance and the times of the run are left out.</translation>
    </message>
    <message>
        <source>Template title:</source>
        <translation>Template title:</translation>
    </message>
    <message>
        <source>Keep the list of participants</source>
        <translation>Keep the list of participants</translation>
    </message>
    <message>
        <source>Save template</source>
        <translation>Save template</translation>
    </message>
</context>
</TS>