"""Offer catalogues in the desktop program: importing providers' catalogues and reviewing their competences."""
