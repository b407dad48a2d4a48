"""Start-up time: ``--startup-check`` on the demo data versus a bare PySide6 window.

Usage: ``.venv/bin/python benchmarks/bench_startup.py [--runs N]``.  Prints medians and the ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

BARE = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow(); w.resize(1280, 780); w.show()
QTimer.singleShot(0, app.quit)
app.exec()
"""


def _time(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, env=env, check=True, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "main.py", "--data-dir", tmp, "demo"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        app = [sys.executable, "main.py", "--data-dir", tmp, "--demo", "--startup-check"]
        bare = [sys.executable, "-c", BARE]
        _time(app, env)  # warm the file cache
        _time(bare, env)
        app_times = [_time(app, env) for _ in range(args.runs)]
        bare_times = [_time(bare, env) for _ in range(args.runs)]
    app_median, bare_median = statistics.median(app_times), statistics.median(bare_times)
    print(f"bare window      : {bare_median * 1000:7.0f} ms (median of {args.runs})")
    print(f"startup-check    : {app_median * 1000:7.0f} ms (median of {args.runs}, demo data)")
    print(f"ratio            : {app_median / bare_median:7.2f}x")


if __name__ == "__main__":
    main()
