"""One package per screen of the window: `view` (layout) and `controller` (logic)."""
