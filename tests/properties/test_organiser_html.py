"""Organiser HTML of any shape: the sanitiser keeps only plain formatting tags, and the text
browser that shows it never loads anything, not even from HTML that skipped the sanitiser.

Ticket Tailor descriptions are written by organisers and passed through as HTML; at the door a
fetched image would tell a tracker that a sale is happening, and a local path could stall the
till (`file:///dev/zero`).
"""

from __future__ import annotations

import re
import threading
from html.parser import HTMLParser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import ClassVar

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from boxoffice.ui.html import SafeTextBrowser, html_to_text, plain_description, sanitize_html

FAST = settings(
    derandomize=True,
    deadline=None,
    max_examples=300,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

KEPT = {"p", "br", "b", "i", "u", "ul", "ol", "li", "blockquote"}


class _Counter(BaseHTTPRequestHandler):
    hits: ClassVar[list[str]] = []

    def do_GET(self):
        _Counter.hits.append(self.path)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def server():
    """A web server on the loopback that counts every request the till would make."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Counter)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(scope="module")
def local_image(tmp_path_factory):
    """A real image on the disk, which a leaky browser would load and show at its size."""
    path = tmp_path_factory.mktemp("organiser") / "pixel.png"
    image = QImage(7, 5, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    assert image.save(str(path))
    return path


URL = st.sampled_from(
    [
        "{server}/pixel.gif",
        "//127.0.0.1/x.png",
        "{file}",
        "file://{file}",
        "javascript:alert(1)",
        " JaVaScRiPt:alert(1)",
        "data:image/png;base64,iVBORw0KGgo=",
        "data:text/html,<script>alert(1)</script>",
        "jav&#x61;script:alert(1)",
        "{server}/a.css",
        "relative/pixel.png",
    ]
)
TAG = st.sampled_from(
    [
        "p",
        "b",
        "strong",
        "em",
        "li",
        "ul",
        "div",
        "h1",
        "a",
        "img",
        "link",
        "script",
        "style",
        "iframe",
        "meta",
        "svg",
        "image",
        "object",
        "embed",
        "table",
        "tr",
        "td",
        "span",
        "font",
        "video",
        "source",
        "base",
        "form",
        "math",
        "template",
        "noscript",
        "textarea",
        "title",
    ]
)
ATTRIBUTE = st.one_of(
    st.tuples(
        st.sampled_from(["src", "href", "srcset", "background", "poster", "xlink:href"]), URL
    ),
    st.tuples(st.sampled_from(["onclick", "onerror", "onload"]), st.just("alert(1)")),
    st.tuples(
        st.just("style"),
        URL.map(lambda u: f"background:url({u}); behavior:url({u})"),
    ),
    st.tuples(st.just("http-equiv"), st.just("refresh")),
    st.tuples(st.just("content"), URL.map(lambda u: f"0;url={u}")),
)


@st.composite
def start_tags(draw):
    tag = draw(TAG)
    attrs = draw(st.lists(ATTRIBUTE, max_size=3))
    quote = draw(st.sampled_from(['"', "'", ""]))
    written = "".join(f" {name}={quote}{value}{quote}" for name, value in attrs)
    end = draw(st.sampled_from([">", "/>", " >", ""]))  # "" leaves the tag unclosed
    return f"<{tag}{written}{end}"


PIECES = st.one_of(
    start_tags(),
    TAG.map(lambda t: f"</{t}>"),
    URL.map(lambda u: f"<style>@import url({u}); p{{background:url({u})}}</style>"),
    URL.map(lambda u: f'<svg><image href="{u}"/><script>alert(1)</script></svg>'),
    st.sampled_from(
        [
            "<!-- <img src=x> -->",
            "<!--[if IE]><script>alert(1)</script><![endif]-->",
            "<![CDATA[<script>alert(1)</script>]]>",
            "<!DOCTYPE html>",
            "<?xml version='1.0'?>",
            "&lt;script&gt;",
            "&#60;img src=x&#62;",
            "&amp;",
            "&nbsp;",
            "&bogus;",
            "&#0;",
            "&#x110000;",
            "<",
            ">",
            "</",
            "<<p>>",
            "<scr<script>ipt>",
            "Doors at 7pm",
            "Café ☕",
            "\x00",
        ]
    ),
    st.text(max_size=10),
)
HTML = st.lists(PIECES, max_size=25).map("".join)


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[tuple[str, list]] = []

    def handle_starttag(self, tag, attrs):
        self.found.append((tag, attrs))

    def handle_startendtag(self, tag, attrs):
        self.found.append((tag, attrs))

    def handle_comment(self, data):
        self.found.append(("!--", []))

    def handle_decl(self, decl):
        self.found.append(("!", []))

    def handle_pi(self, data):
        self.found.append(("?", []))

    def unknown_decl(self, data):
        self.found.append(("![", []))


def _fill(html: str, server: str, local_image) -> str:
    return html.replace("{server}", server).replace("{file}", str(local_image))


@FAST
@given(html=HTML)
@example(html='<img src="{server}/x.gif" srcset="{server}/2x.gif 2x"><p onclick=alert(1)>Hi')
@example(html="<scr<script>ipt>alert(1)</script>")
@example(html="<meta http-equiv=refresh content='0;url={server}/'><p>Music")
def test_the_sanitised_html_has_only_plain_tags_no_reference_and_no_script(
    html, server, local_image
):
    dirty = _fill(html, server, local_image)
    clean = sanitize_html(dirty)
    parsed = _Tags()
    parsed.feed(clean)
    parsed.close()
    for tag, attrs in parsed.found:
        assert tag in KEPT and attrs == []
    # Outside those bare tags no "<" is left: everything else became escaped text.
    assert "<" not in re.sub("</?(?:" + "|".join(KEPT) + ")>", "", clean)
    assert sanitize_html(clean) == clean  # sanitising what was shown changes nothing
    html_to_text(dirty)
    words = plain_description(dirty)
    assert words is None or "<" not in sanitize_html(words)


def _images(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            if fragment.charFormat().isImageFormat():
                names.append(fragment.charFormat().toImageFormat().name())
            iterator += 1
        block = block.next()
    return names


@settings(FAST, max_examples=100)
@given(html=HTML)
@example(html='<img src="{file}"><img src="file://{file}"><img src="{server}/pixel.gif">')
@example(
    html="<link rel=stylesheet href='{server}/a.css'><style>@import url({server}/b.css)</style>"
)
def test_the_text_browser_loads_nothing_whatever_the_html(html, server, local_image, qapp):
    dirty = _fill(html, server, local_image)
    before = len(_Counter.hits)
    browser = SafeTextBrowser()
    try:
        browser.resize(320, 200)
        browser.setHtml(dirty)  # even without the sanitiser
        browser.grab()  # lay out and paint: images are asked for here too
        browser.set_description(dirty)
        browser.grab()
        browser.setHtml(dirty)
        qapp.processEvents()
        for name in _images(browser.document()):
            image = browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(name)
            )
            # The blank pixel the browser answers with, never the file or the page asked for.
            assert image is None or (image.width(), image.height()) in ((1, 1), (0, 0)), name
    finally:
        browser.deleteLater()
        qapp.processEvents()
    assert len(_Counter.hits) == before


# -- the nastiest cases, by hand -------------------------------------------------------------


def test_an_image_on_the_disk_is_not_read_even_from_raw_html(qapp, local_image):
    browser = SafeTextBrowser()
    try:
        # Returning None from loadResource let Qt read the file itself (QTextImageHandler).
        browser.setHtml(f'<p><img src="{local_image}"><img src="file://{local_image}"></p>')
        browser.grab()
        for name in (str(local_image), f"file://{local_image}"):
            image = browser.document().resource(
                QTextDocument.ResourceType.ImageResource, QUrl(name)
            )
            assert (image.width(), image.height()) == (1, 1)
        assert browser.blocked_resources == [str(local_image), f"file://{local_image}"]
    finally:
        browser.deleteLater()


def test_the_sneakiest_markup_is_reduced_to_words():
    dirty = (
        "<scr<script>ipt>alert(1)</script><svg><script>alert(2)</script></svg>"
        '<p style="background:url(http://t.example/p)" onclick=x>Doors <b>7pm'
        "<meta http-equiv=refresh content='0;url=http://t.example/'>"
    )
    assert sanitize_html(dirty) == "ipt&gt;alert(1)<p>Doors <b>7pm</b></p>"
