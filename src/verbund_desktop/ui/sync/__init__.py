"""Sync on the laptop: conflicts screen, status-bar counts, sync file export and import."""
