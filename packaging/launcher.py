"""The frozen application's entry point: the same command line as `facilitator-app`.

A bundle has one executable; started without arguments (a double click) it opens the window,
with arguments it runs the same subcommands as the installed command.
"""

import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
