"""Settings files as they turn up on disk: any bytes, any encoding, any shape, any version.

Loading always gives settings (defaults where needed) and plain sentences; a file that cannot be
used as it is stays aside as a copy; a saved file loads back equal. tests/app/ has the
everyday and the named cases; this throws generated files at `Settings.load`.
"""

from __future__ import annotations

import json
import string
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from boxoffice.app.catalogue_source import CatalogueSource
from boxoffice.app.settings.kinds import DEVICE_ID_PATTERN, Kind
from boxoffice.app.settings.store import FORMAT_VERSION
from boxoffice.app.settings.till import Settings
from boxoffice.domain.catalogue import CatalogueSettings

FAST = settings(
    derandomize=True,
    deadline=None,
    max_examples=150,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

JSON = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**400), max_value=10**400)
    | st.floats(allow_nan=False)
    | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)


def _value(setting):
    """Values a person could have chosen for `setting` in the dialog."""
    if setting.key == "device_id":
        return st.from_regex(DEVICE_ID_PATTERN, fullmatch=True)
    kind = setting.kind
    choices = [choice for choice, _ in setting.choices]
    if kind is Kind.URL:
        return st.sampled_from(["", "https://btcpay.example", "http://10.0.0.2:23001/btc"])
    if kind is Kind.TEXT:
        return st.text(max_size=30)  # any text, lone surrogates included
    if kind is Kind.BOOL:
        return st.booleans()
    if kind is Kind.NUMBER:
        low, high = int(setting.minimum or 0), int(setting.maximum or 10**6)
        return st.integers(min_value=low, max_value=high)
    if kind is Kind.CHOICE:
        return st.sampled_from(choices)
    if kind is Kind.MULTI_CHOICE:
        return st.lists(st.sampled_from(choices), min_size=1, unique=True)
    if kind is Kind.LIST:
        return st.lists(st.text(min_size=1, max_size=10).filter(str.strip), max_size=4)
    assert kind is Kind.TICKET_OVERRIDES
    change = st.fixed_dictionaries(
        {},
        optional={
            "name": st.text(max_size=10),
            "price": st.decimals(min_value=0, max_value=10**6, places=2).map(str),
            "description": st.text(max_size=10),
            "hidden": st.booleans(),
        },
    )
    return st.dictionaries(st.from_regex(r"\Att_[a-z0-9]{1,6}\Z"), change, max_size=3)


CHOSEN = st.fixed_dictionaries(
    {}, optional={setting.key: _value(setting) for setting in Settings.declarations()}
)


def _saved_values(settings_: Settings) -> dict:
    return {s.key: _plain(settings_.saved(s.key)) for s in Settings.declarations()}


def _plain(value):
    return dict(value) if hasattr(value, "items") else value


def _load(folder: Path, raw: bytes) -> Settings:
    path = folder / "settings.json"
    path.write_bytes(raw)
    return Settings.load(path, environ={})


def _check_sentences(loaded: Settings) -> None:
    for problem in loaded.problems:
        assert isinstance(problem, str) and problem.endswith(".")
        assert "Traceback" not in problem and "Error" not in problem


def _copies(folder: Path) -> list[bytes]:
    return [p.read_bytes() for p in sorted(folder.glob("settings.json*.bak"))]


def _every_value_fits(loaded: Settings) -> None:
    for setting in Settings.declarations():
        value = loaded.saved(setting.key)
        if setting.key != "device_id" or value is not None:
            loaded.copy().set(setting.key, value)  # what was taken is a valid value


@FAST
@given(
    st.one_of(
        st.binary(max_size=300),
        JSON.map(lambda v: json.dumps(v).encode()),
        st.dictionaries(
            st.sampled_from([s.key for s in Settings.declarations()] + ["format", "x"]), JSON
        ).map(lambda v: json.dumps(v).encode()),
    )
)
@example(b'{"expiration_minutes": 1' + b"0" * 400 + b"}")
@example(b'{"format": 1, "device_name": "\\ud800"}')
@example(b"\xff\xfe\x00\x00" + '{"device_name": "x"}'.encode("utf-32-le"))
def test_any_file_loads_with_plain_sentences_and_a_copy_of_what_was_not_used(raw):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        loaded = _load(folder, raw)
        _check_sentences(loaded)
        _every_value_fits(loaded)
        if any("damaged" in p or "kept as" in p for p in loaded.problems):
            assert raw in _copies(folder)
        assert (folder / "settings.json").read_bytes() == raw  # loading never rewrites it
        loaded.save()  # and whatever was loaded can be saved
        again = Settings.load(folder / "settings.json", environ={})
        assert _saved_values(again) == _saved_values(loaded)


ENCODINGS = st.sampled_from(
    [
        ("utf-8", b""),
        ("utf-8", b"\xef\xbb\xbf"),
        ("utf-16-le", b"\xff\xfe"),
        ("utf-16-be", b"\xfe\xff"),
        ("utf-32-le", b"\xff\xfe\x00\x00"),
        ("utf-32-be", b"\x00\x00\xfe\xff"),
        ("cp1252", b""),
        ("latin-1", b""),
    ]
)


@FAST
@given(CHOSEN, ENCODINGS, st.booleans())
def test_a_hand_edit_saved_in_another_encoding_loads_its_values(chosen, encoding, escaped):
    codec, mark = encoding
    start = Settings(environ={})
    for key, value in chosen.items():
        start.set(key, value)
    text = json.dumps({k: _json(start, k) for k in chosen}, ensure_ascii=escaped)
    try:
        raw = mark + text.encode(codec)
    except UnicodeEncodeError:
        raw = mark + json.dumps({k: _json(start, k) for k in chosen}).encode(codec)
    with tempfile.TemporaryDirectory() as name:
        loaded = _load(Path(name), raw)
    assert loaded.problems == []
    assert _saved_values(loaded) == _saved_values(start)


def _json(settings_: Settings, key: str):
    return Settings.declaration(key).to_json(settings_.saved(key))


@FAST
@given(CHOSEN)
@example({"device_name": "\ud800 door", "event_ids": ["ev_\udfff"]})
def test_a_saved_file_loads_back_equal(chosen):
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "settings.json"
        start = Settings(path=path, environ={})
        for key, value in chosen.items():
            start.set(key, value)
        start.save()
        loaded = Settings.load(path, environ={})
    assert loaded.problems == []
    assert _saved_values(loaded) == _saved_values(start)


@FAST
@given(CHOSEN, st.data())
def test_a_file_cut_short_at_any_byte_loads_or_is_kept_aside(chosen, data):
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        start = Settings(path=folder / "settings.json", environ={})
        for key, value in chosen.items():
            start.set(key, value)
        start.save()
        whole = (folder / "settings.json").read_bytes()
        at = data.draw(st.one_of(st.integers(0, len(whole) - 1), st.just(len(whole) - 1)))
        cut = whole[:at]
        loaded = _load(folder, cut)
        _check_sentences(loaded)
        try:
            json.loads(cut)
        except ValueError:  # not whole: kept aside, in words
            assert any("damaged" in p for p in loaded.problems) and cut in _copies(folder)
        else:  # cut after the last "}": the file is whole
            assert loaded.problems == [] and _saved_values(loaded) == _saved_values(start)


@FAST
@given(
    CHOSEN,
    st.integers(min_value=FORMAT_VERSION + 1, max_value=10**6),
    st.dictionaries(st.text(string.ascii_lowercase + "_", min_size=1, max_size=12), JSON),
)
def test_a_file_from_a_newer_version_keeps_what_this_one_knows(chosen, version, renamed):
    start = Settings(environ={})
    for key, value in chosen.items():
        start.set(key, value)
    known = {s.key for s in Settings.declarations()}
    renamed = {k: v for k, v in renamed.items() if k not in known}
    content = {"format": version, **{k: _json(start, k) for k in chosen}, **renamed}
    raw = json.dumps(content).encode()
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        loaded = _load(folder, raw)
        assert _copies(folder) == [raw]  # kept once, however often the till starts
        Settings.load(folder / "settings.json", environ={})
        assert _copies(folder) == [raw]
    assert "newer version" in loaded.problems[0] and "settings.json.bak" in loaded.problems[0]
    assert _saved_values(loaded) == _saved_values(start)
    _check_sentences(loaded)


# -- the catalogue's copy on disk, read at every start ---------------------------------------


@FAST
@given(
    st.one_of(
        st.binary(max_size=200),
        JSON.map(lambda v: json.dumps(v).encode()),
        st.fixed_dictionaries({"events": JSON, "saved_at": JSON}).map(
            lambda v: json.dumps(v).encode()
        ),
    )
)
@example(b"[" * 100_000)
@example(b'{"events": [], "saved_at": 1' + b"0" * 400 + b"}")
def test_any_catalogue_copy_on_disk_reads_as_a_catalogue_or_none(raw):
    with tempfile.TemporaryDirectory() as name:
        path = Path(name) / "catalogue.json"
        path.write_bytes(raw)
        source = CatalogueSource(None, CatalogueSettings(), path)  # type: ignore[arg-type]
        catalogue = source.cached()
    assert catalogue is None or isinstance(catalogue.events, tuple)


# -- the nastiest cases, by hand -------------------------------------------------------------


def test_a_number_of_hundreds_of_digits_is_refused_in_words(tmp_path):
    loaded = _load(tmp_path, b'{"expiration_minutes": 1' + b"0" * 400 + b"}")
    assert loaded.expiration_minutes == 15
    (problem,) = loaded.problems
    assert "must be a number" in problem and "settings.json.bak" in problem


@pytest.mark.parametrize(
    "raw",
    [
        b"\xff\xfe\x00\x00" + '{"device_name": "Caf\u00e9"}'.encode("utf-32-le"),
        '{"device_name": "Caf\u00e9"}'.encode("latin-1"),
    ],
    ids=["utf-32", "latin-1"],
)
def test_utf_32_and_latin_1_files_are_read(tmp_path, raw):
    loaded = _load(tmp_path, raw)
    assert loaded.problems == [] and loaded.device_name == "Café"


def test_a_lone_surrogate_from_a_file_is_saved_and_read_back(tmp_path):
    loaded = _load(tmp_path, b'{"device_name": "door \\ud800"}')
    loaded.save()  # used to raise UnicodeEncodeError
    assert Settings.load(tmp_path / "settings.json", environ={}).device_name == "door \ud800"
