"""The JiarenBase benchmark: `python tests/perf/run.py [name-filter ...]`.

Runs every figure module (tests/perf/figures_*.py), prints one line per figure
and exits 1 when a target is missed. Generated databases are cached in
tests/perf/.cache between runs."""
from __future__ import annotations

import importlib.util
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main(argv: list[str]) -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import qInstallMessageHandler

    # The offscreen platform's "does not support propagateSizeHints()" would drown the figures.
    qInstallMessageHandler(lambda _kind, _ctx, msg: None if "propagateSizeHints" in msg else print(msg))
    sys.path[:0] = [str(HERE), str(HERE.parents[1])]  # the figure modules and the jiarenbase checkout
    work = HERE / ".cache"
    work.mkdir(exist_ok=True)
    wanted = [a for a in argv if not a.startswith("-")]
    missed = 0
    for path in sorted(HERE.glob("figures_*.py")):
        # Figure names are literals in their module: skip modules that cannot match the filter.
        if wanted and not any(w in path.read_text(encoding="utf-8") for w in wanted):
            continue
        spec = importlib.util.spec_from_file_location(path.stem, path)
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        for figure in module.figures(work):
            if wanted and not any(w in figure.name for w in wanted):
                continue
            print(figure.line(), flush=True)
            missed += not figure.ok
    print(f"{'all targets met' if not missed else f'{missed} target(s) missed'}", flush=True)
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
