"""ANTT Desktop: the all-people national-security movement, managed offline by commune police."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("antt-desktop")
except PackageNotFoundError:  # running from a source tree that is not installed
    __version__ = "0.0.0"
