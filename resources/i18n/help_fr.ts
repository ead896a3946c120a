<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>{key} (numeric keypad)</source>
        <translation>{key} (pavé numérique)</translation>
    </message>
    <message>
        <source>Next step or activity</source>
        <translation>Étape ou activité suivante</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Black screen (the clicker's screen button)</source>
        <translation>Écran noir (le bouton écran de la télécommande)</translation>
    </message>
    <message>
        <source>Present: full screen and start (the clicker's play button)</source>
        <translation>Présenter : plein écran et départ (le bouton lecture de la télécommande)</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>In the window</source>
        <translation>Dans la fenêtre</translation>
    </message>
    <message>
        <source>In the live console and on the projector</source>
        <translation>Dans la console d’animation et sur le projecteur</translation>
    </message>
    <message>
        <source>With a presentation clicker</source>
        <translation>Avec une télécommande de présentation</translation>
    </message>
    <message>
        <source>Tab and Shift+Tab go from one field to the next; Space or Enter presses the button that has the focus. In the console, Shift+F1 then a click explains any control.</source>
        <translation>Tab et Maj+Tab passent d’un champ à l’autre ; Espace ou Entrée actionne le bouton qui a le focus. Dans la console, Maj+F1 puis un clic explique chaque commande.</translation>
    </message>
    <message>
        <source>Keyboard and clicker shortcuts</source>
        <translation>Raccourcis du clavier et de la télécommande</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>TourDialog</name>
    <message>
        <source>1. Prepare</source>
        <translation>1. Préparer</translation>
    </message>
    <message>
        <source>Create a workshop (Ctrl+N) or start from a template. In its plan, add days and methods from the library (Ctrl+2): the clock times follow as you move them. Import the participants from a spreadsheet and make the groups.</source>
        <translation>Créez un atelier (Ctrl+N) ou partez d’un modèle. Dans son déroulé, ajoutez des journées et des méthodes de la bibliothèque (Ctrl+2) : les horaires suivent quand vous les déplacez. Importez les participants depuis un tableur et formez les groupes.</translation>
    </message>
    <message>
        <source>2. Run</source>
        <translation>2. Animer</translation>
    </message>
    <message>
        <source>On the day, press F5: the console opens on your screen and the big timer on the projector. A presentation clicker moves from step to step (Page Down, Page Up) and B blacks the screen out. F1 lists every key.</source>
        <translation>Le jour venu, appuyez sur F5 : la console s’ouvre sur votre écran et le grand minuteur sur le projecteur. Une télécommande de présentation passe d’une étape à l’autre (Page suivante, Page précédente) et B noircit l’écran. F1 liste toutes les touches.</translation>
    </message>
    <message>
        <source>3. Capture</source>
        <translation>3. Recueillir</translation>
    </message>
    <message>
        <source>During each activity, type what the groups produce in the console's panels: notes, cards, votes, decisions, actions, attendance. It is saved as you type.</source>
        <translation>Pendant chaque activité, saisissez ce que produisent les groupes dans les panneaux de la console : notes, cartes, votes, décisions, actions, présences. Tout est enregistré au fil de la frappe.</translation>
    </message>
    <message>
        <source>4. Print</source>
        <translation>4. Imprimer</translation>
    </message>
    <message>
        <source>After the workshop, print the summary for the participants, the attendance sheets per half-day, the certificates and the evaluation forms. Everything stays on this computer; nothing goes to the internet (phones in the room reach it only on the room's network, while you open the door to them).</source>
        <translation>Après l’atelier, imprimez la synthèse pour les participants, les feuilles d’émargement par demi-journée, les attestations et les questionnaires d’évaluation. Tout reste sur cet ordinateur ; rien ne part sur Internet (les téléphones de la salle ne l’atteignent que par le réseau de la salle, quand vous leur ouvrez la porte).</translation>
    </message>
    <message>
        <source>The four steps of a workshop</source>
        <translation>Les quatre étapes d’un atelier</translation>
    </message>
    <message>
        <source>Show this tour at the next start</source>
        <translation>Montrer cette visite au prochain démarrage</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>{step} of {count}</source>
        <translation>{step} sur {count}</translation>
    </message>
</context>
<context>
    <name>WhatsThis</name>
    <message>
        <source>What the projector shows now: the step's time left, its name and the next step. It turns amber, then red, as the end nears.</source>
        <translation>Ce que montre le projecteur en ce moment : le temps restant de l’étape, son nom et l’étape suivante. Il passe à l’orange, puis au rouge, à l’approche de la fin.</translation>
    </message>
    <message>
        <source>The day's items with their planned and projected times. Double-click one to run it now; the projected times follow the real ones.</source>
        <translation>Les séquences de la journée avec leurs horaires prévus et projetés. Double-cliquez sur l’une pour la lancer tout de suite ; les horaires projetés suivent les temps réels.</translation>
    </message>
    <message>
        <source>How far ahead or behind the day is, from the times really spent.</source>
        <translation>L’avance ou le retard de la journée, d’après les temps réellement passés.</translation>
    </message>
    <message>
        <source>The screen the room sees. The choice is kept for the next time.</source>
        <translation>L’écran que voit la salle. Le choix est gardé pour la fois suivante.</translation>
    </message>
    <message>
        <source>What the room sees at this moment (the timer, a black screen, a break).</source>
        <translation>Ce que voit la salle en ce moment (le minuteur, un écran noir, une pause).</translation>
    </message>
    <message>
        <source>The step's instructions and your notes, for you only: not projected.</source>
        <translation>Les consignes de l’étape et vos notes, pour vous seul : elles ne sont pas projetées.</translation>
    </message>
    <message>
        <source>Type here what the groups produce during the activity; it is saved as you type.</source>
        <translation>Saisissez ici ce que produisent les groupes pendant l’activité ; tout est enregistré au fil de la frappe.</translation>
    </message>
    <message>
        <source>The time of day, on this computer.</source>
        <translation>L’heure, sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Where the projector view is shown now.</source>
        <translation>Où la vue du projecteur est affichée en ce moment.</translation>
    </message>
    <message>
        <source>Shows the time of day on the projector too.</source>
        <translation>Affiche aussi l’heure sur le projecteur.</translation>
    </message>
    <message>
        <source>A rehearsal: the timers run but nothing is written in the plan.</source>
        <translation>Une répétition : les minuteurs tournent mais rien n’est écrit dans le déroulé.</translation>
    </message>
    <message>
        <source>Start or pause the step's timer (Space).</source>
        <translation>Démarrer ou mettre en pause le minuteur de l’étape (Espace).</translation>
    </message>
    <message>
        <source>Back to the previous step (the clicker's back button, Page Up).</source>
        <translation>Revenir à l’étape précédente (le bouton retour de la télécommande, Page précédente).</translation>
    </message>
    <message>
        <source>On to the next step, or the next item after the last step (the clicker's forward button, Page Down).</source>
        <translation>Passer à l’étape suivante, ou à la séquence suivante après la dernière étape (le bouton avance de la télécommande, Page suivante).</translation>
    </message>
    <message>
        <source>One more minute for this step (+).</source>
        <translation>Une minute de plus pour cette étape (+).</translation>
    </message>
    <message>
        <source>One minute less for this step (-).</source>
        <translation>Une minute de moins pour cette étape (-).</translation>
    </message>
    <message>
        <source>The step starts again from its full time.</source>
        <translation>L’étape repart de sa durée complète.</translation>
    </message>
    <message>
        <source>Shows the break and the time to come back on the projector (P).</source>
        <translation>Affiche la pause et l’heure de reprise sur le projecteur (P).</translation>
    </message>
    <message>
        <source>Blacks the projector out, to have the room's attention; again to bring it back (B).</source>
        <translation>Noircit le projecteur pour avoir l’attention de la salle ; une seconde fois pour le rallumer (B).</translation>
    </message>
    <message>
        <source>Shows the time as a shrinking disc instead of digits (H).</source>
        <translation>Affiche le temps par un disque qui diminue au lieu des chiffres (H).</translation>
    </message>
    <message>
        <source>A timed turn for each participant in order: the tour de table (T).</source>
        <translation>Un tour chronométré pour chaque participant à la suite : le tour de table (T).</translation>
    </message>
    <message>
        <source>Undo the last move from step to step or item to item (Ctrl+Z).</source>
        <translation>Annuler le dernier passage d’une étape ou d’une séquence à l’autre (Ctrl+Z).</translation>
    </message>
    <message>
        <source>Accept the proposed catch-up: the next items are shortened to end on time (A).</source>
        <translation>Accepter le rattrapage proposé : les séquences suivantes sont raccourcies pour finir à l’heure (A).</translation>
    </message>
    <message>
        <source>Shows the groups or tables on the projector (G).</source>
        <translation>Affiche les groupes ou les tables sur le projecteur (G).</translation>
    </message>
    <message>
        <source>The projector view fills its screen and the timer starts (F5: the clicker's play button).</source>
        <translation>La vue du projecteur remplit son écran et le minuteur démarre (F5 : le bouton lecture de la télécommande).</translation>
    </message>
    <message>
        <source>Ends the run once you confirm; the times spent stay for the reports (End).</source>
        <translation>Termine l’animation après confirmation ; les temps passés restent pour les documents (Fin).</translation>
    </message>
    <message>
        <source>The projector view fills its screen (F).</source>
        <translation>La vue du projecteur remplit son écran (F).</translation>
    </message>
    <message>
        <source>The projector view leaves full screen (Esc).</source>
        <translation>La vue du projecteur quitte le plein écran (Échap).</translation>
    </message>
</context>
</TS>