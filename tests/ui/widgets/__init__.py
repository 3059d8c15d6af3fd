"""Tests of the widgets the screens share."""
