"""The longest time the window's GUI thread does not get to run while a big plan is exported (or imported).

Usage: ``python benchmarks/stall.py DATA_DIR PLAN_ID [PLAN_FILE]``.  A 5 ms timer ticks on the GUI thread; the
largest gap between two ticks, from the click until the work is done, is the longest freeze a user would feel.
Prints ``stall_<what>=<seconds>`` lines.
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from wellbeing_planner.ui.main_window import MainWindow
from wellbeing_planner.ui.style import apply_style


class StallMeter:
    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.worst = 0.0
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        self._tick()
        return self.worst


def wait_until(app: QApplication, condition: object, timeout: float = 120.0) -> None:
    deadline = time.perf_counter() + timeout
    while not condition() and time.perf_counter() < deadline:  # type: ignore[operator]
        app.processEvents()
        time.sleep(0.001)


def main() -> int:
    data_dir, plan_id = Path(sys.argv[1]), int(sys.argv[2])
    app = QApplication(sys.argv[:1])
    apply_style(app)
    window = MainWindow(data_dir)
    window.resize(1366, 768)
    window.show()
    window.open_data()
    window.reload_plans(prefer=plan_id)
    wait_until(app, lambda: not window.ctx.tasks.busy if window.ctx else True)
    meter = StallMeter()

    page = window.page("rapporten")
    meter.start()
    window.show_page("rapporten")
    page.make_preview()  # type: ignore[attr-defined]
    wait_until(app, lambda: getattr(page, "pdf", None) is not None and not window.ctx.tasks.busy)  # type: ignore[union-attr]
    print(f"stall_exporting={meter.stop():.4f}")

    window.close()
    if len(sys.argv) > 3:  # importing: into an empty data folder, as on a PC the plan moves to
        with tempfile.TemporaryDirectory(prefix="wbp-stall-") as empty:
            window = MainWindow(Path(empty))
            window.resize(1366, 768)
            window.show()
            window.open_data()
            wait_until(app, lambda: not window.ctx.tasks.busy if window.ctx else True)
            files = window.plan_files
            ended: list[object] = []
            files.imported.connect(ended.append)
            files.refused.connect(ended.append)
            meter.start()
            window.import_plan_path(Path(sys.argv[3]))
            wait_until(app, lambda: bool(ended) and not window.ctx.tasks.busy)  # type: ignore[union-attr]
            print(f"stall_importing={meter.stop():.4f}")
            if ended and not isinstance(ended[0], int):
                print(f"import refused: {ended[0]}", file=sys.stderr)
            window.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
