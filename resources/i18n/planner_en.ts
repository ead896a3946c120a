<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ClockField</name>
    <message>
        <source>e.g. 12h30</source>
        <translation>e.g. 12h30</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <source>Add day</source>
        <translation>Add day</translation>
    </message>
    <message>
        <source>Edit day…</source>
        <translation>Edit day…</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Remove day</translation>
    </message>
    <message>
        <source>Clear actual times…</source>
        <translation>Clear actual times…</translation>
    </message>
    <message>
        <source>Forget the start and end times the live run recorded for this day</source>
        <translation>Forget the start and end times the live run recorded for this day</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Day {n}</translation>
    </message>
    <message>
        <source>Clear actual times</source>
        <translation>Clear actual times</translation>
    </message>
    <message>
        <source>Forget the actual start and end times recorded for “{day}”? The plan itself is kept. You can undo this.</source>
        <translation>Forget the actual start and end times recorded for “{day}”? The plan itself is kept. You can undo this.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>This date is a Saturday</source>
        <translation>This date is a Saturday</translation>
    </message>
    <message>
        <source>This date is a Sunday</source>
        <translation>This date is a Sunday</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Dated</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Venue</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation>Fixed length</translation>
    </message>
    <message>
        <source>Never shortened or dropped when the day runs late and is caught up</source>
        <translation>Never shortened or dropped when the day runs late and is caught up</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Starts at</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Pinned</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Day</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roles</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Select an item of the agenda to edit it.</source>
        <translation>Select an item of the agenda to edit it.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {duration}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {duration}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
</context>
<context>
    <name>PlannerLateness</name>
    <message>
        <source>Running {late} late: the day would end at {end}.</source>
        <translation>Running {late} late: the day would end at {end}.</translation>
    </message>
    <message>
        <source>drop {title}</source>
        <translation>drop {title}</translation>
    </message>
    <message>
        <source>{title} to {minutes}</source>
        <translation>{title} to {minutes}</translation>
    </message>
    <message>
        <source>To catch up: {cuts}.</source>
        <translation>To catch up: {cuts}.</translation>
    </message>
    <message>
        <source>{left} cannot be caught up before {title} at {time}.</source>
        <translation>{left} cannot be caught up before {title} at {time}.</translation>
    </message>
    <message>
        <source>Ahead by {early}: the day would end at {end}.</source>
        <translation>Ahead by {early}: the day would end at {end}.</translation>
    </message>
    <message>
        <source>On time: the day would end at {end}.</source>
        <translation>On time: the day would end at {end}.</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Add activity…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Activity…</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Add break</translation>
    </message>
    <message>
        <source>Add plenary</source>
        <translation>Add plenary</translation>
    </message>
    <message>
        <source>Add meal</source>
        <translation>Add meal</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Meal</translation>
    </message>
    <message>
        <source>Rotate roles</source>
        <translation>Rotate roles</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Remove item</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>The day’s plan, hour by hour</source>
        <translation>The day’s plan, hour by hour</translation>
    </message>
    <message>
        <source>Drag or Alt+Up/Down to reorder · +/− to change the duration by 5 min</source>
        <translation>Drag or Alt+Up/Down to reorder · +/− to change the duration by 5 min</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This day:&lt;/b&gt; {work} of work, {all} in all &amp;nbsp;&amp;nbsp; &lt;b&gt;Workshop:&lt;/b&gt; {wwork} of work over {days} day(s), {wall} in all</source>
        <translation>&lt;b&gt;This day:&lt;/b&gt; {work} of work, {all} in all &amp;nbsp;&amp;nbsp; &lt;b&gt;Workshop:&lt;/b&gt; {wwork} of work over {days} day(s), {wall} in all</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Add:</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plenary</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Lunch</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Stretch every step</source>
        <translation>Stretch every step</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Add a step after this one</source>
        <translation>Add a step after this one</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Remove this step</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Move up</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Move down</translation>
    </message>
    <message>
        <source>One step per round</source>
        <translation>One step per round</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Rounds</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Grouping</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Instruction</translation>
    </message>
    <message>
        <source>Put back the method's steps</source>
        <translation>Put back the method's steps</translation>
    </message>
    <message>
        <source>Steps: none (one countdown for the whole item)</source>
        <translation>Steps: none (one countdown for the whole item)</translation>
    </message>
    <message>
        <source>Steps ({length})</source>
        <translation>Steps ({length})</translation>
    </message>
    <message>
        <source>The method allows {low} to {high} a round.</source>
        <translation>The method allows {low} to {high} a round.</translation>
    </message>
    <message>
        <source>the item's question</source>
        <translation>the item's question</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Round {number}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>New step</translation>
    </message>
    <message>
        <source>{name}: {before} → {after}</source>
        <translation>{name}: {before} → {after}</translation>
    </message>
    <message>
        <source>To last {minutes}:</source>
        <translation>To last {minutes}:</translation>
    </message>
    <message>
        <source>The method goes from {low} to {high}: past that, every step would be stretched or squeezed.</source>
        <translation>The method goes from {low} to {high}: past that, every step would be stretched or squeezed.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <source>running</source>
        <translation>running</translation>
    </message>
    <message>
        <source>fixed at {time}</source>
        <translation>fixed at {time}</translation>
    </message>
    <message>
        <source>{role}: {holder}</source>
        <translation>{role}: {holder}</translation>
    </message>
    <message>
        <source>Overlap: the items before run {minutes} past the fixed start at {time}</source>
        <translation>Overlap: the items before run {minutes} past the fixed start at {time}</translation>
    </message>
    <message>
        <source>Gap: {minutes} free before the fixed start at {time}</source>
        <translation>Gap: {minutes} free before the fixed start at {time}</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <source>Add an activity from the library</source>
        <translation>Add an activity from the library</translation>
    </message>
    <message>
        <source>Search by name or purpose</source>
        <translation>Search by name or purpose</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Add to the agenda</translation>
    </message>
    <message>
        <source>Activity without a tool</source>
        <translation>Activity without a tool</translation>
    </message>
</context>
</TS>