"""The program's frame: start-up, main window, lock, settings and shared UI helpers."""
