"""Tests of the kiosk's welcome screen."""
