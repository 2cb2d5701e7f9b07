"""The Qt desktop application: main window, table models, forms. Nothing outside this package imports it."""

from briefing.gui.refcount_guard import protect_singletons

protect_singletons()
