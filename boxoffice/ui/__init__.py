"""The PySide6 face of Box Office: the qasync bootstrap, one controller and view per screen."""
