; Inno Setup script: installs the bundle from dist\umconnect, a Start-menu
; entry and, if chosen, the connector as a Windows service.
; Build: iscc /DAppVersion=0.1.0 packaging\umconnect.iss  (after PyInstaller)

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6C1F0E1B-6A55-4F5E-9B8E-5F3B0C2D7A10}
AppName=umconnect
AppVersion={#AppVersion}
AppPublisher=umconnect
DefaultDirName={autopf}\umconnect
DefaultGroupName=umconnect
DisableProgramGroupPage=yes
; Installing a service and writing to ProgramData need an administrator.
PrivilegesRequired=admin
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
SetupIconFile=..\resources\umconnect.ico
UninstallDisplayIcon={app}\umconnect.exe
OutputDir=..\dist
OutputBaseFilename=umconnect-setup-{#AppVersion}
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
; An upgrade replaces the files in place; the service is stopped first.
CloseApplications=yes

[Tasks]
Name: "service"; Description: "Install and start the connector service now, from a configuration already in ProgramData (otherwise the wizard's last page installs it)"; Flags: unchecked
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Files]
Source: "..\dist\umconnect\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\umconnect setup wizard"; Filename: "{app}\umconnect.exe"
Name: "{group}\Uninstall umconnect"; Filename: "{uninstallexe}"
Name: "{autodesktop}\umconnect"; Filename: "{app}\umconnect.exe"; Tasks: desktopicon

[Run]
; A service that was installed before is upgraded in place (same settings,
; new program); a new one only when the task was chosen.
Filename: "{app}\umconnect-cli.exe"; Parameters: "service install --config ""{commonappdata}\umconnect\umconnect.toml"""; Flags: runhidden waituntilterminated; StatusMsg: "Installing the connector service…"; Check: WantService
Filename: "{app}\umconnect.exe"; Description: "Open the setup wizard"; Flags: nowait postinstall skipifsilent

[UninstallRun]
Filename: "{app}\umconnect-cli.exe"; Parameters: "service uninstall"; Flags: runhidden waituntilterminated; RunOnceId: "RemoveService"

[Code]
var
  ServiceWasInstalled: Boolean;

function PrepareToInstall(var NeedsRestart: Boolean): String;
var
  Code: Integer;
begin
  { Stop a running service so its files can be replaced. }
  ServiceWasInstalled := Exec(ExpandConstant('{sys}\sc.exe'), 'query umconnect', '',
    SW_HIDE, ewWaitUntilTerminated, Code) and (Code = 0);
  if ServiceWasInstalled then
    Exec(ExpandConstant('{sys}\sc.exe'), 'stop umconnect', '', SW_HIDE,
      ewWaitUntilTerminated, Code);
  Result := '';
end;

function WantService: Boolean;
begin
  { Only with a configuration to install from: the wizard writes it. }
  Result := (ServiceWasInstalled or WizardIsTaskSelected('service')) and
    FileExists(ExpandConstant('{commonappdata}\umconnect\umconnect.toml'));
end;
