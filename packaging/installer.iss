; Inno Setup script for JiarenBase (Inno Setup 6). Built by packaging\build_windows.ps1:
;   ISCC.exe /DAppVersion=0.1.0 packaging\installer.iss
; Installs the PyInstaller bundle (dist\JiarenBase) under Program Files: JiarenBase.exe, the desktop
; (windowed), and jiarenbase-cli.exe, the command line (a console program: its output and exit
; code reach cmd, PowerShell and Task Scheduler), sharing one folder. The data (database,
; backups, settings, logs) lives in %LOCALAPPDATA%\JiarenBase, which the installer never
; touches: uninstalling or upgrading keeps it, and the next start migrates it.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{6E2B8F4A-3C1D-4F7E-9A5B-2D8C0E1F4A6B}
AppName=JiarenBase
AppVersion={#AppVersion}
AppVerName=JiarenBase {#AppVersion}
AppPublisher=自家人（上海）文化有限公司
VersionInfoVersion={#AppVersion}
VersionInfoDescription=JiarenBase 自家人直播实训基地教务系统
DefaultDirName={autopf}\JiarenBase
DefaultGroupName=JiarenBase
UninstallDisplayIcon={app}\JiarenBase.exe
SetupIconFile=jiarenbase.ico
OutputDir=..\dist\installer
OutputBaseFilename=JiarenBase-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
PrivilegesRequiredOverridesAllowed=dialog
WizardStyle=modern
CloseApplications=yes

[Languages]
; ChineseSimplified.isl ships with Inno Setup 6.1 and later (else take it from jrsoftware.org/files/istrans)
Name: "chinesesimplified"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.DesktopIcon=在桌面创建快捷方式
english.DesktopIcon=Create a desktop shortcut
chinesesimplified.RunAfter=启动 JiarenBase
english.RunAfter=Start JiarenBase
chinesesimplified.SelfTest=JiarenBase 自检
english.SelfTest=JiarenBase self-test
chinesesimplified.CommandLine=JiarenBase 命令行
english.CommandLine=JiarenBase command line

[Tasks]
Name: "desktopicon"; Description: "{cm:DesktopIcon}"; Flags: checkedonce

[Files]
; both programs and everything they share
Source: "..\dist\JiarenBase\JiarenBase.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\dist\JiarenBase\jiarenbase-cli.exe"; DestDir: "{app}"; Flags: ignoreversion
Source: "..\dist\JiarenBase\*"; Excludes: "JiarenBase.exe,jiarenbase-cli.exe"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\JiarenBase"; Filename: "{app}\JiarenBase.exe"
; The self-test runs the console program in a console window that stays open with its report
; (what was checked, or what failed) until a key is pressed:  cmd /c ""…\jiarenbase-cli.exe" --selftest & pause"
Name: "{group}\{cm:SelfTest}"; Filename: "{cmd}"; Parameters: "/c """"{app}\jiarenbase-cli.exe"" --selftest & pause"""; WorkingDir: "{app}"; IconFilename: "{app}\JiarenBase.exe"
; A console in the program folder, for IT: jiarenbase-cli check, backup, restore …
Name: "{group}\{cm:CommandLine}"; Filename: "{cmd}"; Parameters: "/k ""{app}\jiarenbase-cli.exe"" --help"; WorkingDir: "{app}"
Name: "{group}\{cm:UninstallProgram,JiarenBase}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\JiarenBase"; Filename: "{app}\JiarenBase.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\JiarenBase.exe"; Description: "{cm:RunAfter}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete] entry for the data folder on purpose: %LOCALAPPDATA%\JiarenBase stays.
