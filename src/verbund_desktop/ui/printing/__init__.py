"""Print preview and batch printing."""
