import sys

from antt_desktop.cli.main import main

sys.exit(main())
