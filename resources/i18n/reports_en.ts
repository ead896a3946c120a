<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>EvaluationPage</name>
    <message>
        <source>Type in a form</source>
        <translation>Type in a form</translation>
    </message>
    <message>
        <source>Remove the form</source>
        <translation>Remove the form</translation>
    </message>
    <message>
        <source>Forms typed in (Enter: type again)</source>
        <translation>Forms typed in (Enter: type again)</translation>
    </message>
    <message>
        <source>Quiz questions</source>
        <translation>Quiz questions</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Add…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remove</translation>
    </message>
    <message>
        <source>Drop-outs</source>
        <translation>Drop-outs</translation>
    </message>
    <message>
        <source>On</source>
        <translation>On</translation>
    </message>
    <message>
        <source>Why they stopped (a cause, in a few words)</source>
        <translation>Why they stopped (a cause, in a few words)</translation>
    </message>
    <message>
        <source>Record the drop-out</source>
        <translation>Record the drop-out</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Cause</source>
        <translation>Cause</translation>
    </message>
    <message>
        <source>Form no.</source>
        <translation>Form no.</translation>
    </message>
    <message>
        <source>Quiz: the letters ticked (A, AB…)</source>
        <translation>Quiz: the letters ticked (A, AB…)</translation>
    </message>
    <message>
        <source>Ratings: a digit from 1 to 4</source>
        <translation>Ratings: a digit from 1 to 4</translation>
    </message>
    <message>
        <source>Save the form (Enter)</source>
        <translation>Save the form (Enter)</translation>
    </message>
    <message>
        <source>Anonymous</source>
        <translation>Anonymous</translation>
    </message>
    <message>
        <source>Form no. {n} saved.</source>
        <translation>Form no. {n} saved.</translation>
    </message>
    <message>
        <source>Typing form no. {n} again.</source>
        <translation>Typing form no. {n} again.</translation>
    </message>
    <message>
        <source>anonymous</source>
        <translation>anonymous</translation>
    </message>
    <message>
        <source>No. {n} — {who} — overall {overall}/4</source>
        <translation>No. {n} — {who} — overall {overall}/4</translation>
    </message>
    <message>
        <source>{form} (from a phone)</source>
        <translation>{form} (from a phone)</translation>
    </message>
    <message>
        <source>Nobody dropped out.</source>
        <translation>Nobody dropped out.</translation>
    </message>
</context>
<context>
    <name>QuestionDialog</name>
    <message>
        <source>Quiz question</source>
        <translation>Quiz question</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Choices, one per line; start the right one(s) with *</source>
        <translation>Choices, one per line; start the right one(s) with *</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <source>&amp;Print documents…</source>
        <translation>&amp;Print documents…</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Session summary</translation>
    </message>
    <message>
        <source>What the room produced, item by item, and the action plan: to hand out</source>
        <translation>What the room produced, item by item, and the action plan: to hand out</translation>
    </message>
    <message>
        <source>Two-page handout</source>
        <translation>Two-page handout</translation>
    </message>
    <message>
        <source>The essentials of the summary on one sheet, both sides</source>
        <translation>The essentials of the summary on one sheet, both sides</translation>
    </message>
    <message>
        <source>Co-development: the client's summary</source>
        <translation>Co-development: the client's summary</translation>
    </message>
    <message>
        <source>For the client only: the contract, the suggestions and the action plan</source>
        <translation>For the client only: the contract, the suggestions and the action plan</translation>
    </message>
    <message>
        <source>Attendance sheets</source>
        <translation>Attendance sheets</translation>
    </message>
    <message>
        <source>One sheet per day, a signature per half-day</source>
        <translation>One sheet per day, a signature per half-day</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificates of completion</translation>
    </message>
    <message>
        <source>The ministry's model, with the hours actually attended</source>
        <translation>The ministry's model, with the hours actually attended</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Evaluation form</translation>
    </message>
    <message>
        <source>The quiz, the objectives and the satisfaction, on paper</source>
        <translation>The quiz, the objectives and the satisfaction, on paper</translation>
    </message>
    <message>
        <source>Satisfaction report</source>
        <translation>Satisfaction report</translation>
    </message>
    <message>
        <source>The quality indicators from the forms typed in</source>
        <translation>The quality indicators from the forms typed in</translation>
    </message>
    <message>
        <source>Decision register</source>
        <translation>Decision register</translation>
    </message>
    <message>
        <source>Every decision with its objections and outcome</source>
        <translation>Every decision with its objections and outcome</translation>
    </message>
    <message>
        <source>Group and table lists</source>
        <translation>Group and table lists</translation>
    </message>
    <message>
        <source>Every split into groups, and who sits where</source>
        <translation>Every split into groups, and who sits where</translation>
    </message>
    <message>
        <source>Method sheets</source>
        <translation>Method sheets</translation>
    </message>
    <message>
        <source>The sheet of each method the agenda uses</source>
        <translation>The sheet of each method the agenda uses</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <source>Documents of “{title}”</source>
        <translation>Documents of “{title}”</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>The workshop's language ({language})</source>
        <translation>The workshop's language ({language})</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Leave out the names of who wrote and voted</source>
        <translation>Leave out the names of who wrote and voted</translation>
    </message>
    <message>
        <source>Add the attestation de fin de formation</source>
        <translation>Add the attestation de fin de formation</translation>
    </message>
    <message>
        <source>One file per participant</source>
        <translation>One file per participant</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <source>Choose a document, then Preview.</source>
        <translation>Choose a document, then Preview.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Preview</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>P&amp;rint…</translation>
    </message>
    <message>
        <source>&amp;Open in the viewer</source>
        <translation>&amp;Open in the viewer</translation>
    </message>
    <message>
        <source>&amp;Save as…</source>
        <translation>&amp;Save as…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>The options changed: Preview again.</source>
        <translation>The options changed: Preview again.</translation>
    </message>
    <message>
        <source>Making “{document}”…</source>
        <translation>Making “{document}”…</translation>
    </message>
    <message>
        <source>Nothing to print.</source>
        <translation>Nothing to print.</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation><numerusform>%n page</numerusform><numerusform>%n pages</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>{files} files, %n page(s) in all</source>
        <translation><numerusform>{files} files, %n page in all</numerusform><numerusform>{files} files, %n pages in all</numerusform></translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>Printing…</translation>
    </message>
    <message>
        <source>Save the files in the folder</source>
        <translation>Save the files in the folder</translation>
    </message>
    <message>
        <source>Save the document</source>
        <translation>Save the document</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF documents (*.pdf)</translation>
    </message>
</context>
</TS>