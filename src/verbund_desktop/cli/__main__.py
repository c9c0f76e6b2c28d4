"""`python -m verbund_desktop.cli.main` runs the command line."""

from verbund_desktop.cli.main import main

raise SystemExit(main())
