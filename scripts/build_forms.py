"""Compile every Qt Designer form in forms_ui/ into src/antt_desktop/gui/forms/ with pyside6-uic.

Usage: python scripts/build_forms.py [--check]   (--check: fail when a generated module is out of date)
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ROOT / "forms_ui"
TARGET = ROOT / "src" / "antt_desktop" / "gui" / "forms"


def uic() -> str:
    found = shutil.which("pyside6-uic", path=str(Path(sys.executable).parent)) or shutil.which("pyside6-uic")
    if not found:
        raise SystemExit("pyside6-uic not found; install PySide6")
    return found


def compiled(ui_file: Path) -> str:
    """The generated module, without the line naming the uic version (so any PySide6 6.x gives the same)."""
    result = subprocess.run([uic(), str(ui_file)], capture_output=True, text=True, check=True)
    return "".join(line for line in result.stdout.splitlines(keepends=True)
                   if not line.startswith("## Created by:"))


def target_for(ui_file: Path) -> Path:
    relative = ui_file.relative_to(FORMS).with_suffix("")
    return TARGET / relative.parent / f"{relative.name}_ui.py"


def main() -> int:
    check = "--check" in sys.argv
    stale = []
    for ui_file in sorted(FORMS.rglob("*.ui")):
        target, text = target_for(ui_file), compiled(ui_file)
        if check:
            if not target.exists() or target.read_text(encoding="utf-8") != text:
                stale.append(str(target.relative_to(ROOT)))
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        for folder in (TARGET, target.parent):
            (folder / "__init__.py").touch()
        target.write_text(text, encoding="utf-8")
    if stale:
        print("out of date (run scripts/build_forms.py):", *stale, sep="\n  ")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
