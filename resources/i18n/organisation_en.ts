<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Changed by someone else</source>
        <translation>Changed by someone else</translation>
    </message>
    <message>
        <source>Keep mine: yours is published as a separate copy, theirs stays as it is. Take theirs: your copy becomes theirs (Ctrl+Z brings yours back).</source>
        <translation>Keep mine: yours is published as a separate copy, theirs stays as it is. Take theirs: your copy becomes theirs (Ctrl+Z brings yours back).</translation>
    </message>
    <message>
        <source>Keep mine as a copy</source>
        <translation>Keep mine as a copy</translation>
    </message>
    <message>
        <source>Take theirs</source>
        <translation>Take theirs</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Organisation library</source>
        <translation>Organisation library</translation>
    </message>
    <message>
        <source>Your organisation can share its own methods and templates on a server. Ask whoever looks after it for the address. Your workshops stay on this computer.</source>
        <translation>Your organisation can share its own methods and templates on a server. Ask whoever looks after it for the address. Your workshops stay on this computer.</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Shown beside what you publish</source>
        <translation>Shown beside what you publish</translation>
    </message>
    <message>
        <source>Your name:</source>
        <translation>Your name:</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unchanged</translation>
    </message>
    <message>
        <source>Kept in a file of your data folder that only you can read, never in the settings</source>
        <translation>Kept in a file of your data folder that only you can read, never in the settings</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Password:</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Connect</translation>
    </message>
    <message>
        <source>Use no shared library</source>
        <translation>Use no shared library</translation>
    </message>
</context>
<context>
    <name>OrganisationPanel</name>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Read what changed in the organisation library</source>
        <translation>Read what changed in the organisation library</translation>
    </message>
    <message>
        <source>Templates...</source>
        <translation>Templates...</translation>
    </message>
    <message>
        <source>Organisation methods ({n})</source>
        <translation>Organisation methods ({n})</translation>
    </message>
    <message>
        <source>Settings...</source>
        <translation>Settings...</translation>
    </message>
    <message>
        <source>Connect...</source>
        <translation>Connect...</translation>
    </message>
    <message>
        <source>No organisation library: your organisation may share its methods.</source>
        <translation>No organisation library: your organisation may share its methods.</translation>
    </message>
    <message>
        <source>Organisation library: reading {server}...</source>
        <translation>Organisation library: reading {server}...</translation>
    </message>
    <message>
        <source>Organisation library: up to date ({when}).</source>
        <translation>Organisation library: up to date ({when}).</translation>
    </message>
    <message>
        <source>Organisation library out of reach: showing the copy of {when}.</source>
        <translation>Organisation library out of reach: showing the copy of {when}.</translation>
    </message>
    <message>
        <source>Organisation library out of reach: not read yet.</source>
        <translation>Organisation library out of reach: not read yet.</translation>
    </message>
    <message>
        <source>Organisation library: copy of {when}.</source>
        <translation>Organisation library: copy of {when}.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>never</translation>
    </message>
    <message>
        <source>{day} at {time}</source>
        <translation>{day} at {time}</translation>
    </message>
    <message>
        <source>Take a copy home first: a workshop plans with your own copy</source>
        <translation>Take a copy home first: a workshop plans with your own copy</translation>
    </message>
    <message>
        <source>Shared by {who}, version {version}.</source>
        <translation>Shared by {who}, version {version}.</translation>
    </message>
    <message>
        <source>Take a copy home</source>
        <translation>Take a copy home</translation>
    </message>
    <message>
        <source>Publish to the organisation</source>
        <translation>Publish to the organisation</translation>
    </message>
    <message>
        <source>In the organisation library (version {version}).</source>
        <translation>In the organisation library (version {version}).</translation>
    </message>
    <message>
        <source>Changed here since version {version}.</source>
        <translation>Changed here since version {version}.</translation>
    </message>
    <message>
        <source>A newer version is in the organisation library (yours is version {version}).</source>
        <translation>A newer version is in the organisation library (yours is version {version}).</translation>
    </message>
    <message>
        <source>No longer in the organisation library.</source>
        <translation>No longer in the organisation library.</translation>
    </message>
    <message>
        <source>Publish my changes</source>
        <translation>Publish my changes</translation>
    </message>
    <message>
        <source>Publish again</source>
        <translation>Publish again</translation>
    </message>
    <message>
        <source>A copy is in your library.</source>
        <translation>A copy is in your library.</translation>
    </message>
    <message>
        <source>Publishing...</source>
        <translation>Publishing...</translation>
    </message>
    <message>
        <source>Your copy is now the organisation's version.</source>
        <translation>Your copy is now the organisation's version.</translation>
    </message>
    <message>
        <source>“{name}” is in the organisation library (version {version}).</source>
        <translation>“{name}” is in the organisation library (version {version}).</translation>
    </message>
</context>
<context>
    <name>TemplatesDialog</name>
    <message>
        <source>Templates of the organisation</source>
        <translation>Templates of the organisation</translation>
    </message>
    <message>
        <source>In the organisation library</source>
        <translation>In the organisation library</translation>
    </message>
    <message>
        <source>{title} — by {who}, version {version}</source>
        <translation>{title} — by {who}, version {version}</translation>
    </message>
    <message>
        <source>Take a copy home</source>
        <translation>Take a copy home</translation>
    </message>
    <message>
        <source>My templates</source>
        <translation>My templates</translation>
    </message>
    <message>
        <source>Publish</source>
        <translation>Publish</translation>
    </message>
</context>
</TS>