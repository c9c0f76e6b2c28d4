"""The § 82 calculator and the rule-set menu."""
