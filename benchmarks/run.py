"""Every performance figure of the app, each against its own baseline measured in the same run.

Usage (after the README's set-up): ``.venv/bin/python benchmarks/run.py [--runs N] [--quick]``.

Writes ``benchmarks/results.md`` (machine, figures, ratios, date) and the short Performance section of
``README.md``.  Whole processes are timed with ``time.perf_counter`` around ``subprocess`` and their peak
memory read from ``os.wait4`` (the kernel's maxrss); in-process figures use medians of repeated calls.
Machines are noisy: compare ratios, not seconds.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import os
import platform
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(HERE))

#: Settings (last page, window size) of the benchmark runs stay in a folder of their own.
SETTINGS = Path(tempfile.mkdtemp(prefix="wbp-bench-settings-"))
ENV = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8", XDG_CONFIG_HOME=str(SETTINGS))
APP = [sys.executable, str(ROOT / "main.py")]


@dataclasses.dataclass
class Figure:
    name: str
    value: float  # seconds, or MiB for memory
    unit: str
    baseline_name: str = ""
    baseline: float | None = None
    target: str = ""
    met: bool | None = None

    @property
    def ratio(self) -> float | None:
        return None if not self.baseline else self.value / self.baseline


def whole_process(command: list[str]) -> tuple[float, float]:
    """(seconds, peak MiB) of one run of ``command``."""
    start = time.perf_counter()
    child = subprocess.Popen(command, cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    seconds = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    error = child.stderr.read().decode() if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed ({child.returncode}): {error}")
    return seconds, usage.ru_maxrss / 1024


def median_process(command: list[str], runs: int) -> tuple[float, float]:
    whole_process(command)  # warm the file cache
    results = [whole_process(command) for _ in range(runs)]
    return statistics.median(r[0] for r in results), statistics.median(r[1] for r in results)


def interleaved(commands: list[list[str]], runs: int) -> list[tuple[float, float]]:
    """Medians of several commands run in turn, so a busy moment hits all of them alike."""
    for command in commands:
        whole_process(command)
    samples: list[list[tuple[float, float]]] = [[] for _ in commands]
    for _ in range(runs):
        for index, command in enumerate(commands):
            samples[index].append(whole_process(command))
    return [(statistics.median(s[0] for s in rows), statistics.median(s[1] for s in rows)) for rows in samples]


def median_call(work: Callable[[], object], runs: int) -> float:
    work()
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = ""
    try:
        kb = int(re.findall(r"MemTotal:\s+(\d+)", Path("/proc/meminfo").read_text())[0])
        memory = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, IndexError):
        pass
    load = ""
    if hasattr(os, "getloadavg"):
        load = f", load average at start {os.getloadavg()[0]:.2f}"
    return (f"{platform.system()} {platform.release()}, {os.cpu_count()} cores ({cpu}){memory}{load}; "
            f"Python {platform.python_version()}")


def run_all(runs: int, quick: bool) -> list[Figure]:
    from make_plans import board_database, large_plan

    figures: list[Figure] = []
    tmp = Path(tempfile.mkdtemp(prefix="wbp-bench-"))
    try:
        demo_dir, big_dir, huge_dir, board_dir = (tmp / n for n in ("demo", "big", "huge", "board"))
        subprocess.run([*APP, "--data-dir", str(demo_dir), "demo"], env=ENV, check=True, capture_output=True)
        big_id = large_plan(big_dir, goals_count=60, activities_count=300)
        huge_id = large_plan(huge_dir, goals_count=60, activities_count=600) if not quick else None

        # 1. first paint and usable start, with memory
        paint, bare, usable, floor = interleaved([
            [*APP, "--data-dir", str(demo_dir), "--demo", "--first-paint-check"],
            [sys.executable, str(HERE / "bare_window.py")],
            [*APP, "--data-dir", str(demo_dir), "--demo", "--startup-check"],
            [sys.executable, str(HERE / "floor.py"), str(demo_dir / "demo.sqlite3")],
        ], runs)
        figures.append(Figure("first paint (window visible), demo", paint[0], "s", "bare QMainWindow", bare[0],
                              "≤ 1.5×", paint[0] <= 1.5 * bare[0]))
        figures.append(Figure("usable (--startup-check), demo", usable[0], "s", "stack floor (floor.py)", floor[0],
                              "≤ 1.3×", usable[0] <= 1.3 * floor[0]))
        figures.append(Figure("peak memory while starting, demo", usable[1], "MiB", "stack floor", floor[1],
                              "≤ 1.3×", usable[1] <= 1.3 * floor[1]))

        # 2. the jaarplan as a whole process, against plain ReportLab of the same size
        out = tmp / "out.pdf"
        demo_pdf, big_pdf, plain_big = interleaved([
            [*APP, "--data-dir", str(demo_dir), "--demo", "export", "2", "--pdf", str(out)],
            [*APP, "--data-dir", str(big_dir), "export", str(big_id), "--pdf", str(out)],
            [sys.executable, str(HERE / "plain_reportlab.py"), "60", "300", str(tmp / "plain.pdf")],
        ], max(3, runs // 2))
        figures.append(Figure("jaarplan PDF, demo (whole process)", demo_pdf[0], "s", target="≤ 0.8 s",
                              met=demo_pdf[0] <= 0.8))
        figures.append(Figure("jaarplan PDF, 60 goals / 300 activities", big_pdf[0], "s",
                              "plain ReportLab, same size", plain_big[0], "≤ 3×", big_pdf[0] <= 3 * plain_big[0]))
        if huge_id is not None:
            huge_pdf = median_process([*APP, "--data-dir", str(huge_dir), "export", str(huge_id), "--pdf", str(out)],
                                      max(3, runs // 2))
            figures.append(Figure("jaarplan PDF, 60 goals / 600 activities", huge_pdf[0], "s",
                                  "the 300-activity plan", big_pdf[0], "≤ 2.2× (linear)",
                                  huge_pdf[0] <= 2.2 * big_pdf[0]))

        # 3. plan files of the large plan (when this version has them)
        help_text = subprocess.run([*APP, "export", "--help"], env=ENV, capture_output=True, text=True).stdout
        plan_file: Path | None = None
        if "--plan-file" in help_text:
            plan_file = tmp / "groot.wbplan"
            export_s, _m = median_process([*APP, "--data-dir", str(big_dir), "export", str(big_id), "--plan-file",
                                           str(plan_file)], max(3, runs // 2))
            figures.append(Figure("plan file export, 300 activities (whole process)", export_s, "s"))
            import_dir = tmp / "import"
            times = []
            for attempt in range(max(3, runs // 2)):
                shutil.rmtree(import_dir, ignore_errors=True)
                subprocess.run([*APP, "--data-dir", str(import_dir), "list"], env=ENV, check=True,
                               capture_output=True)
                times.append(whole_process([*APP, "--data-dir", str(import_dir), "import", str(plan_file)])[0])
                del attempt
            figures.append(Figure("plan file import, 300 activities (whole process)", statistics.median(times), "s"))

        # 4. suggestions over a 1,000-entry catalogue (in process)
        figures.extend(_suggestions(runs))

        # 5. a board's database: 10 schools × 5 school years
        plans_made = board_database(board_dir)
        from wellbeing_planner.core import plans as plan_ops
        from wellbeing_planner.core.workspace import open_database

        def open_and_list() -> None:
            db = open_database(board_dir)
            try:
                assert len(plan_ops.list_plans(db)) == plans_made
            finally:
                db.close()

        figures.append(Figure(f"open the database and list its {plans_made} plans", median_call(open_and_list, runs),
                              "s", target="≤ 0.2 s", met=None))
        figures[-1].met = figures[-1].value <= 0.2

        # 6. the longest stall of the window while exporting (and importing, when plan files exist)
        plan_file_args = [str(plan_file)] if plan_file is not None and plan_file.exists() else []
        stall = subprocess.run([sys.executable, str(HERE / "stall.py"), str(big_dir), str(big_id), *plan_file_args],
                               env=ENV, capture_output=True, text=True, cwd=ROOT)
        for line in stall.stdout.splitlines():
            name, _sep, value = line.partition("=")
            if name.startswith("stall_"):
                what = name.removeprefix("stall_")
                seconds = float(value)
                figures.append(Figure(f"longest GUI-thread stall while {what}", seconds, "s", target="≤ 0.1 s",
                                      met=seconds <= 0.1))
        if stall.returncode != 0:
            print(stall.stderr, file=sys.stderr)

        # 7. the board overview (issue 18): 40 schools × 5 school years, on SQLite and (when given) PostgreSQL
        figures.extend(_board_overview(runs, tmp / "bestuur"))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return figures


def _suggestions(runs: int) -> list[Figure]:
    from wellbeing_planner.content.catalogue import catalogue
    from wellbeing_planner.content.framework import framework
    from wellbeing_planner.core.suggestions import SuggestionContext, rank_interventions
    from wellbeing_planner.core.views import ScoreView

    base = list(catalogue().interventions)
    entries = [dataclasses.replace(base[i % len(base)], id=f"{base[i % len(base)].id}-{i}",
                                   name=f"{base[i % len(base)].name} {i}") for i in range(1000)]
    scores = tuple(ScoreView(c.id, i % 4, False, None, None, "hoog" if i % 3 == 0 else None)
                   for i, c in enumerate(framework().criteria_for("PO")))
    ctx = SuggestionContext("PO", 1, 8, scores, frozenset({entries[0].id}), dt.date(2026, 11, 30))
    rows = [{"id": e.id, "name": e.name, "score": float(i % 97)} for i, e in enumerate(entries)]
    sort_s = median_call(lambda: sorted((dict(r) for r in rows), key=lambda r: (-r["score"], r["name"])), runs * 3)
    rank_s = median_call(lambda: rank_interventions(entries, ctx), runs * 3)
    return [Figure("suggestions over 1,000 catalogue entries", rank_s, "s", "sorting 1,000 dicts", sort_s,
                   "≤ 50 ms", rank_s <= 0.05)]


def _board_overview(runs: int, data_dir: Path, schools_count: int = 40, years: int = 5) -> list[Figure]:
    """The board overview of 40 schools × 5 years (200 plans) against loading those 200 plans' summaries.

    On a SQLite file always; on PostgreSQL too when ``WBP_BENCH_POSTGRES_URL`` names an empty database (e.g.
    the one ``tools/throwaway_postgres.py start`` makes).
    """
    from tests.board.build import build_board
    from wellbeing_planner.core import board
    from wellbeing_planner.core.summary import plan_summary
    from wellbeing_planner.core.workspace import open_database
    from wellbeing_planner.storage.db import Database

    targets: list[tuple[str, Callable[[], Database]]] = [("SQLite", lambda: open_database(data_dir))]
    if os.environ.get("WBP_BENCH_POSTGRES_URL"):
        url = os.environ["WBP_BENCH_POSTGRES_URL"]
        targets.append(("PostgreSQL", lambda: Database.open_url(url)))
    figures = []
    for name, opener in targets:
        db = opener()
        try:
            started = time.perf_counter()
            plan_ids = build_board(db, schools_count=schools_count, years=years)
            print(f"board of {len(plan_ids)} plans built on {name} in {time.perf_counter() - started:.0f} s",
                  file=sys.stderr)
            overview_s = median_call(lambda db=db: board.board_overview(db), max(3, runs // 2))
            summaries_s = median_call(lambda db=db, ids=plan_ids: [plan_summary(db, i) for i in ids], max(3, runs // 2))
            overview = board.board_overview(db)
            csv_s = median_call(lambda overview=overview: board.csv_text(overview), max(3, runs // 2))
        finally:
            db.close()
        figures.append(Figure(f"board overview, {schools_count} schools × {years} years ({name}, in process)",
                              overview_s, "s", f"{len(plan_ids)} × summary --json (in process)", summaries_s,
                              "≤ 2 s", overview_s <= 2))
        figures.append(Figure(f"board CSV of that overview ({name})", csv_s, "s", target="≤ 0.2 s", met=csv_s <= 0.2))
    return figures


def _format(value: float, unit: str) -> str:
    if unit == "s":
        return f"{value * 1000:.0f} ms" if value < 1 else f"{value:.2f} s"
    return f"{value:.0f} {unit}"


def table(figures: list[Figure]) -> str:
    lines = ["| what | measured | baseline (same run) | ratio | target | met |", "|---|---|---|---|---|---|"]
    for f in figures:
        base = f"{f.baseline_name}: {_format(f.baseline, f.unit)}" if f.baseline is not None else "—"
        ratio = f"{f.ratio:.2f}×" if f.ratio is not None else "—"
        met = {True: "yes", False: "**no**", None: "—"}[f.met]
        lines.append(f"| {f.name} | {_format(f.value, f.unit)} | {base} | {ratio} | {f.target or '—'} | {met} |")
    return "\n".join(lines)


def write(figures: list[Figure], runs: int) -> None:
    today = dt.date.today().isoformat()
    (HERE / "results.md").write_text(
        "# Benchmark results\n\n"
        f"Made by `python benchmarks/run.py` on {today}.\n\n"
        f"Machine: {machine()}.\n\n"
        f"Whole processes unless noted; medians of {runs} runs, with the baselines measured in turns with the\n"
        "figure they belong to. Compare ratios, not seconds: these machines are shared and noisy.\n\n"
        + table(figures) + "\n", encoding="utf-8")
    readme = ROOT / "README.md"
    text = readme.read_text(encoding="utf-8")
    section = ("<!-- performance -->\n" + f"Gemeten op {today} met `python benchmarks/run.py` ({machine()}); "
               "de volledige uitleg staat in `benchmarks/results.md`.\n\n" + table(figures)
               + "\n<!-- /performance -->")
    if "<!-- performance -->" in text:
        text = re.sub(r"<!-- performance -->.*?<!-- /performance -->", lambda _m: section, text, flags=re.S)
    else:
        text = text.rstrip("\n") + "\n\n## Prestaties\n\n" + section + "\n"
    readme.write_text(text, encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7, help="runs per figure (default 7)")
    parser.add_argument("--quick", action="store_true", help="skip the 600-activity plan")
    parser.add_argument("--no-write", action="store_true", help="print only; leave results.md and README alone")
    args = parser.parse_args()
    figures = run_all(args.runs, args.quick)
    print(table(figures))
    if not args.no_write:
        write(figures, args.runs)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
