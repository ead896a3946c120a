<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>The action, Enter adds it</source>
        <translation>L’action, Entrée l’ajoute</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Quoi :</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>Q&amp;ui :</translation>
    </message>
    <message>
        <source>2026-04-01, 01/04/2026 or "within 6 months"</source>
        <translation>2026-04-01, 01/04/2026 ou « d’ici 6 mois »</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>Pour &amp;quand :</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Actions décidées</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochains pas</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>A few letters of a name, Enter: present</source>
        <translation>Quelques lettres du nom, Entrée : présent</translation>
    </message>
    <message>
        <source>&amp;Half-day:</source>
        <translation>&amp;Demi-journée :</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Heure :</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, R arrived, D left (at the time above).</source>
        <translation>P présent, A absent, E excusé, R arrivé, D départ (à l’heure ci-dessus).</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Qui est présent</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Pré&amp;sences</translation>
    </message>
    <message>
        <source>arrived {at}</source>
        <translation>arrivé à {at}</translation>
    </message>
    <message>
        <source>left {at}</source>
        <translation>parti à {at}</translation>
    </message>
    <message>
        <source>{present} present of {total}</source>
        <translation>{present} présents sur {total}</translation>
    </message>
    <message>
        <source>A time reads 14h10.</source>
        <translation>Une heure s’écrit 14h10.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Show on the projector</source>
        <translation>Montrer au projecteur</translation>
    </message>
    <message>
        <source>Type in the capture</source>
        <translation>Saisir dans la prise de notes</translation>
    </message>
    <message>
        <source>Nothing of this tab to show on the projector yet.</source>
        <translation>Rien de cet onglet à montrer au projecteur pour l’instant.</translation>
    </message>
    <message>
        <source>The room sees: {what} (Ctrl+P goes back to the timer).</source>
        <translation>La salle voit : {what} (Ctrl+P revient au minuteur).</translation>
    </message>
</context>
<context>
    <name>CodevPanel</name>
    <message>
        <source>New session</source>
        <translation>Nouvelle séance</translation>
    </message>
    <message>
        <source>who (not written unless asked)</source>
        <translation>qui (noté seulement si on le demande)</translation>
    </message>
    <message>
        <source>&amp;Write who said it</source>
        <translation>&amp;Noter qui l’a dit</translation>
    </message>
    <message>
        <source>Type it, Enter adds it</source>
        <translation>Saisissez, Entrée ajoute</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Moyens :</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>Pour quand :</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicateur :</translation>
    </message>
    <message>
        <source>Follow-up on:</source>
        <translation>Suivi le :</translation>
    </message>
    <message>
        <source>Co-&amp;development</source>
        <translation>Co-&amp;développement</translation>
    </message>
    <message>
        <source>Ctrl+N starts a session with its client.</source>
        <translation>Ctrl+N ouvre une séance avec son client.</translation>
    </message>
    <message>
        <source>The client (first those who have not been client yet):</source>
        <translation>Le client (d’abord ceux qui ne l’ont pas encore été) :</translation>
    </message>
    <message>
        <source>A date reads 2026-09-01 or 01/09/2026.</source>
        <translation>Une date s’écrit 2026-09-01 ou 01/09/2026.</translation>
    </message>
    <message>
        <source>Session {n}: {client}</source>
        <translation>Séance {n} : {client}</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Décision</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>The proposal as first read</source>
        <translation>La proposition telle que lue au départ</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposition :</translation>
    </message>
    <message>
        <source>The amended proposal</source>
        <translation>La proposition amendée</translation>
    </message>
    <message>
        <source>&amp;Amended:</source>
        <translation>&amp;Amendée :</translation>
    </message>
    <message>
        <source>Record this version (Ctrl+Enter)</source>
        <translation>Enregistrer cette version (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Clarification and reactions</source>
        <translation>Clarification et réactions</translation>
    </message>
    <message>
        <source>Clarifying question</source>
        <translation>Question de clarification</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Réaction</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Tour :</translation>
    </message>
    <message>
        <source>who (optional)</source>
        <translation>qui (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>What was said, Enter adds it</source>
        <translation>Ce qui a été dit, Entrée l’ajoute</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>1 consent, 2 concern, 3 objection (its reason first).</source>
        <translation>1 consentement, 2 réserve, 3 objection (d’abord sa raison).</translation>
    </message>
    <message>
        <source>Reason (needed for an objection)</source>
        <translation>Raison (indispensable pour une objection)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>1 open, 2 integrated, 3 withdrawn; F2: how it was integrated.</source>
        <translation>1 ouverte, 2 intégrée, 3 retirée ; F2 : comment elle a été intégrée.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Résultat :</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>AAAA-MM-JJ ou JJ/MM/AAAA</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>À re&amp;voir le :</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Ctrl+N opens a decision on this item.</source>
        <translation>Ctrl+N ouvre une décision sur cette séquence.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of the proposal</source>
        <translation><numerusform>%n version de la proposition</numerusform><numerusform>%n versions de la proposition</numerusform></translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>Nouvelle décision</translation>
    </message>
    <message>
        <source>What is decided:</source>
        <translation>Ce qui est décidé :</translation>
    </message>
    <message>
        <source>Integrate the objection</source>
        <translation>Intégrer l’objection</translation>
    </message>
    <message>
        <source>How it was integrated:</source>
        <translation>Comment elle a été intégrée :</translation>
    </message>
    <message>
        <source>A date reads 2026-09-01 or 01/09/2026.</source>
        <translation>Une date s’écrit 2026-09-01 ou 01/09/2026.</translation>
    </message>
</context>
<context>
    <name>DesertIslandPanel</name>
    <message>
        <source>who (optional)</source>
        <translation>qui (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>group (optional)</source>
        <translation>groupe (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe :</translation>
    </message>
    <message>
        <source>The object, Enter adds it</source>
        <translation>L’objet, Entrée l’ajoute</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>K: in the shared kit or not; Delete removes.</source>
        <translation>K : dans le kit commun ou non ; Suppr retire.</translation>
    </message>
    <message>
        <source>Desert &amp;island</source>
        <translation>Île &amp;déserte</translation>
    </message>
    <message>
        <source>The shared kit</source>
        <translation>Le kit commun</translation>
    </message>
    <message>
        <source>Everyone's objects</source>
        <translation>Les objets de chacun</translation>
    </message>
    <message>
        <source>The desert island</source>
        <translation>L’île déserte</translation>
    </message>
</context>
<context>
    <name>ElectionPanel</name>
    <message>
        <source>New</source>
        <translation>Nouvelle</translation>
    </message>
    <message>
        <source>&amp;Election</source>
        <translation>Élec&amp;tion</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>Le rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>1 year, until June…</source>
        <translation>1 an, jusqu’en juin…</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Mandat :</translation>
    </message>
    <message>
        <source>What the role asks of the person</source>
        <translation>Ce que le rôle demande à la personne</translation>
    </message>
    <message>
        <source>&amp;Asks:</source>
        <translation>&amp;Demande :</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Désignations</translation>
    </message>
    <message>
        <source>who nominates</source>
        <translation>qui désigne</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Qui :</translation>
    </message>
    <message>
        <source>whom</source>
        <translation>qui est désigné</translation>
    </message>
    <message>
        <source>&amp;Nominates:</source>
        <translation>&amp;Désigne :</translation>
    </message>
    <message>
        <source>Why, Enter records it</source>
        <translation>Pourquoi, Entrée l’enregistre</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>&amp;Pourquoi :</translation>
    </message>
    <message>
        <source>A &amp;change after the round of reasons</source>
        <translation>Un &amp;changement après le tour des arguments</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposition</translation>
    </message>
    <message>
        <source>the person proposed</source>
        <translation>la personne proposée</translation>
    </message>
    <message>
        <source>&amp;Propose:</source>
        <translation>&amp;Proposer :</translation>
    </message>
    <message>
        <source>Why this person, Enter proposes</source>
        <translation>Pourquoi cette personne, Entrée la propose</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>&amp;Parce que :</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentement</translation>
    </message>
    <message>
        <source>The person proposed answers last. 1 consent, 2 concern, 3 objection.</source>
        <translation>La personne proposée répond en dernier. 1 consentement, 2 réserve, 3 objection.</translation>
    </message>
    <message>
        <source>Reason (needed for an objection)</source>
        <translation>Raison (indispensable pour une objection)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>&amp;Raison :</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Rés&amp;ultat :</translation>
    </message>
    <message>
        <source>the person elected</source>
        <translation>la personne élue</translation>
    </message>
    <message>
        <source>E&amp;lected:</source>
        <translation>É&amp;lu ou élue :</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Enregistrer le résultat</translation>
    </message>
    <message>
        <source>Ctrl+N opens an election on this item.</source>
        <translation>Ctrl+N ouvre une élection sur cette séquence.</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>Nouvelle élection</translation>
    </message>
    <message>
        <source>The role to fill:</source>
        <translation>Le rôle à pourvoir :</translation>
    </message>
    <message>
        <source>Say whom the person nominates.</source>
        <translation>Indiquez qui la personne désigne.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>the whole room</source>
        <translation>toute la salle</translation>
    </message>
    <message>
        <source>&amp;Group or table:</source>
        <translation>&amp;Groupe ou table :</translation>
    </message>
    <message>
        <source>&amp;Scribe:</source>
        <translation>&amp;Scribe :</translation>
    </message>
    <message>
        <source>Type a line, Enter adds it</source>
        <translation>Saisissez une ligne, Entrée l’ajoute</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>Nouvelle note</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Cut at {n} characters.</source>
        <translation>Coupé à {n} caractères.</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Modifier la note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>Move the note</source>
        <translation>Déplacer la note</translation>
    </message>
    <message>
        <source>To the group or table:</source>
        <translation>Vers le groupe ou la table :</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>PhotosPanel</name>
    <message>
        <source>Add photos… (Ctrl+O)</source>
        <translation>Ajouter des photos… (Ctrl+O)</translation>
    </message>
    <message>
        <source>Photos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>P&amp;hotos</source>
        <translation>P&amp;hotos</translation>
    </message>
    <message>
        <source>Add photos</source>
        <translation>Ajouter des photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>{name} is too large to be a photo (more than {mb} MB): not added.</source>
        <translation>{name} est trop lourd pour une photo (plus de {mb} Mo) : non ajouté.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} ne peut pas être lu : {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n photo(s)…</source>
        <translation><numerusform>Lecture de %n photo…</numerusform><numerusform>Lecture de %n photos…</numerusform></translation>
    </message>
    <message>
        <source>not an image this application reads</source>
        <translation>pas une image que l’application sait lire</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name} : {reason}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Légende</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Légende :</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Type the question, Enter asks it</source>
        <translation>Saisissez la question, Entrée la pose</translation>
    </message>
    <message>
        <source>The question asked</source>
        <translation>La question posée</translation>
    </message>
    <message>
        <source>Coloured &amp;cards</source>
        <translation>&amp;Cartons de couleur</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type a question above to count the cards raised.</source>
        <translation>Saisissez une question ci-dessus pour compter les cartons levés.</translation>
    </message>
    <message>
        <source>Estimate: 7 is 70 %, 65 is 65 %. Enter goes to the next colour.</source>
        <translation>Estimation : 7 vaut 70 %, 65 vaut 65 %. Entrée passe à la couleur suivante.</translation>
    </message>
    <message>
        <source>Count the cards of each colour. Enter goes to the next colour.</source>
        <translation>Comptez les cartons de chaque couleur. Entrée passe à la couleur suivante.</translation>
    </message>
    <message>
        <source>Estimated share of the room</source>
        <translation>Part estimée de la salle</translation>
    </message>
    <message>
        <source>Coloured cards</source>
        <translation>Cartons de couleur</translation>
    </message>
</context>
<context>
    <name>PortraitPanel</name>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Rubrique :</translation>
    </message>
    <message>
        <source>A trait, Enter adds it</source>
        <translation>Un trait, Entrée l’ajoute</translation>
    </message>
    <message>
        <source>&amp;Trait:</source>
        <translation>&amp;Trait :</translation>
    </message>
    <message>
        <source>The composite portrait:</source>
        <translation>Le portrait composite :</translation>
    </message>
    <message>
        <source>What the group writes from the traits</source>
        <translation>Ce que le groupe écrit à partir des traits</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Portrait</translation>
    </message>
    <message>
        <source>Our portrait</source>
        <translation>Notre portrait</translation>
    </message>
    <message>
        <source>Collaborative portrait</source>
        <translation>Portrait collaboratif</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>New vote</source>
        <translation>Nouveau vote</translation>
    </message>
    <message>
        <source>&amp;Votes</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Vote par gommettes</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Question put to the vote:</source>
        <translation>Question soumise au vote :</translation>
    </message>
    <message>
        <source>No vote yet on this item: Ctrl+N opens one.</source>
        <translation>Pas encore de vote sur cette séquence : Ctrl+N en ouvre un.</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Clore le vote</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Rouvrir le vote</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>R{n}</source>
        <translation>T{n}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Gommettes</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person</source>
        <translation><numerusform>%n gommette par personne</numerusform><numerusform>%n gommettes par personne</numerusform></translation>
    </message>
    <message>
        <source>{counted} of {capacity} dots counted</source>
        <translation>{counted} gommettes comptées sur {capacity}</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>moyenne {mean}</translation>
    </message>
    <message>
        <source>shown live</source>
        <translation>affiché en direct</translation>
    </message>
    <message>
        <source>hidden from the room until closed</source>
        <translation>caché à la salle jusqu’à la clôture</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>more dots than the voters had: check the count</source>
        <translation>plus de gommettes que les votants n’en avaient : vérifiez le compte</translation>
    </message>
    <message>
        <source>The results are shown when the vote closes.</source>
        <translation>Les résultats s’affichent à la clôture du vote.</translation>
    </message>
    <message>
        <source>Mean: {mean}</source>
        <translation>Moyenne : {mean}</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <source>Colour {name} (Ctrl+{n})</source>
        <translation>Couleur {name} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>C&amp;olumn:</source>
        <translation>C&amp;olonne :</translation>
    </message>
    <message>
        <source>Type a card, Enter puts it on the wall</source>
        <translation>Saisissez une carte, Entrée la met au mur</translation>
    </message>
    <message>
        <source>A card holds {n} characters: cut.</source>
        <translation>Une carte tient en {n} caractères : coupée.</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Mur</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Hors regroupement</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the wall</source>
        <translation><numerusform>%n carte au mur</numerusform><numerusform>%n cartes au mur</numerusform></translation>
    </message>
    <message>
        <source>Choose cards first (Shift or Ctrl with the arrows).</source>
        <translation>Choisissez d’abord des cartes (Maj ou Ctrl avec les flèches).</translation>
    </message>
    <message>
        <source>Gather into a cluster</source>
        <translation>Regrouper</translation>
    </message>
    <message>
        <source>Cluster (a new name creates it):</source>
        <translation>Regroupement (un nouveau nom le crée) :</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Renommer le regroupement</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Edit the card</source>
        <translation>Modifier la carte</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Carte :</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>Le mur</translation>
    </message>
</context>
<context>
    <name>WeatherPanel</name>
    <message>
        <source>A word of comment (before the weather)</source>
        <translation>Un mot de commentaire (avant la météo)</translation>
    </message>
    <message>
        <source>W&amp;eather</source>
        <translation>Mé&amp;téo</translation>
    </message>
    <message>
        <source>Pick the weather with 1 to 6 in the list.</source>
        <translation>Choisissez la météo avec 1 à 6 dans la liste.</translation>
    </message>
    <message>
        <source>The room's weather</source>
        <translation>La météo de la salle</translation>
    </message>
</context>
</TS>