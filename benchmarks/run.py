"""Benchmarks: how fast Briefing is with N visits, each figure beside a baseline measured in the same run.

    python benchmarks/run.py [--visits N] [--json FILE]

See the README's "Benchmarks" section for what each key means; benchmarks/suite.py does the work.
"""

import sys
from pathlib import Path

if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    from benchmarks.suite import main

    sys.exit(main())
