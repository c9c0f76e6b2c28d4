"""The company needs interview and the company report."""
