<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search the methods</source>
        <translation>Search the methods</translation>
    </message>
    <message>
        <source>Search: name, purpose, summary...</source>
        <translation>Search: name, purpose, summary...</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Any purpose</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Any length</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Number of people</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Any number of people</translation>
    </message>
    <message>
        <source> people</source>
        <translation> people</translation>
    </message>
    <message>
        <source>Material available</source>
        <translation>Material available</translation>
    </message>
    <message>
        <source>Tick what you have: only tools needing nothing more are listed</source>
        <translation>Tick what you have: only tools needing nothing more are listed</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Favourites only</translation>
    </message>
    <message>
        <source>New tool...</source>
        <translation>New tool...</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Methods</translation>
    </message>
    <message>
        <source>{duration} or less</source>
        <translation>{duration} or less</translation>
    </message>
    <message>
        <source>Methods ({n})</source>
        <translation>Methods ({n})</translation>
    </message>
    <message>
        <source>My tools ({n})</source>
        <translation>My tools ({n})</translation>
    </message>
    <message>
        <source>Choose the workshop and the day to add this method to</source>
        <translation>Choose the workshop and the day to add this method to</translation>
    </message>
    <message>
        <source>No workshop is open: you will be asked where to add it.</source>
        <translation>No workshop is open: you will be asked where to add it.</translation>
    </message>
    <message>
        <source>Add this method at the end of {where}</source>
        <translation>Add this method at the end of {where}</translation>
    </message>
    <message>
        <source>Adds to {where}.</source>
        <translation>Adds to {where}.</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <source>“{workshop}”, {day}</source>
        <translation>“{workshop}”, {day}</translation>
    </message>
    <message>
        <source>There is no workshop yet: create one first.</source>
        <translation>There is no workshop yet: create one first.</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Add to agenda</translation>
    </message>
    <message>
        <source>Add “{name}” to:</source>
        <translation>Add “{name}” to:</translation>
    </message>
    <message>
        <source>“{title}” added to {where}.</source>
        <translation>“{title}” added to {where}.</translation>
    </message>
    <message>
        <source>Delete tool</source>
        <translation>Delete tool</translation>
    </message>
    <message>
        <source>Delete “{name}” from My tools? Workshops that use it keep their copy of its phases. Ctrl+Z brings it back.</source>
        <translation>Delete “{name}” from My tools? Workshops that use it keep their copy of its phases. Ctrl+Z brings it back.</translation>
    </message>
    <message>
        <source>Save the method sheet</source>
        <translation>Save the method sheet</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Cannot write {path}: {error}</translation>
    </message>
    <message>
        <source>Method sheet saved: {path}</source>
        <translation>Method sheet saved: {path}</translation>
    </message>
</context>
<context>
    <name>ToolDetail</name>
    <message>
        <source>Favourite</source>
        <translation>Favourite</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Add to agenda</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Run now</translation>
    </message>
    <message>
        <source>Run this method on the projector at once, without a workshop: nothing is recorded</source>
        <translation>Run this method on the projector at once, without a workshop: nothing is recorded</translation>
    </message>
    <message>
        <source>Duplicate to My tools</source>
        <translation>Duplicate to My tools</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Edit...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <source>Method sheet...</source>
        <translation>Method sheet...</translation>
    </message>
    <message>
        <source>Save this tool's one-page method sheet as a PDF</source>
        <translation>Save this tool's one-page method sheet as a PDF</translation>
    </message>
    <message>
        <source>Choose a tool</source>
        <translation>Choose a tool</translation>
    </message>
    <message>
        <source>Search the library on the left; pick a tool to see it.</source>
        <translation>Search the library on the left; pick a tool to see it.</translation>
    </message>
    <message>
        <source>{low} to {high} people</source>
        <translation>{low} to {high} people</translation>
    </message>
    <message>
        <source>{low} people or more</source>
        <translation>{low} people or more</translation>
    </message>
    <message>
        <source>My tool</source>
        <translation>My tool</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>What it makes possible</source>
        <translation>What it makes possible</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>When to use it</translation>
    </message>
    <message>
        <source>When not to</source>
        <translation>When not to</translation>
    </message>
    <message>
        <source>Invitation to the room</source>
        <translation>Invitation to the room</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Materials:</translation>
    </message>
    <message>
        <source>Produces:</source>
        <translation>Produces:</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>Tips and traps</source>
        <translation>Tips and traps</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variations</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source:</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} to {high}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Steps</translation>
    </message>
    <message>
        <source>one turn per person present</source>
        <translation>one turn per person present</translation>
    </message>
    <message>
        <source>one turn per group member</source>
        <translation>one turn per group member</translation>
    </message>
</context>
<context>
    <name>ToolEditorDialog</name>
    <message>
        <source>Fixed number</source>
        <translation>Fixed number</translation>
    </message>
    <message>
        <source>One per person present</source>
        <translation>One per person present</translation>
    </message>
    <message>
        <source>One per group member</source>
        <translation>One per group member</translation>
    </message>
    <message>
        <source>My tool</source>
        <translation>My tool</translation>
    </message>
    <message>
        <source>French</source>
        <translation>French</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Family</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Purposes</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>no limit</translation>
    </message>
    <message>
        <source>from</source>
        <translation>from</translation>
    </message>
    <message>
        <source>to</source>
        <translation>to</translation>
    </message>
    <message>
        <source>People</source>
        <translation>People</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Materials</translation>
    </message>
    <message>
        <source>Produces</source>
        <translation>Produces</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Purpose</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>When to use it</translation>
    </message>
    <message>
        <source>When not to</source>
        <translation>When not to</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Set-up</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitation</translation>
    </message>
    <message>
        <source>What it makes possible</source>
        <translation>What it makes possible</translation>
    </message>
    <message>
        <source>Roles (one per line)</source>
        <translation>Roles (one per line)</translation>
    </message>
    <message>
        <source>Tips and traps (one per line)</source>
        <translation>Tips and traps (one per line)</translation>
    </message>
    <message>
        <source>Variations (one per line)</source>
        <translation>Variations (one per line)</translation>
    </message>
    <message>
        <source>Source (who created it)</source>
        <translation>Source (who created it)</translation>
    </message>
    <message>
        <source>Name (fr)</source>
        <translation>Name (fr)</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>Name (en)</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Sec</source>
        <translation>Sec</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Repeats</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Captures</translation>
    </message>
    <message>
        <source>Instructions (fr)</source>
        <translation>Instructions (fr)</translation>
    </message>
    <message>
        <source>Instructions (en)</source>
        <translation>Instructions (en)</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Add a phase</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Up</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Down</translation>
    </message>
    <message>
        <source>{n} min, the sum of the phases</source>
        <translation>{n} min, the sum of the phases</translation>
    </message>
    <message>
        <source>{m} min {s} s: the phases must add up to whole minutes</source>
        <translation>{m} min {s} s: the phases must add up to whole minutes</translation>
    </message>
    <message>
        <source>Give the tool a name (French or English).</source>
        <translation>Give the tool a name (French or English).</translation>
    </message>
    <message>
        <source>Tick at least one purpose.</source>
        <translation>Tick at least one purpose.</translation>
    </message>
    <message>
        <source>The largest group is smaller than the smallest.</source>
        <translation>The largest group is smaller than the smallest.</translation>
    </message>
    <message>
        <source>Add at least one phase.</source>
        <translation>Add at least one phase.</translation>
    </message>
    <message>
        <source>A tool has at most {n} phases.</source>
        <translation>A tool has at most {n} phases.</translation>
    </message>
    <message>
        <source>Phase {n} needs a name.</source>
        <translation>Phase {n} needs a name.</translation>
    </message>
    <message>
        <source>Phase {n} lasts no time at all.</source>
        <translation>Phase {n} lasts no time at all.</translation>
    </message>
    <message>
        <source>The phases must add up to whole minutes.</source>
        <translation>The phases must add up to whole minutes.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Not saved:</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explore</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Decide</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Evaluate</translation>
    </message>
    <message>
        <source>Energise</source>
        <translation>Energise</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Liberating Structures</source>
        <translation>Liberating Structures</translation>
    </message>
    <message>
        <source>Sociocracy</source>
        <translation>Sociocracy</translation>
    </message>
    <message>
        <source>Collective intelligence</source>
        <translation>Collective intelligence</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classic</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Alone</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>Pairs</translation>
    </message>
    <message>
        <source>Trios</source>
        <translation>Trios</translation>
    </message>
    <message>
        <source>Fours</source>
        <translation>Fours</translation>
    </message>
    <message>
        <source>Small groups</source>
        <translation>Small groups</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Whole room</source>
        <translation>Whole room</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Fishbowl</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Circle</translation>
    </message>
    <message>
        <source>Client and consultants</source>
        <translation>Client and consultants</translation>
    </message>
    <message>
        <source>No material</source>
        <translation>No material</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Sticky notes</translation>
    </message>
    <message>
        <source>Flipchart</source>
        <translation>Flipchart</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Markers</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message>
        <source>Coloured cards</source>
        <translation>Coloured cards</translation>
    </message>
    <message>
        <source>Movable chairs</source>
        <translation>Movable chairs</translation>
    </message>
    <message>
        <source>Talking object</source>
        <translation>Talking object</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Timer</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Handouts</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cards</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decision</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Weather</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Clusters</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Ranking</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Election</translation>
    </message>
    <message>
        <source>Desert island</source>
        <translation>Desert island</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Co-development</source>
        <translation>Co-development</translation>
    </message>
    <message>
        <source>Colour cards</source>
        <translation>Colour cards</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
</TS>