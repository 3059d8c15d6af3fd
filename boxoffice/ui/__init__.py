"""The PySide6 face of Box Office: the qasync bootstrap, one controller and view per screen."""

from boxoffice.ui import _pyside_fix  # noqa: F401 - must run before PySide6 is used
