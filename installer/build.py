"""Builds ANTT Desktop for distribution, on the platform it runs on:
the icon, the one-folder bundle (PyInstaller, installer/antt_desktop.spec) in dist/ANTT Desktop/, a smoke start
of that bundle, then on Linux a .tar.gz of the folder and on Windows the installer (Inno Setup's ISCC.exe).
Run it with the project's virtual environment, PyInstaller installed: python installer/build.py"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
BUNDLE = DIST / "ANTT Desktop"
sys.path.insert(0, str(ROOT / "installer"))

from make_icon import render  # noqa: E402
from smoke_test import smoke  # noqa: E402


def version() -> str:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def iscc() -> str:
    """Inno Setup's compiler: on PATH, or where its installer puts it."""
    found = shutil.which("ISCC") or shutil.which("iscc")
    for folder in (os.environ.get("ProgramFiles(x86)", ""), os.environ.get("ProgramFiles", ""),
                   os.environ.get("LOCALAPPDATA", "") + r"\Programs"):
        candidate = Path(folder) / "Inno Setup 6" / "ISCC.exe"
        if not found and folder and candidate.is_file():
            found = str(candidate)
    if not found:
        raise SystemExit("Inno Setup 6 is not installed (ISCC.exe not found); see installer/README.md")
    return found


def main() -> None:
    render(ROOT / "build" / "icon")
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(DIST), "--workpath", str(ROOT / "build" / "pyinstaller"),
                    str(ROOT / "installer" / "antt_desktop.spec")], check=True)
    seconds = smoke(BUNDLE)
    print(f"smoke test passed; start-up to the main window: first {seconds[0]:.2f} s, "
          f"median {statistics.median(seconds):.2f} s over {len(seconds)} starts")
    if sys.platform == "win32":
        subprocess.run([iscc(), f"/DAppVersion={version()}", str(ROOT / "installer" / "antt_desktop.iss")],
                       check=True)
        print(f"installer: {DIST / f'ANTT-Desktop-Setup-{version()}.exe'}")
    else:
        machine = os.uname().machine
        archive = shutil.make_archive(str(DIST / f"antt-desktop-{version()}-linux-{machine}"), "gztar",
                                      DIST, BUNDLE.name)
        print(f"bundle: {archive}")


if __name__ == "__main__":
    main()
