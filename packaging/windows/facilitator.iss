; Inno Setup script: the Windows installer of the one-folder bundle that
; `pyinstaller packaging\facilitator.spec` leaves in dist\facilitator-app.
; Build on Windows with: iscc packaging\windows\facilitator.iss
; The identity below is the one of facilitator_app/__init__.py (tests/test_packaging_files.py
; checks that they agree): change it there first.
;
; A trainer's laptop is often locked down: the installer needs no administrator rights
; (it installs for the current user) and asks nothing of the network.

#define AppId "fr.facilitation.FacilitatorApp"
#define AppName "Facilitator"
#define AppSlug "facilitator-app"
#define AppVersion "0.1.0"
#define AppPublisher "Facilitator"

[Setup]
AppId={#AppId}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppPublisher}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist
OutputBaseFilename={#AppSlug}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
UninstallDisplayIcon={app}\{#AppSlug}.exe
SetupIconFile=facilitator.ico
ChangesAssociations=yes
; The user's workshops live in their data folder, never in {app}: uninstalling keeps them.

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\dist\{#AppSlug}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppSlug}.exe"
Name: "{userdesktop}\{#AppName}"; Filename: "{app}\{#AppSlug}.exe"; Tasks: desktopicon

[Registry]
; Double-clicking a workshop file (.facilitator) opens it in the app.
Root: HKA; Subkey: "Software\Classes\.facilitator"; ValueType: string; ValueName: ""; ValueData: "{#AppId}.workshop"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#AppId}.workshop"; ValueType: string; ValueName: ""; ValueData: "{#AppName} workshop"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#AppId}.workshop\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppSlug}.exe"" ""%1"""

[Run]
Filename: "{app}\{#AppSlug}.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
