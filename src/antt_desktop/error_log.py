"""The application's log: a rotating file in the data folder that keeps every unexpected error with its traceback,
so that nothing is lost when the installed build has no console."""

from __future__ import annotations

import logging
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

LOG_NAME = "antt_desktop"
MAX_BYTES = 1_000_000
KEPT_FILES = 5

log = logging.getLogger(LOG_NAME)


def install_log(log_file: Path) -> Path | None:
    """Log to ``log_file`` (rotated at 1 MB, five kept); None when the folder cannot be written."""
    for handler in list(log.handlers):
        log.removeHandler(handler)
        handler.close()
    try:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=KEPT_FILES, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(threadName)s %(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    return log_file


def details(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    return "".join(traceback.format_exception(kind, value, tb))


def log_error(context: str, kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> str:
    """Writes the error with its traceback; returns the text written (what "Sao chép chi tiết" copies)."""
    text = f"{context}\n{details(kind, value, tb)}"
    log.error(text)
    return text
