"""The Qt desktop application: main window, table models, forms. Nothing outside this package imports it."""
