"""What every UI feature shares: the open workspace's context, running actions, translation and settings helpers."""
