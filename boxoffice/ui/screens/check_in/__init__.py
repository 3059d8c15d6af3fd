"""The door console's check-in desk."""
