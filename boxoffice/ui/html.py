"""Ticket Tailor descriptions are organiser-written HTML: show them safely.

`sanitize_html` keeps a small formatting subset (paragraphs, emphasis, lists, line breaks) and
drops everything that could load remote content or run code: scripts, styles, images, frames,
forms, event handlers, `style` attributes and every link target. `SafeTextBrowser` is a
QTextBrowser that refuses to load any resource at all, so even HTML that slipped past the
sanitiser cannot fetch anything.
"""

from __future__ import annotations

import html
from html.parser import HTMLParser

from PySide6.QtCore import QByteArray, Qt, QUrl
from PySide6.QtGui import QImage, QTextDocument
from PySide6.QtWidgets import QFrame, QSizePolicy, QTextBrowser, QWidget

# Tag -> tag written out (headings become bold paragraphs so they do not shout at the door).
_ALLOWED = {
    "p": "p",
    "br": "br",
    "b": "b",
    "strong": "b",
    "i": "i",
    "em": "i",
    "u": "u",
    "ul": "ul",
    "ol": "ol",
    "li": "li",
    "blockquote": "blockquote",
    "h1": "p",
    "h2": "p",
    "h3": "p",
    "h4": "p",
    "h5": "p",
    "h6": "p",
    "div": "p",
}
_VOID = {"br"}
# Their text is code or markup, not words for a person: drop it with the tag.
_DROP_CONTENT = {
    "script",
    "style",
    "iframe",
    "object",
    "embed",
    "noscript",
    "template",
    "svg",
    "math",
}
_BLOCK_BREAKS = {"tr", "hr"}


class _Sanitiser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.out: list[str] = []
        self.plain: list[str] = []
        self._open: list[str] = []
        self._dropping = 0

    def handle_starttag(self, tag: str, attrs) -> None:
        if tag in _DROP_CONTENT:
            self._dropping += 1
            return
        if self._dropping:
            return
        if tag in _BLOCK_BREAKS:
            self.out.append("<br>")
            self.plain.append("\n")
            return
        mapped = _ALLOWED.get(tag)
        if mapped is None:
            return
        if mapped in _VOID:
            self.out.append(f"<{mapped}>")
            self.plain.append("\n")
            return
        if mapped in {"p", "li", "blockquote"}:
            self.plain.append("\n")
        if mapped == "li":
            self.plain.append("• ")
        self.out.append(f"<{mapped}>")
        self._open.append(mapped)

    def handle_startendtag(self, tag: str, attrs) -> None:
        if tag in _DROP_CONTENT:
            return
        self.handle_starttag(tag, attrs)
        mapped = _ALLOWED.get(tag)
        if mapped and mapped not in _VOID:
            self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_CONTENT:
            self._dropping = max(0, self._dropping - 1)
            return
        if self._dropping:
            return
        mapped = _ALLOWED.get(tag)
        if mapped is None or mapped in _VOID or mapped not in self._open:
            return
        # Close everything opened after it, so the output is always well nested.
        while self._open:
            last = self._open.pop()
            self.out.append(f"</{last}>")
            if last == mapped:
                break
        if mapped in {"p", "li", "blockquote"}:
            self.plain.append("\n")

    def handle_data(self, data: str) -> None:
        if self._dropping:
            return
        self.out.append(html.escape(data, quote=False))
        self.plain.append(data)

    def close(self) -> None:
        super().close()
        while self._open:
            self.out.append(f"</{self._open.pop()}>")


def sanitize_html(text: str | None) -> str:
    """A safe HTML subset of `text` (no tags with attributes, nothing that loads or runs)."""
    if not text:
        return ""
    parser = _Sanitiser()
    parser.feed(text)
    parser.close()
    return "".join(parser.out).strip()


def plain_description(text: str | None) -> str | None:
    """The words of `text` when sanitising leaves no tags at all, else None.

    Most ticket type descriptions are a plain sentence: a word-wrapping label shows those for a
    fraction of what a `SafeTextBrowser` costs to build. Whitespace collapses as HTML would.
    """
    clean = sanitize_html(text)
    if "<" in clean:  # the sanitiser escapes every "<" of the text: this is a tag
        return None
    return " ".join(html.unescape(clean).split())


def html_to_text(text: str | None) -> str:
    """The words of an HTML fragment, with paragraphs and list items on lines of their own."""
    if not text:
        return ""
    parser = _Sanitiser()
    parser.feed(text)
    parser.close()
    lines = [" ".join(line.split()) for line in "".join(parser.plain).splitlines()]
    return "\n".join(line for line in lines if line)


class SafeTextBrowser(QTextBrowser):
    """A read-only rich-text view that never loads a resource or follows a link.

    Ticket Tailor HTML may reference images or pages on other hosts; at the door that would leak
    that the sale is happening and could stall on a dead network, so nothing is ever fetched.
    """

    def __init__(self, parent: QWidget | None = None, *, fit_content: bool = False) -> None:
        super().__init__(parent)
        self.setDocument(_NothingLoadedDocument(self))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.blocked_resources: list[str] = []
        self._fit_content = fit_content
        if fit_content:
            # Grows to its text like a label (inside a ticket row), never scrolls by itself.
            self.setFrameShape(QFrame.Shape.NoFrame)
            self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self.viewport().setAutoFillBackground(False)
            self.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            self.document().setDocumentMargin(0)
            self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def _fit(self, *_args) -> None:
        height = int(self.document().size().height() + 0.999) + 2 * self.frameWidth()
        if height != self.height():
            self.setFixedHeight(max(height, 1))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_content:
            self.document().setTextWidth(self.viewport().width())
            self._fit()

    def set_description(self, text: str | None) -> None:
        """Show organiser HTML after sanitising it."""
        self.setHtml(sanitize_html(text))

    def loadResource(self, kind: int, name: QUrl | str) -> None:
        self.blocked_resources.append(name.toString() if isinstance(name, QUrl) else name)
        return None


class _NothingLoadedDocument(QTextDocument):
    """The browser's document: every resource it asks for is answered with a blank.

    Not None: for a null answer from the browser, QTextDocument::loadResource decodes data:
    URLs and reads file: and relative ones from the disk itself, and for an image that is null
    QTextImageHandler calls QImage::load(name) (qtbase, src/gui/text/qtextdocument.cpp and
    qtextimagehandler.cpp): `<img src="file:///dev/zero">` would read without end.
    """

    def __init__(self, browser: SafeTextBrowser) -> None:
        super().__init__(browser)
        self._browser = browser

    def loadResource(self, kind: int, name: QUrl | str) -> QImage | QByteArray:
        self._browser.loadResource(kind, name)  # counted as blocked
        kind = int(getattr(kind, "value", kind))
        blank = (
            _blank_image()
            if kind == QTextDocument.ResourceType.ImageResource.value
            else QByteArray()
        )
        self.addResource(kind, name, blank)  # asked once, not at every paint
        return blank


def _blank_image() -> QImage:
    """One transparent pixel: an image that is not null, so Qt looks no further for one."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image
