"""Start of the bundled print probe (PyInstaller runs this file as ``verbund-druckprobe``)."""

import sys

from verbund_desktop.ui.printing.print_check import main

if __name__ == "__main__":
    sys.exit(main())
