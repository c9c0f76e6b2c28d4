"""What every service feature shares: the audit trail every change is recorded in."""
