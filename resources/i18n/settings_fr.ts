<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>BackupsBox</name>
    <message>
        <source>at start</source>
        <translation>au démarrage</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>faite à la main</translation>
    </message>
    <message>
        <source>before an update of the data</source>
        <translation>avant une mise à jour des données</translation>
    </message>
    <message>
        <source>at the end of a workshop</source>
        <translation>à la fin d’un atelier</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>avant une restauration</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Sauvegardes, de la plus récente à la plus ancienne</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Restore the selected backup...</source>
        <translation>Restaurer la sauvegarde choisie…</translation>
    </message>
    <message>
        <source>This database is not a file of this computer: no backups.</source>
        <translation>Cette base de données n’est pas un fichier de cet ordinateur : pas de sauvegarde.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>Dans {folder}</translation>
    </message>
    <message>
        <source>{when}, {reason} ({size} MB)</source>
        <translation>{when}, {reason} ({size} Mo)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <source>Close the live console first.</source>
        <translation>Fermez d’abord la console d’animation.</translation>
    </message>
    <message>
        <source>Put the backup of {when} in place of the data? What you changed since then is not lost: the current file is kept beside it.</source>
        <translation>Remettre la sauvegarde du {when} à la place des données ? Ce que vous avez changé depuis n’est pas perdu : le fichier actuel est gardé à côté.</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the data folder</source>
        <translation>Afficher le dossier des données</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Changer…</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Choisir un autre dossier des données</translation>
    </message>
    <message>
        <source>This window was started with --data-dir: a folder chosen here is used by the starts without it.</source>
        <translation>Cette fenêtre a été lancée avec --data-dir : un dossier choisi ici sert aux lancements sans cette option.</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>Au prochain lancement : {folder}</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choisir le dossier des données</translation>
    </message>
    <message>
        <source>Open the data of this folder</source>
        <translation>Ouvrir les données de ce dossier</translation>
    </message>
    <message>
        <source>{folder} already holds the application&apos;s data. Open it from the next start? The data of {current} stays where it is.</source>
        <translation>{folder} contient déjà des données de l’application. Les ouvrir au prochain lancement ? Les données de {current} restent où elles sont.</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>Un dossier vide</translation>
    </message>
    <message>
        <source>{folder} is empty. Move your data there (it leaves {current}, and the application closes once it is moved), or start there with no data (yours stays in {current})?</source>
        <translation>{folder} est vide. Y déplacer vos données (elles quittent {current}, et l’application se ferme une fois le déplacement fait), ou y commencer sans données (les vôtres restent dans {current}) ?</translation>
    </message>
    <message>
        <source>Move my data there</source>
        <translation>Y déplacer mes données</translation>
    </message>
    <message>
        <source>Start empty there</source>
        <translation>Y commencer à vide</translation>
    </message>
    <message>
        <source>Data folder chosen</source>
        <translation>Dossier des données choisi</translation>
    </message>
    <message>
        <source>The application opens {folder} from its next start; this window goes on with {current} until it closes.</source>
        <translation>L’application ouvrira {folder} dès son prochain lancement ; cette fenêtre continue avec {current} jusqu’à sa fermeture.</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Fermer l’application</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
    <message>
        <source>Move the data</source>
        <translation>Déplacer les données</translation>
    </message>
    <message>
        <source>Close the live console first.</source>
        <translation>Fermez d’abord la console d’animation.</translation>
    </message>
    <message>
        <source>This database is not a file of this computer: there is nothing to move.</source>
        <translation>Cette base de données n’est pas un fichier de cet ordinateur : il n’y a rien à déplacer.</translation>
    </message>
    <message>
        <source>Data moved</source>
        <translation>Données déplacées</translation>
    </message>
    <message>
        <source>Your data is now in {folder}. The application closes: start it again to go on with it.</source>
        <translation>Vos données sont maintenant dans {folder}. L’application se ferme : relancez-la pour continuer avec elles.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de la fenêtre</translation>
    </message>
    <message>
        <source>Language of the printed documents</source>
        <translation>Langue des documents imprimés</translation>
    </message>
    <message>
        <source>Timer and chimes</source>
        <translation>Minuteur et carillons</translation>
    </message>
    <message>
        <source>Warnings measured in</source>
        <translation>Alertes mesurées en</translation>
    </message>
    <message>
        <source>Amber with this much left</source>
        <translation>Orange quand il reste</translation>
    </message>
    <message>
        <source>Red with this much left</source>
        <translation>Rouge quand il reste</translation>
    </message>
    <message>
        <source>Warning colour before the end</source>
        <translation>Couleur d’alerte avant la fin</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Or warn with this share of the step left</source>
        <translation>Ou alerter quand il reste cette part de l’étape</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>0: use the seconds above</source>
        <translation>0 : utiliser les secondes ci-dessus</translation>
    </message>
    <message>
        <source>Soft chime before the end</source>
        <translation>Carillon doux avant la fin</translation>
    </message>
    <message>
        <source>0: no soft chime</source>
        <translation>0 : pas de carillon doux</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Volume des carillons</translation>
    </message>
    <message>
        <source>Mute the chimes</source>
        <translation>Couper les carillons</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projecteur</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Écran</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>Show the time of day</source>
        <translation>Afficher l’heure</translation>
    </message>
    <message>
        <source>Flash when the time is up</source>
        <translation>Clignoter quand le temps est écoulé</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Téléphones</translation>
    </message>
    <message>
        <source>Port the phones connect to</source>
        <translation>Port auquel les téléphones se connectent</translation>
    </message>
    <message>
        <source>Used the next time the door opens; change it when another program holds it.</source>
        <translation>Pris en compte à la prochaine ouverture aux téléphones ; à changer si un autre programme l’occupe.</translation>
    </message>
    <message>
        <source>Address the door listens on</source>
        <translation>Adresse d’écoute pour les téléphones</translation>
    </message>
    <message>
        <source>0.0.0.0: every network of the laptop; or one address of the laptop.</source>
        <translation>0.0.0.0 : tous les réseaux de l’ordinateur ; ou une seule adresse de l’ordinateur.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Données personnelles</translation>
    </message>
    <message>
        <source>Contact details and names on outputs kept</source>
        <translation>Coordonnées et noms sur les productions gardés</translation>
    </message>
    <message>
        <source> months</source>
        <translation> mois</translation>
    </message>
    <message>
        <source>Months after a workshop&apos;s last day; then e-mails and notes go and names come off what the room produced. 0: kept until removed by hand.</source>
        <translation>Mois après le dernier jour d’un atelier ; ensuite les courriels et les notes sont effacés et les noms retirés des productions de la salle. 0 : gardés jusqu’à ce qu’on les retire à la main.</translation>
    </message>
    <message>
        <source>Rosters and attendance kept</source>
        <translation>Listes de participants et présences gardées</translation>
    </message>
    <message>
        <source>Months after a workshop&apos;s last day; keep attendance sheets as long as your funders and the law ask. 0: kept until removed by hand.</source>
        <translation>Mois après le dernier jour d’un atelier ; gardez les feuilles d’émargement aussi longtemps que vos financeurs et la loi le demandent. 0 : gardées jusqu’à ce qu’on les retire à la main.</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Données et sauvegardes</translation>
    </message>
    <message>
        <source>Routine backups kept</source>
        <translation>Sauvegardes courantes gardées</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <source>The workshop&apos;s language</source>
        <translation>La langue de l’atelier</translation>
    </message>
    <message>
        <source>share of the step (%)</source>
        <translation>part de l’étape (%)</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>secondes restantes</translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation>Texte clair sur fond noir</translation>
    </message>
    <message>
        <source>Dark text on white</source>
        <translation>Texte foncé sur fond blanc</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Automatic: the screen without the console</source>
        <translation>Automatique : l’écran sans la console</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (non branché)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier des données</translation>
    </message>
    <message>
        <source>Everything stays in this folder, on this computer. Another folder chosen here is used from the next start (--data-dir FOLDER still wins).</source>
        <translation>Tout reste dans ce dossier, sur cet ordinateur. Un autre dossier choisi ici sert dès le prochain lancement (--data-dir DOSSIER garde la priorité).</translation>
    </message>
</context>
</TS>
