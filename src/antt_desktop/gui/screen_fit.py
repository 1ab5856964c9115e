"""Every window fits the screen it opens on (an office PC is often 1366×768 with a taskbar: 1366×728 usable).

A dialog taller than the screen keeps its buttons at the bottom and scrolls the rest; any window is shrunk to
the screen and moved onto it when it is shown. The main window opens maximised the first time and then as the
user left it (``window_geometry`` in settings.json).
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QObject, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QMainWindow,
    QScrollArea,
    QVBoxLayout,
    QWidget,
    QWizard,
)

from antt_desktop.config import Paths, load_settings, save_setting

TITLE_BAR = 32  # reserved above a window for its title bar, where the window system does not say
GEOMETRY_KEY = "window_geometry"
SCROLLED = "_fits_by_scrolling"


OFFICE_SCREEN = QSize(1366, 728)  # a dialog opens no larger than this, so it looks the same on every screen


def usable_area(widget: QWidget) -> QRect:
    """Where a window may lie: the screen's area without the taskbar, less a title bar."""
    screen = widget.screen() or QApplication.primaryScreen()
    area = QRect(screen.availableGeometry()) if screen is not None else QRect(QPoint(0, 0), OFFICE_SCREEN)
    area.setSize(area.size().boundedTo(OFFICE_SCREEN))
    return area.adjusted(0, TITLE_BAR, 0, 0)


def scroll_contents(dialog: QDialog) -> None:
    """Puts everything of the dialog but its row of buttons into a scroll area (done once)."""
    layout = dialog.layout()
    if dialog.property(SCROLLED) or layout is None or isinstance(dialog, QWizard):
        return
    buttons = [layout.itemAt(i).widget() for i in range(layout.count())
               if isinstance(layout.itemAt(i).widget(), QDialogButtonBox)]
    for box in buttons:
        layout.removeWidget(box)
    contents = QWidget()
    contents.setLayout(layout)  # Qt takes the layout, with its widgets, from the dialog
    scroll = QScrollArea(dialog)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setWidget(contents)
    outer = QVBoxLayout(dialog)
    margins = layout.contentsMargins()
    outer.setContentsMargins(0, 0, 0, margins.bottom())
    layout.setContentsMargins(margins.left(), margins.top(), margins.right(), 0)
    outer.addWidget(scroll)
    for box in buttons:
        box.setParent(dialog)
        wrapper = QVBoxLayout()
        wrapper.setContentsMargins(margins.left(), 0, margins.right(), 0)
        wrapper.addWidget(box)
        outer.addLayout(wrapper)
    dialog.setProperty(SCROLLED, True)


def fit_window(window: QWidget, area: QRect | None = None) -> None:
    """Shrinks the window into ``area`` (the usable screen by default), scrolling a dialog's contents if need be."""
    area = area or usable_area(window)
    if isinstance(window, QDialog) and window.minimumSizeHint().height() > area.height():
        scroll_contents(window)
        window.setMinimumHeight(0)
    hint = window.sizeHint()
    grows = isinstance(window, QDialog) and not window.isVisible()  # a dialog not shown yet takes its hint
    width = min(max(window.width(), hint.width()) if grows else window.width(), area.width())
    height = min(max(window.height(), hint.height()) if grows else window.height(), area.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    geometry = window.geometry()
    if not area.contains(geometry) and not isinstance(window, QMainWindow):
        x = min(max(geometry.x(), area.x()), area.right() - width + 1)
        y = min(max(geometry.y(), area.y()), area.bottom() - height + 1)
        window.move(x, y)


class ScreenFit(QObject):
    """Application-wide: fits every dialog and secondary window to the screen when it is first shown."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt override)
        if event.type() == QEvent.Type.Show and isinstance(watched, QWidget) and watched.isWindow() and (
                isinstance(watched, QDialog) or watched.objectName() == "HelpWindow"):
            fit_window(watched)
        return False


def install_screen_fit(app: QApplication) -> ScreenFit:
    fitter = ScreenFit(app)
    app.installEventFilter(fitter)
    return fitter


def show_main_window(window: QMainWindow, paths: Paths) -> None:
    """Opens the main window as the user left it, maximised the first time."""
    saved = load_settings(paths).get(GEOMETRY_KEY)
    if isinstance(saved, str) and window.restoreGeometry(QByteArray.fromBase64(saved.encode("ascii"))):
        fit_window(window)
        window.show()
    else:
        window.showMaximized()


def remember_geometry(window: QMainWindow, paths: Paths) -> None:
    save_setting(paths, GEOMETRY_KEY, bytes(window.saveGeometry().toBase64()).decode("ascii"))
