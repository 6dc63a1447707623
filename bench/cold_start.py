"""Cold start to the first painted wizard page: venv and frozen, vs bare Qt.

Each program is started as a new process (offscreen platform) and timed
from just before the start until it prints that its first wizard page was
painted (``UMCONNECT_EXIT_AFTER_PAINT``, see ui/startup.py); it then quits.
The floor, measured in the same run and the same way, is a bare PySide6
QWizard with one page. "Cold" means a new process; the file cache is warm
(one untimed start of each first), as when a technician starts it twice.

Programs: the wizard from the venv (``python -m ui.main``) and the frozen
bundle (dist/umconnect/umconnect, built by packaging/build if missing).
Reported as ratios to the floor; goals <= 1.3 (venv) and <= 1.5 (frozen).

The wizard paints its welcome page first and builds the other pages (and
loads their back ends) right after. Before its first paint it reaches neither
Qt's namespace nor anything else whose enum types PySide6 creates slowly.
Our modules' bytecode is compiled first (scripts/lib.sh does it at install),
as Python caches it on a technician's machine; where PYTHONDONTWRITEBYTECODE
is set, Python would otherwise compile them at every start.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUNDLE = ROOT / "dist" / "umconnect" / "umconnect"
RUNS = 9
TIMEOUT = 60.0

FLOOR = """
import sys
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QVBoxLayout, QWizard, QWizardPage

class FirstPaint(QObject):
    done = False
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.done:
            self.done = True
            QTimer.singleShot(0, lambda: (print("painted", flush=True),
                                          QCoreApplication.quit()))
        return False

app = QApplication(sys.argv[:1])
wizard = QWizard()
page = QWizardPage()
page.setTitle("Welcome")
QVBoxLayout(page).addWidget(QLabel("A bare wizard page."))
wizard.addPage(page)
watcher = FirstPaint()
page.installEventFilter(watcher)
wizard.show()
app.exec()
"""


def start_time(argv: list[str], env: dict[str, str]) -> float:
    """Seconds from starting *argv* to its "painted" line."""
    began = time.perf_counter()
    child = subprocess.Popen(argv, env=env, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True, cwd=ROOT)
    assert child.stdout is not None
    try:
        for line in child.stdout:
            if line.startswith("painted"):
                elapsed = time.perf_counter() - began
                break
        else:
            raise SystemExit(f"{argv[0]} ended without painting")
    finally:
        child.wait(TIMEOUT)
    return elapsed


def ensure_bundle() -> bool:
    """Build the bundle if it is missing; False if that fails."""
    if BUNDLE.exists():
        return True
    print("building the bundle (packaging/build) …", file=sys.stderr)
    done = subprocess.run(["bash", str(ROOT / "packaging" / "build"),
                           "--no-self-test"], cwd=ROOT, check=False)
    return done.returncode == 0 and BUNDLE.exists()


def main() -> int:
    """Measure and print; the last line is the frozen ratio as JSON."""
    folder = tempfile.mkdtemp(prefix="umc-bench-")
    env = {k: v for k, v in os.environ.items() if not k.startswith("UMCONNECT_")}
    env.update(QT_QPA_PLATFORM="offscreen", UMCONNECT_EXIT_AFTER_PAINT="1",
               UMCONNECT_CONFIG_DIR=folder, UMCONNECT_STATE_DIR=folder)
    for package in ("app", "ui"):
        compileall.compile_dir(ROOT / package, quiet=1)
    programs = {"floor": [sys.executable, "-c", FLOOR],
                "venv": [sys.executable, "-m", "ui.main"]}
    if ensure_bundle():
        programs["frozen"] = [str(BUNDLE)]
    times: dict[str, list[float]] = {name: [] for name in programs}
    for argv in programs.values():
        start_time(argv, env)  # untimed: fill the file cache
    for _run in range(RUNS):
        for name, argv in programs.items():  # interleaved: same machine load
            times[name].append(start_time(argv, env))
    median = {name: statistics.median(values) for name, values in times.items()}
    for name, value in median.items():
        print(f"{name:7s} median {value * 1000:6.0f} ms  "
              f"(min {min(times[name]) * 1000:.0f}, max {max(times[name]) * 1000:.0f})")
    venv = median["venv"] / median["floor"]
    print(json.dumps({"metric": "cold_start_venv_vs_bare_qwizard",
                      "value": round(venv, 2), "unit": "x", "goal": "<= 1.3"}))
    if "frozen" not in median:
        print(json.dumps({"metric": "cold_start_frozen_vs_bare_qwizard",
                          "value": None, "unit": "x", "goal": "<= 1.5",
                          "note": "the bundle could not be built"}))
        return 1
    frozen = median["frozen"] / median["floor"]
    print(json.dumps({"metric": "cold_start_frozen_vs_bare_qwizard",
                      "value": round(frozen, 2), "unit": "x", "goal": "<= 1.5",
                      "venv": round(venv, 2),
                      "floor_ms": round(median["floor"] * 1000)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
