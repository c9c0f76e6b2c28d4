"""Network, companies, departments, role profiles and people."""
