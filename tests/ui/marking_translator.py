"""A translator that marks the words of chosen contexts, to see them reach the window.

Installed as Qt's translators are, it answers `«source»` for a source of one of its contexts
and nothing for any other (Qt then asks the next translator, or keeps the source), so a test
can tell the words said through it from the English.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QCoreApplication, QEvent, QTranslator


class MarkingTranslator(QTranslator):
    """`«source»` for the sources of `contexts`; None (not translated) for the rest."""

    def __init__(self, contexts: set[str]) -> None:
        super().__init__()
        self.contexts = contexts

    def translate(self, context, source, disambiguation=None, n=-1):
        return f"«{source}»" if context in self.contexts else None

    def isEmpty(self) -> bool:
        return False


def marked(source: str) -> str:
    """What `MarkingTranslator` makes of `source`."""
    return f"«{source}»"


@contextmanager
def marking(app: QCoreApplication, *contexts: str) -> Iterator[MarkingTranslator]:
    """Install a `MarkingTranslator` for `contexts`; always removed again afterwards."""
    translator = MarkingTranslator(set(contexts))
    assert app.installTranslator(translator)
    try:
        yield translator
    finally:
        # Widgets the test closed go first, so no language change reaches a half-closed one.
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        app.removeTranslator(translator)
