"""Generated forms are committed and must match forms/*.ui (rule 6)."""
from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_forms_are_current():
    done = subprocess.run([sys.executable, str(ROOT / "packaging" / "build_forms.py"), "--check"],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


def test_every_form_has_a_generated_module():
    for ui in (ROOT / "forms").glob("*.ui"):
        assert (ROOT / "jiarenbase" / "gui" / "forms" / f"ui_{ui.stem}.py").exists(), ui.name


def test_translations_compiled():
    ts = ROOT / "resources" / "translations" / "jiarenbase_zh_CN.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 0
    assert "unfinished" not in ts.read_text(encoding="utf-8")
