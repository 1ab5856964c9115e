"""Entry point of the bundled `antt` command."""

import sys

from antt_desktop.cli.main import main

sys.exit(main())
