"""Build the one-folder bundle with PyInstaller, smoke-test it, and make the portable zip.

Usage (from the project root, with the venv of the README's set-up and PyInstaller installed —
``.venv/bin/pip install -e ".[package]"``)::

    python packaging/build.py            # dist/WelbevindenPlanner/
    python packaging/build.py --smoke    # ... and run the built program: --version, demo, --startup-check,
                                         #     a PDF export and a plan-file round trip; prints size and start time
    python packaging/build.py --portable # ... and dist/WelbevindenPlanner-<version>-portable.zip (USB stick)

Exit code 0 when everything asked for worked; the first failure is printed in one line.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "wellbeing_planner.spec"
DIST = ROOT / "dist"
BUNDLE = DIST / "WelbevindenPlanner"
EXE = ".exe" if sys.platform == "win32" else ""


def _version() -> str:
    sys.path.insert(0, str(ROOT))
    from wellbeing_planner import __version__

    return __version__


def build() -> float:
    start = time.perf_counter()
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"), str(SPEC)],
                   cwd=ROOT, check=True)
    return time.perf_counter() - start


def size_mb(folder: Path) -> float:
    """What the folder takes on disk (symbolic links counted once, as links)."""
    return sum(f.lstat().st_size for f in folder.rglob("*") if f.is_file() and not f.is_symlink()) / 1024 / 1024


def _run(command: list[str], env: dict[str, str], *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise SystemExit(f"smoke test failed: {' '.join(command)} → {result.returncode}: "
                         f"{(result.stderr or result.stdout).strip()[:400]}")
    return result


def smoke() -> dict[str, float]:
    """Run the built program as a user would; return measured figures."""
    gui, cli = BUNDLE / f"wellbeing-planner{EXE}", BUNDLE / f"wellbeing-planner-cli{EXE}"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", LANG="C.UTF-8")
    with tempfile.TemporaryDirectory(prefix="wbp-smoke-") as tmp:
        data, other = Path(tmp) / "data", Path(tmp) / "other"
        env["XDG_CONFIG_HOME"] = str(Path(tmp) / "settings")
        version = _run([str(cli), "--version"], env).stdout.strip()
        if _version() not in version:
            raise SystemExit(f"smoke test failed: --version says {version!r}")
        plan_id = _run([str(cli), "--data-dir", str(data), "demo"], env).stdout.strip()
        times = []
        for _ in range(3):
            start = time.perf_counter()
            _run([str(gui), "--data-dir", str(data), "--demo", "--startup-check"], env)
            times.append(time.perf_counter() - start)
        pdf = Path(tmp) / "jaarplan.pdf"
        _run([str(cli), "--data-dir", str(data), "--demo", "export", plan_id, "--pdf", str(pdf)], env)
        if not pdf.is_file() or pdf.read_bytes()[:5] != b"%PDF-":
            raise SystemExit("smoke test failed: no PDF written")
        if shutil.which("pdftotext"):
            text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
            if "Vlinderboom" not in text:
                raise SystemExit("smoke test failed: the PDF does not name the demo school")
        plan_file = Path(tmp) / "demo.wbplan"
        _run([str(cli), "--data-dir", str(data), "--demo", "export", plan_id, "--plan-file", str(plan_file)], env)
        new_id = _run([str(cli), "--data-dir", str(other), "import", str(plan_file)], env).stdout.strip()
        if not new_id.isdigit():
            raise SystemExit(f"smoke test failed: import printed {new_id!r}")
        _run([str(cli), "--data-dir", str(other), "check"], env)
    return {"startup_s": statistics.median(times)}


def portable() -> Path:
    """A zip of the bundle with the ``portable`` marker: data stays beside the program, e.g. on a USB stick."""
    target = DIST / f"WelbevindenPlanner-{_version()}-portable.zip"
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(BUNDLE.rglob("*")):
            if path.is_file():
                archive.write(path, Path("WelbevindenPlanner") / path.relative_to(BUNDLE))
        archive.writestr("WelbevindenPlanner/portable", "Gegevens staan in de map data/ naast het programma.\n")
    return target


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--smoke", action="store_true", help="run the built program's smoke test")
    parser.add_argument("--portable", action="store_true", help="also make the portable zip")
    parser.add_argument("--no-build", action="store_true", help="test or zip the existing bundle")
    args = parser.parse_args()
    if not args.no_build:
        seconds = build()
        print(f"built {BUNDLE} in {seconds:.0f} s: {size_mb(BUNDLE):.0f} MB")
    if args.smoke:
        figures = smoke()
        print(f"smoke test passed; --startup-check of the demo: {figures['startup_s']:.2f} s (median of 3)")
    if args.portable:
        print(f"portable zip: {portable()}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
