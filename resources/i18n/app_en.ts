<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New workshop</source>
        <translation>&amp;New workshop</translation>
    </message>
    <message>
        <source>Create an empty workshop</source>
        <translation>Create an empty workshop</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Rename...</translation>
    </message>
    <message>
        <source>Rename the selected workshop</source>
        <translation>Rename the selected workshop</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicate</translation>
    </message>
    <message>
        <source>Copy the plan and participants into a new workshop</source>
        <translation>Copy the plan and participants into a new workshop</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Delete</translation>
    </message>
    <message>
        <source>Delete the selected workshop (can be undone)</source>
        <translation>Delete the selected workshop (can be undone)</translation>
    </message>
    <message>
        <source>&amp;Run the workshop</source>
        <translation>&amp;Run the workshop</translation>
    </message>
    <message>
        <source>Open the console and the projector timer</source>
        <translation>Open the console and the projector timer</translation>
    </message>
    <message>
        <source>&amp;Import a workshop file...</source>
        <translation>&amp;Import a workshop file...</translation>
    </message>
    <message>
        <source>Add a workshop from a file made on another computer</source>
        <translation>Add a workshop from a file made on another computer</translation>
    </message>
    <message>
        <source>&amp;Export the workshop...</source>
        <translation>&amp;Export the workshop...</translation>
    </message>
    <message>
        <source>Save the whole workshop to one file to share it</source>
        <translation>Save the whole workshop to one file to share it</translation>
    </message>
    <message>
        <source>Save as &amp;template...</source>
        <translation>Save as &amp;template...</translation>
    </message>
    <message>
        <source>Keep this plan to start new workshops from it</source>
        <translation>Keep this plan to start new workshops from it</translation>
    </message>
    <message>
        <source>New from &amp;template...</source>
        <translation>New from &amp;template...</translation>
    </message>
    <message>
        <source>Start a workshop from a template, with its dates shifted</source>
        <translation>Start a workshop from a template, with its dates shifted</translation>
    </message>
    <message>
        <source>Restore a deleted &amp;workshop...</source>
        <translation>Restore a deleted &amp;workshop...</translation>
    </message>
    <message>
        <source>Deleted workshops stay in the bin for 30 days</source>
        <translation>Deleted workshops stay in the bin for 30 days</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Workshops</source>
        <translation>&amp;Workshops</translation>
    </message>
    <message>
        <source>Your workshops</source>
        <translation>Your workshops</translation>
    </message>
    <message>
        <source>&amp;Methods library</source>
        <translation>&amp;Methods library</translation>
    </message>
    <message>
        <source>The facilitation methods</source>
        <translation>The facilitation methods</translation>
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
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>&amp;Settings...</translation>
    </message>
    <message>
        <source>Language, timer, chimes, projector, data and backups</source>
        <translation>Language, timer, chimes, projector, data and backups</translation>
    </message>
    <message>
        <source>&amp;Keyboard and clicker shortcuts</source>
        <translation>&amp;Keyboard and clicker shortcuts</translation>
    </message>
    <message>
        <source>Every shortcut of the window and of the live console</source>
        <translation>Every shortcut of the window and of the live console</translation>
    </message>
    <message>
        <source>&amp;Tour of the four steps</source>
        <translation>&amp;Tour of the four steps</translation>
    </message>
    <message>
        <source>Prepare, run, capture, print: a short tour</source>
        <translation>Prepare, run, capture, print: a short tour</translation>
    </message>
    <message>
        <source>Show the &amp;data folder</source>
        <translation>Show the &amp;data folder</translation>
    </message>
</context>
<context>
    <name>EmptyWorkshopView</name>
    <message>
        <source>Select a workshop on the left, or create one with Ctrl+N.</source>
        <translation>Select a workshop on the left, or create one with Ctrl+N.</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Cannot do that</source>
        <translation>Cannot do that</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Not saved</translation>
    </message>
    <message>
        <source>the terminal</source>
        <translation>the terminal</translation>
    </message>
    <message>
        <source>Unexpected error</source>
        <translation>Unexpected error</translation>
    </message>
    <message>
        <source>Something went wrong: {error}

Details were written to {log}.</source>
        <translation>Something went wrong: {error}

Details were written to {log}.</translation>
    </message>
</context>
<context>
    <name>JobDialog</name>
    <message>
        <source>Stopping…</source>
        <translation>Stopping…</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Elected official</source>
        <translation>Elected official</translation>
    </message>
    <message>
        <source>External</source>
        <translation>External</translation>
    </message>
    <message>
        <source>Trainer</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Scribe</source>
        <translation>Scribe</translation>
    </message>
    <message>
        <source>Timekeeper</source>
        <translation>Timekeeper</translation>
    </message>
    <message>
        <source>Table host</source>
        <translation>Table host</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
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
        <translation>The data folder chosen in the settings is not there:
{folder}

Is it on a disk that is not plugged in? Plug it in and start again. Nothing was created in its place.</translation>
    </message>
    <message>
        <source>Open the standard folder this time</source>
        <translation>Open the standard folder this time</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Standard folder: {folder}</source>
        <translation>Standard folder: {folder}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Data folder: {path}</source>
        <translation>Data folder: {path}</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Undo {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Redo {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Main</translation>
    </message>
    <message>
        <source>New workshop</source>
        <translation>New workshop</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Title:</translation>
    </message>
    <message>
        <source>The window now speaks {language}.</source>
        <translation>The window now speaks {language}.</translation>
    </message>
    <message>
        <source>Rename workshop</source>
        <translation>Rename workshop</translation>
    </message>
    <message>
        <source>New title:</source>
        <translation>New title:</translation>
    </message>
    <message>
        <source>{title} (copy)</source>
        <translation>{title} (copy)</translation>
    </message>
    <message>
        <source>Delete workshop</source>
        <translation>Delete workshop</translation>
    </message>
    <message>
        <source>Delete “{title}”? You can undo this with Ctrl+Z.</source>
        <translation>Delete “{title}”? You can undo this with Ctrl+Z.</translation>
    </message>
    <message>
        <source>“{title}” deleted. Ctrl+Z brings it back.</source>
        <translation>“{title}” deleted. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>The bin is empty</source>
        <translation>The bin is empty</translation>
    </message>
    <message>
        <source>No workshop was deleted lately.</source>
        <translation>No workshop was deleted lately.</translation>
    </message>
    <message>
        <source>Restore a deleted workshop</source>
        <translation>Restore a deleted workshop</translation>
    </message>
    <message>
        <source>Deleted workshops (kept 30 days):</source>
        <translation>Deleted workshops (kept 30 days):</translation>
    </message>
    <message>
        <source>About {name}</source>
        <translation>About {name}</translation>
    </message>
    <message>
        <source>{name} {version}

Prepare, run and report in-room workshops, offline.
Data folder: {path}</source>
        <translation>{name} {version}

Prepare, run and report in-room workshops, offline.
Data folder: {path}</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Objective</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitators</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Signed for the organiser by</source>
        <translation>Signed for the organiser by</translation>
    </message>
    <message>
        <source>Certificates signed at</source>
        <translation>Certificates signed at</translation>
    </message>
    <message>
        <source>Language of the workshop</source>
        <translation>Language of the workshop</translation>
    </message>
    <message>
        <source>Timer warnings</source>
        <translation>Timer warnings</translation>
    </message>
    <message>
        <source>Not a training action</source>
        <translation>Not a training action</translation>
    </message>
    <message>
        <source>Training action</source>
        <translation>Training action</translation>
    </message>
    <message>
        <source>Skills review</source>
        <translation>Skills review</translation>
    </message>
    <message>
        <source>Validation of prior learning (VAE)</source>
        <translation>Validation of prior learning (VAE)</translation>
    </message>
    <message>
        <source>Apprenticeship training</source>
        <translation>Apprenticeship training</translation>
    </message>
    <message>
        <source>Nature of the action</source>
        <translation>Nature of the action</translation>
    </message>
    <message>
        <source>Programme</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Day {n}</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Look in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Files of &amp;type:</translation>
    </message>
</context>
<context>
    <name>ReadOnlyBanner</name>
    <message>
        <source>Read-only: this application is already open on this data folder (process {pid}) and did not come to the front. Nothing you change in this window is saved: use the other window, or close both and start again.</source>
        <translation>Read-only: this application is already open on this data folder (process {pid}) and did not come to the front. Nothing you change in this window is saved: use the other window, or close both and start again.</translation>
    </message>
</context>
<context>
    <name>RefusedDatabaseDialog</name>
    <message>
        <source>The data file cannot be opened</source>
        <translation>The data file cannot be opened</translation>
    </message>
    <message>
        <source>The file is damaged.</source>
        <translation>The file is damaged.</translation>
    </message>
    <message>
        <source>The file was not made by this application.</source>
        <translation>The file was not made by this application.</translation>
    </message>
    <message>
        <source>The file was written by a newer version of this application.</source>
        <translation>The file was written by a newer version of this application.</translation>
    </message>
    <message>
        <source>A folder (or something else that is not a file) is where the data file should be. Restoring a backup moves it aside; otherwise move or rename it yourself.</source>
        <translation>A folder (or something else that is not a file) is where the data file should be. Restoring a backup moves it aside; otherwise move or rename it yourself.</translation>
    </message>
    <message>
        <source>{reason}

{path}
{detail}

It has not been modified.</source>
        <translation>{reason}

{path}
{detail}

It has not been modified.</translation>
    </message>
    <message>
        <source>The file was refused.</source>
        <translation>The file was refused.</translation>
    </message>
    <message>
        <source>{date} ({reason}, {size} KiB)</source>
        <translation>{date} ({reason}, {size} KiB)</translation>
    </message>
    <message>
        <source>Restore a backup (the refused file is kept aside):</source>
        <translation>Restore a backup (the refused file is kept aside):</translation>
    </message>
    <message>
        <source>There is no backup to restore.</source>
        <translation>There is no backup to restore.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Restore</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>The data folder is read-only</source>
        <translation>The data folder is read-only</translation>
    </message>
    <message>
        <source>{path} cannot be written, so the application could not save anything there.

Make the folder writable (or copy the data folder somewhere writable and start the application with --data-dir FOLDER), then start again.</source>
        <translation>{path} cannot be written, so the application could not save anything there.

Make the folder writable (or copy the data folder somewhere writable and start the application with --data-dir FOLDER), then start again.</translation>
    </message>
    <message>
        <source>The backup of {date} was restored.</source>
        <translation>The backup of {date} was restored.</translation>
    </message>
    <message>
        <source>The file it replaced was kept, never deleted, as:
{path}</source>
        <translation>The file it replaced was kept, never deleted, as:
{path}</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Backup restored</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Restore failed</translation>
    </message>
</context>
<context>
    <name>TimerWarningsField</name>
    <message>
        <source>Own</source>
        <translation>Own</translation>
    </message>
    <message>
        <source>Unticked: the application's settings</source>
        <translation>Unticked: the application's settings</translation>
    </message>
    <message>
        <source>% of the step</source>
        <translation>% of the step</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>seconds left</translation>
    </message>
    <message>
        <source>amber at</source>
        <translation>amber at</translation>
    </message>
    <message>
        <source>red at</source>
        <translation>red at</translation>
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
        <translation>Filter workshops</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Workshops</translation>
    </message>
    <message>
        <source>Show templates</source>
        <translation>Show templates</translation>
    </message>
    <message>
        <source>{title} (template)</source>
        <translation>{title} (template)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation><numerusform>%n day</numerusform><numerusform>%n days</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation><numerusform>%n participant</numerusform><numerusform>%n participants</numerusform></translation>
    </message>
</context>
<context>
    <name>WorkshopPages</name>
    <message>
        <source>Overview</source>
        <translation>Overview</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Agenda</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Participants</translation>
    </message>
    <message>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
</context>
<context>
    <name>WorkshopView</name>
    <message>
        <source>template</source>
        <translation>template</translation>
    </message>
</context>
</TS>