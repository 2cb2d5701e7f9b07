"""Briefing: record official visits and export the minister's briefing note."""

__version__ = "0.1.0"
