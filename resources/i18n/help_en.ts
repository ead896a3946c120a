<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ShortcutsDialog</name>
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
        <source>Projector full screen (the clicker's play button)</source>
        <translation>Projector full screen (the clicker's play button)</translation>
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
        <source>After the workshop, print the summary for the participants, the attendance sheets per half-day, the certificates and the evaluation forms. Everything stays on this computer; nothing goes on the network.</source>
        <translation>After the workshop, print the summary for the participants, the attendance sheets per half-day, the certificates and the evaluation forms. Everything stays on this computer; nothing goes on the network.</translation>
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
</TS>