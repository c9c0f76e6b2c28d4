"""Start of the bundled desktop program (PyInstaller runs this file as ``verbund-desktop``)."""

import sys

from verbund_desktop.ui.shell.app import main

if __name__ == "__main__":
    sys.exit(main())
