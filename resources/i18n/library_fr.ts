<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>LibraryPage</name>
    <message>
        <source>Search the methods</source>
        <translation>Chercher dans les méthodes</translation>
    </message>
    <message>
        <source>Search: name, purpose, summary...</source>
        <translation>Rechercher : nom, objectif, résumé…</translation>
    </message>
    <message>
        <source>Any purpose</source>
        <translation>Tous les objectifs</translation>
    </message>
    <message>
        <source>Any length</source>
        <translation>Toutes les durées</translation>
    </message>
    <message>
        <source>Number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source>Any number of people</source>
        <translation>Nombre de personnes</translation>
    </message>
    <message>
        <source> people</source>
        <translation> personnes</translation>
    </message>
    <message>
        <source>Material available</source>
        <translation>Matériel disponible</translation>
    </message>
    <message>
        <source>Tick what you have: only tools needing nothing more are listed</source>
        <translation>Cochez ce dont vous disposez : seules les méthodes qui n’ont besoin de rien d’autre restent affichées</translation>
    </message>
    <message>
        <source>Favourites only</source>
        <translation>Favoris seulement</translation>
    </message>
    <message>
        <source>New tool...</source>
        <translation>Nouvelle méthode…</translation>
    </message>
    <message>
        <source>Methods</source>
        <translation>Méthodes</translation>
    </message>
    <message>
        <source>{duration} or less</source>
        <translation>{duration} ou moins</translation>
    </message>
    <message>
        <source>Methods ({n})</source>
        <translation>Méthodes ({n})</translation>
    </message>
    <message>
        <source>My tools ({n})</source>
        <translation>Mes méthodes ({n})</translation>
    </message>
    <message>
        <source>Choose the workshop and the day to add this method to</source>
        <translation>Choisir l’atelier et la journée où ajouter cette méthode</translation>
    </message>
    <message>
        <source>No workshop is open: you will be asked where to add it.</source>
        <translation>Aucun atelier n’est ouvert : on vous demandera où l’ajouter.</translation>
    </message>
    <message>
        <source>Add this method at the end of {where}</source>
        <translation>Ajouter cette méthode à la fin de {where}</translation>
    </message>
    <message>
        <source>Adds to {where}.</source>
        <translation>Ajout dans {where}.</translation>
    </message>
    <message>
        <source>Day {n}</source>
        <translation>Jour {n}</translation>
    </message>
    <message>
        <source>“{workshop}”, {day}</source>
        <translation>« {workshop} », {day}</translation>
    </message>
    <message>
        <source>There is no workshop yet: create one first.</source>
        <translation>Il n’y a pas encore d’atelier : créez-en un d’abord.</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Ajouter au déroulé</translation>
    </message>
    <message>
        <source>Add “{name}” to:</source>
        <translation>Ajouter « {name} » à :</translation>
    </message>
    <message>
        <source>“{title}” added to {where}.</source>
        <translation>« {title} » ajouté à {where}.</translation>
    </message>
    <message>
        <source>Delete tool</source>
        <translation>Supprimer la méthode</translation>
    </message>
    <message>
        <source>Delete “{name}” from My tools? Workshops that use it keep their copy of its phases. Ctrl+Z brings it back.</source>
        <translation>Supprimer « {name} » de Mes méthodes ? Les ateliers qui l’utilisent gardent leur copie de ses étapes. Ctrl+Z la fait revenir.</translation>
    </message>
    <message>
        <source>Save the method sheet</source>
        <translation>Enregistrer la fiche méthode</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Cannot write {path}: {error}</source>
        <translation>Impossible d’écrire {path} : {error}</translation>
    </message>
    <message>
        <source>Method sheet saved: {path}</source>
        <translation>Fiche méthode enregistrée : {path}</translation>
    </message>
</context>
<context>
    <name>ToolDetail</name>
    <message>
        <source>Favourite</source>
        <translation>Favori</translation>
    </message>
    <message>
        <source>Add to agenda</source>
        <translation>Ajouter au déroulé</translation>
    </message>
    <message>
        <source>Run now</source>
        <translation>Lancer maintenant</translation>
    </message>
    <message>
        <source>Run this method on the projector at once, without a workshop: nothing is recorded</source>
        <translation>Lancer cette méthode au projecteur tout de suite, sans atelier : rien n’est enregistré</translation>
    </message>
    <message>
        <source>Duplicate to My tools</source>
        <translation>Copier dans Mes méthodes</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Method sheet...</source>
        <translation>Fiche méthode…</translation>
    </message>
    <message>
        <source>Save this tool&apos;s one-page method sheet as a PDF</source>
        <translation>Enregistrer en PDF la fiche d’une page de cette méthode</translation>
    </message>
    <message>
        <source>Choose a tool</source>
        <translation>Choisissez une méthode</translation>
    </message>
    <message>
        <source>Search the library on the left; pick a tool to see it.</source>
        <translation>Cherchez dans la bibliothèque à gauche ; choisissez une méthode pour la voir.</translation>
    </message>
    <message>
        <source>{low} to {high} people</source>
        <translation>{low} à {high} personnes</translation>
    </message>
    <message>
        <source>{low} people or more</source>
        <translation>{low} personnes et plus</translation>
    </message>
    <message>
        <source>My tool</source>
        <translation>Ma méthode</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>What it makes possible</source>
        <translation>Ce qu’elle rend possible</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l’utiliser</translation>
    </message>
    <message>
        <source>When not to</source>
        <translation>Quand l’éviter</translation>
    </message>
    <message>
        <source>Invitation to the room</source>
        <translation>Consigne à donner</translation>
    </message>
    <message>
        <source>Materials:</source>
        <translation>Matériel :</translation>
    </message>
    <message>
        <source>Produces:</source>
        <translation>Produit :</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rôles</translation>
    </message>
    <message>
        <source>Tips and traps</source>
        <translation>Conseils et pièges</translation>
    </message>
    <message>
        <source>Variations</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Source:</source>
        <translation>Source :</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} à {high}</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Déroulé</translation>
    </message>
    <message>
        <source>one turn per person present</source>
        <translation>un tour par personne présente</translation>
    </message>
    <message>
        <source>one turn per group member</source>
        <translation>un tour par membre du groupe</translation>
    </message>
</context>
<context>
    <name>ToolEditorDialog</name>
    <message>
        <source>Fixed number</source>
        <translation>Nombre fixe</translation>
    </message>
    <message>
        <source>One per person present</source>
        <translation>Un par personne présente</translation>
    </message>
    <message>
        <source>One per group member</source>
        <translation>Un par membre du groupe</translation>
    </message>
    <message>
        <source>My tool</source>
        <translation>Ma méthode</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Phases</source>
        <translation>Phases</translation>
    </message>
    <message>
        <source>Family</source>
        <translation>Famille</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sans limite</translation>
    </message>
    <message>
        <source>from</source>
        <translation>de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Materials</source>
        <translation>Matériel</translation>
    </message>
    <message>
        <source>Produces</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>When to use it</source>
        <translation>Quand l’utiliser</translation>
    </message>
    <message>
        <source>When not to</source>
        <translation>Quand l’éviter</translation>
    </message>
    <message>
        <source>Set-up</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Consigne</translation>
    </message>
    <message>
        <source>What it makes possible</source>
        <translation>Ce qu’elle rend possible</translation>
    </message>
    <message>
        <source>Roles (one per line)</source>
        <translation>Rôles (un par ligne)</translation>
    </message>
    <message>
        <source>Tips and traps (one per line)</source>
        <translation>Conseils et pièges (un par ligne)</translation>
    </message>
    <message>
        <source>Variations (one per line)</source>
        <translation>Variantes (une par ligne)</translation>
    </message>
    <message>
        <source>Source (who created it)</source>
        <translation>Source (qui l’a créée)</translation>
    </message>
    <message>
        <source>Name (fr)</source>
        <translation>Nom (fr)</translation>
    </message>
    <message>
        <source>Name (en)</source>
        <translation>Nom (en)</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <source>Sec</source>
        <translation>Sec</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Tours</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Répétitions</translation>
    </message>
    <message>
        <source>Grouping</source>
        <translation>Groupement</translation>
    </message>
    <message>
        <source>Captures</source>
        <translation>Recueille</translation>
    </message>
    <message>
        <source>Instructions (fr)</source>
        <translation>Instructions (fr)</translation>
    </message>
    <message>
        <source>Instructions (en)</source>
        <translation>Instructions (en)</translation>
    </message>
    <message>
        <source>Add a phase</source>
        <translation>Ajouter une phase</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>{n} min, the sum of the phases</source>
        <translation>{n} min, la somme des phases</translation>
    </message>
    <message>
        <source>{m} min {s} s: the phases must add up to whole minutes</source>
        <translation>{m} min {s} s : les phases doivent totaliser des minutes entières</translation>
    </message>
    <message>
        <source>Give the tool a name (French or English).</source>
        <translation>Donnez un nom à la méthode (en français ou en anglais).</translation>
    </message>
    <message>
        <source>Tick at least one purpose.</source>
        <translation>Cochez au moins un objectif.</translation>
    </message>
    <message>
        <source>The largest group is smaller than the smallest.</source>
        <translation>Le nombre maximum de personnes est inférieur au minimum.</translation>
    </message>
    <message>
        <source>Add at least one phase.</source>
        <translation>Ajoutez au moins une phase.</translation>
    </message>
    <message>
        <source>A tool has at most {n} phases.</source>
        <translation>Une méthode compte au plus {n} étapes.</translation>
    </message>
    <message>
        <source>Phase {n} needs a name.</source>
        <translation>La phase {n} n’a pas de nom.</translation>
    </message>
    <message>
        <source>Phase {n} lasts no time at all.</source>
        <translation>La phase {n} ne dure rien du tout.</translation>
    </message>
    <message>
        <source>The phases must add up to whole minutes.</source>
        <translation>Les phases doivent totaliser des minutes entières.</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Non enregistré :</translation>
    </message>
</context>
<context>
    <name>ToolLabels</name>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Explore</source>
        <translation>Explorer</translation>
    </message>
    <message>
        <source>Decide</source>
        <translation>Décider</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planifier</translation>
    </message>
    <message>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <source>Energise</source>
        <translation>Dynamiser</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Clore</translation>
    </message>
    <message>
        <source>Liberating Structures</source>
        <translation>Liberating Structures</translation>
    </message>
    <message>
        <source>Sociocracy</source>
        <translation>Sociocratie</translation>
    </message>
    <message>
        <source>Collective intelligence</source>
        <translation>Intelligence collective</translation>
    </message>
    <message>
        <source>Classic</source>
        <translation>Classique</translation>
    </message>
    <message>
        <source>Alone</source>
        <translation>Seul</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>À deux</translation>
    </message>
    <message>
        <source>Trios</source>
        <translation>À trois</translation>
    </message>
    <message>
        <source>Fours</source>
        <translation>À quatre</translation>
    </message>
    <message>
        <source>Small groups</source>
        <translation>Petits groupes</translation>
    </message>
    <message>
        <source>Tables</source>
        <translation>Tables</translation>
    </message>
    <message>
        <source>Whole room</source>
        <translation>Toute la salle</translation>
    </message>
    <message>
        <source>Fishbowl</source>
        <translation>Bocal</translation>
    </message>
    <message>
        <source>Circle</source>
        <translation>Cercle</translation>
    </message>
    <message>
        <source>Client and consultants</source>
        <translation>Client et consultants</translation>
    </message>
    <message>
        <source>No material</source>
        <translation>Aucun matériel</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Sticky notes</source>
        <translation>Post-it</translation>
    </message>
    <message>
        <source>Flipchart</source>
        <translation>Paperboard</translation>
    </message>
    <message>
        <source>Markers</source>
        <translation>Feutres</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message>
        <source>Coloured cards</source>
        <translation>Cartons de couleur</translation>
    </message>
    <message>
        <source>Movable chairs</source>
        <translation>Chaises mobiles</translation>
    </message>
    <message>
        <source>Talking object</source>
        <translation>Bâton de parole</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Vidéoprojecteur</translation>
    </message>
    <message>
        <source>Timer</source>
        <translation>Minuteur</translation>
    </message>
    <message>
        <source>Handouts</source>
        <translation>Documents imprimés</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Cards</source>
        <translation>Cartes</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes sur une échelle</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Actions</translation>
    </message>
    <message>
        <source>Weather</source>
        <translation>Météo</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>Regroupements</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Classement</translation>
    </message>
    <message>
        <source>Election</source>
        <translation>Élection sans candidat</translation>
    </message>
    <message>
        <source>Desert island</source>
        <translation>Île déserte</translation>
    </message>
    <message>
        <source>Portrait</source>
        <translation>Portrait</translation>
    </message>
    <message>
        <source>Co-development</source>
        <translation>Co-développement</translation>
    </message>
    <message>
        <source>Colour cards</source>
        <translation>Cartons de couleur</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>{n} s</source>
        <translation>{n} s</translation>
    </message>
</context>
</TS>
