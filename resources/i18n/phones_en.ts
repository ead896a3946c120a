<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>PhonesToolbar</name>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Open to phones</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Show the join code</translation>
    </message>
    <message>
        <source>Show names to phones</source>
        <translation>Show names to phones</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Evaluation form</translation>
    </message>
    <message>
        <source>Open the evaluation form on every phone: the printed form's questions</source>
        <translation>Open the evaluation form on every phone: the printed form's questions</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n phone connected</numerusform><numerusform>%n phones connected</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n contribution(s)</source>
        <translation><numerusform>%n contribution</numerusform><numerusform>%n contributions</numerusform></translation>
    </message>
    <message>
        <source>{phones}, {contributions} - code {code}</source>
        <translation>{phones}, {contributions} - code {code}</translation>
    </message>
    <message numerus="yes">
        <source>%n form(s)</source>
        <translation><numerusform>%n form</numerusform><numerusform>%n forms</numerusform></translation>
    </message>
    <message>
        <source>The door cannot open: {reason}</source>
        <translation>The door cannot open: {reason}</translation>
    </message>
    <message>
        <source>Door closed to phones</source>
        <translation>Door closed to phones</translation>
    </message>
</context>
</TS>