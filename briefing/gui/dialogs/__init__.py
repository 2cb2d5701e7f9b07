"""One form per file: add and edit dialogs for each kind of record, and the people manager."""
