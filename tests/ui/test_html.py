"""Organiser HTML is shown without scripts, styles, images or links."""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import QTextDocument

from boxoffice.ui.html import SafeTextBrowser, html_to_text, plain_description, sanitize_html


def test_keeps_simple_formatting():
    assert sanitize_html("<p>An <strong>evening</strong> of <em>music</em></p>") == (
        "<p>An <b>evening</b> of <i>music</i></p>"
    )
    assert sanitize_html("<ul><li>One</li><li>Two</ul>") == "<ul><li>One</li><li>Two</li></ul>"


def test_drops_scripts_styles_images_and_handlers():
    dirty = (
        '<p onclick="steal()" style="background:url(http://x/y)">Hi</p>'
        "<script>alert(1)</script><style>p{color:red}</style>"
        '<img src="https://tracker.example/pixel.gif"><iframe src="https://evil"></iframe>'
        '<a href="javascript:alert(1)">click</a>'
    )
    clean = sanitize_html(dirty)
    assert clean == "<p>Hi</p>click"
    for bad in ("script", "alert(1)", "img", "http", "style", "onclick", "href", "iframe"):
        assert bad not in clean


def test_escapes_text_and_closes_open_tags():
    assert sanitize_html("<b>1 < 2 & <i>3") == "<b>1 &lt; 2 &amp; <i>3</i></b>"
    assert sanitize_html(None) == ""


def test_plain_text_puts_paragraphs_on_lines():
    assert html_to_text("<p>Doors 7pm</p><ul><li>Bar</li><li>Cloakroom</li></ul>") == (
        "Doors 7pm\n• Bar\n• Cloakroom"
    )


def test_browser_never_loads_a_resource(qtbot):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    # Bypass the sanitiser on purpose: even raw HTML with an image must not fetch it.
    browser.setHtml('<p>Hi</p><img src="https://tracker.example/pixel.gif">')
    browser.resize(300, 200)
    browser.show()
    qtbot.waitExposed(browser)
    result = browser.loadResource(
        int(QTextDocument.ResourceType.ImageResource.value), QUrl("https://tracker.example/a.png")
    )
    assert result is None
    assert "https://tracker.example/a.png" in browser.blocked_resources
    assert browser.openLinks() is False and browser.openExternalLinks() is False


def test_browser_sanitises_descriptions(qtbot):
    browser = SafeTextBrowser()
    qtbot.addWidget(browser)
    browser.set_description("<p>Hello</p><script>x()</script>")
    assert browser.toPlainText() == "Hello"


def test_plain_description_only_when_no_tag_survives():
    assert plain_description("Crew and  guests\n only") == "Crew and guests only"
    assert plain_description("Fish &amp; chips <script>x()</script>") == "Fish & chips"
    assert plain_description("1 < 2") == "1 < 2"
    assert plain_description("<p>Doors <b>7pm</b></p>") is None
    assert plain_description("<span>Just words</span>") == "Just words"
