"""Entry point of the bundled desktop application."""

from antt_desktop.gui.app import main

main()
