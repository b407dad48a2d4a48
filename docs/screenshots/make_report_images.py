"""Page images of every report: docs/screenshots/reports/<report>-<n>.png for the demo plan, and
lang-<report>-<n>.png for a plan with every text field at its maximum length (pdftoppm, 60 dpi)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))


def first_pages_of_sections(pdf: Path) -> list[int]:
    """1-based numbers of the cover, the first page of every top-level section, and the last page."""
    from pypdf import PdfReader

    reader = PdfReader(pdf)
    pages = {1, len(reader.pages)}
    pages |= {reader.get_destination_page_number(item) + 1 for item in reader.outline if not isinstance(item, list)}
    return sorted(pages)


def main() -> None:
    from wellbeing_planner.core.demo import ensure_demo
    from wellbeing_planner.core.workspace import open_database
    from wellbeing_planner.reports.export import REPORTS, export_report

    target = ROOT / "docs" / "screenshots" / "reports"
    target.mkdir(parents=True, exist_ok=True)
    for old in target.glob("*.png"):
        old.unlink()
    with tempfile.TemporaryDirectory() as tmp:
        plan_id = ensure_demo(Path(tmp))
        db = open_database(Path(tmp), demo=True)
        try:
            for report in REPORTS:
                pdf = Path(tmp) / f"{report}.pdf"
                export_report(db, plan_id, pdf, report=report)
                subprocess.run(["pdftoppm", "-png", "-r", "60", str(pdf), str(target / report)], check=True)
        finally:
            db.close()
    from tests.reports.conftest import _build_longest
    from wellbeing_planner.reports.export import render_report

    with tempfile.TemporaryDirectory() as tmp:
        view = _build_longest(Path(tmp), goal_count=3, activity_count=4)
        for report in REPORTS:
            pdf = Path(tmp) / f"lang-{report}.pdf"
            pdf.write_bytes(render_report(view, report))
            for page in first_pages_of_sections(pdf):  # the long plan runs to ~70 pages: where each part starts
                subprocess.run(["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), str(pdf),
                                str(target / f"lang-{report}-{page:02d}")], check=True)
                produced = sorted(target.glob(f"lang-{report}-{page:02d}-*.png"))
                for file in produced:  # pdftoppm appends the page number again
                    file.rename(target / f"lang-{report}-{page:02d}.png")
    print(sorted(p.name for p in target.glob("*.png")))


if __name__ == "__main__":
    main()
