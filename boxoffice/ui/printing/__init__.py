"""Printing and PDF: the receipt of a sale, laid out for a roll or a page."""
