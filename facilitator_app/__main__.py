"""`python -m facilitator_app` behaves exactly like the `facilitator-app` command."""

import sys

from facilitator_app.cli import main

if __name__ == "__main__":
    sys.exit(main())
