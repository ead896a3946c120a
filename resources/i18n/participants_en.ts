<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ForgetDialog</name>
    <message>
        <source>Remove “{name}” everywhere</source>
        <translation>Remove “{name}” everywhere</translation>
    </message>
    <message>
        <source>This person is on the roster of:</source>
        <translation>This person is on the roster of:</translation>
    </message>
    <message>
        <source>Workshops where the person is</source>
        <translation>Workshops where the person is</translation>
    </message>
    <message>
        <source>Keep what they wrote, without their name</source>
        <translation>Keep what they wrote, without their name</translation>
    </message>
    <message>
        <source>Remove what they wrote too</source>
        <translation>Remove what they wrote too</translation>
    </message>
    <message>
        <source>Their attendance goes too: print the signed sheets first if the law asks you to keep them. Ctrl+Z undoes this until the window closes.</source>
        <translation>Their attendance goes too: print the signed sheets first if the law asks you to keep them. Ctrl+Z undoes this until the window closes.</translation>
    </message>
    <message>
        <source>Remove everywhere</source>
        <translation>Remove everywhere</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>GroupsPanel</name>
    <message>
        <source>Groups of</source>
        <translation>Groups of</translation>
    </message>
    <message>
        <source>Number of groups</source>
        <translation>Number of groups</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Fours</source>
        <translation>Fours</translation>
    </message>
    <message>
        <source>Tables of 5</source>
        <translation>Tables of 5</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Who</translation>
    </message>
    <message>
        <source>For</source>
        <translation>For</translation>
    </message>
    <message>
        <source>Spread each organisation across groups</source>
        <translation>Spread each organisation across groups</translation>
    </message>
    <message>
        <source>Spread the categories (elected, agents...)</source>
        <translation>Spread the categories (elected, agents...)</translation>
    </message>
    <message>
        <source>Make groups</source>
        <translation>Make groups</translation>
    </message>
    <message>
        <source>A random split, ignoring who has already met.</source>
        <translation>A random split, ignoring who has already met.</translation>
    </message>
    <message>
        <source>New round (re-mix)</source>
        <translation>New round (re-mix)</translation>
    </message>
    <message>
        <source>Keeps apart, as far as possible, people who were together in earlier rounds.</source>
        <translation>Keeps apart, as far as possible, people who were together in earlier rounds.</translation>
    </message>
    <message>
        <source>Rounds so far</source>
        <translation>Rounds so far</translation>
    </message>
    <message>
        <source>Delete this round</source>
        <translation>Delete this round</translation>
    </message>
    <message>
        <source>Round {n}</source>
        <translation>Round {n}</translation>
    </message>
    <message>
        <source>Group {n}</source>
        <translation>Group {n}</translation>
    </message>
    <message>
        <source>{name} · {groups} groups · {people} people</source>
        <translation>{name} · {groups} groups · {people} people</translation>
    </message>
    <message>
        <source>Everyone on the roster</source>
        <translation>Everyone on the roster</translation>
    </message>
    <message>
        <source>Present on day {n}, morning</source>
        <translation>Present on day {n}, morning</translation>
    </message>
    <message>
        <source>Present on day {n}, afternoon</source>
        <translation>Present on day {n}, afternoon</translation>
    </message>
    <message>
        <source>No particular agenda item</source>
        <translation>No particular agenda item</translation>
    </message>
    <message>
        <source>No groups yet</source>
        <translation>No groups yet</translation>
    </message>
    <message>
        <source>Choose a size or a number of groups, then Make groups.</source>
        <translation>Choose a size or a number of groups, then Make groups.</translation>
    </message>
    <message>
        <source>First round: everyone meets new people.</source>
        <translation>First round: everyone meets new people.</translation>
    </message>
    <message>
        <source>Nobody sits again with someone from an earlier round.</source>
        <translation>Nobody sits again with someone from an earlier round.</translation>
    </message>
    <message>
        <source>{n} pair(s) of people were already together in an earlier round.</source>
        <translation>{n} pair(s) of people were already together in an earlier round.</translation>
    </message>
</context>
<context>
    <name>ParticipantEditor</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>This address looks wrong.</source>
        <translation>This address looks wrong.</translation>
    </message>
    <message>
        <source>Details of {name}</source>
        <translation>Details of {name}</translation>
    </message>
    <message>
        <source>Select a participant to see their details.</source>
        <translation>Select a participant to see their details.</translation>
    </message>
</context>
<context>
    <name>ParticipantsPage</name>
    <message>
        <source>Roster</source>
        <translation>Roster</translation>
    </message>
    <message>
        <source>Groups and tables</source>
        <translation>Groups and tables</translation>
    </message>
    <message>
        <source>Add a participant by name</source>
        <translation>Add a participant by name</translation>
    </message>
    <message>
        <source>Add someone: type a name, press Enter</source>
        <translation>Add someone: type a name, press Enter</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Paste a roster…</source>
        <translation>Paste a roster…</translation>
    </message>
    <message>
        <source>Import a file…</source>
        <translation>Import a file…</translation>
    </message>
    <message>
        <source>Filter the participants</source>
        <translation>Filter the participants</translation>
    </message>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Import a roster</translation>
    </message>
    <message>
        <source>Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)</source>
        <translation>Rosters (*.csv *.tsv *.txt *.xlsx);;All files (*)</translation>
    </message>
    <message>
        <source>This file is too large to be a roster (more than {mb} MB).</source>
        <translation>This file is too large to be a roster (more than {mb} MB).</translation>
    </message>
    <message>
        <source>Cannot read {file}: {error}</source>
        <translation>Cannot read {file}: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %n participant(s) match</source>
        <translation><numerusform>{shown} of %n participant match</numerusform><numerusform>{shown} of %n participants match</numerusform></translation>
    </message>
</context>
<context>
    <name>PersonalDataButton</name>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Export this person's data…</source>
        <translation>Export this person's data…</translation>
    </message>
    <message>
        <source>Remove this person everywhere…</source>
        <translation>Remove this person everywhere…</translation>
    </message>
    <message>
        <source>Export this person's data</source>
        <translation>Export this person's data</translation>
    </message>
</context>
<context>
    <name>RosterImport</name>
    <message>
        <source>no name</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>{value} is too long (at most {limit} characters)</source>
        <translation>{value} is too long (at most {limit} characters)</translation>
    </message>
    <message>
        <source>email '{value}' is not valid, it will be left empty</source>
        <translation>email '{value}' is not valid, it will be left empty</translation>
    </message>
    <message>
        <source>unknown category '{value}', will be 'Other'</source>
        <translation>unknown category '{value}', will be 'Other'</translation>
    </message>
    <message>
        <source>only a first name, '{value}': imported as it is</source>
        <translation>only a first name, '{value}': imported as it is</translation>
    </message>
    <message>
        <source>same person as line {value}</source>
        <translation>same person as line {value}</translation>
    </message>
    <message>
        <source>already on the roster as {value}</source>
        <translation>already on the roster as {value}</translation>
    </message>
</context>
<context>
    <name>RosterImportDialog</name>
    <message>
        <source>Import participants</source>
        <translation>Import participants</translation>
    </message>
    <message>
        <source>Paste the rows copied from a spreadsheet (with or without the heading row: Name, Organisation, Function, Category, Email), or a CSV text.</source>
        <translation>Paste the rows copied from a spreadsheet (with or without the heading row: Name, Organisation, Function, Category, Email), or a CSV text.</translation>
    </message>
    <message>
        <source>File: {name}</source>
        <translation>File: {name}</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>Remarks</translation>
    </message>
    <message>
        <source>Skip the duplicates</source>
        <translation>Skip the duplicates</translation>
    </message>
    <message>
        <source>This roster is too large to import at once (at most {rows} rows and {mb} MB). Split it into smaller parts.</source>
        <translation>This roster is too large to import at once (at most {rows} rows and {mb} MB). Split it into smaller parts.</translation>
    </message>
    <message>
        <source>This cannot be read as a roster: {error}</source>
        <translation>This cannot be read as a roster: {error}</translation>
    </message>
    <message>
        <source>Nothing to import yet.</source>
        <translation>Nothing to import yet.</translation>
    </message>
    <message>
        <source>{total} row(s) read: {unreadable} cannot be read, {duplicates} look like people already listed.</source>
        <translation>{total} row(s) read: {unreadable} cannot be read, {duplicates} look like people already listed.</translation>
    </message>
    <message>
        <source>Cannot be read</source>
        <translation>Cannot be read</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicate</translation>
    </message>
    <message>
        <source>Will be added, with a remark</source>
        <translation>Will be added, with a remark</translation>
    </message>
    <message>
        <source>Will be added</source>
        <translation>Will be added</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation><numerusform>Import %n participant</numerusform><numerusform>Import %n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>RosterModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Function</source>
        <translation>Function</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Email</translation>
    </message>
    <message>
        <source>This address looks wrong.</source>
        <translation>This address looks wrong.</translation>
    </message>
</context>
</TS>