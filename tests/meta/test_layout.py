"""The house rules that a test can hold: tests mirror the package, every GUI module is
named by at least one test, no hand-made background-call plumbing is left."""
from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _test_sources() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in (ROOT / "tests").rglob("*.py"))


def test_every_gui_module_is_named_by_a_test():
    tests = _test_sources()
    test_files = {p.name for p in (ROOT / "tests").rglob("test_*.py")}
    missing = []
    for path in sorted((ROOT / "jiarenbase" / "gui").rglob("*.py")):
        if "forms" in path.parts or path.name == "__init__.py":
            continue
        if f"test_{path.stem}.py" not in test_files and not re.search(r"\b" + re.escape(path.stem) + r"\b", tests):
            missing.append(str(path.relative_to(ROOT)))
    assert missing == [], f"GUI modules no test names: {missing}"


def test_test_file_names_are_unique():
    seen: dict[str, Path] = {}
    clashes = []
    for path in (ROOT / "tests").rglob("test_*.py"):
        if path.name in seen:
            clashes.append((str(seen[path.name]), str(path)))
        seen[path.name] = path
    assert clashes == []


def test_one_way_to_run_work_in_the_background():
    pattern = re.compile(r"TaskRunner|CountedCalls|shiboken6\.isValid|Shiboken\.isValid")
    hits = [f"{p.relative_to(ROOT)}:{n}" for p in (ROOT / "jiarenbase").rglob("*.py")
            for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1) if pattern.search(line)]
    assert hits == []


def test_no_wheel_or_binary_package_is_tracked():
    import subprocess

    tracked = subprocess.run(["git", "ls-files"], cwd=ROOT, capture_output=True, text=True).stdout.split()
    if not tracked:  # not a git checkout (an sdist): nothing to check
        return
    assert [f for f in tracked if f.endswith((".whl", ".egg", ".tar.gz"))] == []
