"""Entry point of the frozen app: the `briefing` command, with what a frozen, windowed process needs first."""

import multiprocessing
import os
import sys

# A child process started by multiprocessing re-runs this executable; freeze_support() turns it into the child.
multiprocessing.freeze_support()

# A windowed build (Windows without a console, a double-click on macOS) starts with no standard streams:
# give print() and tracebacks somewhere harmless to go.
if sys.stdout is None:
    sys.stdout = open(os.devnull, "w", encoding="utf-8")
if sys.stderr is None:
    sys.stderr = open(os.devnull, "w", encoding="utf-8")

from briefing.cli import main  # noqa: E402 - the streams must exist before the app is imported

sys.exit(main())
