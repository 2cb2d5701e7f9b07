"""Everything outside briefing/gui imports without Qt."""

import subprocess
import sys

NON_GUI_MODULES = ["briefing", "briefing.cli", "briefing.domain", "briefing.vocabulary", "briefing.countries",
                   "briefing.paths", "briefing.atomic", "briefing.text_report", "briefing.store", "briefing.exchange",
                   "briefing.pdf"]

_PROBE = """
import importlib, sys
class BlockQt:
    def find_spec(self, name, path=None, target=None):
        if name == "PySide6" or name.startswith("PySide6.") or name == "shiboken6":
            raise ImportError(f"{name} imported outside briefing.gui")
sys.meta_path.insert(0, BlockQt())
for module in sys.argv[1:]:
    importlib.import_module(module)
print("ok")
"""


def test_core_packages_import_without_qt():
    result = subprocess.run([sys.executable, "-c", _PROBE, *NON_GUI_MODULES], capture_output=True, text=True,
                            timeout=60, check=False)
    assert result.stdout.strip() == "ok", result.stderr
