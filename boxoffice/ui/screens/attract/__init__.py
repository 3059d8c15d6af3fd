"""The kiosk's welcome: the events on sale as large cards, and a touch to begin."""
