<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <source>no organisation library is set: give its URL, or `facilitator-app organisation connect URL` first</source>
            <translation>no organisation library is set: give its URL, or `facilitator-app organisation connect URL` first</translation>
        </message>
        <message>
            <source>backups are made for SQLite files only; back up your server instead</source>
            <translation>backups are made for SQLite files only; back up your server instead</translation>
        </message>
        <message>
            <source>restore works on the SQLite file of a data folder</source>
            <translation>restore works on the SQLite file of a data folder</translation>
        </message>
        <message>
            <source>no organisation library is set: `facilitator-app organisation connect URL` first</source>
            <translation>no organisation library is set: `facilitator-app organisation connect URL` first</translation>
        </message>
        <message>
            <source>{title} is not a template</source>
            <translation>{title} is not a template</translation>
        </message>
        <message>
            <source>only a tool of My tools can be published (custom:&lt;uid&gt;): duplicate a built-in one first</source>
            <translation>only a tool of My tools can be published (custom:&lt;uid&gt;): duplicate a built-in one first</translation>
        </message>
        <message>
            <source>{path} is read-only: the application cannot save anything there. Make it writable (or copy the data folder somewhere writable and start with --data-dir FOLDER), then start again</source>
            <translation>{path} is read-only: the application cannot save anything there. Make it writable (or copy the data folder somewhere writable and start with --data-dir FOLDER), then start again</translation>
        </message>
        <message>
            <source>{path} can be read by other users of this computer: it holds the organisation library's password, so it is not used. Run `chmod 600 {path}` (or save the password again)</source>
            <translation>{path} can be read by other users of this computer: it holds the organisation library's password, so it is not used. Run `chmod 600 {path}` (or save the password again)</translation>
        </message>
        <message>
            <source>the organisation library ({server}) is out of reach: {problem}</source>
            <translation>the organisation library ({server}) is out of reach: {problem}</translation>
        </message>
        <message>
            <source>the organisation library on {server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</source>
            <translation>the organisation library on {server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</translation>
        </message>
        <message>
            <source>{url} is not a database URL</source>
            <translation>{url} is not a database URL</translation>
        </message>
        <message>
            <source>{path} cannot be read: {problem}</source>
            <translation>{path} cannot be read: {problem}</translation>
        </message>
        <message>
            <source>the organisation library on {server} is not set up yet: whoever looks after the server runs `{command}` once (docs/organisation.md)</source>
            <translation>the organisation library on {server} is not set up yet: whoever looks after the server runs `{command}` once (docs/organisation.md)</translation>
        </message>
        <message>
            <source>the organisation library on {server} was set up by a newer version of the application (schema {found}): install the newer version on this computer</source>
            <translation>the organisation library on {server} was set up by a newer version of the application (schema {found}): install the newer version on this computer</translation>
        </message>
        <message>
            <source>cannot use the organisation library URL {url}: {problem}</source>
            <translation>cannot use the organisation library URL {url}: {problem}</translation>
        </message>
        <message>
            <source>the organisation library on {server} could not be migrated (nothing was changed): {problem}</source>
            <translation>the organisation library on {server} could not be migrated (nothing was changed): {problem}</translation>
        </message>
        <message>
            <source>“{name}” was changed in the organisation library by {who} (version {theirs}) since your copy (version {base}): nothing was overwritten. Keep yours as a separate shared copy, or take theirs</source>
            <translation>“{name}” was changed in the organisation library by {who} (version {theirs}) since your copy (version {base}): nothing was overwritten. Keep yours as a separate shared copy, or take theirs</translation>
        </message>
        <message>
            <source>the organisation library has no item {uid} (any more)</source>
            <translation>the organisation library has no item {uid} (any more)</translation>
        </message>
        <message>
            <source>this workbook is too large to import</source>
            <translation>this workbook is too large to import</translation>
        </message>
        <message>
            <source>clear the day's recorded times</source>
            <translation>clear the day's recorded times</translation>
        </message>
        <message>
            <source>a duration is a whole number of minutes</source>
            <translation>a duration is a whole number of minutes</translation>
        </message>
        <message>
            <source>add the day “{title}”</source>
            <translation>add the day “{title}”</translation>
        </message>
        <message>
            <source>change the day “{title}”</source>
            <translation>change the day “{title}”</translation>
        </message>
        <message>
            <source>remove the day “{title}”</source>
            <translation>remove the day “{title}”</translation>
        </message>
        <message>
            <source>a day needs a start time</source>
            <translation>a day needs a start time</translation>
        </message>
        <message>
            <source>a workshop keeps at least one day</source>
            <translation>a workshop keeps at least one day</translation>
        </message>
        <message>
            <source>add the step “{title}”</source>
            <translation>add the step “{title}”</translation>
        </message>
        <message>
            <source>add “{title}” to the agenda</source>
            <translation>add “{title}” to the agenda</translation>
        </message>
        <message>
            <source>remove the step “{title}”</source>
            <translation>remove the step “{title}”</translation>
        </message>
        <message>
            <source>move the step “{title}”</source>
            <translation>move the step “{title}”</translation>
        </message>
        <message>
            <source>change the step “{title}”</source>
            <translation>change the step “{title}”</translation>
        </message>
        <message>
            <source>an item can only move between days of the same workshop</source>
            <translation>an item can only move between days of the same workshop</translation>
        </message>
        <message>
            <source>an item's phases are a list</source>
            <translation>an item's phases are a list</translation>
        </message>
        <message>
            <source>each phase of an item is a table of values</source>
            <translation>each phase of an item is a table of values</translation>
        </message>
        <message>
            <source>change the roles of “{title}”</source>
            <translation>change the roles of “{title}”</translation>
        </message>
        <message>
            <source>rotate the roles</source>
            <translation>rotate the roles</translation>
        </message>
        <message>
            <source>a role needs a name of at most 60 characters</source>
            <translation>a role needs a name of at most 60 characters</translation>
        </message>
        <message>
            <source>a role holder must be a participant of this workshop</source>
            <translation>a role holder must be a participant of this workshop</translation>
        </message>
        <message>
            <source>roles rotate within one workshop</source>
            <translation>roles rotate within one workshop</translation>
        </message>
        <message>
            <source>add participants before rotating roles</source>
            <translation>add participants before rotating roles</translation>
        </message>
        <message>
            <source>mark the attendance of “{name}”</source>
            <translation>mark the attendance of “{name}”</translation>
        </message>
        <message>
            <source>a departure comes after the arrival</source>
            <translation>a departure comes after the arrival</translation>
        </message>
        <message>
            <source>no such participant on that day of the workshop</source>
            <translation>no such participant on that day of the workshop</translation>
        </message>
        <message>
            <source>import the workshop “{title}”</source>
            <translation>import the workshop “{title}”</translation>
        </message>
        <message>
            <source>save the template “{title}”</source>
            <translation>save the template “{title}”</translation>
        </message>
        <message>
            <source>create “{title}” from a template</source>
            <translation>create “{title}” from a template</translation>
        </message>
        <message>
            <source>duplicate the workshop as “{title}”</source>
            <translation>duplicate the workshop as “{title}”</translation>
        </message>
        <message>
            <source>save the groups “{name}”</source>
            <translation>save the groups “{name}”</translation>
        </message>
        <message>
            <source>delete the groups “{name}”</source>
            <translation>delete the groups “{name}”</translation>
        </message>
        <message>
            <source>there is nobody to put into groups</source>
            <translation>there is nobody to put into groups</translation>
        </message>
        <message>
            <source>someone is in two groups of the same set</source>
            <translation>someone is in two groups of the same set</translation>
        </message>
        <message>
            <source>some people in these groups are not on this workshop's roster</source>
            <translation>some people in these groups are not on this workshop's roster</translation>
        </message>
        <message>
            <source>save the tool “{name}”</source>
            <translation>save the tool “{name}”</translation>
        </message>
        <message>
            <source>create the tool “{name}”</source>
            <translation>create the tool “{name}”</translation>
        </message>
        <message>
            <source>copy “{name}” to My tools</source>
            <translation>copy “{name}” to My tools</translation>
        </message>
        <message>
            <source>edit the tool “{name}”</source>
            <translation>edit the tool “{name}”</translation>
        </message>
        <message>
            <source>delete the tool “{name}”</source>
            <translation>delete the tool “{name}”</translation>
        </message>
        <message>
            <source>star or unstar “{name}”</source>
            <translation>star or unstar “{name}”</translation>
        </message>
        <message>
            <source>this workshop has no day to run</source>
            <translation>this workshop has no day to run</translation>
        </message>
        <message>
            <source>there is no interrupted run to resume</source>
            <translation>there is no interrupted run to resume</translation>
        </message>
        <message>
            <source>take “{name}” home from the organisation library</source>
            <translation>take “{name}” home from the organisation library</translation>
        </message>
        <message>
            <source>publish “{name}” to the organisation library</source>
            <translation>publish “{name}” to the organisation library</translation>
        </message>
        <message>
            <source>publish “{name}” as a separate copy in the library</source>
            <translation>publish “{name}” as a separate copy in the library</translation>
        </message>
        <message>
            <source>take the organisation's version of “{name}”</source>
            <translation>take the organisation's version of “{name}”</translation>
        </message>
        <message>
            <source>no template of yours has the uid {uid}</source>
            <translation>no template of yours has the uid {uid}</translation>
        </message>
        <message>
            <source>the organisation library has no item {uid} (refresh the library)</source>
            <translation>the organisation library has no item {uid} (refresh the library)</translation>
        </message>
        <message>
            <source>this copy is not linked to the organisation library</source>
            <translation>this copy is not linked to the organisation library</translation>
        </message>
        <message>
            <source>the organisation library no longer has “{uid}”: it was withdrawn</source>
            <translation>the organisation library no longer has “{uid}”: it was withdrawn</translation>
        </message>
        <message>
            <source>add “{name}”</source>
            <translation>add “{name}”</translation>
        </message>
        <message>
            <source>change “{name}”</source>
            <translation>change “{name}”</translation>
        </message>
        <message>
            <source>remove {count} participant(s)</source>
            <translation>remove {count} participant(s)</translation>
        </message>
        <message>
            <source>import {count} participant(s)</source>
            <translation>import {count} participant(s)</translation>
        </message>
        <message>
            <source>a participant needs a name</source>
            <translation>a participant needs a name</translation>
        </message>
        <message>
            <source>remove “{name}”</source>
            <translation>remove “{name}”</translation>
        </message>
        <message>
            <source>create the workshop “{title}”</source>
            <translation>create the workshop “{title}”</translation>
        </message>
        <message>
            <source>change the workshop “{title}”</source>
            <translation>change the workshop “{title}”</translation>
        </message>
        <message>
            <source>rename the workshop “{title}”</source>
            <translation>rename the workshop “{title}”</translation>
        </message>
        <message>
            <source>delete the workshop “{title}”</source>
            <translation>delete the workshop “{title}”</translation>
        </message>
        <message>
            <source>restore the workshop “{title}”</source>
            <translation>restore the workshop “{title}”</translation>
        </message>
        <message>
            <source>name a workshop by its id, uid or title</source>
            <translation>name a workshop by its id, uid or title</translation>
        </message>
        <message>
            <source>the backup could not be written to {folder}: {problem}</source>
            <translation>the backup could not be written to {folder}: {problem}</translation>
        </message>
        <message>
            <source>the backup could not be restored ({problem}); the database was left in place</source>
            <translation>the backup could not be restored ({problem}); the database was left in place</translation>
        </message>
        <message>
            <source>“{what}” can no longer be undone or redone: it was changed since (by another screen, a phone or the live run)</source>
            <translation>“{what}” can no longer be undone or redone: it was changed since (by another screen, a phone or the live run)</translation>
        </message>
        <message>
            <source>“{what}” can no longer be undone or redone: something was added to it since</source>
            <translation>“{what}” can no longer be undone or redone: something was added to it since</translation>
        </message>
        <message>
            <source>the database could not be created in {folder} ({problem}); nothing was left half-made: free some space or check the folder, then start again</source>
            <translation>the database could not be created in {folder} ({problem}); nothing was left half-made: free some space or check the folder, then start again</translation>
        </message>
        <message>
            <source>the disk is full: free some space, nothing was saved for this action</source>
            <translation>the disk is full: free some space, nothing was saved for this action</translation>
        </message>
        <message>
            <source>the database is read-only: nothing was saved for this action</source>
            <translation>the database is read-only: nothing was saved for this action</translation>
        </message>
        <message>
            <source>a text is longer than this database allows: nothing was saved for this action ({problem})</source>
            <translation>a text is longer than this database allows: nothing was saved for this action ({problem})</translation>
        </message>
        <message>
            <source>the database server cannot be reached: nothing was saved for this action ({problem})</source>
            <translation>the database server cannot be reached: nothing was saved for this action ({problem})</translation>
        </message>
        <message>
            <source>the data is being written by another program for too long: nothing was saved for this action, try again in a moment</source>
            <translation>the data is being written by another program for too long: nothing was saved for this action, try again in a moment</translation>
        </message>
        <message>
            <source>{path} cannot be opened read-only: it is not yet ready (the window that owns the data folder will prepare it)</source>
            <translation>{path} cannot be opened read-only: it is not yet ready (the window that owns the data folder will prepare it)</translation>
        </message>
        <message>
            <source>{server} was set up by a newer version of the application (schema {found}; this version knows up to {head}): install the newer version on this computer</source>
            <translation>{server} was set up by a newer version of the application (schema {found}; this version knows up to {head}): install the newer version on this computer</translation>
        </message>
        <message>
            <source>{server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</source>
            <translation>{server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</translation>
        </message>
        <message>
            <source>cannot create the data folder {folder}: {problem}</source>
            <translation>cannot create the data folder {folder}: {problem}</translation>
        </message>
        <message>
            <source>{path} is busy in another program: try again</source>
            <translation>{path} is busy in another program: try again</translation>
        </message>
        <message>
            <source>a workshop needs a title</source>
            <translation>a workshop needs a title</translation>
        </message>
    </context>
</TS>