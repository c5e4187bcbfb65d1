"""Compile forms/*.ui into jiarenbase/gui/forms/ui_*.py with pyside6-uic.

Run after editing a form in Qt Designer: `python packaging/build_forms.py`.
`--check` exits 1 when a generated file is missing or stale (the tests use it).
"""
from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FORMS = ROOT / "forms"
OUT = ROOT / "jiarenbase" / "gui" / "forms"
HEADER = "# GENERATED from forms/{name} by packaging/build_forms.py (pyside6-uic) - do not edit.\n"


def uic_command() -> list[str]:
    scripts = Path(sysconfig.get_path("scripts"))
    for name in ("pyside6-uic", "pyside6-uic.exe"):
        if (scripts / name).exists():
            return [str(scripts / name)]
    return [sys.executable, "-m", "PySide6.scripts.pyside_tool", "uic"]


def compile_form(ui: Path) -> str:
    done = subprocess.run([*uic_command(), "--no-autoconnection", str(ui)], capture_output=True, text=True,
                          check=True, encoding="utf-8")
    # Drop uic's own banner (it names the Qt version and changes between releases).
    body = "\n".join(line for line in done.stdout.splitlines()
                     if not line.startswith("## ") and not line.startswith("################")).lstrip()
    return HEADER.format(name=ui.name) + body + "\n"


def target(ui: Path) -> Path:
    return OUT / f"ui_{ui.stem}.py"


def main(argv: list[str]) -> int:
    check = "--check" in argv
    stale = []
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / "__init__.py").touch()
    for ui in sorted(FORMS.glob("*.ui")):
        code = compile_form(ui)
        out = target(ui)
        current = out.read_text(encoding="utf-8") if out.exists() else None
        if current != code:
            stale.append(out.relative_to(ROOT))
            if not check:
                out.write_text(code, encoding="utf-8")
    if check and stale:
        print("Stale generated forms (run python packaging/build_forms.py):", *stale, sep="\n  ")
        return 1
    if not check:
        print(f"{len(list(FORMS.glob('*.ui')))} forms compiled; {len(stale)} changed.")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
