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
            <source>an item is fixed or not: true or false</source>
            <translation>an item is fixed or not: true or false</translation>
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
            <source>catch up the day “{title}”</source>
            <translation>catch up the day “{title}”</translation>
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
            <source>change the steps of “{title}”</source>
            <translation>change the steps of “{title}”</translation>
        </message>
        <message>
            <source>put back the method's steps in “{title}”</source>
            <translation>put back the method's steps in “{title}”</translation>
        </message>
        <message>
            <source>this item has no method to take the steps from</source>
            <translation>this item has no method to take the steps from</translation>
        </message>
        <message>
            <source>a step lasts a whole number of seconds</source>
            <translation>a step lasts a whole number of seconds</translation>
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
            <source>the timer's warnings are counted in percent or in seconds</source>
            <translation>the timer's warnings are counted in percent or in seconds</translation>
        </message>
        <message>
            <source>the red warning comes after the amber one: it needs less time left</source>
            <translation>the red warning comes after the amber one: it needs less time left</translation>
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