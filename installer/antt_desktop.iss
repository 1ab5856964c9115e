; Inno Setup 6 script: the Windows installer of ANTT Desktop, in Vietnamese. installer/build.py compiles it
; after PyInstaller has built dist\ANTT Desktop\, passing the name and version read from pyproject.toml:
;   ISCC.exe /DAppVersion=0.1.0 installer\antt_desktop.iss
; Data lives in %LOCALAPPDATA%\ANTT\ANTT Desktop, outside {app}: uninstalling leaves it in place.

#ifndef AppVersion
  #error Pass the version: ISCC /DAppVersion=x.y.z installer\antt_desktop.iss (installer/build.py does)
#endif
#define AppName "ANTT Desktop"
#define AppExe "ANTT Desktop.exe"
#define PackageClass "ANTTDesktop.SyncPackage"

[Setup]
AppId={{6E1C3C52-7B0B-4C8E-9D55-1A6E2B1F0A77}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=ANTT Desktop
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Installs for the current user without asking for an administrator; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
ChangesAssociations=yes
OutputDir=..\dist
OutputBaseFilename=ANTT-Desktop-Setup-{#AppVersion}
SetupIconFile=..\build\icon\antt.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
; English defaults first, then our Vietnamese texts over them (installer/vietnamese.isl).
Name: "vi"; MessagesFile: "compiler:Default.isl,vietnamese.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "..\dist\{#AppName}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "{cm:AppComment}"
Name: "{autoprograms}\{cm:GuideName}"; Filename: "{app}\{#AppExe}"; Parameters: "--guide"; Comment: "{cm:GuideComment}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; Double-clicking a sync package opens the app, which imports it after sign-in.
Root: HKA; Subkey: "Software\Classes\.anttsync"; ValueType: string; ValueName: ""; ValueData: "{#PackageClass}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.anttsync\OpenWithProgids"; ValueType: string; ValueName: "{#PackageClass}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#PackageClass}"; ValueType: string; ValueName: ""; ValueData: "{cm:PackageType}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#PackageClass}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#PackageClass}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
