; Inno Setup script: installs Welbevinden Planner for the current user only — no administrator rights needed.
;
; Build on Windows after `python packaging/build.py --smoke`:
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.2.0 packaging\installer.iss
; Output: dist\WelbevindenPlanner-<version>-setup.exe
;
; What it does (checked against the Inno Setup 6 documentation):
; * PrivilegesRequired=lowest: Setup runs without elevation; {autopf} then means the user's own program folder
;   (%LOCALAPPDATA%\Programs), {autoprograms} the user's own Start menu and HKA the user's HKEY_CURRENT_USER.
; * A Start-menu entry for the app (and one for the command-line companion's folder is not needed: it is used
;   from a terminal, e.g. "%LOCALAPPDATA%\Programs\Welbevinden Planner\wellbeing-planner-cli.exe list").
; * The .wbplan file association for this user (HKA\Software\Classes); ChangesAssociations makes Explorer
;   refresh its icons; the keys go again on uninstall (uninsdeletekey / uninsdeletevalue).
; * The uninstaller removes only what Setup installed. The user's plans, backups and logs live in
;   %LOCALAPPDATA%\Welbevinden Planner\wellbeing-planner and are deliberately not listed under [UninstallDelete],
;   so they stay — a reinstall finds every plan again.

#ifndef AppVersion
  #define AppVersion "0.2.0"
#endif
#define AppName "Welbevinden Planner"
#define AppExe "wellbeing-planner.exe"
#define ProgId "WelbevindenPlanner.Planbestand"

[Setup]
AppId={{6B7E4C1D-2F0A-4E8B-9D3C-57A1B2C3D4E5}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ChangesAssociations=yes
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir=..\dist
OutputBaseFilename=WelbevindenPlanner-{#AppVersion}-setup
SetupIconFile=..\resources\icons\app.ico
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
ShowLanguageDialog=auto

[Languages]
Name: "nl"; MessagesFile: "compiler:Languages\Dutch.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder bundle made by PyInstaller.
Source: "..\dist\WelbevindenPlanner\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; .wbplan → "Planbestand van Welbevinden Planner", opened by the app (which offers to import it).
Root: HKA; Subkey: "Software\Classes\.wbplan"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.wbplan\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "Planbestand van {#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".wbplan"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
