<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <source>unknown kind of output {kind} (one of {known})</source>
            <translation>unknown kind of output {kind} (one of {known})</translation>
        </message>
        <message>
            <source>unknown kind of record {kind} (one of {known})</source>
            <translation>unknown kind of record {kind} (one of {known})</translation>
        </message>
        <message>
            <source>{what} is empty</source>
            <translation>{what} is empty</translation>
        </message>
        <message>
            <source>{what} holds at most {limit} characters ({length} given)</source>
            <translation>{what} holds at most {limit} characters ({length} given)</translation>
        </message>
        <message>
            <source>must be a kind or a table with a kind</source>
            <translation>must be a kind or a table with a kind</translation>
        </message>
        <message>
            <source>{old!r} is now {new!r}</source>
            <translation>{old!r} is now {new!r}</translation>
        </message>
        <message>
            <source>say nothing: a phase without capture captures nothing</source>
            <translation>say nothing: a phase without capture captures nothing</translation>
        </message>
        <message>
            <source>{kind!r} is not one of: {words}</source>
            <translation>{kind!r} is not one of: {words}</translation>
        </message>
        <message>
            <source>unknown parameter for {kind!r}</source>
            <translation>unknown parameter for {kind!r}</translation>
        </message>
        <message>
            <source>must be a whole number</source>
            <translation>must be a whole number</translation>
        </message>
        <message>
            <source>must be between {low} and {high}</source>
            <translation>must be between {low} and {high}</translation>
        </message>
        <message>
            <source>must be true or false</source>
            <translation>must be true or false</translation>
        </message>
        <message>
            <source>{value!r} is not one of: {words}</source>
            <translation>{value!r} is not one of: {words}</translation>
        </message>
        <message>
            <source>must be a list of words</source>
            <translation>must be a list of words</translation>
        </message>
        <message>
            <source>names the same word twice</source>
            <translation>names the same word twice</translation>
        </message>
        <message>
            <source>{value!r} is not a short key such as anchors</source>
            <translation>{value!r} is not a short key such as anchors</translation>
        </message>
        <message>
            <source>must be a list of tables with key, fr and en</source>
            <translation>must be a list of tables with key, fr and en</translation>
        </message>
        <message>
            <source>must list exactly {count}</source>
            <translation>must list exactly {count}</translation>
        </message>
        <message>
            <source>lists {count}; at most {limit}</source>
            <translation>lists {count}; at most {limit}</translation>
        </message>
        <message>
            <source>each entry has exactly key, fr and en</source>
            <translation>each entry has exactly key, fr and en</translation>
        </message>
        <message>
            <source>{value!r} is not a short key such as wind</source>
            <translation>{value!r} is not a short key such as wind</translation>
        </message>
        <message>
            <source>{value!r}: fr and en are texts of at most {limit} characters</source>
            <translation>{value!r}: fr and en are texts of at most {limit} characters</translation>
        </message>
        <message>
            <source>names the same key twice</source>
            <translation>names the same key twice</translation>
        </message>
        <message>
            <source>a record's data must be a table of fields</source>
            <translation>a record's data must be a table of fields</translation>
        </message>
        <message>
            <source>{key}: this kind of record has no such field</source>
            <translation>{key}: this kind of record has no such field</translation>
        </message>
        <message>
            <source>{key} does not belong to this part</source>
            <translation>{key} does not belong to this part</translation>
        </message>
        <message>
            <source>{key} is needed</source>
            <translation>{key} is needed</translation>
        </message>
        <message>
            <source>{key} must be text</source>
            <translation>{key} must be text</translation>
        </message>
        <message>
            <source>{key} is at most {limit} characters</source>
            <translation>{key} is at most {limit} characters</translation>
        </message>
        <message>
            <source>{key}: {value} is not one of {allowed}</source>
            <translation>{key}: {value} is not one of {allowed}</translation>
        </message>
        <message>
            <source>{key} must be true or false</source>
            <translation>{key} must be true or false</translation>
        </message>
        <message>
            <source>{key} must be a whole number from 0 to 10000</source>
            <translation>{key} must be a whole number from 0 to 10000</translation>
        </message>
        <message>
            <source>{key} must be a date as YYYY-MM-DD</source>
            <translation>{key} must be a date as YYYY-MM-DD</translation>
        </message>
        <message>
            <source>no organisation library is set: give its URL, or `facilitator-app organisation connect URL` first</source>
            <translation>no organisation library is set: give its URL, or `facilitator-app organisation connect URL` first</translation>
        </message>
        <message>
            <source>--start {start!r}: expected a date as YYYY-MM-DD</source>
            <translation>--start {start!r}: expected a date as YYYY-MM-DD</translation>
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
            <source>the window is open on the data folder {folder}: close it, then restore (or restore from its start-up dialog)</source>
            <translation>the window is open on the data folder {folder}: close it, then restore (or restore from its start-up dialog)</translation>
        </message>
        <message>
            <source>no organisation library is set: `facilitator-app organisation connect URL` first</source>
            <translation>no organisation library is set: `facilitator-app organisation connect URL` first</translation>
        </message>
        <message>
            <source>only a tool of My tools can be published (custom:&lt;uid&gt;): duplicate a built-in one first</source>
            <translation>only a tool of My tools can be published (custom:&lt;uid&gt;): duplicate a built-in one first</translation>
        </message>
        <message>
            <source>{title} is not a template</source>
            <translation>{title} is not a template</translation>
        </message>
        <message>
            <source>a port is a number from 0 to 65535</source>
            <translation>a port is a number from 0 to 65535</translation>
        </message>
        <message>
            <source>cannot listen on {host}:{port}</source>
            <translation>cannot listen on {host}:{port}</translation>
        </message>
        <message>
            <source>a report is a PDF: name the file {name}.pdf</source>
            <translation>a report is a PDF: name the file {name}.pdf</translation>
        </message>
        <message>
            <source>cannot write {path}: the folder {folder} does not exist</source>
            <translation>cannot write {path}: the folder {folder} does not exist</translation>
        </message>
        <message>
            <source>cannot write {path}: {reason}</source>
            <translation>cannot write {path}: {reason}</translation>
        </message>
        <message>
            <source>the method sheet is a PDF: name the file {stem}.pdf</source>
            <translation>the method sheet is a PDF: name the file {stem}.pdf</translation>
        </message>
        <message>
            <source>cannot write {path}: {error}</source>
            <translation>cannot write {path}: {error}</translation>
        </message>
        <message>
            <source>no deleted workshop matches {workshop!r} (see workshops list --deleted)</source>
            <translation>no deleted workshop matches {workshop!r} (see workshops list --deleted)</translation>
        </message>
        <message>
            <source>{folder} is already the data folder</source>
            <translation>{folder} is already the data folder</translation>
        </message>
        <message>
            <source>{folder} is inside the data folder {current}: choose a folder outside it</source>
            <translation>{folder} is inside the data folder {current}: choose a folder outside it</translation>
        </message>
        <message>
            <source>{folder} is a file, not a folder</source>
            <translation>{folder} is a file, not a folder</translation>
        </message>
        <message>
            <source>the application cannot write in {folder}: choose a folder of yours</source>
            <translation>the application cannot write in {folder}: choose a folder of yours</translation>
        </message>
        <message>
            <source>another window of the application is open on {folder}: close it first</source>
            <translation>another window of the application is open on {folder}: close it first</translation>
        </message>
        <message>
            <source>{folder} already holds other files ({examples}): choose an empty folder, or the folder of the application's data</source>
            <translation>{folder} already holds other files ({examples}): choose an empty folder, or the folder of the application's data</translation>
        </message>
        <message>
            <source>{folder} is not empty: the data cannot move there</source>
            <translation>{folder} is not empty: the data cannot move there</translation>
        </message>
        <message>
            <source>the data could not be moved to {folder} ({problem}); it stays in {current}</source>
            <translation>the data could not be moved to {folder} ({problem}); it stays in {current}</translation>
        </message>
        <message>
            <source>; </source>
            <translation>; </translation>
        </message>
        <message>
            <source>{path}: {detail}</source>
            <translation>{path}: {detail}</translation>
        </message>
        <message>
            <source>the data folder chosen in the settings, {folder}, is not there (a disk that is not plugged in?): plug it in and start again, or start with --data-dir {standard} to use the standard folder</source>
            <translation>the data folder chosen in the settings, {folder}, is not there (a disk that is not plugged in?): plug it in and start again, or start with --data-dir {standard} to use the standard folder</translation>
        </message>
        <message>
            <source>{path} is read-only: the application cannot save anything there. Make it writable (or copy the data folder somewhere writable and start with --data-dir FOLDER), then start again</source>
            <translation>{path} is read-only: the application cannot save anything there. Make it writable (or copy the data folder somewhere writable and start with --data-dir FOLDER), then start again</translation>
        </message>
        <message>
            <source>workshop {workshop_id} does not exist</source>
            <translation>workshop {workshop_id} does not exist</translation>
        </message>
        <message>
            <source>{path}: no such file</source>
            <translation>{path}: no such file</translation>
        </message>
        <message>
            <source>{path}: cannot read the file: {error}</source>
            <translation>{path}: cannot read the file: {error}</translation>
        </message>
        <message>
            <source>{path}: not a file</source>
            <translation>{path}: not a file</translation>
        </message>
        <message>
            <source>{path}: the file is too large ({size} MB; a workshop file is at most {limit} MB)</source>
            <translation>{path}: the file is too large ({size} MB; a workshop file is at most {limit} MB)</translation>
        </message>
        <message>
            <source>{path}: not a workshop file, or a damaged one (it is not a complete ZIP archive: {error})</source>
            <translation>{path}: not a workshop file, or a damaged one (it is not a complete ZIP archive: {error})</translation>
        </message>
        <message>
            <source>{path}: the file is damaged or truncated ({error})</source>
            <translation>{path}: the file is damaged or truncated ({error})</translation>
        </message>
        <message>
            <source>{path}: the file is damaged (a member's name is not readable)</source>
            <translation>{path}: the file is damaged (a member's name is not readable)</translation>
        </message>
        <message>
            <source>{path}: a member of the archive cannot be read ({error})</source>
            <translation>{path}: a member of the archive cannot be read ({error})</translation>
        </message>
        <message>
            <source>{path}: the archive holds the same member twice</source>
            <translation>{path}: the archive holds the same member twice</translation>
        </message>
        <message>
            <source>{path}: not a workshop file ({document} is missing)</source>
            <translation>{path}: not a workshop file ({document} is missing)</translation>
        </message>
        <message>
            <source>{path}: unexpected member {member!r} in the archive</source>
            <translation>{path}: unexpected member {member!r} in the archive</translation>
        </message>
        <message>
            <source>{path}: {member} is encrypted (password-protected); a workshop file never is: export it again from the application</source>
            <translation>{path}: {member} is encrypted (password-protected); a workshop file never is: export it again from the application</translation>
        </message>
        <message>
            <source>{path}: {member} is compressed with a method this application does not read (method {method}): export it again from the application</source>
            <translation>{path}: {member} is compressed with a method this application does not read (method {method}): export it again from the application</translation>
        </message>
        <message>
            <source>{path}: {document} would unpack to {size} MB (at most {limit} MB): refused</source>
            <translation>{path}: {document} would unpack to {size} MB (at most {limit} MB): refused</translation>
        </message>
        <message>
            <source>{path}: the archive would unpack to {size} MB (at most {limit} MB): refused</source>
            <translation>{path}: the archive would unpack to {size} MB (at most {limit} MB): refused</translation>
        </message>
        <message>
            <source>{path}: {document} holds the number {number}, too large to store</source>
            <translation>{path}: {document} holds the number {number}, too large to store</translation>
        </message>
        <message>
            <source>{path}: {document} is not UTF-8 text ({reason})</source>
            <translation>{path}: {document} is not UTF-8 text ({reason})</translation>
        </message>
        <message>
            <source>{path}: {document} is nested too deeply</source>
            <translation>{path}: {document} is nested too deeply</translation>
        </message>
        <message>
            <source>{path}: {document} is not valid JSON: {error} (line {line}, column {column})</source>
            <translation>{path}: {document} is not valid JSON: {error} (line {line}, column {column})</translation>
        </message>
        <message>
            <source>{path}: {document} holds a number too large: {error}</source>
            <translation>{path}: {document} holds a number too large: {error}</translation>
        </message>
        <message>
            <source>{path}: {problem}</source>
            <translation>{path}: {problem}</translation>
        </message>
        <message>
            <source>the document is not a JSON object</source>
            <translation>the document is not a JSON object</translation>
        </message>
        <message>
            <source>this is not a workshop file (expected {format!r})</source>
            <translation>this is not a workshop file (expected {format!r})</translation>
        </message>
        <message>
            <source>missing or not a whole number</source>
            <translation>missing or not a whole number</translation>
        </message>
        <message>
            <source>the file was made by a newer version of the application (format version {version}; this one reads up to {readable}): update the application</source>
            <translation>the file was made by a newer version of the application (format version {version}; this one reads up to {readable}): update the application</translation>
        </message>
        <message>
            <source>nested more than {limit} levels deep</source>
            <translation>nested more than {limit} levels deep</translation>
        </message>
        <message>
            <source>{number} is not a number a file can hold</source>
            <translation>{number} is not a number a file can hold</translation>
        </message>
        <message>
            <source>the number is too large</source>
            <translation>the number is too large</translation>
        </message>
        <message>
            <source>{detail} (and {more} more problems)</source>
            <translation>{detail} (and {more} more problems)</translation>
        </message>
        <message>
            <source>{detail}</source>
            <translation>{detail}</translation>
        </message>
        <message>
            <source>{ref!r} is used twice</source>
            <translation>{ref!r} is used twice</translation>
        </message>
        <message>
            <source>{ref!r} names no entry of {kind}</source>
            <translation>{ref!r} names no entry of {kind}</translation>
        </message>
        <message>
            <source>{value!r}: {detail}</source>
            <translation>{value!r}: {detail}</translation>
        </message>
        <message>
            <source>{problems}</source>
            <translation>{problems}</translation>
        </message>
        <message>
            <source>the same custom tool is listed twice</source>
            <translation>the same custom tool is listed twice</translation>
        </message>
        <message>
            <source>{steps} steps (phases times their rounds); an item has at most {limit}</source>
            <translation>{steps} steps (phases times their rounds); an item has at most {limit}</translation>
        </message>
        <message>
            <source>{tool!r} is not among $.custom_tools</source>
            <translation>{tool!r} is not among $.custom_tools</translation>
        </message>
        <message>
            <source>a second row for the same person and half-day</source>
            <translation>a second row for the same person and half-day</translation>
        </message>
        <message>
            <source>a person is listed twice</source>
            <translation>a person is listed twice</translation>
        </message>
        <message>
            <source>a record's parent belongs to no other record</source>
            <translation>a record's parent belongs to no other record</translation>
        </message>
        <message>
            <source>{name!r} is missing from the archive</source>
            <translation>{name!r} is missing from the archive</translation>
        </message>
        <message>
            <source>{name!r} is damaged (its checksum differs)</source>
            <translation>{name!r} is damaged (its checksum differs)</translation>
        </message>
        <message>
            <source>no choice number {choice}</source>
            <translation>no choice number {choice}</translation>
        </message>
        <message>
            <source>names a missing choice</source>
            <translation>names a missing choice</translation>
        </message>
        <message>
            <source>the text holds an invalid character</source>
            <translation>the text holds an invalid character</translation>
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
            <source>{path} can be read by other users of this computer: it holds the organisation library's password, so it is not used. Run `chmod 600 {path}` (or save the password again)</source>
            <translation>{path} can be read by other users of this computer: it holds the organisation library's password, so it is not used. Run `chmod 600 {path}` (or save the password again)</translation>
        </message>
        <message>
            <source>cannot use the organisation library URL {url}: {problem}</source>
            <translation>cannot use the organisation library URL {url}: {problem}</translation>
        </message>
        <message>
            <source>the organisation library ({server}) is out of reach: {problem}</source>
            <translation>the organisation library ({server}) is out of reach: {problem}</translation>
        </message>
        <message>
            <source>the organisation library ({server}) refused this computer's request: {problem}</source>
            <translation>the organisation library ({server}) refused this computer's request: {problem}</translation>
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
            <source>the organisation library on {server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</source>
            <translation>the organisation library on {server} has an older schema ({found}; this version needs {head}). It is shared, so it is not migrated by whichever computer connects first: back it up with pg_dump (docs/organisation.md), then run `{command}`</translation>
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
            <source>this workshop has no agenda item to open to phones</source>
            <translation>this workshop has no agenda item to open to phones</translation>
        </message>
        <message>
            <source>certificates are for a training action: choose the nature of the action on the workshop's overview page first</source>
            <translation>certificates are for a training action: choose the nature of the action on the workshop's overview page first</translation>
        </message>
        <message>
            <source>the client's summary needs a co-development session on the agenda</source>
            <translation>the client's summary needs a co-development session on the agenda</translation>
        </message>
        <message>
            <source>this document does not apply to this workshop</source>
            <translation>this document does not apply to this workshop</translation>
        </message>
        <message>
            <source>unknown document {kind!r}</source>
            <translation>unknown document {kind!r}</translation>
        </message>
        <message>
            <source>line {line}: cannot read this text ({error})</source>
            <translation>line {line}: cannot read this text ({error})</translation>
        </message>
        <message>
            <source>this roster is too large to import (at most {rows} rows and {megabytes} MB): split it into smaller files</source>
            <translation>this roster is too large to import (at most {rows} rows and {megabytes} MB): split it into smaller files</translation>
        </message>
        <message>
            <source>this workbook is too large to import</source>
            <translation>this workbook is too large to import</translation>
        </message>
        <message>
            <source>this file is not a readable .xlsx workbook ({error})</source>
            <translation>this file is not a readable .xlsx workbook ({error})</translation>
        </message>
        <message>
            <source>clear the day's recorded times</source>
            <translation>clear the day's recorded times</translation>
        </message>
        <message>
            <source>{what} is at most {limit} characters</source>
            <translation>{what} is at most {limit} characters</translation>
        </message>
        <message>
            <source>unknown kind of item {kind!r} (one of {kinds})</source>
            <translation>unknown kind of item {kind!r} (one of {kinds})</translation>
        </message>
        <message>
            <source>a duration is a whole number of minutes</source>
            <translation>a duration is a whole number of minutes</translation>
        </message>
        <message>
            <source>a duration is between 0 and {limit} minutes</source>
            <translation>a duration is between 0 and {limit} minutes</translation>
        </message>
        <message>
            <source>{what} must be a clock time</source>
            <translation>{what} must be a clock time</translation>
        </message>
        <message>
            <source>day {day_id} does not exist</source>
            <translation>day {day_id} does not exist</translation>
        </message>
        <message>
            <source>agenda item {item_id} does not exist</source>
            <translation>agenda item {item_id} does not exist</translation>
        </message>
        <message>
            <source>a day's start</source>
            <translation>a day's start</translation>
        </message>
        <message>
            <source>a day's title</source>
            <translation>a day's title</translation>
        </message>
        <message>
            <source>a venue</source>
            <translation>a venue</translation>
        </message>
        <message>
            <source>add the day “{title}”</source>
            <translation>add the day “{title}”</translation>
        </message>
        <message>
            <source>unknown day fields: {fields}</source>
            <translation>unknown day fields: {fields}</translation>
        </message>
        <message>
            <source>a day needs a start time</source>
            <translation>a day needs a start time</translation>
        </message>
        <message>
            <source>change the day “{title}”</source>
            <translation>change the day “{title}”</translation>
        </message>
        <message>
            <source>a workshop keeps at least one day</source>
            <translation>a workshop keeps at least one day</translation>
        </message>
        <message>
            <source>remove the day “{title}”</source>
            <translation>remove the day “{title}”</translation>
        </message>
        <message>
            <source>a pinned start</source>
            <translation>a pinned start</translation>
        </message>
        <message>
            <source>an item's title</source>
            <translation>an item's title</translation>
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
            <source>an item can only move between days of the same workshop</source>
            <translation>an item can only move between days of the same workshop</translation>
        </message>
        <message>
            <source>move the step “{title}”</source>
            <translation>move the step “{title}”</translation>
        </message>
        <message>
            <source>unknown agenda item fields: {fields}</source>
            <translation>unknown agenda item fields: {fields}</translation>
        </message>
        <message>
            <source>an item is fixed or not: true or false</source>
            <translation>an item is fixed or not: true or false</translation>
        </message>
        <message>
            <source>change the step “{title}”</source>
            <translation>change the step “{title}”</translation>
        </message>
        <message>
            <source>an item's phases are a list</source>
            <translation>an item's phases are a list</translation>
        </message>
        <message>
            <source>an item has at most {limit} phases</source>
            <translation>an item has at most {limit} phases</translation>
        </message>
        <message>
            <source>each phase of an item is a table of values</source>
            <translation>each phase of an item is a table of values</translation>
        </message>
        <message>
            <source>a phase has between 1 and {limit} rounds</source>
            <translation>a phase has between 1 and {limit} rounds</translation>
        </message>
        <message>
            <source>a phase's {key} is at most {limit} characters</source>
            <translation>a phase's {key} is at most {limit} characters</translation>
        </message>
        <message>
            <source>a round's question is at most {limit} characters</source>
            <translation>a round's question is at most {limit} characters</translation>
        </message>
        <message>
            <source>an item has at most {limit} steps in all</source>
            <translation>an item has at most {limit} steps in all</translation>
        </message>
        <message>
            <source>this item is no longer on the day: look at the proposal again</source>
            <translation>this item is no longer on the day: look at the proposal again</translation>
        </message>
        <message>
            <source>catching up only shortens an item</source>
            <translation>catching up only shortens an item</translation>
        </message>
        <message>
            <source>catch up the day “{title}”</source>
            <translation>catch up the day “{title}”</translation>
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
            <source>a holder's name</source>
            <translation>a holder's name</translation>
        </message>
        <message>
            <source>change the roles of “{title}”</source>
            <translation>change the roles of “{title}”</translation>
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
            <source>rotate the roles</source>
            <translation>rotate the roles</translation>
        </message>
        <message>
            <source>a step lasts a whole number of seconds</source>
            <translation>a step lasts a whole number of seconds</translation>
        </message>
        <message>
            <source>change the steps of “{title}”</source>
            <translation>change the steps of “{title}”</translation>
        </message>
        <message>
            <source>this item has no method to take the steps from</source>
            <translation>this item has no method to take the steps from</translation>
        </message>
        <message>
            <source>put back the method's steps in “{title}”</source>
            <translation>put back the method's steps in “{title}”</translation>
        </message>
        <message>
            <source>unknown half-day {half_day!r} (one of {known})</source>
            <translation>unknown half-day {half_day!r} (one of {known})</translation>
        </message>
        <message>
            <source>unknown attendance {status!r} (one of {known})</source>
            <translation>unknown attendance {status!r} (one of {known})</translation>
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
            <source>mark the attendance of “{name}”</source>
            <translation>mark the attendance of “{name}”</translation>
        </message>
        <message>
            <source>a reason is at most {limit} characters</source>
            <translation>a reason is at most {limit} characters</translation>
        </message>
        <message>
            <source>participant {id} does not exist</source>
            <translation>participant {id} does not exist</translation>
        </message>
        <message>
            <source>clear the drop-out of “{name}”</source>
            <translation>clear the drop-out of “{name}”</translation>
        </message>
        <message>
            <source>record that “{name}” left the training</source>
            <translation>record that “{name}” left the training</translation>
        </message>
        <message>
            <source>a due date must be a date</source>
            <translation>a due date must be a date</translation>
        </message>
        <message>
            <source>an action</source>
            <translation>an action</translation>
        </message>
        <message>
            <source>who does it</source>
            <translation>who does it</translation>
        </message>
        <message>
            <source>by when</source>
            <translation>by when</translation>
        </message>
        <message>
            <source>status</source>
            <translation>status</translation>
        </message>
        <message>
            <source>a group's name</source>
            <translation>a group's name</translation>
        </message>
        <message>
            <source>add the action “{what}”</source>
            <translation>add the action “{what}”</translation>
        </message>
        <message>
            <source>action</source>
            <translation>action</translation>
        </message>
        <message>
            <source>edit the action “{what}”</source>
            <translation>edit the action “{what}”</translation>
        </message>
        <message>
            <source>remove the action “{what}”</source>
            <translation>remove the action “{what}”</translation>
        </message>
        <message>
            <source>half-day</source>
            <translation>half-day</translation>
        </message>
        <message>
            <source>attendance</source>
            <translation>attendance</translation>
        </message>
        <message>
            <source>mark {name} present</source>
            <translation>mark {name} present</translation>
        </message>
        <message>
            <source>mark {name} absent</source>
            <translation>mark {name} absent</translation>
        </message>
        <message>
            <source>mark {name} excused</source>
            <translation>mark {name} excused</translation>
        </message>
        <message>
            <source>mark the attendance of {name}</source>
            <translation>mark the attendance of {name}</translation>
        </message>
        <message>
            <source>an arrival comes before the departure</source>
            <translation>an arrival comes before the departure</translation>
        </message>
        <message>
            <source>note that {name} arrived at {at}</source>
            <translation>note that {name} arrived at {at}</translation>
        </message>
        <message>
            <source>note that {name} left at {at}</source>
            <translation>note that {name} left at {at}</translation>
        </message>
        <message>
            <source>{what} is a level from 1 to {high}</source>
            <translation>{what} is a level from 1 to {high}</translation>
        </message>
        <message>
            <source>a card's category</source>
            <translation>a card's category</translation>
        </message>
        <message>
            <source>cluster</source>
            <translation>cluster</translation>
        </message>
        <message>
            <source>this cluster belongs to another workshop</source>
            <translation>this cluster belongs to another workshop</translation>
        </message>
        <message>
            <source>a card</source>
            <translation>a card</translation>
        </message>
        <message>
            <source>colour</source>
            <translation>colour</translation>
        </message>
        <message>
            <source>an author's name</source>
            <translation>an author's name</translation>
        </message>
        <message>
            <source>a card's first axis</source>
            <translation>a card's first axis</translation>
        </message>
        <message>
            <source>a card's second axis</source>
            <translation>a card's second axis</translation>
        </message>
        <message>
            <source>add the card “{text}”</source>
            <translation>add the card “{text}”</translation>
        </message>
        <message>
            <source>a uid is 1 to 36 characters</source>
            <translation>a uid is 1 to 36 characters</translation>
        </message>
        <message>
            <source>add {count} card(s)</source>
            <translation>add {count} card(s)</translation>
        </message>
        <message>
            <source>this uid belongs to another workshop</source>
            <translation>this uid belongs to another workshop</translation>
        </message>
        <message>
            <source>card</source>
            <translation>card</translation>
        </message>
        <message>
            <source>edit the card “{text}”</source>
            <translation>edit the card “{text}”</translation>
        </message>
        <message>
            <source>remove the card “{text}”</source>
            <translation>remove the card “{text}”</translation>
        </message>
        <message>
            <source>a cluster's name</source>
            <translation>a cluster's name</translation>
        </message>
        <message>
            <source>add the cluster “{name}”</source>
            <translation>add the cluster “{name}”</translation>
        </message>
        <message>
            <source>rename the cluster “{name}”</source>
            <translation>rename the cluster “{name}”</translation>
        </message>
        <message>
            <source>remove the cluster “{name}”</source>
            <translation>remove the cluster “{name}”</translation>
        </message>
        <message>
            <source>choose at least one card</source>
            <translation>choose at least one card</translation>
        </message>
        <message>
            <source>take {count} card(s) out of their cluster</source>
            <translation>take {count} card(s) out of their cluster</translation>
        </message>
        <message>
            <source>put {count} card(s) in “{name}”</source>
            <translation>put {count} card(s) in “{name}”</translation>
        </message>
        <message>
            <source>a card of another workshop cannot join this cluster</source>
            <translation>a card of another workshop cannot join this cluster</translation>
        </message>
        <message>
            <source>the client</source>
            <translation>the client</translation>
        </message>
        <message>
            <source>start the co-development session of {client}</source>
            <translation>start the co-development session of {client}</translation>
        </message>
        <message>
            <source>a session has no field {name}</source>
            <translation>a session has no field {name}</translation>
        </message>
        <message>
            <source>the client is empty</source>
            <translation>the client is empty</translation>
        </message>
        <message>
            <source>edit the session of {client}</source>
            <translation>edit the session of {client}</translation>
        </message>
        <message>
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <source>this record is not a co-development session</source>
            <translation>this record is not a co-development session</translation>
        </message>
        <message>
            <source>a session's entry is one of {parts}</source>
            <translation>a session's entry is one of {parts}</translation>
        </message>
        <message>
            <source>resources, a date and an indicator belong to the action plan</source>
            <translation>resources, a date and an indicator belong to the action plan</translation>
        </message>
        <message>
            <source>add to the session of {client}</source>
            <translation>add to the session of {client}</translation>
        </message>
        <message>
            <source>workshop {id} does not exist</source>
            <translation>workshop {id} does not exist</translation>
        </message>
        <message>
            <source>agenda item {id} does not exist</source>
            <translation>agenda item {id} does not exist</translation>
        </message>
        <message>
            <source>agenda item {id} is not in this workshop</source>
            <translation>agenda item {id} is not in this workshop</translation>
        </message>
        <message>
            <source>participant {id} is not in this workshop</source>
            <translation>participant {id} is not in this workshop</translation>
        </message>
        <message>
            <source>{what} {id} does not exist</source>
            <translation>{what} {id} does not exist</translation>
        </message>
        <message>
            <source>unknown {what} {value} (one of {allowed})</source>
            <translation>unknown {what} {value} (one of {allowed})</translation>
        </message>
        <message>
            <source>{what} must be a date</source>
            <translation>{what} must be a date</translation>
        </message>
        <message>
            <source>a decision's title</source>
            <translation>a decision's title</translation>
        </message>
        <message>
            <source>a proposal</source>
            <translation>a proposal</translation>
        </message>
        <message>
            <source>kind of decision</source>
            <translation>kind of decision</translation>
        </message>
        <message>
            <source>open the decision “{title}”</source>
            <translation>open the decision “{title}”</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>decision</translation>
        </message>
        <message>
            <source>a title</source>
            <translation>a title</translation>
        </message>
        <message>
            <source>edit the decision “{title}”</source>
            <translation>edit the decision “{title}”</translation>
        </message>
        <message>
            <source>amend the proposal of “{title}”</source>
            <translation>amend the proposal of “{title}”</translation>
        </message>
        <message>
            <source>this uid belongs to another decision</source>
            <translation>this uid belongs to another decision</translation>
        </message>
        <message>
            <source>a name</source>
            <translation>a name</translation>
        </message>
        <message>
            <source>round</source>
            <translation>round</translation>
        </message>
        <message>
            <source>what was said</source>
            <translation>what was said</translation>
        </message>
        <message>
            <source>note what {who} said</source>
            <translation>note what {who} said</translation>
        </message>
        <message>
            <source>position</source>
            <translation>position</translation>
        </message>
        <message>
            <source>a reason</source>
            <translation>a reason</translation>
        </message>
        <message>
            <source>an objection needs its reason</source>
            <translation>an objection needs its reason</translation>
        </message>
        <message>
            <source>say whose position it is</source>
            <translation>say whose position it is</translation>
        </message>
        <message>
            <source>note the position of {who}</source>
            <translation>note the position of {who}</translation>
        </message>
        <message>
            <source>an objection</source>
            <translation>an objection</translation>
        </message>
        <message>
            <source>note an objection to “{title}”</source>
            <translation>note an objection to “{title}”</translation>
        </message>
        <message>
            <source>objection</source>
            <translation>objection</translation>
        </message>
        <message>
            <source>an integration</source>
            <translation>an integration</translation>
        </message>
        <message>
            <source>update the objection of {who}</source>
            <translation>update the objection of {who}</translation>
        </message>
        <message>
            <source>outcome</source>
            <translation>outcome</translation>
        </message>
        <message>
            <source>the date</source>
            <translation>the date</translation>
        </message>
        <message>
            <source>the review date</source>
            <translation>the review date</translation>
        </message>
        <message>
            <source>a review comes after the decision</source>
            <translation>a review comes after the decision</translation>
        </message>
        <message>
            <source>an objection is still open: integrate it or have it withdrawn</source>
            <translation>an objection is still open: integrate it or have it withdrawn</translation>
        </message>
        <message>
            <source>record the outcome of “{title}”</source>
            <translation>record the outcome of “{title}”</translation>
        </message>
        <message>
            <source>entry</source>
            <translation>entry</translation>
        </message>
        <message>
            <source>remove what {who} said</source>
            <translation>remove what {who} said</translation>
        </message>
        <message>
            <source>remove the decision “{title}”</source>
            <translation>remove the decision “{title}”</translation>
        </message>
        <message>
            <source>a role</source>
            <translation>a role</translation>
        </message>
        <message>
            <source>a term</source>
            <translation>a term</translation>
        </message>
        <message>
            <source>what the role asks</source>
            <translation>what the role asks</translation>
        </message>
        <message>
            <source>open the election of “{role}”</source>
            <translation>open the election of “{role}”</translation>
        </message>
        <message>
            <source>election</source>
            <translation>election</translation>
        </message>
        <message>
            <source>this decision is not an election</source>
            <translation>this decision is not an election</translation>
        </message>
        <message>
            <source>edit the election of “{role}”</source>
            <translation>edit the election of “{role}”</translation>
        </message>
        <message>
            <source>the person nominated</source>
            <translation>the person nominated</translation>
        </message>
        <message>
            <source>note that {who} nominates {nominee}</source>
            <translation>note that {who} nominates {nominee}</translation>
        </message>
        <message>
            <source>the person proposed</source>
            <translation>the person proposed</translation>
        </message>
        <message>
            <source>propose {candidate} for “{role}”</source>
            <translation>propose {candidate} for “{role}”</translation>
        </message>
        <message>
            <source>result</source>
            <translation>result</translation>
        </message>
        <message>
            <source>the person elected</source>
            <translation>the person elected</translation>
        </message>
        <message>
            <source>say who is elected</source>
            <translation>say who is elected</translation>
        </message>
        <message>
            <source>record the result of “{role}”</source>
            <translation>record the result of “{role}”</translation>
        </message>
        <message>
            <source>a note</source>
            <translation>a note</translation>
        </message>
        <message>
            <source>a scribe's name</source>
            <translation>a scribe's name</translation>
        </message>
        <message>
            <source>add the note “{text}”</source>
            <translation>add the note “{text}”</translation>
        </message>
        <message>
            <source>note</source>
            <translation>note</translation>
        </message>
        <message>
            <source>edit the note “{text}”</source>
            <translation>edit the note “{text}”</translation>
        </message>
        <message>
            <source>move the note “{text}” to {group}</source>
            <translation>move the note “{text}” to {group}</translation>
        </message>
        <message>
            <source>remove the note “{text}”</source>
            <translation>remove the note “{text}”</translation>
        </message>
        <message>
            <source>a photo is stored in at most {limit} MB ({size} MB given): reduce it first</source>
            <translation>a photo is stored in at most {limit} MB ({size} MB given): reduce it first</translation>
        </message>
        <message>
            <source>this is not a JPEG or PNG image</source>
            <translation>this is not a JPEG or PNG image</translation>
        </message>
        <message>
            <source>a caption</source>
            <translation>a caption</translation>
        </message>
        <message>
            <source>a file name</source>
            <translation>a file name</translation>
        </message>
        <message>
            <source>add the photo “{caption}”</source>
            <translation>add the photo “{caption}”</translation>
        </message>
        <message>
            <source>photo</source>
            <translation>photo</translation>
        </message>
        <message>
            <source>caption the photo “{caption}”</source>
            <translation>caption the photo “{caption}”</translation>
        </message>
        <message>
            <source>remove the photo “{caption}”</source>
            <translation>remove the photo “{caption}”</translation>
        </message>
        <message>
            <source>several items are titled {ref} (ids {ids}): use the id</source>
            <translation>several items are titled {ref} (ids {ids}): use the id</translation>
        </message>
        <message>
            <source>no agenda item of this workshop matches {ref}</source>
            <translation>no agenda item of this workshop matches {ref}</translation>
        </message>
        <message>
            <source>record</source>
            <translation>record</translation>
        </message>
        <message>
            <source>this record belongs to another workshop</source>
            <translation>this record belongs to another workshop</translation>
        </message>
        <message>
            <source>say whose weather it is</source>
            <translation>say whose weather it is</translation>
        </message>
        <message>
            <source>note the weather of {who}</source>
            <translation>note the weather of {who}</translation>
        </message>
        <message>
            <source>add the object “{object}”</source>
            <translation>add the object “{object}”</translation>
        </message>
        <message>
            <source>add “{trait}” to the portrait</source>
            <translation>add “{trait}” to the portrait</translation>
        </message>
        <message>
            <source>a group</source>
            <translation>a group</translation>
        </message>
        <message>
            <source>edit “{text}”</source>
            <translation>edit “{text}”</translation>
        </message>
        <message>
            <source>remove “{text}”</source>
            <translation>remove “{text}”</translation>
        </message>
        <message>
            <source>{what} is a whole number from {low} to {high}</source>
            <translation>{what} is a whole number from {low} to {high}</translation>
        </message>
        <message>
            <source>a vote's question</source>
            <translation>a vote's question</translation>
        </message>
        <message>
            <source>vote target</source>
            <translation>vote target</translation>
        </message>
        <message>
            <source>visibility</source>
            <translation>visibility</translation>
        </message>
        <message>
            <source>a category</source>
            <translation>a category</translation>
        </message>
        <message>
            <source>dots</source>
            <translation>dots</translation>
        </message>
        <message>
            <source>a scale's end</source>
            <translation>a scale's end</translation>
        </message>
        <message>
            <source>rounds</source>
            <translation>rounds</translation>
        </message>
        <message>
            <source>voters</source>
            <translation>voters</translation>
        </message>
        <message>
            <source>a poll names each of its colours once</source>
            <translation>a poll names each of its colours once</translation>
        </message>
        <message>
            <source>a vote has no setting {name}</source>
            <translation>a vote has no setting {name}</translation>
        </message>
        <message>
            <source>kind of vote</source>
            <translation>kind of vote</translation>
        </message>
        <message>
            <source>a scale goes from a smaller number to a larger one</source>
            <translation>a scale goes from a smaller number to a larger one</translation>
        </message>
        <message>
            <source>open the vote “{title}”</source>
            <translation>open the vote “{title}”</translation>
        </message>
        <message>
            <source>a {kind} is not a vote</source>
            <translation>a {kind} is not a vote</translation>
        </message>
        <message>
            <source>vote</source>
            <translation>vote</translation>
        </message>
        <message>
            <source>change the vote “{title}”</source>
            <translation>change the vote “{title}”</translation>
        </message>
        <message>
            <source>close the vote “{title}”</source>
            <translation>close the vote “{title}”</translation>
        </message>
        <message>
            <source>reopen the vote “{title}”</source>
            <translation>reopen the vote “{title}”</translation>
        </message>
        <message>
            <source>remove the vote “{title}”</source>
            <translation>remove the vote “{title}”</translation>
        </message>
        <message>
            <source>this is not the kind of vote for that</source>
            <translation>this is not the kind of vote for that</translation>
        </message>
        <message>
            <source>the vote is closed: reopen it to change its votes</source>
            <translation>the vote is closed: reopen it to change its votes</translation>
        </message>
        <message>
            <source>a vote goes to one card or one cluster</source>
            <translation>a vote goes to one card or one cluster</translation>
        </message>
        <message>
            <source>this card belongs to another workshop</source>
            <translation>this card belongs to another workshop</translation>
        </message>
        <message>
            <source>a voter's name</source>
            <translation>a voter's name</translation>
        </message>
        <message>
            <source>count {count} dot(s) on “{subject}”</source>
            <translation>count {count} dot(s) on “{subject}”</translation>
        </message>
        <message>
            <source>at most {n} dot(s) per option in this vote</source>
            <translation>at most {n} dot(s) per option in this vote</translation>
        </message>
        <message>
            <source>each person has {n} dot(s) in this vote</source>
            <translation>each person has {n} dot(s) in this vote</translation>
        </message>
        <message>
            <source>this vote scores its question: count how many showed each level</source>
            <translation>this vote scores its question: count how many showed each level</translation>
        </message>
        <message>
            <source>a round</source>
            <translation>a round</translation>
        </message>
        <message>
            <source>a score</source>
            <translation>a score</translation>
        </message>
        <message>
            <source>score “{subject}”</source>
            <translation>score “{subject}”</translation>
        </message>
        <message>
            <source>this vote scores cards: give each card its score</source>
            <translation>this vote scores cards: give each card its score</translation>
        </message>
        <message>
            <source>level</source>
            <translation>level</translation>
        </message>
        <message>
            <source>a count is a number from 0 to {high}</source>
            <translation>a count is a number from 0 to {high}</translation>
        </message>
        <message>
            <source>count {count} for {option}</source>
            <translation>count {count} for {option}</translation>
        </message>
        <message>
            <source>this poll is estimated in percent: phones cannot count in it</source>
            <translation>this poll is estimated in percent: phones cannot count in it</translation>
        </message>
        <message>
            <source>choice</source>
            <translation>choice</translation>
        </message>
        <message>
            <source>count one more for {option}</source>
            <translation>count one more for {option}</translation>
        </message>
        <message>
            <source>a quiz question needs its text</source>
            <translation>a quiz question needs its text</translation>
        </message>
        <message>
            <source>a quiz question is at most {limit} characters</source>
            <translation>a quiz question is at most {limit} characters</translation>
        </message>
        <message>
            <source>a quiz question has 2 to {limit} choices</source>
            <translation>a quiz question has 2 to {limit} choices</translation>
        </message>
        <message>
            <source>mark at least one of the question's choices as the right answer</source>
            <translation>mark at least one of the question's choices as the right answer</translation>
        </message>
        <message>
            <source>add the quiz question “{text}”</source>
            <translation>add the quiz question “{text}”</translation>
        </message>
        <message>
            <source>quiz question {id} does not exist</source>
            <translation>quiz question {id} does not exist</translation>
        </message>
        <message>
            <source>change the quiz question “{text}”</source>
            <translation>change the quiz question “{text}”</translation>
        </message>
        <message>
            <source>remove the quiz question “{text}”</source>
            <translation>remove the quiz question “{text}”</translation>
        </message>
        <message>
            <source>the form asks no criterion {key!r}</source>
            <translation>the form asks no criterion {key!r}</translation>
        </message>
        <message>
            <source>a rating is from 1 to {top}</source>
            <translation>a rating is from 1 to {top}</translation>
        </message>
        <message>
            <source>the form asks no open question {key!r}</source>
            <translation>the form asks no open question {key!r}</translation>
        </message>
        <message>
            <source>a comment is at most {limit} characters</source>
            <translation>a comment is at most {limit} characters</translation>
        </message>
        <message>
            <source>the quiz has no question {id}</source>
            <translation>the quiz has no question {id}</translation>
        </message>
        <message>
            <source>a quiz answer names a choice the question does not have</source>
            <translation>a quiz answer names a choice the question does not have</translation>
        </message>
        <message>
            <source>no such participant in this workshop</source>
            <translation>no such participant in this workshop</translation>
        </message>
        <message>
            <source>evaluation form {id} does not exist</source>
            <translation>evaluation form {id} does not exist</translation>
        </message>
        <message>
            <source>type in the evaluation form no. {number}</source>
            <translation>type in the evaluation form no. {number}</translation>
        </message>
        <message>
            <source>remove the evaluation form no. {number}</source>
            <translation>remove the evaluation form no. {number}</translation>
        </message>
        <message>
            <source>{path}: no such folder</source>
            <translation>{path}: no such folder</translation>
        </message>
        <message>
            <source>{path}: cannot write the file: {error}</source>
            <translation>{path}: cannot write the file: {error}</translation>
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
            <source>workshop {workshop_id} is not a template</source>
            <translation>workshop {workshop_id} is not a template</translation>
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
            <source>save the groups “{name}”</source>
            <translation>save the groups “{name}”</translation>
        </message>
        <message>
            <source>group set {group_set_id} does not exist</source>
            <translation>group set {group_set_id} does not exist</translation>
        </message>
        <message>
            <source>delete the groups “{name}”</source>
            <translation>delete the groups “{name}”</translation>
        </message>
        <message>
            <source>no tool of yours has the id {tool_id!r}</source>
            <translation>no tool of yours has the id {tool_id!r}</translation>
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
            <source>agenda item {item_id} is not in this day</source>
            <translation>agenda item {item_id} is not in this day</translation>
        </message>
        <message>
            <source>there is no interrupted run to resume</source>
            <translation>there is no interrupted run to resume</translation>
        </message>
        <message>
            <source>day {day_id} is not in this workshop</source>
            <translation>day {day_id} is not in this workshop</translation>
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
            <source>this copy is not linked to the organisation library</source>
            <translation>this copy is not linked to the organisation library</translation>
        </message>
        <message>
            <source>the organisation library no longer has “{uid}”: it was withdrawn</source>
            <translation>the organisation library no longer has “{uid}”: it was withdrawn</translation>
        </message>
        <message>
            <source>take the organisation's version of “{name}”</source>
            <translation>take the organisation's version of “{name}”</translation>
        </message>
        <message>
            <source>unknown participant fields: {fields}</source>
            <translation>unknown participant fields: {fields}</translation>
        </message>
        <message>
            <source>a participant's {name} is at most {limit} characters</source>
            <translation>a participant's {name} is at most {limit} characters</translation>
        </message>
        <message>
            <source>a participant needs a name</source>
            <translation>a participant needs a name</translation>
        </message>
        <message>
            <source>unknown category {category!r}</source>
            <translation>unknown category {category!r}</translation>
        </message>
        <message>
            <source>participant {participant_id} does not exist</source>
            <translation>participant {participant_id} does not exist</translation>
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
            <source>remove “{name}”</source>
            <translation>remove “{name}”</translation>
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
            <source>unknown choice for the outputs: {choice!r}</source>
            <translation>unknown choice for the outputs: {choice!r}</translation>
        </message>
        <message>
            <source>remove “{name}” everywhere</source>
            <translation>remove “{name}” everywhere</translation>
        </message>
        <message>
            <source>remove old workshops' personal data ({count} people)</source>
            <translation>remove old workshops' personal data ({count} people)</translation>
        </message>
        <message>
            <source>name a workshop by its id, uid or title</source>
            <translation>name a workshop by its id, uid or title</translation>
        </message>
        <message>
            <source>several workshops are titled {ref!r} (ids {ids}): use the id</source>
            <translation>several workshops are titled {ref!r} (ids {ids}): use the id</translation>
        </message>
        <message>
            <source>no workshop matches {ref!r} (try `facilitator-app workshops list`)</source>
            <translation>no workshop matches {ref!r} (try `facilitator-app workshops list`)</translation>
        </message>
        <message>
            <source>unknown workshop fields: {fields}</source>
            <translation>unknown workshop fields: {fields}</translation>
        </message>
        <message>
            <source>create the workshop “{title}”</source>
            <translation>create the workshop “{title}”</translation>
        </message>
        <message>
            <source>unknown nature of training action {nature!r} (one of {known})</source>
            <translation>unknown nature of training action {nature!r} (one of {known})</translation>
        </message>
        <message>
            <source>change the workshop “{title}”</source>
            <translation>change the workshop “{title}”</translation>
        </message>
        <message>
            <source>the timer's warnings are counted in percent or in seconds</source>
            <translation>the timer's warnings are counted in percent or in seconds</translation>
        </message>
        <message>
            <source>a warning threshold is a whole number</source>
            <translation>a warning threshold is a whole number</translation>
        </message>
        <message>
            <source>a warning threshold is between 0 and {limit}</source>
            <translation>a warning threshold is between 0 and {limit}</translation>
        </message>
        <message>
            <source>the red warning comes after the amber one: it needs less time left</source>
            <translation>the red warning comes after the amber one: it needs less time left</translation>
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
            <source>the backup could not be written to {folder}: {problem}</source>
            <translation>the backup could not be written to {folder}: {problem}</translation>
        </message>
        <message>
            <source>no usable backup in {backups}</source>
            <translation>no usable backup in {backups}</translation>
        </message>
        <message>
            <source>no backup named {name!r} in {backups}</source>
            <translation>no backup named {name!r} in {backups}</translation>
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
            <source>the database refused the change: {message}</source>
            <translation>the database refused the change: {message}</translation>
        </message>
        <message>
            <source>cannot use the database URL {url!r}: {error} (PostgreSQL needs `pip install facilitator-app[postgresql]`)</source>
            <translation>cannot use the database URL {url!r}: {error} (PostgreSQL needs `pip install facilitator-app[postgresql]`)</translation>
        </message>
        <message>
            <source>cannot use the database URL {url!r}: {error}</source>
            <translation>cannot use the database URL {url!r}: {error}</translation>
        </message>
        <message>
            <source>{path} cannot be opened read-only: it is not yet ready (the window that owns the data folder will prepare it)</source>
            <translation>{path} cannot be opened read-only: it is not yet ready (the window that owns the data folder will prepare it)</translation>
        </message>
        <message>
            <source>cannot create the data folder {folder}: {problem}</source>
            <translation>cannot create the data folder {folder}: {problem}</translation>
        </message>
        <message>
            <source>the database could not be created in {folder} ({problem}); nothing was left half-made: free some space or check the folder, then start again</source>
            <translation>the database could not be created in {folder} ({problem}); nothing was left half-made: free some space or check the folder, then start again</translation>
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
            <source>cannot be read: {error}</source>
            <translation>cannot be read: {error}</translation>
        </message>
        <message>
            <source>cannot be opened: {error}</source>
            <translation>cannot be opened: {error}</translation>
        </message>
        <message>
            <source>{path} is busy in another program: try again</source>
            <translation>{path} is busy in another program: try again</translation>
        </message>
        <message>
            <source>a folder (or something else that is not a file) is where the database should be</source>
            <translation>a folder (or something else that is not a file) is where the database should be</translation>
        </message>
        <message>
            <source>this file is not a SQLite database</source>
            <translation>this file is not a SQLite database</translation>
        </message>
        <message>
            <source>the integrity check failed: {error}</source>
            <translation>the integrity check failed: {error}</translation>
        </message>
        <message>
            <source>the integrity check found damage: {problems}</source>
            <translation>the integrity check found damage: {problems}</translation>
        </message>
        <message>
            <source>this SQLite database was made by another program</source>
            <translation>this SQLite database was made by another program</translation>
        </message>
        <message>
            <source>this database was written by a newer version of the application (schema {revision}); update the application to open it</source>
            <translation>this database was written by a newer version of the application (schema {revision}); update the application to open it</translation>
        </message>
        <message>
            <source>it holds data but no schema version (it was not made by this version)</source>
            <translation>it holds data but no schema version (it was not made by this version)</translation>
        </message>
        <message>
            <source>a workshop needs a title</source>
            <translation>a workshop needs a title</translation>
        </message>
        <message>
            <source>a workshop title is at most {limit} characters</source>
            <translation>a workshop title is at most {limit} characters</translation>
        </message>
        <message>
            <source>{key}: {problem}</source>
            <translation>{key}: {problem}</translation>
        </message>
        <message>
            <source>{source}: {problems}</source>
            <translation>{source}: {problems}</translation>
        </message>
        <message>
            <source>unknown key</source>
            <translation>unknown key</translation>
        </message>
        <message>
            <source>must name at least one</source>
            <translation>must name at least one</translation>
        </message>
        <message>
            <source>{word!r} is not one of: {words}</source>
            <translation>{word!r} is not one of: {words}</translation>
        </message>
        <message>
            <source>missing translation</source>
            <translation>missing translation</translation>
        </message>
        <message>
            <source>must be a table of texts</source>
            <translation>must be a table of texts</translation>
        </message>
        <message>
            <source>must be text</source>
            <translation>must be text</translation>
        </message>
        <message>
            <source>is longer than {longest} characters</source>
            <translation>is longer than {longest} characters</translation>
        </message>
        <message>
            <source>give a name in at least one language</source>
            <translation>give a name in at least one language</translation>
        </message>
        <message>
            <source>must be a table</source>
            <translation>must be a table</translation>
        </message>
        <message>
            <source>missing</source>
            <translation>missing</translation>
        </message>
        <message>
            <source>must be a kebab-case name such as 1-2-4-all</source>
            <translation>must be a kebab-case name such as 1-2-4-all</translation>
        </message>
        <message>
            <source>must equal the file name ({tool_id!r})</source>
            <translation>must equal the file name ({tool_id!r})</translation>
        </message>
        <message>
            <source>{family!r} is not one of: {words}</source>
            <translation>{family!r} is not one of: {words}</translation>
        </message>
        <message>
            <source>is smaller than group_min (0 means no upper limit)</source>
            <translation>is smaller than group_min (0 means no upper limit)</translation>
        </message>
        <message>
            <source>is {duration} min but the phases add up to {total} s ({minutes:g} min)</source>
            <translation>is {duration} min but the phases add up to {total} s ({minutes:g} min)</translation>
        </message>
        <message>
            <source>missing (give [shortest, longest] in minutes)</source>
            <translation>missing (give [shortest, longest] in minutes)</translation>
        </message>
        <message>
            <source>must be [shortest, longest] in whole minutes</source>
            <translation>must be [shortest, longest] in whole minutes</translation>
        </message>
        <message>
            <source>must hold the usual {duration} min, shortest first (at most {limit})</source>
            <translation>must hold the usual {duration} min, shortest first (at most {limit})</translation>
        </message>
        <message>
            <source>is {low}-{high} min but the phases' min_seconds and max_seconds reach {shortest}-{longest} min</source>
            <translation>is {low}-{high} min but the phases' min_seconds and max_seconds reach {shortest}-{longest} min</translation>
        </message>
        <message>
            <source>{capture!r} is not in outputs</source>
            <translation>{capture!r} is not in outputs</translation>
        </message>
        <message>
            <source>no phase captures {output!r}</source>
            <translation>no phase captures {output!r}</translation>
        </message>
        <message>
            <source>{category!r} is not a category of the tool's card phases</source>
            <translation>{category!r} is not a category of the tool's card phases</translation>
        </message>
        <message>
            <source>must be more than min</source>
            <translation>must be more than min</translation>
        </message>
        <message>
            <source>must list at least one phase</source>
            <translation>must list at least one phase</translation>
        </message>
        <message>
            <source>has {count} phases; at most {limit}</source>
            <translation>has {count} phases; at most {limit}</translation>
        </message>
        <message>
            <source>make {steps} timed steps in all; at most {limit}</source>
            <translation>make {steps} timed steps in all; at most {limit}</translation>
        </message>
        <message>
            <source>must be a short kebab-case name such as alone</source>
            <translation>must be a short kebab-case name such as alone</translation>
        </message>
        <message>
            <source>{key!r} is used by another phase</source>
            <translation>{key!r} is used by another phase</translation>
        </message>
        <message>
            <source>{grouping!r} is not one of: {words}</source>
            <translation>{grouping!r} is not one of: {words}</translation>
        </message>
        <message>
            <source>{follow!r} is not one of: {words}</source>
            <translation>{follow!r} is not one of: {words}</translation>
        </message>
        <message>
            <source>is only for rounds_follow = "group-size"</source>
            <translation>is only for rounds_follow = "group-size"</translation>
        </message>
        <message>
            <source>is needed with rounds_follow = "group-size"</source>
            <translation>is needed with rounds_follow = "group-size"</translation>
        </message>
        <message>
            <source>must equal group_size ({group_size}): one per member</source>
            <translation>must equal group_size ({group_size}): one per member</translation>
        </message>
        <message>
            <source>is more than seconds ({seconds})</source>
            <translation>is more than seconds ({seconds})</translation>
        </message>
        <message>
            <source>is less than seconds ({seconds})</source>
            <translation>is less than seconds ({seconds})</translation>
        </message>
        <message>
            <source>{id!r} is also in {source}</source>
            <translation>{id!r} is also in {source}</translation>
        </message>
        <message>
            <source>the tool {tool_id!r} is one of the user's tools: open a database</source>
            <translation>the tool {tool_id!r} is one of the user's tools: open a database</translation>
        </message>
        <message>
            <source>no tool has the id {tool_id!r} (try `facilitator-app tools list`)</source>
            <translation>no tool has the id {tool_id!r} (try `facilitator-app tools list`)</translation>
        </message>
    </context>
</TS>