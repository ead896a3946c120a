<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ClockField</name>
    <message>
        <source>e.g. 12h30</source>
        <translation>ex. 12h30</translation>
    </message>
</context>
<context>
    <name>DayBar</name>
    <message>
        <source>Add day</source>
        <translation>Ajouter une journée</translation>
    </message>
    <message>
        <source>Edit day…</source>
        <translation>Modifier la journée…</translation>
    </message>
    <message>
        <source>Remove day</source>
        <translation>Supprimer la journée</translation>
    </message>
    <message>
        <source>Clear actual times…</source>
        <translation>Effacer les horaires réels…</translation>
    </message>
    <message>
        <source>Forget the start and end times the live run recorded for this day</source>
        <translation>Oublier les heures de début et de fin enregistrées pendant l’animation de cette journée</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Jour {n}</translation>
    </message>
    <message>
        <source>Clear actual times</source>
        <translation>Effacer les horaires réels</translation>
    </message>
    <message>
        <source>Forget the actual start and end times recorded for “{day}”? The plan itself is kept. You can undo this.</source>
        <translation>Oublier les heures réelles de début et de fin enregistrées pour « {day} » ? Le déroulé prévu est conservé. Vous pourrez annuler.</translation>
    </message>
</context>
<context>
    <name>DayDialog</name>
    <message>
        <source>This date is a Saturday</source>
        <translation>Cette date tombe un samedi</translation>
    </message>
    <message>
        <source>This date is a Sunday</source>
        <translation>Cette date tombe un dimanche</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Dated</source>
        <translation>Datée</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Début</translation>
    </message>
</context>
<context>
    <name>ItemDetail</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Fixed length</source>
        <translation>Durée fixe</translation>
    </message>
    <message>
        <source>Never shortened or dropped when the day runs late and is caught up</source>
        <translation>Jamais raccourcie ni supprimée quand la journée prend du retard et qu’on le rattrape</translation>
    </message>
    <message>
        <source>Starts at</source>
        <translation>Commence à</translation>
    </message>
    <message>
        <source>Pinned</source>
        <translation>Heure fixe</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Méthode</translation>
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
        <translation>Rôles</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Select an item of the agenda to edit it.</source>
        <translation>Sélectionnez une séquence du déroulé pour la modifier.</translation>
    </message>
    <message>
        <source>&lt;b&gt;{title}&lt;/b&gt; — {duration}</source>
        <translation>&lt;b&gt;{title}&lt;/b&gt; — {duration}</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
</context>
<context>
    <name>PlannerLateness</name>
    <message>
        <source>Running {late} late: the day would end at {end}.</source>
        <translation>{late} de retard : la journée finirait à {end}.</translation>
    </message>
    <message>
        <source>drop {title}</source>
        <translation>supprimer {title}</translation>
    </message>
    <message>
        <source>{title} to {minutes}</source>
        <translation>{title} à {minutes}</translation>
    </message>
    <message>
        <source>To catch up: {cuts}.</source>
        <translation>Pour rattraper : {cuts}.</translation>
    </message>
    <message>
        <source>{left} cannot be caught up before {title} at {time}.</source>
        <translation>Impossible de rattraper {left} avant {title} à {time}.</translation>
    </message>
    <message>
        <source>Ahead by {early}: the day would end at {end}.</source>
        <translation>{early} d’avance : la journée finirait à {end}.</translation>
    </message>
    <message>
        <source>On time: the day would end at {end}.</source>
        <translation>À l’heure : la journée finirait à {end}.</translation>
    </message>
</context>
<context>
    <name>PlannerPage</name>
    <message>
        <source>Add activity…</source>
        <translation>Ajouter une activité…</translation>
    </message>
    <message>
        <source>Activity…</source>
        <translation>Activité…</translation>
    </message>
    <message>
        <source>Add break</source>
        <translation>Ajouter une pause</translation>
    </message>
    <message>
        <source>Add plenary</source>
        <translation>Ajouter une plénière</translation>
    </message>
    <message>
        <source>Add meal</source>
        <translation>Ajouter un repas</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Repas</translation>
    </message>
    <message>
        <source>Rotate roles</source>
        <translation>Faire tourner les rôles</translation>
    </message>
    <message>
        <source>Remove item</source>
        <translation>Supprimer la séquence</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>The day’s plan, hour by hour</source>
        <translation>Le déroulé de la journée, heure par heure</translation>
    </message>
    <message>
        <source>Drag or Alt+Up/Down to reorder · +/− to change the duration by 5 min</source>
        <translation>Glisser ou Alt+Haut/Bas pour réordonner · +/− pour changer la durée de 5 min</translation>
    </message>
    <message>
        <source>{start} – {end}</source>
        <translation>{start} – {end}</translation>
    </message>
    <message>
        <source>&lt;b&gt;This day:&lt;/b&gt; {work} of work, {all} in all &amp;nbsp;&amp;nbsp; &lt;b&gt;Workshop:&lt;/b&gt; {wwork} of work over {days} day(s), {wall} in all</source>
        <translation>&lt;b&gt;Cette journée :&lt;/b&gt; {work} de travail, {all} au total &amp;nbsp;&amp;nbsp; &lt;b&gt;Atelier :&lt;/b&gt; {wwork} de travail sur {days} jour(s), {wall} au total</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Add:</source>
        <translation>Ajouter :</translation>
    </message>
    <message>
        <source>Plenary</source>
        <translation>Plénière</translation>
    </message>
    <message>
        <source>Lunch</source>
        <translation>Déjeuner</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activité</translation>
    </message>
</context>
<context>
    <name>StepEditor</name>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Stretch every step</source>
        <translation>Étirer toutes les étapes</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Add a step after this one</source>
        <translation>Ajouter une étape après celle-ci</translation>
    </message>
    <message>
        <source>Remove this step</source>
        <translation>Supprimer cette étape</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>One step per round</source>
        <translation>Une étape par tour</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
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
        <translation>Durée</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Groupement</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>Put back the method&apos;s steps</source>
        <translation>Revenir aux étapes de la méthode</translation>
    </message>
    <message>
        <source>Steps: none (one countdown for the whole item)</source>
        <translation>Étapes : aucune (un seul compte à rebours pour la séquence)</translation>
    </message>
    <message>
        <source>Steps ({length})</source>
        <translation>Étapes ({length})</translation>
    </message>
    <message>
        <source>The method allows {low} to {high} a round.</source>
        <translation>La méthode permet de {low} à {high} par tour.</translation>
    </message>
    <message>
        <source>the item&apos;s question</source>
        <translation>la question de la séquence</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Round {number}</source>
        <translation>Tour {number}</translation>
    </message>
    <message>
        <source>New step</source>
        <translation>Nouvelle étape</translation>
    </message>
    <message>
        <source>{name}: {before} → {after}</source>
        <translation>{name} : {before} → {after}</translation>
    </message>
    <message>
        <source>To last {minutes}:</source>
        <translation>Pour durer {minutes} :</translation>
    </message>
    <message>
        <source>The method goes from {low} to {high}: past that, every step would be stretched or squeezed.</source>
        <translation>La méthode va de {low} à {high} : au-delà, toutes les étapes seraient étirées ou comprimées.</translation>
    </message>
</context>
<context>
    <name>TimelineDelegate</name>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
    <message>
        <source>fixed at {time}</source>
        <translation>fixé à {time}</translation>
    </message>
    <message>
        <source>{role}: {holder}</source>
        <translation>{role} : {holder}</translation>
    </message>
    <message>
        <source>Overlap: the items before run {minutes} past the fixed start at {time}</source>
        <translation>Chevauchement : ce qui précède déborde de {minutes} sur l’heure fixe de {time}</translation>
    </message>
    <message>
        <source>Gap: {minutes} free before the fixed start at {time}</source>
        <translation>Battement : {minutes} libres avant l’heure fixe de {time}</translation>
    </message>
</context>
<context>
    <name>ToolPicker</name>
    <message>
        <source>Add an activity from the library</source>
        <translation>Ajouter une activité de la bibliothèque</translation>
    </message>
    <message>
        <source>Search by name or purpose</source>
        <translation>Chercher par nom ou par usage</translation>
    </message>
    <message>
        <source>Add to the agenda</source>
        <translation>Ajouter au déroulé</translation>
    </message>
    <message>
        <source>Activity without a tool</source>
        <translation>Activité sans méthode</translation>
    </message>
</context>
</TS>
