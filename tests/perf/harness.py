"""The benchmark's measuring stick: each figure is timed next to a baseline
taken in the same run, and printed as one line

    name: value unit (ratio Nx vs baseline, target …)

A figure module (`tests/perf/figures_*.py`) exposes `figures(work: Path)`, a
generator of `Figure`s; `work` is a cache folder for generated databases."""
from __future__ import annotations

import gc
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Figure:
    name: str
    value: float
    unit: str
    target: str  # for the reader, e.g. "< 300 ms"
    ok: bool
    baseline_name: str = ""
    baseline: float | None = None

    def line(self) -> str:
        ratio = ""
        if self.baseline:
            ratio = f"ratio {self.value / self.baseline:.1f}x vs {self.baseline_name} {self.baseline:.1f} {self.unit}, "
        verdict = "" if self.ok else "  <-- MISSED"
        return f"{self.name}: {self.value:.1f} {self.unit} ({ratio}target {self.target}){verdict}"


def time_ms(fn: Callable[[], object], repeat: int = 5, warmup: int = 1) -> float:
    """The median wall time of `fn()` in milliseconds, after `warmup` untimed calls."""
    for _ in range(warmup):
        fn()
    samples = []
    for _ in range(repeat):
        gc.collect()
        t0 = time.perf_counter()
        fn()
        samples.append((time.perf_counter() - t0) * 1000)
    return statistics.median(samples)


def under(name: str, value_ms: float, limit_ms: float, baseline_name: str = "",
          baseline_ms: float | None = None) -> Figure:
    """A figure with an absolute target: value < limit."""
    return Figure(name, value_ms, "ms", f"< {limit_ms:g} ms", value_ms < limit_ms, baseline_name, baseline_ms)


def within_ratio(name: str, value_ms: float, max_ratio: float, baseline_name: str, baseline_ms: float) -> Figure:
    """A figure whose target is a ratio to the baseline: value ≤ max_ratio × baseline."""
    return Figure(name, value_ms, "ms", f"≤ {max_ratio:g}x {baseline_name}",
                  value_ms <= max_ratio * baseline_ms, baseline_name, baseline_ms)
