<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Accept (A)</source>
        <translation>Accept (A)</translation>
    </message>
    <message>
        <source>The day’s agenda</source>
        <translation>The day’s agenda</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planned</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projected</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>{delay} late - the day ends at {time}</source>
        <translation>{delay} late - the day ends at {time}</translation>
    </message>
    <message>
        <source>{delay} early - the day ends at {time}</source>
        <translation>{delay} early - the day ends at {time}</translation>
    </message>
    <message>
        <source>On time - the day ends at {time}</source>
        <translation>On time - the day ends at {time}</translation>
    </message>
    <message>
        <source>Rehearsal: {standing}</source>
        <translation>Rehearsal: {standing}</translation>
    </message>
    <message>
        <source>{time} will not be kept: +{late}</source>
        <translation>{time} will not be kept: +{late}</translation>
    </message>
    <message>
        <source>Nothing can be shortened to catch up {late}.</source>
        <translation>Nothing can be shortened to catch up {late}.</translation>
    </message>
    <message>
        <source>To finish on time:</source>
        <translation>To finish on time:</translation>
    </message>
    <message>
        <source>• {title}: drop it</source>
        <translation>• {title}: drop it</translation>
    </message>
    <message>
        <source>• {title}: {before} → {after}</source>
        <translation>• {title}: {before} → {after}</translation>
    </message>
    <message>
        <source>{left} still cannot be caught up.</source>
        <translation>{left} still cannot be caught up.</translation>
    </message>
</context>
<context>
    <name>ClearTimes</name>
    <message>
        <source>Clear the day's actual times</source>
        <translation>Clear the day's actual times</translation>
    </message>
    <message>
        <source>Forget the actual start and end times recorded for this day, and the steps' times? The planner will show the plan again, and the console goes back to the day's first item. Edit &gt; Undo brings them back.</source>
        <translation>Forget the actual start and end times recorded for this day, and the steps' times? The planner will show the plan again, and the console goes back to the day's first item. Edit &gt; Undo brings them back.</translation>
    </message>
</context>
<context>
    <name>ConsoleWindow</name>
    <message>
        <source>Console - {title}</source>
        <translation>Console - {title}</translation>
    </message>
    <message>
        <source>Console - {title} - REHEARSAL</source>
        <translation>Console - {title} - REHEARSAL</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Light theme on the projector</source>
        <translation>Light theme on the projector</translation>
    </message>
    <message>
        <source>Mute the chimes</source>
        <translation>Mute the chimes</translation>
    </message>
    <message>
        <source>Clear the day's actual times…</source>
        <translation>Clear the day's actual times…</translation>
    </message>
    <message>
        <source>REHEARSAL - nothing is recorded: the planner keeps its plan.</source>
        <translation>REHEARSAL - nothing is recorded: the planner keeps its plan.</translation>
    </message>
    <message>
        <source>Instructions and notes</source>
        <translation>Instructions and notes</translation>
    </message>
    <message>
        <source>No participants: add them to the workshop first.</source>
        <translation>No participants: add them to the workshop first.</translation>
    </message>
    <message>
        <source>Console - {title} - launched from the library</source>
        <translation>Console - {title} - launched from the library</translation>
    </message>
    <message>
        <source>Send the projector view to this screen</source>
        <translation>Send the projector view to this screen</translation>
    </message>
    <message>
        <source>Clock on the projector</source>
        <translation>Clock on the projector</translation>
    </message>
    <message>
        <source>Launched from the library: nothing is recorded.</source>
        <translation>Launched from the library: nothing is recorded.</translation>
    </message>
    <message>
        <source>The rest of the day was shortened.</source>
        <translation>The rest of the day was shortened.</translation>
    </message>
    <message>
        <source>No groups yet: make them on the Participants page.</source>
        <translation>No groups yet: make them on the Participants page.</translation>
    </message>
    <message>
        <source>Projector on:</source>
        <translation>Projector on:</translation>
    </message>
    <message>
        <source>Projector in a window on:</source>
        <translation>Projector in a window on:</translation>
    </message>
    <message>
        <source>Join with your phone: scan the code, or type the address and the code.</source>
        <translation>Join with your phone: scan the code, or type the address and the code.</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code: {code}</translation>
    </message>
    <message>
        <source>The room sees a black screen.</source>
        <translation>The room sees a black screen.</translation>
    </message>
    <message>
        <source>The room sees the phones' join code.</source>
        <translation>The room sees the phones' join code.</translation>
    </message>
    <message>
        <source>The room sees a disc, not the digits.</source>
        <translation>The room sees a disc, not the digits.</translation>
    </message>
    <message>
        <source>The room sees the groups (G takes them down).</source>
        <translation>The room sees the groups (G takes them down).</translation>
    </message>
    <message>
        <source>Nothing left to run today.</source>
        <translation>Nothing left to run today.</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Question: {question}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes: {notes}</translation>
    </message>
    <message>
        <source>Chimes off: {reason}</source>
        <translation>Chimes off: {reason}</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>PAUSED</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Done - {next}</source>
        <translation>Done - {next}</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>back at {time}</translation>
    </message>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>Step {number} of {count}</source>
        <translation>Step {number} of {count}</translation>
    </message>
    <message>
        <source>Round {number} of {count}</source>
        <translation>Round {number} of {count}</translation>
    </message>
    <message>
        <source>{name}, round {number}</source>
        <translation>{name}, round {number}</translation>
    </message>
    <message>
        <source>Next: {name} ({duration})</source>
        <translation>Next: {name} ({duration})</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>End of the day</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Next: {name}</translation>
    </message>
    <message>
        <source>{hours} h {minutes:02d} min</source>
        <translation>{hours} h {minutes:02d} min</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Tour de table - {position} of {count}</source>
        <translation>Tour de table - {position} of {count}</translation>
    </message>
    <message>
        <source>Nothing captured yet.</source>
        <translation>Nothing captured yet.</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} more</translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <source>Start / pause</source>
        <translation>Start / pause</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Previous</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>-1 min</source>
        <translation>-1 min</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Restart step</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Undo the last move</translation>
    </message>
    <message>
        <source>Accept the catch-up</source>
        <translation>Accept the catch-up</translation>
    </message>
    <message>
        <source>Show the groups</source>
        <translation>Show the groups</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Break screen</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Black screen</translation>
    </message>
    <message>
        <source>Hide the digits</source>
        <translation>Hide the digits</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Present: full screen and start</source>
        <translation>Present: full screen and start</translation>
    </message>
    <message>
        <source>Projector full screen</source>
        <translation>Projector full screen</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>End the run</source>
        <translation>End the run</translation>
    </message>
</context>
<context>
    <name>NoCapture</name>
    <message>
        <source>Launched from the library: no workshop keeps what the room produces.</source>
        <translation>Launched from the library: no workshop keeps what the room produces.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Timer - projector</source>
        <translation>Timer - projector</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal or the real thing?</source>
        <translation>Rehearsal or the real thing?</translation>
    </message>
    <message>
        <source>This day has no date. Is this a rehearsal?</source>
        <translation>This day has no date. Is this a rehearsal?</translation>
    </message>
    <message>
        <source>This day is planned for {date}, not today. Is this a rehearsal?</source>
        <translation>This day is planned for {date}, not today. Is this a rehearsal?</translation>
    </message>
    <message>
        <source>A rehearsal runs the timer as usual but writes nothing: the planner keeps the plan as it is.</source>
        <translation>A rehearsal runs the timer as usual but writes nothing: the planner keeps the plan as it is.</translation>
    </message>
    <message>
        <source>Rehearsal (nothing is recorded)</source>
        <translation>Rehearsal (nothing is recorded)</translation>
    </message>
    <message>
        <source>Run it for real (actual times are recorded)</source>
        <translation>Run it for real (actual times are recorded)</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>{item}, step {step}</source>
        <translation>{item}, step {step}</translation>
    </message>
    <message>
        <source>{where}, round {number} of {count}</source>
        <translation>{where}, round {number} of {count}</translation>
    </message>
    <message>
        <source>Resume: {where}, {ago} ago</source>
        <translation>Resume: {where}, {ago} ago</translation>
    </message>
    <message>
        <source>The timer kept running while the console was closed.</source>
        <translation>The timer kept running while the console was closed.</translation>
    </message>
    <message>
        <source>The timer was paused.</source>
        <translation>The timer was paused.</translation>
    </message>
    <message>
        <source>Resume the workshop</source>
        <translation>Resume the workshop</translation>
    </message>
</context>
<context>
    <name>RoomDialogs</name>
    <message>
        <source>Break</source>
        <translation>Break</translation>
    </message>
    <message>
        <source>Length of the break (minutes):</source>
        <translation>Length of the break (minutes):</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Speaking time for each person (seconds):</source>
        <translation>Speaking time for each person (seconds):</translation>
    </message>
    <message>
        <source>Group {label}</source>
        <translation>Group {label}</translation>
    </message>
    <message>
        <source>End the run</source>
        <translation>End the run</translation>
    </message>
    <message>
        <source>End the run now? The current item is closed and nothing is left to resume.</source>
        <translation>End the run now? The current item is closed and nothing is left to resume.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound is not available ({error}).</source>
        <translation>Sound is not available ({error}).</translation>
    </message>
    <message>
        <source>No audio output was found.</source>
        <translation>No audio output was found.</translation>
    </message>
</context>
</TS>