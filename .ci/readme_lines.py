"""README.md's quick-start lines, as CI reads and runs them (standard library only).

    python3 .ci/readme_lines.py check                 print the four lines; fail when they do not fit the pattern
    python3 .ci/readme_lines.py show linux-test       print one line (linux-app, linux-test, windows-app, windows-test)
    python3 .ci/readme_lines.py run-app DIR HOME      run the Linux app line in DIR (a scratch copy of the checkout)
                                                      with JIARENBASE_HOME=HOME, until the app waits at its sign-in

The Quick start section of README.md gives two lines per system: Linux/macOS lines start
with `python3 -m venv .venv`, Windows `cmd` lines with `py -m venv .venv`; the app line ends
by opening the app on demo data, the test line installs ".[test]" and runs pytest. The Windows
lines must be the Linux ones with `python3` → `py` and `.venv/bin/` → `.venv\\Scripts\\`, so that
CI, which runs the Linux ones, vouches for both.
"""
from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

README = Path(__file__).resolve().parents[1] / "README.md"
LINUX_START, WINDOWS_START = "python3 -m venv .venv && ", "py -m venv .venv && "


class Drift(Exception):
    """README.md's quick-start lines do not follow the pattern CI relies on."""


def quick_start_lines(text: str) -> dict[str, str]:
    """{'linux-app': …, 'linux-test': …, 'windows-app': …, 'windows-test': …} from the Quick start section."""
    section = re.search(r"^## Quick start\n(.*?)(?=^## )", text, re.S | re.M)
    if section is None:
        raise Drift("README.md has no '## Quick start' section followed by another '## ' section")
    lines = [line.strip() for block in re.findall(r"^```[^\n]*\n(.*?)^```", section.group(1), re.S | re.M)
             for line in block.splitlines() if line.strip()]
    found: dict[str, str] = {}
    for line in lines:
        system = "linux" if line.startswith(LINUX_START) else "windows" if line.startswith(WINDOWS_START) else None
        if system is None:
            raise Drift(f"a quick-start line starts neither with {LINUX_START!r} nor {WINDOWS_START!r}: {line}")
        kind = "test" if '".[test]"' in line and line.endswith("-m pytest") else "app"
        key = f"{system}-{kind}"
        if key in found:
            raise Drift(f"README.md gives two {key} lines:\n  {found[key]}\n  {line}")
        found[key] = line
    missing = [k for k in ("linux-app", "linux-test", "windows-app", "windows-test") if k not in found]
    if missing:
        raise Drift(f"README.md's Quick start lacks the {', '.join(missing)} line(s)")
    for kind in ("app", "test"):
        linux, windows = found[f"linux-{kind}"], found[f"windows-{kind}"]
        expected = WINDOWS_START + linux.removeprefix(LINUX_START).replace(".venv/bin/", ".venv\\Scripts\\")
        if windows != expected:
            raise Drift(f"the Windows {kind} line is not the Linux one in cmd's words:\n"
                        f"  Linux:    {linux}\n  Windows:  {windows}\n  expected: {expected}")
        rest = linux.removeprefix(LINUX_START)
        if re.search(r"(^|&& )(python3?|pip3?|jiarenbase) ", rest):
            raise Drift(f"after creating .venv the Linux {kind} line must call .venv/bin/… only: {linux}")
    if "jiarenbase demo" not in found["linux-app"]:
        raise Drift(f"the app line does not write the demo data (jiarenbase demo): {found['linux-app']}")
    return found


def run_app(line: str, checkout: Path, home: Path, timeout: float = 900, settle: float = 8) -> int:
    """Run the Linux app line in `checkout` (offscreen). It passes when the app has opened the
    demo database and is still running `settle` seconds later (waiting at its sign-in window)."""
    home.mkdir(parents=True, exist_ok=True)
    log = home.parent / "readme-app-line.log"
    app_log = home / "logs" / "jiarenbase.log"
    env = {**os.environ, "JIARENBASE_HOME": str(home), "QT_QPA_PLATFORM": "offscreen"}
    print(f"running in {checkout}:\n  {line}", flush=True)
    started = time.monotonic()
    with open(log, "wb") as out:
        proc = subprocess.Popen(["bash", "-c", line], cwd=checkout, env=env, stdin=subprocess.DEVNULL,
                                stdout=out, stderr=subprocess.STDOUT, start_new_session=True)
    opened_at = None
    verdict = ""
    try:
        while True:
            time.sleep(0.5)
            text = app_log.read_text(encoding="utf-8", errors="replace") if app_log.exists() else ""
            if opened_at is None and re.search(r" INFO jiarenbase: Database ", text):
                opened_at = time.monotonic()
            if proc.poll() is not None:
                verdict = f"the line ended (exit {proc.returncode}) instead of leaving the app open"
                break
            if " ERROR " in text or "Traceback" in text:
                verdict = "the app logged an error"
                break
            if opened_at is not None and time.monotonic() - opened_at >= settle:
                break
            if time.monotonic() - started > timeout:
                verdict = f"the app was not open on the demo database after {timeout:g} s"
                break
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)
            try:
                proc.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(proc.pid, signal.SIGKILL)
                proc.wait()
    output = log.read_text(encoding="utf-8", errors="replace")
    if verdict:
        print(output[-6000:], file=sys.stderr)
        if app_log.exists():
            tail = app_log.read_text(encoding="utf-8", errors="replace")[-4000:]
            print(f"--- the app's log:\n{tail}", file=sys.stderr)
        print(f"README's app line failed: {verdict}", file=sys.stderr)
        return 1
    demo = [ln for ln in output.splitlines() if "演示" in ln or "Demo" in ln]
    print("\n".join(demo[:2]))
    print(f"the app opened the demo database and waited at its sign-in window "
          f"({time.monotonic() - started:.0f} s in all); stopped it", flush=True)
    return 0


def main(argv: list[str]) -> int:
    try:
        lines = quick_start_lines(README.read_text(encoding="utf-8"))
    except Drift as exc:
        print(f"README.md: {exc}", file=sys.stderr)
        return 1
    match argv:
        case ["check"]:
            for key, line in lines.items():
                print(f"{key:>12}: {line}")
            return 0
        case ["show", key] if key in lines:
            print(lines[key])
            return 0
        case ["run-app", checkout, home]:
            return run_app(lines["linux-app"], Path(checkout), Path(home))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
