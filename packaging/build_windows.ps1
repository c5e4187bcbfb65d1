# Builds JiarenBase's Windows installer: dist\installer\JiarenBase-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#
# Needs: Python 3.11+ (64-bit; the `py` launcher or `python` on PATH), Inno Setup 6 (ISCC.exe on PATH
# or in its default folder). Run from anywhere; it works in the repository root, in the same .venv
# as the README's lines. The bundle (dist\JiarenBase) holds two programs: JiarenBase.exe (the desktop,
# windowed) and jiarenbase-cli.exe (the command line, a console program).
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

function Invoke-Checked {
    # Runs a program and stops the build when it fails (PowerShell does not, for native programs).
    param([string]$Program, [Parameter(ValueFromRemainingArguments = $true)][string[]]$Arguments)
    & $Program @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Program $($Arguments -join ' ') failed (exit code $LASTEXITCODE)" }
}

if (-not (Test-Path ".venv\Scripts\python.exe")) {
    $launcher = if (Get-Command py -ErrorAction SilentlyContinue) { "py" } else { "python" }
    Invoke-Checked $launcher -m venv .venv
}
$py = (Resolve-Path ".venv\Scripts\python.exe").Path
Invoke-Checked $py -m pip install --upgrade pip
Invoke-Checked $py -m pip install -e ".[build]"
Invoke-Checked $py packaging\make_version_info.py
Invoke-Checked $py -m PyInstaller packaging\jiarenbase.spec --noconfirm

$bundle = "dist\JiarenBase"
foreach ($exe in "JiarenBase.exe", "jiarenbase-cli.exe") {
    if (-not (Test-Path (Join-Path $bundle $exe))) { throw "the bundle lacks $exe" }
}
# Self-test gate. Start-Process -Wait waits for the program to end (PowerShell does not wait for a
# windowed program by itself) and -PassThru gives its own exit code, not a stale $LASTEXITCODE.
# The console program first: its report appears in this window.
$test = Start-Process -FilePath (Join-Path $bundle "jiarenbase-cli.exe") -ArgumentList "--selftest" `
    -NoNewWindow -Wait -PassThru
if ($test.ExitCode -ne 0) { throw "the bundle's self-test failed: jiarenbase-cli.exe --selftest exited $($test.ExitCode)" }
$test = Start-Process -FilePath (Join-Path $bundle "JiarenBase.exe") -ArgumentList "--selftest" -Wait -PassThru
if ($test.ExitCode -ne 0) { throw "the bundle's self-test failed: JiarenBase.exe --selftest exited $($test.ExitCode)" }
$check = & (Join-Path $bundle "jiarenbase-cli.exe") --version
if ($LASTEXITCODE -ne 0 -or -not $check) { throw "jiarenbase-cli.exe --version printed nothing" }
Write-Host "self-test passed; $check"

$version = (& $py -c "import jiarenbase; print(jiarenbase.__version__)").Trim()
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
Invoke-Checked $iscc "/DAppVersion=$version" packaging\installer.iss
Write-Host "Built dist\installer\JiarenBase-$version-setup.exe"
