"""Reusable widgets of the Box Office window."""
