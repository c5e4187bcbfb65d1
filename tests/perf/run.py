"""The JiarenBase benchmark: `python tests/perf/run.py [name-filter ...]`.

Runs every figure module (tests/perf/figures_*.py), prints one line per figure
and exits 1 when a target is missed. With filters, runs only the figures whose
name contains one of them (e.g. `room`, `stage board`, `student`). Generated
databases are cached in tests/perf/.cache between runs.

A figure that cannot be measured (an error, a wait that timed out) is printed as
NOT MEASURED with the reason and counts as missed; the modules after it still run.
"""
from __future__ import annotations

import importlib.util
import os
import sys
import traceback
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _why(exc: BaseException) -> str:
    import harness

    if isinstance(exc, harness.NotMeasured):
        return str(exc)
    frame = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    where = f" (at {Path(frame.filename).name}:{frame.lineno})" if frame else ""
    return f"{type(exc).__name__}: {exc}{where}"


def _run_module(path: Path, work: Path, wanted: list[str]) -> int:
    """The module's figures, printed; the number missed (a module that breaks counts as one)."""
    import harness

    missed = 0
    last = None
    try:
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for figure in module.figures(work):
            last = figure.name
            if wanted and not any(w in figure.name for w in wanted):
                continue
            print(figure.line(), flush=True)
            missed += not figure.ok
    except Exception as exc:  # reported, and the next module runs
        if not isinstance(exc, harness.NotMeasured):
            traceback.print_exc(file=sys.stderr)
        after = f" (the figures after “{last}”)" if last else ""
        print(f"{path.stem}{after}: NOT MEASURED: {_why(exc)}  <-- MISSED", flush=True)
        missed += 1
    finally:
        try:
            harness.settle()
        except Exception:  # a module that cannot even be cleaned up
            traceback.print_exc(file=sys.stderr)
    return missed


def main(argv: list[str]) -> int:
    if any(a in ("-h", "--help") for a in argv):
        print(__doc__)
        return 0
    unknown = [a for a in argv if a.startswith("-")]
    if unknown:
        print(f"unknown option(s): {' '.join(unknown)}\n{__doc__}", file=sys.stderr)
        return 2
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    # The offscreen platform's "does not support propagateSizeHints()" would drown the figures.
    qInstallMessageHandler(lambda _kind, _ctx, msg: None if "propagateSizeHints" in msg else print(msg))
    sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # the figure modules and the jiarenbase checkout
    work = HERE / ".cache"
    work.mkdir(exist_ok=True)
    wanted = list(argv)
    missed = 0
    for path in sorted(HERE.glob("figures_*.py")):
        # Figure names are literals in their module: skip modules that cannot match the filter.
        if wanted and not any(w in path.read_text(encoding="utf-8") for w in wanted):
            continue
        missed += _run_module(path, work, wanted)
    print(f"{'all targets met' if not missed else f'{missed} target(s) missed'}", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
