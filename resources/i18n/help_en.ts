<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{key} (numeric keypad)</source>
        <translation>{key} (numeric keypad)</translation>
    </message>
    <message>
        <source>Next step or activity</source>
        <translation>Next step or activity</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Previous step</translation>
    </message>
    <message>
        <source>Black screen (the clicker's screen button)</source>
        <translation>Black screen (the clicker's screen button)</translation>
    </message>
    <message>
        <source>Present: full screen and start (the clicker's play button)</source>
        <translation>Present: full screen and start (the clicker's play button)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Leave full screen</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>In the window</translation>
    </message>
    <message>
        <source>In the live console and on the projector</source>
        <translation>In the live console and on the projector</translation>
    </message>
    <message>
        <source>With a presentation clicker</source>
        <translation>With a presentation clicker</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab go from one field to the next; Space or Enter presses the button that has the focus. In the console, Shift+F1 then a click explains any control.</source>
        <translation>Tab and Shift+Tab go from one field to the next; Space or Enter presses the button that has the focus. In the console, Shift+F1 then a click explains any control.</translation>
    </message>
    <message>
        <source>Keyboard and clicker shortcuts</source>
        <translation>Keyboard and clicker shortcuts</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>1. Prepare</source>
        <translation>1. Prepare</translation>
    </message>
    <message>
        <source>Create a workshop (Ctrl+N) or start from a template. In its plan, add days and methods from the library (Ctrl+2): the clock times follow as you move them. Import the participants from a spreadsheet and make the groups.</source>
        <translation>Create a workshop (Ctrl+N) or start from a template. In its plan, add days and methods from the library (Ctrl+2): the clock times follow as you move them. Import the participants from a spreadsheet and make the groups.</translation>
    </message>
    <message>
        <source>2. Run</source>
        <translation>2. Run</translation>
    </message>
    <message>
        <source>On the day, press F5: the console opens on your screen and the big timer on the projector. A presentation clicker moves from step to step (Page Down, Page Up) and B blacks the screen out. F1 lists every key.</source>
        <translation>On the day, press F5: the console opens on your screen and the big timer on the projector. A presentation clicker moves from step to step (Page Down, Page Up) and B blacks the screen out. F1 lists every key.</translation>
    </message>
    <message>
        <source>3. Capture</source>
        <translation>3. Capture</translation>
    </message>
    <message>
        <source>During each activity, type what the groups produce in the console's panels: notes, cards, votes, decisions, actions, attendance. It is saved as you type.</source>
        <translation>During each activity, type what the groups produce in the console's panels: notes, cards, votes, decisions, actions, attendance. It is saved as you type.</translation>
    </message>
    <message>
        <source>4. Print</source>
        <translation>4. Print</translation>
    </message>
    <message>
        <source>After the workshop, print the summary for the participants, the attendance sheets per half-day, the certificates and the evaluation forms. Everything stays on this computer; nothing goes to the internet (phones in the room reach it only on the room's network, while you open the door to them).</source>
        <translation>After the workshop, print the summary for the participants, the attendance sheets per half-day, the certificates and the evaluation forms. Everything stays on this computer; nothing goes to the internet (phones in the room reach it only on the room's network, while you open the door to them).</translation>
    </message>
    <message>
        <source>The four steps of a workshop</source>
        <translation>The four steps of a workshop</translation>
    </message>
    <message>
        <source>Show this tour at the next start</source>
        <translation>Show this tour at the next start</translation>
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
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>{step} of {count}</source>
        <translation>{step} of {count}</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>What the projector shows now: the step's time left, its name and the next step. It turns amber, then red, as the end nears.</source>
        <translation>What the projector shows now: the step's time left, its name and the next step. It turns amber, then red, as the end nears.</translation>
    </message>
    <message>
        <source>The day's items with their planned and projected times. Double-click one to run it now; the projected times follow the real ones.</source>
        <translation>The day's items with their planned and projected times. Double-click one to run it now; the projected times follow the real ones.</translation>
    </message>
    <message>
        <source>How far ahead or behind the day is, from the times really spent.</source>
        <translation>How far ahead or behind the day is, from the times really spent.</translation>
    </message>
    <message>
        <source>The screen the room sees. The choice is kept for the next time.</source>
        <translation>The screen the room sees. The choice is kept for the next time.</translation>
    </message>
    <message>
        <source>What the room sees at this moment (the timer, a black screen, a break).</source>
        <translation>What the room sees at this moment (the timer, a black screen, a break).</translation>
    </message>
    <message>
        <source>The step's instructions and your notes, for you only: not projected.</source>
        <translation>The step's instructions and your notes, for you only: not projected.</translation>
    </message>
    <message>
        <source>Type here what the groups produce during the activity; it is saved as you type.</source>
        <translation>Type here what the groups produce during the activity; it is saved as you type.</translation>
    </message>
    <message>
        <source>The time of day, on this computer.</source>
        <translation>The time of day, on this computer.</translation>
    </message>
    <message>
        <source>Where the projector view is shown now.</source>
        <translation>Where the projector view is shown now.</translation>
    </message>
    <message>
        <source>Shows the time of day on the projector too.</source>
        <translation>Shows the time of day on the projector too.</translation>
    </message>
    <message>
        <source>A rehearsal: the timers run but nothing is written in the plan.</source>
        <translation>A rehearsal: the timers run but nothing is written in the plan.</translation>
    </message>
    <message>
        <source>Start or pause the step's timer (Space).</source>
        <translation>Start or pause the step's timer (Space).</translation>
    </message>
    <message>
        <source>Back to the previous step (the clicker's back button, Page Up).</source>
        <translation>Back to the previous step (the clicker's back button, Page Up).</translation>
    </message>
    <message>
        <source>On to the next step, or the next item after the last step (the clicker's forward button, Page Down).</source>
        <translation>On to the next step, or the next item after the last step (the clicker's forward button, Page Down).</translation>
    </message>
    <message>
        <source>One more minute for this step (+).</source>
        <translation>One more minute for this step (+).</translation>
    </message>
    <message>
        <source>One minute less for this step (-).</source>
        <translation>One minute less for this step (-).</translation>
    </message>
    <message>
        <source>The step starts again from its full time.</source>
        <translation>The step starts again from its full time.</translation>
    </message>
    <message>
        <source>Shows the break and the time to come back on the projector (P).</source>
        <translation>Shows the break and the time to come back on the projector (P).</translation>
    </message>
    <message>
        <source>Blacks the projector out, to have the room's attention; again to bring it back (B).</source>
        <translation>Blacks the projector out, to have the room's attention; again to bring it back (B).</translation>
    </message>
    <message>
        <source>Shows the time as a shrinking disc instead of digits (H).</source>
        <translation>Shows the time as a shrinking disc instead of digits (H).</translation>
    </message>
    <message>
        <source>A timed turn for each participant in order: the tour de table (T).</source>
        <translation>A timed turn for each participant in order: the tour de table (T).</translation>
    </message>
    <message>
        <source>Undo the last move from step to step or item to item (Ctrl+Z).</source>
        <translation>Undo the last move from step to step or item to item (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Accept the proposed catch-up: the next items are shortened to end on time (A).</source>
        <translation>Accept the proposed catch-up: the next items are shortened to end on time (A).</translation>
    </message>
    <message>
        <source>Shows the groups or tables on the projector (G).</source>
        <translation>Shows the groups or tables on the projector (G).</translation>
    </message>
    <message>
        <source>The projector view fills its screen and the timer starts (F5: the clicker's play button).</source>
        <translation>The projector view fills its screen and the timer starts (F5: the clicker's play button).</translation>
    </message>
    <message>
        <source>Ends the run once you confirm; the times spent stay for the reports (End).</source>
        <translation>Ends the run once you confirm; the times spent stay for the reports (End).</translation>
    </message>
    <message>
        <source>The projector view fills its screen (F).</source>
        <translation>The projector view fills its screen (F).</translation>
    </message>
    <message>
        <source>The projector view leaves full screen (Esc).</source>
        <translation>The projector view leaves full screen (Esc).</translation>
    </message>
</context>
</TS>