"""`python -m verbund_desktop` starts the desktop program."""

from verbund_desktop.ui.shell.app import main

raise SystemExit(main())
