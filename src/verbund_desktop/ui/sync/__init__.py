"""The laptop side of sync in the desktop program: connecting to the coordination office, syncing."""
