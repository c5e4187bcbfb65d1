"""Benchmark figures of the desktop as a whole, issue 7:

    app start: from starting the process to the first window shown (the sign-in
        window on the demo database), median of 3 — ≤ 2× the same for a bare PySide6
        window styled with qt-material (a process that only does that).
    peak RSS with the sessions list open: a process that opens the 实训记录 page on the
        city database (2,000,000 sessions), searches, sorts and jumps to the last row —
        < 300 MB (ru_maxrss); beside it, a bare PySide6 + qt-material window's.
    roster import (5,000 rows): preview + import of a 5,000-row .xlsx into an empty
        database (one transaction) — ≤ 2× openpyxl's own read of the file (read-only
        mode, every cell's value).

Each process-level figure runs in a child process of its own (tests/perf/probes.py)."""
from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import harness

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
PROBES = Path(__file__).with_name("probes.py")
ROSTER_ROWS = 5000
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗"
GIVEN = "子涵欣怡梓萱一诺浩宇宇轩思远佳琪雨桐俊杰晓东婷婷嘉怡志强丽娟明轩"


def _probe(*args: str, env: dict | None = None) -> dict[str, float]:
    """Run probes.py with `args`; it prints `key value` lines. `spawned` is added (time.time())."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"), **(env or {})}
    spawned = time.time()
    out = subprocess.run([sys.executable, str(PROBES), *args], capture_output=True, text=True, env=full_env,
                         timeout=600)
    if out.returncode != 0:
        raise RuntimeError(f"probe {args} failed:\n{out.stderr[-2000:]}")
    values = {"spawned": spawned}
    for line in out.stdout.splitlines():
        key, _, value = line.rpartition(" ")
        if key:
            values[key] = float(value)
    return values


def _demo_home(work: Path) -> Path:
    home = work / "app_start_home"
    if not (home / "data" / "jiarenbase.sqlite3").exists():
        shutil.rmtree(home, ignore_errors=True)
        subprocess.run([sys.executable, "-m", "jiarenbase", "--data-dir", str(home / "data"), "demo"], check=True,
                       capture_output=True, env={**os.environ, "JIARENBASE_HOME": str(home / "data")})
    return home


def _start_ms(*args: str, env: dict | None = None) -> float:
    samples = []
    for _ in range(3):
        v = _probe(*args, env=env)
        samples.append((v["shown"] - v["spawned"]) * 1000)
    return statistics.median(samples)


def _roster(work: Path) -> Path:
    path = work / f"roster_{ROSTER_ROWS}_v3.xlsx"
    if not path.exists():
        from openpyxl import Workbook

        sys.path.insert(0, str(ROOT / "tests" / "core" / "importing"))
        from workbooks import make_id

        wb = Workbook()
        ws = wb.active
        ws.append(["上海中侨职业技术大学 2025级直播电商实训学员名单"])
        ws.append(["序号", "姓名", "性别", "身份证号", "学号", "专业", "班级", "手机"])
        for i in range(1, ROSTER_ROWS + 1):
            number = make_id(i % 1000, born=date(2004, 1, 1) + timedelta(days=i // 1000))
            sex = "男" if int(number[16]) % 2 else "女"
            name = SURNAMES[i % len(SURNAMES)] + GIVEN[(i // 7) % len(GIVEN)] + GIVEN[(i // 3) % len(GIVEN)]
            ws.append([i, name, sex, number, f"2025{i:05d}", "电子商务", f"电商{i % 12 + 1}班",
                       f"139{i:08d}"])
        wb.save(path)
    return path


def figures(work: Path):
    home = _demo_home(work)
    env = {"HOME": str(work / "home"), "JIARENBASE_HOME": str(home / "data")}
    bare = _start_ms("bare-window", env=env)
    app = _start_ms("app-start", str(home / "data"), env=env)
    yield harness.within_ratio("app start to first window shown", app, 2.0, "bare PySide6 window + qt-material",
                               bare)

    import city

    city.city_database(work)  # built (and cached) here, not inside the probe
    bare_rss = _probe("bare-window", env=env)["rss_mb"]
    sessions = _probe("sessions-rss", str(work), env=env)
    yield harness.Figure(f"peak RSS with the sessions list open ({sessions['total']:,.0f} sessions)",
                         sessions["rss_mb"], "MB", "< 300 MB", sessions["rss_mb"] < 300,
                         "bare PySide6 window + qt-material", bare_rss)

    path = _roster(work)
    read = _probe("openpyxl-read", str(path))["ms"]
    imported = _probe("roster-import", str(path), str(work / "roster_import_db"))
    assert imported["added"] == ROSTER_ROWS, imported
    yield harness.within_ratio(f"roster import ({ROSTER_ROWS:,} rows, preview + import)", imported["ms"], 2.0,
                               "openpyxl read of the file", read)
