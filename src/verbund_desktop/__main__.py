"""`python -m verbund_desktop` starts the desktop program."""

from verbund_desktop.ui.app import main

raise SystemExit(main())
