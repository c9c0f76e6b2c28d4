"""§ 82 SGB III rule sets kept in the workspace and the company's funding facts."""
