<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>PhonesToolbar</name>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Open to phones</source>
        <translation>Ouvrir aux téléphones</translation>
    </message>
    <message>
        <source>Show the join code</source>
        <translation>Montrer le code d’accès</translation>
    </message>
    <message>
        <source>Show names to phones</source>
        <translation>Montrer les noms aux téléphones</translation>
    </message>
    <message>
        <source>Evaluation form</source>
        <translation>Questionnaire d’évaluation</translation>
    </message>
    <message>
        <source>Open the evaluation form on every phone: the printed form's questions</source>
        <translation>Ouvrir le questionnaire d’évaluation sur chaque téléphone : les questions du questionnaire imprimé</translation>
    </message>
    <message numerus="yes">
        <source>%n phone(s) connected</source>
        <translation><numerusform>%n téléphone connecté</numerusform><numerusform>%n téléphones connectés</numerusform></translation>
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
        <translation>
            <numerusform>%n questionnaire</numerusform>
            <numerusform>%n questionnaires</numerusform>
        </translation>
    </message>
    <message>
        <source>The door cannot open: {reason}</source>
        <translation>La porte ne peut pas s’ouvrir : {reason}</translation>
    </message>
    <message>
        <source>Door closed to phones</source>
        <translation>Porte fermée aux téléphones</translation>
    </message>
</context>
</TS>