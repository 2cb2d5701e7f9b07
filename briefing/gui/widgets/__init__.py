"""Reusable widgets and the panes of the main window."""
