"""Individual development plans: measures, versions, suggestions and printing."""
