"""The `verbund` command line: one module per command group."""
