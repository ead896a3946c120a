<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Accept (A)</source>
        <translation>Accepter (A)</translation>
    </message>
    <message>
        <source>The day’s agenda</source>
        <translation>Le déroulé de la journée</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Projeté</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Séquence</translation>
    </message>
    <message>
        <source>{delay} late - the day ends at {time}</source>
        <translation>{delay} de retard - fin de la journée à {time}</translation>
    </message>
    <message>
        <source>{delay} early - the day ends at {time}</source>
        <translation>{delay} d’avance - fin de la journée à {time}</translation>
    </message>
    <message>
        <source>On time - the day ends at {time}</source>
        <translation>À l’heure - fin de la journée à {time}</translation>
    </message>
    <message>
        <source>Rehearsal: {standing}</source>
        <translation>Répétition : {standing}</translation>
    </message>
    <message>
        <source>{time} will not be kept: +{late}</source>
        <translation>{time} ne sera pas tenu : +{late}</translation>
    </message>
    <message>
        <source>Nothing can be shortened to catch up {late}.</source>
        <translation>Rien ne peut être raccourci pour rattraper {late}.</translation>
    </message>
    <message>
        <source>To finish on time:</source>
        <translation>Pour finir à l’heure :</translation>
    </message>
    <message>
        <source>• {title}: drop it</source>
        <translation>• {title} : supprimer</translation>
    </message>
    <message>
        <source>• {title}: {before} → {after}</source>
        <translation>• {title} : {before} → {after}</translation>
    </message>
    <message>
        <source>{left} still cannot be caught up.</source>
        <translation>{left} ne peuvent toujours pas être rattrapées.</translation>
    </message>
</context>
<context>
    <name>ClearTimes</name>
    <message>
        <source>Clear the day&apos;s actual times</source>
        <translation>Effacer les horaires réels de la journée</translation>
    </message>
    <message>
        <source>Forget the actual start and end times recorded for this day, and the steps&apos; times? The planner will show the plan again, and the console goes back to the day&apos;s first item. Edit &gt; Undo brings them back.</source>
        <translation>Oublier les heures réelles de début et de fin enregistrées pour cette journée, ainsi que celles des étapes ? Le déroulé affichera de nouveau le plan prévu et la console reviendra à la première séquence de la journée. Édition &gt; Annuler les rétablit.</translation>
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
        <translation>Console - {title} - RÉPÉTITION</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Light theme on the projector</source>
        <translation>Thème clair au projecteur</translation>
    </message>
    <message>
        <source>Mute the chimes</source>
        <translation>Couper les carillons</translation>
    </message>
    <message>
        <source>Clear the day&apos;s actual times…</source>
        <translation>Effacer les horaires réels de la journée…</translation>
    </message>
    <message>
        <source>REHEARSAL - nothing is recorded: the planner keeps its plan.</source>
        <translation>RÉPÉTITION - rien n’est enregistré : le déroulé garde son plan.</translation>
    </message>
    <message>
        <source>Instructions and notes</source>
        <translation>Consignes et notes</translation>
    </message>
    <message>
        <source>No participants: add them to the workshop first.</source>
        <translation>Aucun participant : ajoutez-les d’abord à l’atelier.</translation>
    </message>
    <message>
        <source>Console - {title} - launched from the library</source>
        <translation>Console - {title} - lancée depuis la bibliothèque</translation>
    </message>
    <message>
        <source>Send the projector view to this screen</source>
        <translation>Envoyer la vue du projecteur sur cet écran</translation>
    </message>
    <message>
        <source>Clock on the projector</source>
        <translation>Horloge au projecteur</translation>
    </message>
    <message>
        <source>Launched from the library: nothing is recorded.</source>
        <translation>Lancée depuis la bibliothèque : rien n’est enregistré.</translation>
    </message>
    <message>
        <source>The rest of the day was shortened.</source>
        <translation>La suite de la journée a été raccourcie.</translation>
    </message>
    <message>
        <source>No groups yet: make them on the Participants page.</source>
        <translation>Pas encore de groupes : formez-les dans la page Participants.</translation>
    </message>
    <message>
        <source>Projector on:</source>
        <translation>Projecteur sur :</translation>
    </message>
    <message>
        <source>Projector in a window on:</source>
        <translation>Projecteur dans une fenêtre sur :</translation>
    </message>
    <message>
        <source>Join with your phone: scan the code, or type the address and the code.</source>
        <translation>Participez avec votre téléphone : scannez le QR code, ou tapez l’adresse puis le code.</translation>
    </message>
    <message>
        <source>Code: {code}</source>
        <translation>Code : {code}</translation>
    </message>
    <message>
        <source>The room sees a black screen.</source>
        <translation>La salle voit un écran noir.</translation>
    </message>
    <message>
        <source>The room sees the phones&apos; join code.</source>
        <translation>La salle voit le code d’accès des téléphones.</translation>
    </message>
    <message>
        <source>The room sees a disc, not the digits.</source>
        <translation>La salle voit un disque, pas les chiffres.</translation>
    </message>
    <message>
        <source>The room sees the groups (G takes them down).</source>
        <translation>La salle voit les groupes (G les retire).</translation>
    </message>
    <message>
        <source>Nothing left to run today.</source>
        <translation>Plus rien à animer aujourd’hui.</translation>
    </message>
    <message>
        <source>Question: {question}</source>
        <translation>Question : {question}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notes : {notes}</translation>
    </message>
    <message>
        <source>Chimes off: {reason}</source>
        <translation>Carillons coupés : {reason}</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>PAUSED</source>
        <translation>EN PAUSE</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done - {next}</source>
        <translation>Terminé - {next}</translation>
    </message>
    <message>
        <source>back at {time}</source>
        <translation>retour à {time}</translation>
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
        <translation>Étape {number} sur {count}</translation>
    </message>
    <message>
        <source>Round {number} of {count}</source>
        <translation>Tour {number} sur {count}</translation>
    </message>
    <message>
        <source>{name}, round {number}</source>
        <translation>{name}, tour {number}</translation>
    </message>
    <message>
        <source>Next: {name} ({duration})</source>
        <translation>Ensuite : {name} ({duration})</translation>
    </message>
    <message>
        <source>End of the day</source>
        <translation>Fin de la journée</translation>
    </message>
    <message>
        <source>Next: {name}</source>
        <translation>Ensuite : {name}</translation>
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
        <translation>Tour de table - {position} sur {count}</translation>
    </message>
    <message>
        <source>Nothing captured yet.</source>
        <translation>Rien de noté pour l’instant.</translation>
    </message>
    <message>
        <source>+ {count} more</source>
        <translation>+ {count} autres</translation>
    </message>
</context>
<context>
    <name>LiveCommands</name>
    <message>
        <source>Start / pause</source>
        <translation>Démarrer / pause</translation>
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
        <source>+1 min</source>
        <translation>+1 min</translation>
    </message>
    <message>
        <source>-1 min</source>
        <translation>-1 min</translation>
    </message>
    <message>
        <source>Restart step</source>
        <translation>Reprendre l’étape</translation>
    </message>
    <message>
        <source>Undo the last move</source>
        <translation>Annuler le dernier mouvement</translation>
    </message>
    <message>
        <source>Accept the catch-up</source>
        <translation>Accepter le rattrapage</translation>
    </message>
    <message>
        <source>Show the groups</source>
        <translation>Montrer les groupes</translation>
    </message>
    <message>
        <source>Break screen</source>
        <translation>Écran de pause</translation>
    </message>
    <message>
        <source>Black screen</source>
        <translation>Écran noir</translation>
    </message>
    <message>
        <source>Hide the digits</source>
        <translation>Masquer les chiffres</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Present: full screen and start</source>
        <translation>Présenter : plein écran et départ</translation>
    </message>
    <message>
        <source>Projector full screen</source>
        <translation>Projecteur en plein écran</translation>
    </message>
    <message>
        <source>Leave full screen</source>
        <translation>Quitter le plein écran</translation>
    </message>
    <message>
        <source>End the run</source>
        <translation>Terminer l’animation</translation>
    </message>
</context>
<context>
    <name>NoCapture</name>
    <message>
        <source>Launched from the library: no workshop keeps what the room produces.</source>
        <translation>Lancée depuis la bibliothèque : aucun atelier ne garde ce que produit le groupe.</translation>
    </message>
</context>
<context>
    <name>Projector</name>
    <message>
        <source>Timer - projector</source>
        <translation>Minuteur - projecteur</translation>
    </message>
</context>
<context>
    <name>Rehearsal</name>
    <message>
        <source>Rehearsal or the real thing?</source>
        <translation>Répétition ou animation réelle ?</translation>
    </message>
    <message>
        <source>This day has no date. Is this a rehearsal?</source>
        <translation>Cette journée n’a pas de date. S’agit-il d’une répétition ?</translation>
    </message>
    <message>
        <source>This day is planned for {date}, not today. Is this a rehearsal?</source>
        <translation>Cette journée est prévue le {date}, pas aujourd’hui. S’agit-il d’une répétition ?</translation>
    </message>
    <message>
        <source>A rehearsal runs the timer as usual but writes nothing: the planner keeps the plan as it is.</source>
        <translation>Une répétition fait tourner le minuteur normalement mais n’enregistre rien : le déroulé reste tel qu’il est prévu.</translation>
    </message>
    <message>
        <source>Rehearsal (nothing is recorded)</source>
        <translation>Répétition (rien n’est enregistré)</translation>
    </message>
    <message>
        <source>Run it for real (actual times are recorded)</source>
        <translation>Animer pour de vrai (les horaires réels sont enregistrés)</translation>
    </message>
</context>
<context>
    <name>Resume</name>
    <message>
        <source>{item}, step {step}</source>
        <translation>{item}, étape {step}</translation>
    </message>
    <message>
        <source>{where}, round {number} of {count}</source>
        <translation>{where}, tour {number} sur {count}</translation>
    </message>
    <message>
        <source>Resume: {where}, {ago} ago</source>
        <translation>Reprendre : {where}, il y a {ago}</translation>
    </message>
    <message>
        <source>The timer kept running while the console was closed.</source>
        <translation>Le minuteur a continué de tourner pendant que la console était fermée.</translation>
    </message>
    <message>
        <source>The timer was paused.</source>
        <translation>Le minuteur était en pause.</translation>
    </message>
    <message>
        <source>Resume the workshop</source>
        <translation>Reprendre l’atelier</translation>
    </message>
</context>
<context>
    <name>RoomDialogs</name>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Length of the break (minutes):</source>
        <translation>Durée de la pause (minutes) :</translation>
    </message>
    <message>
        <source>Tour de table</source>
        <translation>Tour de table</translation>
    </message>
    <message>
        <source>Speaking time for each person (seconds):</source>
        <translation>Temps de parole par personne (secondes) :</translation>
    </message>
    <message>
        <source>Group {label}</source>
        <translation>Groupe {label}</translation>
    </message>
    <message>
        <source>End the run</source>
        <translation>Terminer l’animation</translation>
    </message>
    <message>
        <source>End the run now? The current item is closed and nothing is left to resume.</source>
        <translation>Terminer l’animation maintenant ? La séquence en cours est close et il n’y aura rien à reprendre.</translation>
    </message>
</context>
<context>
    <name>Sound</name>
    <message>
        <source>Sound is not available ({error}).</source>
        <translation>Le son n’est pas disponible ({error}).</translation>
    </message>
    <message>
        <source>No audio output was found.</source>
        <translation>Aucune sortie audio n’a été trouvée.</translation>
    </message>
</context>
</TS>
