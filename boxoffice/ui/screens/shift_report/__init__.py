"""The door console's end-of-shift report."""
