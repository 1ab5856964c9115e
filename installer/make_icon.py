"""Renders the application icon (resources/icons/antt.svg) to the PNG and multi-size ICO the bundle and the
Windows installer use, into build/icon/."""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "src" / "antt_desktop" / "resources" / "icons" / "antt.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(out_dir: Path) -> Path:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - QPainter needs it
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    out_dir.mkdir(parents=True, exist_ok=True)
    png = out_dir / "antt.png"
    image.save(str(png))
    Image.open(png).save(out_dir / "antt.ico", sizes=[(s, s) for s in SIZES])
    return png


if __name__ == "__main__":
    print(render(ROOT / "build" / "icon"))
