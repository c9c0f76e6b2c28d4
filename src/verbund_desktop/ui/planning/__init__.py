"""The plan editor, its measures, suggestions and printing a plan."""
