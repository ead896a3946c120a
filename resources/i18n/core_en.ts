<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
    <context>
        <name>core</name>
        <message>
            <source>backups are made for SQLite files only; back up your server instead</source>
            <translation>backups are made for SQLite files only; back up your server instead</translation>
        </message>
        <message>
            <source>restore works on the SQLite file of a data folder</source>
            <translation>restore works on the SQLite file of a data folder</translation>
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
            <source>this document does not apply to this workshop</source>
            <translation>this document does not apply to this workshop</translation>
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
            <source>unknown document {kind!r}</source>
            <translation>unknown document {kind!r}</translation>
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
            <source>record that “{name}” left the training</source>
            <translation>record that “{name}” left the training</translation>
        </message>
        <message>
            <source>a departure comes after the arrival</source>
            <translation>a departure comes after the arrival</translation>
        </message>
        <message>
            <source>a reason is at most {limit} characters</source>
            <translation>a reason is at most {limit} characters</translation>
        </message>
        <message>
            <source>no such participant on that day of the workshop</source>
            <translation>no such participant on that day of the workshop</translation>
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
            <source>add the quiz question “{text}”</source>
            <translation>add the quiz question “{text}”</translation>
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
            <source>type in the evaluation form no. {number}</source>
            <translation>type in the evaluation form no. {number}</translation>
        </message>
        <message>
            <source>remove the evaluation form no. {number}</source>
            <translation>remove the evaluation form no. {number}</translation>
        </message>
        <message>
            <source>workshop {id} does not exist</source>
            <translation>workshop {id} does not exist</translation>
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
            <source>quiz question {id} does not exist</source>
            <translation>quiz question {id} does not exist</translation>
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
            <source>evaluation form {id} does not exist</source>
            <translation>evaluation form {id} does not exist</translation>
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
            <source>unknown nature of training action {nature!r} (one of {known})</source>
            <translation>unknown nature of training action {nature!r} (one of {known})</translation>
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
            <source>the data is being written by another program for too long: nothing was saved for this action, try again in a moment</source>
            <translation>the data is being written by another program for too long: nothing was saved for this action, try again in a moment</translation>
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
            <source>{path} cannot be read: {problem}</source>
            <translation>{path} cannot be read: {problem}</translation>
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