"""The PySide6 face of Box Office: the qasync bootstrap, the window, its screens and dialogs.

The only package that may import PySide6 or qasync. May import `app`, `engine`, `domain`,
`services` and `sim`; never `boxoffice.commands` (the terminal is a sibling face).
"""
