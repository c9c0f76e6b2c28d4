"""Recording the company needs interview and showing the company report."""
