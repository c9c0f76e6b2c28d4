"""Sync on the laptop: connecting to the office, syncing, conflicts, status-bar counts, the sync file."""
