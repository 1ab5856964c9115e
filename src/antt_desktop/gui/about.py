"""The About box: version, where the data is, how big the database is, and the licences of what is bundled."""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication

from antt_desktop import __version__
from antt_desktop.config import Paths
from antt_desktop.db.engine import shown_url


def about_text(paths: Paths) -> str:
    translate = QCoreApplication.translate
    if paths.on_server:
        storage = translate("About", "Database server: %1").replace("%1", escape(shown_url(paths.db_url)))
    else:
        size = paths.database.stat().st_size / 1_048_576 if paths.database.exists() else 0.0
        storage = translate("About", "Database size: %1 MB").replace("%1", f"{size:.1f}")
    return (f"<h3>ANTT Desktop {escape(__version__)}</h3>"
            + translate("About", "<p>Managing the movement of all people protecting national security "
                 "(Phong trào toàn dân bảo vệ an ninh Tổ quốc).</p>")
            + "<p>" + translate("About", "Data folder: %1").replace("%1", escape(str(paths.data_dir))) + "<br>"
            + storage + "</p>"
            + "<p>" + translate("About", "Bundled: Liberation Serif fonts (SIL Open Font License 1.1); Qt for Python "
                         "%1 (LGPL 3); SQLAlchemy, Alembic, openpyxl, cryptography (MIT/BSD/Apache licences); "
                         "reportlab (BSD); psycopg (LGPL 3).").replace("%1", pyside_version) + "</p>")
