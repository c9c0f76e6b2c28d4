"""Offer catalogues from providers: imports (openQCAT, spreadsheet), retirement, competence review."""
