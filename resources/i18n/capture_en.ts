<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ActionsPanel</name>
    <message>
        <source>The action, Enter adds it</source>
        <translation>The action, Enter adds it</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;What:</translation>
    </message>
    <message>
        <source>W&amp;ho:</source>
        <translation>W&amp;ho:</translation>
    </message>
    <message>
        <source>2026-04-01, 01/04/2026 or "within 6 months"</source>
        <translation>2026-04-01, 01/04/2026 or "within 6 months"</translation>
    </message>
    <message>
        <source>&amp;By when:</source>
        <translation>&amp;By when:</translation>
    </message>
    <message>
        <source>Actions decided</source>
        <translation>Actions decided</translation>
    </message>
    <message>
        <source>&amp;Actions</source>
        <translation>&amp;Actions</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Next steps</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>A few letters of a name, Enter: present</source>
        <translation>A few letters of a name, Enter: present</translation>
    </message>
    <message>
        <source>&amp;Half-day:</source>
        <translation>&amp;Half-day:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>&amp;Time:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>P present, A absent, E excused, R arrived, D left (at the time above).</source>
        <translation>P present, A absent, E excused, R arrived, D left (at the time above).</translation>
    </message>
    <message>
        <source>Who is present</source>
        <translation>Who is present</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>A&amp;ttendance</translation>
    </message>
    <message>
        <source>arrived {at}</source>
        <translation>arrived {at}</translation>
    </message>
    <message>
        <source>left {at}</source>
        <translation>left {at}</translation>
    </message>
    <message>
        <source>{present} present of {total}</source>
        <translation>{present} present of {total}</translation>
    </message>
    <message>
        <source>A time reads 14h10.</source>
        <translation>A time reads 14h10.</translation>
    </message>
</context>
<context>
    <name>CapturePanel</name>
    <message>
        <source>Show on the projector</source>
        <translation>Show on the projector</translation>
    </message>
    <message>
        <source>Type in the capture</source>
        <translation>Type in the capture</translation>
    </message>
    <message>
        <source>Nothing of this tab to show on the projector yet.</source>
        <translation>Nothing of this tab to show on the projector yet.</translation>
    </message>
    <message>
        <source>The room sees: {what} (Ctrl+P goes back to the timer).</source>
        <translation>The room sees: {what} (Ctrl+P goes back to the timer).</translation>
    </message>
</context>
<context>
    <name>CodevPanel</name>
    <message>
        <source>New session</source>
        <translation>New session</translation>
    </message>
    <message>
        <source>who (not written unless asked)</source>
        <translation>who (not written unless asked)</translation>
    </message>
    <message>
        <source>&amp;Write who said it</source>
        <translation>&amp;Write who said it</translation>
    </message>
    <message>
        <source>Type it, Enter adds it</source>
        <translation>Type it, Enter adds it</translation>
    </message>
    <message>
        <source>Resources:</source>
        <translation>Resources:</translation>
    </message>
    <message>
        <source>By when:</source>
        <translation>By when:</translation>
    </message>
    <message>
        <source>Indicator:</source>
        <translation>Indicator:</translation>
    </message>
    <message>
        <source>Follow-up on:</source>
        <translation>Follow-up on:</translation>
    </message>
    <message>
        <source>Co-&amp;development</source>
        <translation>Co-&amp;development</translation>
    </message>
    <message>
        <source>Ctrl+N starts a session with its client.</source>
        <translation>Ctrl+N starts a session with its client.</translation>
    </message>
    <message>
        <source>The client (first those who have not been client yet):</source>
        <translation>The client (first those who have not been client yet):</translation>
    </message>
    <message>
        <source>A date reads 2026-09-01 or 01/09/2026.</source>
        <translation>A date reads 2026-09-01 or 01/09/2026.</translation>
    </message>
    <message>
        <source>Session {n}: {client}</source>
        <translation>Session {n}: {client}</translation>
    </message>
</context>
<context>
    <name>DecisionPanel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>&amp;Decision</source>
        <translation>&amp;Decision</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Title:</translation>
    </message>
    <message>
        <source>The proposal as first read</source>
        <translation>The proposal as first read</translation>
    </message>
    <message>
        <source>&amp;Proposal:</source>
        <translation>&amp;Proposal:</translation>
    </message>
    <message>
        <source>The amended proposal</source>
        <translation>The amended proposal</translation>
    </message>
    <message>
        <source>&amp;Amended:</source>
        <translation>&amp;Amended:</translation>
    </message>
    <message>
        <source>Record this version (Ctrl+Enter)</source>
        <translation>Record this version (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Clarification and reactions</source>
        <translation>Clarification and reactions</translation>
    </message>
    <message>
        <source>Clarifying question</source>
        <translation>Clarifying question</translation>
    </message>
    <message>
        <source>Reaction</source>
        <translation>Reaction</translation>
    </message>
    <message>
        <source>&amp;Round:</source>
        <translation>&amp;Round:</translation>
    </message>
    <message>
        <source>who (optional)</source>
        <translation>who (optional)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>What was said, Enter adds it</source>
        <translation>What was said, Enter adds it</translation>
    </message>
    <message>
        <source>Positions</source>
        <translation>Positions</translation>
    </message>
    <message>
        <source>1 consent, 2 concern, 3 objection (its reason first).</source>
        <translation>1 consent, 2 concern, 3 objection (its reason first).</translation>
    </message>
    <message>
        <source>Reason (needed for an objection)</source>
        <translation>Reason (needed for an objection)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Objections</source>
        <translation>Objections</translation>
    </message>
    <message>
        <source>1 open, 2 integrated, 3 withdrawn; F2: how it was integrated.</source>
        <translation>1 open, 2 integrated, 3 withdrawn; F2: how it was integrated.</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Outcome</translation>
    </message>
    <message>
        <source>&amp;Outcome:</source>
        <translation>&amp;Outcome:</translation>
    </message>
    <message>
        <source>YYYY-MM-DD or DD/MM/YYYY</source>
        <translation>YYYY-MM-DD or DD/MM/YYYY</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date:</translation>
    </message>
    <message>
        <source>Re&amp;view on:</source>
        <translation>Re&amp;view on:</translation>
    </message>
    <message>
        <source>Record the outcome</source>
        <translation>Record the outcome</translation>
    </message>
    <message>
        <source>Ctrl+N opens a decision on this item.</source>
        <translation>Ctrl+N opens a decision on this item.</translation>
    </message>
    <message numerus="yes">
        <source>%n version(s) of the proposal</source>
        <translation><numerusform>%n version of the proposal</numerusform><numerusform>%n versions of the proposal</numerusform></translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>New decision</source>
        <translation>New decision</translation>
    </message>
    <message>
        <source>What is decided:</source>
        <translation>What is decided:</translation>
    </message>
    <message>
        <source>Integrate the objection</source>
        <translation>Integrate the objection</translation>
    </message>
    <message>
        <source>How it was integrated:</source>
        <translation>How it was integrated:</translation>
    </message>
    <message>
        <source>A date reads 2026-09-01 or 01/09/2026.</source>
        <translation>A date reads 2026-09-01 or 01/09/2026.</translation>
    </message>
</context>
<context>
    <name>DesertIslandPanel</name>
    <message>
        <source>who (optional)</source>
        <translation>who (optional)</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>group (optional)</source>
        <translation>group (optional)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Group:</translation>
    </message>
    <message>
        <source>The object, Enter adds it</source>
        <translation>The object, Enter adds it</translation>
    </message>
    <message>
        <source>&amp;Object:</source>
        <translation>&amp;Object:</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Why</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>W&amp;hy:</translation>
    </message>
    <message>
        <source>K: in the shared kit or not; Delete removes.</source>
        <translation>K: in the shared kit or not; Delete removes.</translation>
    </message>
    <message>
        <source>Desert &amp;island</source>
        <translation>Desert &amp;island</translation>
    </message>
    <message>
        <source>The shared kit</source>
        <translation>The shared kit</translation>
    </message>
    <message>
        <source>Everyone's objects</source>
        <translation>Everyone's objects</translation>
    </message>
    <message>
        <source>The desert island</source>
        <translation>The desert island</translation>
    </message>
</context>
<context>
    <name>ElectionPanel</name>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>&amp;Election</source>
        <translation>&amp;Election</translation>
    </message>
    <message>
        <source>The role</source>
        <translation>The role</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Role:</translation>
    </message>
    <message>
        <source>1 year, until June…</source>
        <translation>1 year, until June…</translation>
    </message>
    <message>
        <source>&amp;Term:</source>
        <translation>&amp;Term:</translation>
    </message>
    <message>
        <source>What the role asks of the person</source>
        <translation>What the role asks of the person</translation>
    </message>
    <message>
        <source>&amp;Asks:</source>
        <translation>&amp;Asks:</translation>
    </message>
    <message>
        <source>Nominations</source>
        <translation>Nominations</translation>
    </message>
    <message>
        <source>who nominates</source>
        <translation>who nominates</translation>
    </message>
    <message>
        <source>&amp;Who:</source>
        <translation>&amp;Who:</translation>
    </message>
    <message>
        <source>whom</source>
        <translation>whom</translation>
    </message>
    <message>
        <source>&amp;Nominates:</source>
        <translation>&amp;Nominates:</translation>
    </message>
    <message>
        <source>Why, Enter records it</source>
        <translation>Why, Enter records it</translation>
    </message>
    <message>
        <source>W&amp;hy:</source>
        <translation>W&amp;hy:</translation>
    </message>
    <message>
        <source>A &amp;change after the round of reasons</source>
        <translation>A &amp;change after the round of reasons</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
    <message>
        <source>the person proposed</source>
        <translation>the person proposed</translation>
    </message>
    <message>
        <source>&amp;Propose:</source>
        <translation>&amp;Propose:</translation>
    </message>
    <message>
        <source>Why this person, Enter proposes</source>
        <translation>Why this person, Enter proposes</translation>
    </message>
    <message>
        <source>&amp;Because:</source>
        <translation>&amp;Because:</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consent</translation>
    </message>
    <message>
        <source>The person proposed answers last. 1 consent, 2 concern, 3 objection.</source>
        <translation>The person proposed answers last. 1 consent, 2 concern, 3 objection.</translation>
    </message>
    <message>
        <source>Reason (needed for an objection)</source>
        <translation>Reason (needed for an objection)</translation>
    </message>
    <message>
        <source>Rea&amp;son:</source>
        <translation>Rea&amp;son:</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Result</translation>
    </message>
    <message>
        <source>Res&amp;ult:</source>
        <translation>Res&amp;ult:</translation>
    </message>
    <message>
        <source>the person elected</source>
        <translation>the person elected</translation>
    </message>
    <message>
        <source>E&amp;lected:</source>
        <translation>E&amp;lected:</translation>
    </message>
    <message>
        <source>Record the result</source>
        <translation>Record the result</translation>
    </message>
    <message>
        <source>Ctrl+N opens an election on this item.</source>
        <translation>Ctrl+N opens an election on this item.</translation>
    </message>
    <message>
        <source>New election</source>
        <translation>New election</translation>
    </message>
    <message>
        <source>The role to fill:</source>
        <translation>The role to fill:</translation>
    </message>
    <message>
        <source>Say whom the person nominates.</source>
        <translation>Say whom the person nominates.</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Proposed</translation>
    </message>
</context>
<context>
    <name>NotesPanel</name>
    <message>
        <source>the whole room</source>
        <translation>the whole room</translation>
    </message>
    <message>
        <source>&amp;Group or table:</source>
        <translation>&amp;Group or table:</translation>
    </message>
    <message>
        <source>&amp;Scribe:</source>
        <translation>&amp;Scribe:</translation>
    </message>
    <message>
        <source>Type a line, Enter adds it</source>
        <translation>Type a line, Enter adds it</translation>
    </message>
    <message>
        <source>New note</source>
        <translation>New note</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Cut at {n} characters.</source>
        <translation>Cut at {n} characters.</translation>
    </message>
    <message>
        <source>Edit the note</source>
        <translation>Edit the note</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Move the note</source>
        <translation>Move the note</translation>
    </message>
    <message>
        <source>To the group or table:</source>
        <translation>To the group or table:</translation>
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
        <translation>Add photos… (Ctrl+O)</translation>
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
        <translation>Add photos</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.heic)</source>
        <translation>Images (*.jpg *.jpeg *.png *.webp *.heic)</translation>
    </message>
    <message>
        <source>{name} is too large to be a photo (more than {mb} MB): not added.</source>
        <translation>{name} is too large to be a photo (more than {mb} MB): not added.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} cannot be read: {error}</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n photo(s)…</source>
        <translation><numerusform>Reading %n photo…</numerusform><numerusform>Reading %n photos…</numerusform></translation>
    </message>
    <message>
        <source>not an image this application reads</source>
        <translation>not an image this application reads</translation>
    </message>
    <message>
        <source>{name}: {reason}</source>
        <translation>{name}: {reason}</translation>
    </message>
    <message>
        <source>Caption</source>
        <translation>Caption</translation>
    </message>
    <message>
        <source>Caption:</source>
        <translation>Caption:</translation>
    </message>
</context>
<context>
    <name>PollPanel</name>
    <message>
        <source>Type the question, Enter asks it</source>
        <translation>Type the question, Enter asks it</translation>
    </message>
    <message>
        <source>The question asked</source>
        <translation>The question asked</translation>
    </message>
    <message>
        <source>Coloured &amp;cards</source>
        <translation>Coloured &amp;cards</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <source>Type a question above to count the cards raised.</source>
        <translation>Type a question above to count the cards raised.</translation>
    </message>
    <message>
        <source>Estimate: 7 is 70 %, 65 is 65 %. Enter goes to the next colour.</source>
        <translation>Estimate: 7 is 70 %, 65 is 65 %. Enter goes to the next colour.</translation>
    </message>
    <message>
        <source>Count the cards of each colour. Enter goes to the next colour.</source>
        <translation>Count the cards of each colour. Enter goes to the next colour.</translation>
    </message>
    <message>
        <source>Estimated share of the room</source>
        <translation>Estimated share of the room</translation>
    </message>
    <message>
        <source>Coloured cards</source>
        <translation>Coloured cards</translation>
    </message>
</context>
<context>
    <name>PortraitPanel</name>
    <message>
        <source>&amp;Heading:</source>
        <translation>&amp;Heading:</translation>
    </message>
    <message>
        <source>A trait, Enter adds it</source>
        <translation>A trait, Enter adds it</translation>
    </message>
    <message>
        <source>&amp;Trait:</source>
        <translation>&amp;Trait:</translation>
    </message>
    <message>
        <source>The composite portrait:</source>
        <translation>The composite portrait:</translation>
    </message>
    <message>
        <source>What the group writes from the traits</source>
        <translation>What the group writes from the traits</translation>
    </message>
    <message>
        <source>&amp;Portrait</source>
        <translation>&amp;Portrait</translation>
    </message>
    <message>
        <source>Our portrait</source>
        <translation>Our portrait</translation>
    </message>
    <message>
        <source>Collaborative portrait</source>
        <translation>Collaborative portrait</translation>
    </message>
</context>
<context>
    <name>VotesPanel</name>
    <message>
        <source>New vote</source>
        <translation>New vote</translation>
    </message>
    <message>
        <source>&amp;Votes</source>
        <translation>&amp;Votes</translation>
    </message>
    <message>
        <source>Dot vote</source>
        <translation>Dot vote</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>Scores</translation>
    </message>
    <message>
        <source>Question put to the vote:</source>
        <translation>Question put to the vote:</translation>
    </message>
    <message>
        <source>No vote yet on this item: Ctrl+N opens one.</source>
        <translation>No vote yet on this item: Ctrl+N opens one.</translation>
    </message>
    <message>
        <source>Close the vote</source>
        <translation>Close the vote</translation>
    </message>
    <message>
        <source>Reopen the vote</source>
        <translation>Reopen the vote</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Level</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Count</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Share</translation>
    </message>
    <message>
        <source>R{n}</source>
        <translation>R{n}</translation>
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
        <translation>Rank</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Dots</translation>
    </message>
    <message numerus="yes">
        <source>%n dot(s) per person</source>
        <translation><numerusform>%n dot per person</numerusform><numerusform>%n dots per person</numerusform></translation>
    </message>
    <message>
        <source>{counted} of {capacity} dots counted</source>
        <translation>{counted} of {capacity} dots counted</translation>
    </message>
    <message>
        <source>mean {mean}</source>
        <translation>mean {mean}</translation>
    </message>
    <message>
        <source>shown live</source>
        <translation>shown live</translation>
    </message>
    <message>
        <source>hidden from the room until closed</source>
        <translation>hidden from the room until closed</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>closed</translation>
    </message>
    <message>
        <source>more dots than the voters had: check the count</source>
        <translation>more dots than the voters had: check the count</translation>
    </message>
    <message>
        <source>The results are shown when the vote closes.</source>
        <translation>The results are shown when the vote closes.</translation>
    </message>
    <message>
        <source>Mean: {mean}</source>
        <translation>Mean: {mean}</translation>
    </message>
</context>
<context>
    <name>WallPanel</name>
    <message>
        <source>Colour {name} (Ctrl+{n})</source>
        <translation>Colour {name} (Ctrl+{n})</translation>
    </message>
    <message>
        <source>C&amp;olumn:</source>
        <translation>C&amp;olumn:</translation>
    </message>
    <message>
        <source>Type a card, Enter puts it on the wall</source>
        <translation>Type a card, Enter puts it on the wall</translation>
    </message>
    <message>
        <source>A card holds {n} characters: cut.</source>
        <translation>A card holds {n} characters: cut.</translation>
    </message>
    <message>
        <source>&amp;Wall</source>
        <translation>&amp;Wall</translation>
    </message>
    <message>
        <source>Not in a cluster</source>
        <translation>Not in a cluster</translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) on the wall</source>
        <translation><numerusform>%n card on the wall</numerusform><numerusform>%n cards on the wall</numerusform></translation>
    </message>
    <message>
        <source>Choose cards first (Shift or Ctrl with the arrows).</source>
        <translation>Choose cards first (Shift or Ctrl with the arrows).</translation>
    </message>
    <message>
        <source>Gather into a cluster</source>
        <translation>Gather into a cluster</translation>
    </message>
    <message>
        <source>Cluster (a new name creates it):</source>
        <translation>Cluster (a new name creates it):</translation>
    </message>
    <message>
        <source>Rename the cluster</source>
        <translation>Rename the cluster</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Edit the card</source>
        <translation>Edit the card</translation>
    </message>
    <message>
        <source>Card:</source>
        <translation>Card:</translation>
    </message>
    <message>
        <source>The wall</source>
        <translation>The wall</translation>
    </message>
</context>
<context>
    <name>WeatherPanel</name>
    <message>
        <source>A word of comment (before the weather)</source>
        <translation>A word of comment (before the weather)</translation>
    </message>
    <message>
        <source>W&amp;eather</source>
        <translation>W&amp;eather</translation>
    </message>
    <message>
        <source>Pick the weather with 1 to 6 in the list.</source>
        <translation>Pick the weather with 1 to 6 in the list.</translation>
    </message>
    <message>
        <source>The room's weather</source>
        <translation>The room's weather</translation>
    </message>
</context>
</TS>