"""The competency grid, rating editor, gap chart and history."""
