<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>BackupsBox</name>
    <message>
        <source>at start</source>
        <translation>at start</translation>
    </message>
    <message>
        <source>made by hand</source>
        <translation>made by hand</translation>
    </message>
    <message>
        <source>before an update of the data</source>
        <translation>before an update of the data</translation>
    </message>
    <message>
        <source>at the end of a workshop</source>
        <translation>at the end of a workshop</translation>
    </message>
    <message>
        <source>before a restore</source>
        <translation>before a restore</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Backups</translation>
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation>Backups, newest first</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Back up now</translation>
    </message>
    <message>
        <source>Restore the selected backup...</source>
        <translation>Restore the selected backup...</translation>
    </message>
    <message>
        <source>This database is not a file of this computer: no backups.</source>
        <translation>This database is not a file of this computer: no backups.</translation>
    </message>
    <message>
        <source>In {folder}</source>
        <translation>In {folder}</translation>
    </message>
    <message>
        <source>{when}, {reason} ({size} MB)</source>
        <translation>{when}, {reason} ({size} MB)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <source>Close the live console first.</source>
        <translation>Close the live console first.</translation>
    </message>
    <message>
        <source>Put the backup of {when} in place of the data? What you changed since then is not lost: the current file is kept beside it.</source>
        <translation>Put the backup of {when} in place of the data? What you changed since then is not lost: the current file is kept beside it.</translation>
    </message>
</context>
<context>
    <name>DataFolderRow</name>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Show</translation>
    </message>
    <message>
        <source>Show the data folder</source>
        <translation>Show the data folder</translation>
    </message>
    <message>
        <source>Change...</source>
        <translation>Change...</translation>
    </message>
    <message>
        <source>Choose another data folder</source>
        <translation>Choose another data folder</translation>
    </message>
    <message>
        <source>This window was started with --data-dir: a folder chosen here is used by the starts without it.</source>
        <translation>This window was started with --data-dir: a folder chosen here is used by the starts without it.</translation>
    </message>
    <message>
        <source>From the next start: {folder}</source>
        <translation>From the next start: {folder}</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Choose the data folder</translation>
    </message>
    <message>
        <source>Open the data of this folder</source>
        <translation>Open the data of this folder</translation>
    </message>
    <message>
        <source>{folder} already holds the application's data. Open it from the next start? The data of {current} stays where it is.</source>
        <translation>{folder} already holds the application's data. Open it from the next start? The data of {current} stays where it is.</translation>
    </message>
    <message>
        <source>An empty folder</source>
        <translation>An empty folder</translation>
    </message>
    <message>
        <source>{folder} is empty. Move your data there (it leaves {current}, and the application closes once it is moved), or start there with no data (yours stays in {current})?</source>
        <translation>{folder} is empty. Move your data there (it leaves {current}, and the application closes once it is moved), or start there with no data (yours stays in {current})?</translation>
    </message>
    <message>
        <source>Move my data there</source>
        <translation>Move my data there</translation>
    </message>
    <message>
        <source>Start empty there</source>
        <translation>Start empty there</translation>
    </message>
    <message>
        <source>Data folder chosen</source>
        <translation>Data folder chosen</translation>
    </message>
    <message>
        <source>The application opens {folder} from its next start; this window goes on with {current} until it closes.</source>
        <translation>The application opens {folder} from its next start; this window goes on with {current} until it closes.</translation>
    </message>
    <message>
        <source>Close the application</source>
        <translation>Close the application</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <source>Move the data</source>
        <translation>Move the data</translation>
    </message>
    <message>
        <source>Close the live console first.</source>
        <translation>Close the live console first.</translation>
    </message>
    <message>
        <source>This database is not a file of this computer: there is nothing to move.</source>
        <translation>This database is not a file of this computer: there is nothing to move.</translation>
    </message>
    <message>
        <source>Data moved</source>
        <translation>Data moved</translation>
    </message>
    <message>
        <source>Your data is now in {folder}. The application closes: start it again to go on with it.</source>
        <translation>Your data is now in {folder}. The application closes: start it again to go on with it.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Language of the window</translation>
    </message>
    <message>
        <source>Language of the printed documents</source>
        <translation>Language of the printed documents</translation>
    </message>
    <message>
        <source>Timer and chimes</source>
        <translation>Timer and chimes</translation>
    </message>
    <message>
        <source>Warnings measured in</source>
        <translation>Warnings measured in</translation>
    </message>
    <message>
        <source>Amber with this much left</source>
        <translation>Amber with this much left</translation>
    </message>
    <message>
        <source>Red with this much left</source>
        <translation>Red with this much left</translation>
    </message>
    <message>
        <source>Warning colour before the end</source>
        <translation>Warning colour before the end</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Or warn with this share of the step left</source>
        <translation>Or warn with this share of the step left</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>0: use the seconds above</source>
        <translation>0: use the seconds above</translation>
    </message>
    <message>
        <source>Soft chime before the end</source>
        <translation>Soft chime before the end</translation>
    </message>
    <message>
        <source>0: no soft chime</source>
        <translation>0: no soft chime</translation>
    </message>
    <message>
        <source>Chime volume</source>
        <translation>Chime volume</translation>
    </message>
    <message>
        <source>Mute the chimes</source>
        <translation>Mute the chimes</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>Projector</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screen</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Colours</translation>
    </message>
    <message>
        <source>Show the time of day</source>
        <translation>Show the time of day</translation>
    </message>
    <message>
        <source>Flash when the time is up</source>
        <translation>Flash when the time is up</translation>
    </message>
    <message>
        <source>Phones</source>
        <translation>Phones</translation>
    </message>
    <message>
        <source>Port the phones connect to</source>
        <translation>Port the phones connect to</translation>
    </message>
    <message>
        <source>Used the next time the door opens; change it when another program holds it.</source>
        <translation>Used the next time the door opens; change it when another program holds it.</translation>
    </message>
    <message>
        <source>Address the door listens on</source>
        <translation>Address the door listens on</translation>
    </message>
    <message>
        <source>0.0.0.0: every network of the laptop; or one address of the laptop.</source>
        <translation>0.0.0.0: every network of the laptop; or one address of the laptop.</translation>
    </message>
    <message>
        <source>Personal data</source>
        <translation>Personal data</translation>
    </message>
    <message>
        <source>Contact details and names on outputs kept</source>
        <translation>Contact details and names on outputs kept</translation>
    </message>
    <message>
        <source> months</source>
        <translation> months</translation>
    </message>
    <message>
        <source>Months after a workshop's last day; then e-mails and notes go and names come off what the room produced. 0: kept until removed by hand.</source>
        <translation>Months after a workshop's last day; then e-mails and notes go and names come off what the room produced. 0: kept until removed by hand.</translation>
    </message>
    <message>
        <source>Rosters and attendance kept</source>
        <translation>Rosters and attendance kept</translation>
    </message>
    <message>
        <source>Months after a workshop's last day; keep attendance sheets as long as your funders and the law ask. 0: kept until removed by hand.</source>
        <translation>Months after a workshop's last day; keep attendance sheets as long as your funders and the law ask. 0: kept until removed by hand.</translation>
    </message>
    <message>
        <source>Data and backups</source>
        <translation>Data and backups</translation>
    </message>
    <message>
        <source>Routine backups kept</source>
        <translation>Routine backups kept</translation>
    </message>
    <message>
        <source>The system's language</source>
        <translation>The system's language</translation>
    </message>
    <message>
        <source>The workshop's language</source>
        <translation>The workshop's language</translation>
    </message>
    <message>
        <source>share of the step (%)</source>
        <translation>share of the step (%)</translation>
    </message>
    <message>
        <source>seconds left</source>
        <translation>seconds left</translation>
    </message>
    <message>
        <source>Light text on black</source>
        <translation>Light text on black</translation>
    </message>
    <message>
        <source>Dark text on white</source>
        <translation>Dark text on white</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Automatic: the screen without the console</source>
        <translation>Automatic: the screen without the console</translation>
    </message>
    <message>
        <source>{name} (not connected)</source>
        <translation>{name} (not connected)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Data folder</translation>
    </message>
    <message>
        <source>Everything stays in this folder, on this computer. Another folder chosen here is used from the next start (--data-dir FOLDER still wins).</source>
        <translation>Everything stays in this folder, on this computer. Another folder chosen here is used from the next start (--data-dir FOLDER still wins).</translation>
    </message>
</context>
</TS>