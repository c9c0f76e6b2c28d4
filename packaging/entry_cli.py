"""Start of the bundled command line (PyInstaller runs this file as ``verbund``)."""

import sys

from verbund_desktop.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
