"""README.md's quick-start lines (issue 20) and the bundle's two programs (issue 14, item 10).

`.ci/run` runs the Linux lines in a scratch copy of the checkout (the app line until the app
waits at its sign-in window, the test line in full); these tests catch, in seconds, an edit
that would make the lines drift from the pattern CI relies on."""
from __future__ import annotations

import importlib.util
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _readme_lines():
    spec = importlib.util.spec_from_file_location("readme_lines", ROOT / ".ci" / "readme_lines.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_readme_gives_two_venv_lines_per_system():
    lines = _readme_lines().quick_start_lines((ROOT / "README.md").read_text(encoding="utf-8"))
    assert lines["linux-app"] == ("python3 -m venv .venv && .venv/bin/python -m pip install -e . && "
                                  ".venv/bin/jiarenbase demo && .venv/bin/jiarenbase")
    assert lines["linux-test"] == ('python3 -m venv .venv && .venv/bin/python -m pip install -e ".[test]" && '
                                   ".venv/bin/python -m pytest")
    assert lines["windows-test"] == ('py -m venv .venv && .venv\\Scripts\\python -m pip install -e ".[test]" && '
                                     ".venv\\Scripts\\python -m pytest")


def _readme(linux_app: str, windows_app: str) -> str:
    return ("# X\n\n## Quick start\n\n```\n" + linux_app + "\n"
            'python3 -m venv .venv && .venv/bin/python -m pip install -e ".[test]" && .venv/bin/python -m pytest\n'
            "```\n\n```\n" + windows_app + "\n"
            'py -m venv .venv && .venv\\Scripts\\python -m pip install -e ".[test]" && '
            '.venv\\Scripts\\python -m pytest\n'
            "```\n\n## Next\n")


LINUX_APP = ("python3 -m venv .venv && .venv/bin/python -m pip install -e . && .venv/bin/jiarenbase demo && "
             ".venv/bin/jiarenbase")
WINDOWS_APP = ("py -m venv .venv && .venv\\Scripts\\python -m pip install -e . && .venv\\Scripts\\jiarenbase demo && "
               ".venv\\Scripts\\jiarenbase")


def test_the_pattern_is_read_from_a_readme():
    lines = _readme_lines().quick_start_lines(_readme(LINUX_APP, WINDOWS_APP))
    assert lines["linux-app"] == LINUX_APP and lines["windows-app"] == WINDOWS_APP


@pytest.mark.parametrize(("linux_app", "windows_app", "complaint"), [
    # the Windows line says something else than the Linux one CI runs
    (LINUX_APP, WINDOWS_APP.replace(" demo", ""), "not the Linux one in cmd's words"),
    # a bare `python` after the venv exists (not a command on Debian 12)
    (LINUX_APP.replace(".venv/bin/python -m pip", "python -m pip"),
     WINDOWS_APP.replace(".venv\\Scripts\\python -m pip", "python -m pip"), "must call .venv/bin/"),
    # pip into the system's Python (PEP 668 refuses it)
    ("python -m pip install -e . && python -m jiarenbase demo && python -m jiarenbase", WINDOWS_APP, "starts neither"),
])
def test_a_line_that_drifts_is_refused(linux_app, windows_app, complaint):
    module = _readme_lines()
    with pytest.raises(module.Drift, match=re.escape(complaint)):
        module.quick_start_lines(_readme(linux_app, windows_app))


def test_ci_runs_the_readme_lines_from_a_venv():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert 'readme_lines.py show linux-test' in ci and 'bash -c "$TEST_LINE"' in ci
    assert "readme_lines.py\" run-app" in ci
    assert '"$VENV_BIN/ruff" check .' in ci and '"$VENV_BIN/python" -m PyInstaller' in ci
    assert ".venv/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()


def test_the_bundle_has_a_console_program_beside_the_windowed_one():
    spec = (ROOT / "packaging" / "jiarenbase.spec").read_text(encoding="utf-8")
    assert 'executable("JiarenBase", console=False)' in spec
    assert 'executable("jiarenbase-cli", console=True)' in spec
    iss = (ROOT / "packaging" / "installer.iss").read_text(encoding="utf-8")
    assert 'Source: "..\\dist\\JiarenBase\\JiarenBase.exe"' in iss
    assert 'Source: "..\\dist\\JiarenBase\\jiarenbase-cli.exe"' in iss
    self_test = next(line for line in iss.splitlines() if line.startswith('Name: "{group}\\{cm:SelfTest}"'))
    # the console program, in a console window that stays open with the result
    assert 'Filename: "{cmd}"' in self_test and "jiarenbase-cli.exe\"\" --selftest & pause" in self_test
    build = (ROOT / "packaging" / "build_windows.ps1").read_text(encoding="utf-8")
    assert build.count("-Wait -PassThru") == 2 and build.count("$test.ExitCode -ne 0") == 2
