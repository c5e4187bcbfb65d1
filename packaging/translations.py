"""Update resources/translations/*.ts from the sources (pyside6-lupdate) and
compile them to .qm (pyside6-lrelease). Translators edit the .ts in Qt Linguist.

    python packaging/translations.py          # update .ts and build .qm
"""
from __future__ import annotations

import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS_DIR = ROOT / "resources" / "translations"
LANGS = ("zh_CN",)


def tool(name: str) -> str:
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (name, name + ".exe"):
        if (scripts / candidate).exists():
            return str(scripts / candidate)
    return name


def sources() -> list[str]:
    gui = ROOT / "jiarenbase" / "gui"
    code = [str(p) for p in sorted(gui.rglob("*.py")) if "forms" not in p.parts]
    return code + [str(p) for p in sorted((ROOT / "forms").glob("*.ui"))]


def main() -> int:
    for lang in LANGS:
        ts = TS_DIR / f"jiarenbase_{lang}.ts"
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-ts", str(ts)], check=True)
        subprocess.run([tool("pyside6-lrelease"), str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
