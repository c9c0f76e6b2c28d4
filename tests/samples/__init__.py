"""Sample view models and data for report tests and benchmarks (never used by the program)."""
