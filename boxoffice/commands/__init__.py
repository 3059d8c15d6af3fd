"""The terminal face of Box Office: sell, reconcile, accept, sales, doctor, soak and bench.

Thin shells: each parses nothing (that is `boxoffice.cli`), builds what it needs through
`boxoffice.app.runtime` and words its results for a terminal. May import `app`, `engine`,
`domain`, `services` and `sim`; never `boxoffice.ui` (the window is a sibling face).
"""
