# Builds JiarenBase's Windows installer: dist\installer\JiarenBase-<version>-setup.exe
#
#   powershell -ExecutionPolicy Bypass -File packaging\build_windows.ps1
#
# Needs: Python 3.11+ (64-bit) on PATH, Inno Setup 6 (ISCC.exe on PATH or in its default folder).
# Run from anywhere; it works in the repository root.
$ErrorActionPreference = "Stop"
Set-Location (Join-Path $PSScriptRoot "..")

python -m pip install --upgrade pip
python -m pip install -e ".[build]"
python packaging\make_version_info.py
python -m PyInstaller packaging\jiarenbase.spec --noconfirm
& dist\JiarenBase\JiarenBase.exe --selftest
if ($LASTEXITCODE -ne 0) { throw "the bundle's self-test failed" }

$version = python -c "import jiarenbase; print(jiarenbase.__version__)"
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\installer.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "Built dist\installer\JiarenBase-$version-setup.exe"
