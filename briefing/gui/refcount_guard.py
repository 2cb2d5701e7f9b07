"""Keep PySide6 6.12.0 on CPython 3.11 from aborting the app with "deallocating None".

shiboken6 6.12.0 returns None (and sometimes True or False) from wrapped C++ calls without
taking a reference, as if those objects were immortal, which they are only from Python 3.12 on.
On 3.11 each call of a void Qt method from Python drops one reference to None; a session
starts with about 11,000, so it aborts after a few minutes of use. A probe detects the leak
and, only then, gives the three singletons enough references to outlast any session.
The lasting fix is a PySide6 release without the bug (6.11.x is fine) or Python 3.12+.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_PROBE_CALLS = 32
_applied = False


def qt_drops_none_references() -> bool:
    """True when calling a void Qt method from Python lowers None's reference count."""
    from PySide6.QtCore import QObject

    probe = QObject()
    before = sys.getrefcount(None)
    for _ in range(_PROBE_CALLS):
        probe.setObjectName("probe")
    return sys.getrefcount(None) <= before - _PROBE_CALLS // 2


def protect_singletons() -> bool:
    """Give None, True and False spare references when (and only when) Qt leaks them; True if applied."""
    global _applied
    if _applied:
        return True
    if sys.implementation.name != "cpython" or sys.version_info >= (3, 12) or not qt_drops_none_references():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _HEADROOM
    _applied = True
    return True
