"""This till's settings: the declared values, where each comes from, and what was wrong.

Loading never fails: a value of the wrong type falls back to its default, a file that is not
JSON is copied aside to `settings.json.bak` (see `store`), and each such problem becomes one
plain sentence in `settings.problems` (`Words`: the window translates them, the command line
prints their English). The file never holds an API key: those live in the OS
keyring (`boxoffice.services.secrets`) or in `BOXOFFICE_TICKETTAILOR_API_KEY` /
`BOXOFFICE_BTCPAY_API_KEY`.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from boxoffice.app import paths
from boxoffice.app.settings import store
from boxoffice.app.settings.declarations import Declared, Setting
from boxoffice.app.settings.kinds import SettingError, coerce_device_id, new_device_id, rounded_up
from boxoffice.app.settings.store import FORMAT_KEY, FORMAT_VERSION
from boxoffice.words import MoneyWriter, Translator, Words, translate

if TYPE_CHECKING:
    from boxoffice.domain.catalogue import CatalogueSettings
    from boxoffice.domain.checkout import CheckoutSettings

log = logging.getLogger(__name__)

#: Keys a hand-edited file might use for an API key. They are never written back.
_SECRET_LOOKING = re.compile(r"(?i)(api_?key|secret|password|token)")


class Settings(Declared):
    """The settings of this till: declared values, the file they came from, and env overrides.

    Read a setting as an attribute (`settings.btcpay_url`): an environment override wins over
    the file, the file over the default. Assigning (`settings.btcpay_url = "..."`) or `set()`
    checks the value and raises `SettingError`; `save()` writes the file. `problems` lists, in
    plain sentences, whatever could not be used from the file or the environment.
    """

    def __init__(
        self,
        values: Mapping[str, Any] | None = None,
        *,
        path: Path | str | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> None:
        """Settings from checked `values` (key -> value), without reading any file.

        `path` is where `save()` writes (default: settings.json in the config directory);
        `environ` is where overrides are read (default: `os.environ`).
        """
        self._path = Path(path) if path is not None else None
        self._environ = environ if environ is not None else os.environ
        self._values: dict[str, Any] = {}
        self._extra: dict[str, Any] = {}  # unknown keys from a newer version, kept on save
        self._env_values: dict[str, Any] = {}
        self.problems: list[str] = []
        for key, value in (values or {}).items():
            self.set(key, value)
        self._read_environment()

    # -- reading and writing values ----------------------------------------------------------

    @property
    def path(self) -> Path:
        """The settings file."""
        return self._path if self._path is not None else paths.settings_path()

    def get(self, key: str) -> Any:
        """The effective value: environment override, else the saved value, else the default."""
        setting = self.declaration(key)
        if key in self._env_values:
            return self._env_values[key]
        return self._values.get(key, setting.default)

    def saved(self, key: str) -> Any:
        """The value the file holds (or will hold once saved), ignoring the environment."""
        return self._values.get(key, self.declaration(key).default)

    def set(self, key: str, value: Any) -> None:
        """Check and store a value; `save()` writes it. Raises `SettingError` with a sentence."""
        setting = self.declaration(key)
        try:
            self._values[key] = _coerced(setting, value)
        except SettingError as error:
            raise SettingError(
                translate("Settings", "{setting} {problem}.").format(
                    setting=setting.label, problem=error.words
                )
            ) from None

    def reset(self, key: str) -> None:
        """Go back to the default value (on the next save)."""
        self.declaration(key)
        self._values.pop(key, None)

    def env_override(self, key: str) -> str | None:
        """The environment variable overriding `key` right now, or None.

        The dialog shows such a setting read-only: saving would not change what is used.
        """
        return self.declaration(key).env if key in self._env_values else None

    def copy(self) -> Settings:
        """An independent copy, e.g. for a dialog that may be cancelled."""
        other = Settings.__new__(Settings)
        other._path = self._path
        other._environ = self._environ
        other._values = dict(self._values)
        other._extra = dict(self._extra)
        other._env_values = dict(self._env_values)
        other.problems = list(self.problems)
        return other

    def __repr__(self) -> str:
        return f"Settings(path={str(self.path)!r}, saved={sorted(self._values)})"

    # -- environment -------------------------------------------------------------------------

    def _read_environment(self) -> None:
        self._env_values.clear()
        for setting in self.declarations():
            text = self._environ.get(setting.env)
            if text is None or not text.strip():
                continue  # an empty variable counts as unset, as shells make that easy
            try:
                if setting.key == "device_id":
                    value = coerce_device_id(text)
                else:
                    value = setting.parse_env(text)
            except SettingError as error:
                rounded = rounded_up(setting, _float_or_none(text))
                if rounded is not None and _fits(setting, rounded):
                    self._env_values[setting.key] = rounded
                    self.problems.append(
                        translate(
                            "Settings",
                            "{variable} is {value}, but {setting} takes whole numbers; "
                            "{rounded} is used.",
                        ).format(
                            variable=setting.env,
                            value=text.strip(),
                            setting=InSentence(setting.label),
                            rounded=rounded,
                        )
                    )
                    continue
                self.problems.append(
                    translate("Settings", "{variable} is ignored: {setting} {problem}.").format(
                        variable=setting.env,
                        setting=InSentence(setting.label),
                        problem=error.words,
                    )
                )
                continue
            self._env_values[setting.key] = value

    # -- file --------------------------------------------------------------------------------

    @classmethod
    def load(
        cls, path: Path | str | None = None, *, environ: Mapping[str, str] | None = None
    ) -> Settings:
        """Read the settings file; never fails (see `problems` for what could not be used).

        A missing file gives the defaults. A file that cannot be parsed is copied to
        `<name>.bak` (so a hand edit is never lost) and the defaults are used.
        """
        settings = cls(path=path, environ=environ)
        env_problems = settings.problems
        settings.problems = []
        settings._read_file()
        settings.problems.extend(env_problems)
        return settings

    def _read_file(self) -> None:
        path = self.path
        try:
            raw_bytes = store.read_file(path)
        except OSError as error:
            self.problems.append(
                translate(
                    "Settings",
                    "The settings file {path} could not be read ({error}); the defaults are used.",
                ).format(path=path, error=error.strerror)
            )
            return
        if raw_bytes is None:
            return
        try:
            data = store.parse(raw_bytes)
        except (ValueError, RecursionError):
            try:
                backup = store.backup_broken_file(path)
            except OSError as error:  # loading never fails, even in a read-only folder
                self.problems.append(
                    translate(
                        "Settings",
                        "The settings file {file} is damaged and could not be read, nor copied "
                        "aside ({error}); the defaults are used.",
                    ).format(file=path.name, error=error.strerror)
                )
                return
            self.problems.append(
                translate(
                    "Settings",
                    "The settings file {file} is damaged and could not be read; a copy was kept "
                    "as {copy} and the defaults are used.",
                ).format(file=path.name, copy=backup.name)
            )
            return
        known = {setting.key for setting in self.declarations()}
        kept_aside = False

        def keep_a_copy() -> str | None:
            """The file as it was, kept once: saving would write over what was not used. The
            copy's name, or None (kept before, or it could not be copied)."""
            nonlocal kept_aside
            if kept_aside:
                return None
            kept_aside = True
            try:
                backup = store.keep_copy(path, raw_bytes)
            except OSError as error:
                log.warning("settings file %s could not be copied aside: %s", path, error)
                return None
            return backup.name

        version = data.get(FORMAT_KEY)
        number = isinstance(version, int | float) and not isinstance(version, bool)
        if number and isinstance(version, int | float) and version > FORMAT_VERSION:
            copy = keep_a_copy()
            if copy is None:
                newer = translate(
                    "Settings",
                    "The settings file {file} was written by a newer version of Box Office; "
                    "what this version knows of it is used.",
                ).format(file=path.name)
            else:
                newer = translate(
                    "Settings",
                    "The settings file {file} was written by a newer version of Box Office; "
                    "what this version knows of it is used; the file as it was is kept as "
                    "{copy}.",
                ).format(file=path.name, copy=copy)
            self.problems.append(newer)
        for key, raw in data.items():
            if key == FORMAT_KEY:
                continue
            if key not in known:
                if _SECRET_LOOKING.search(key):
                    self.problems.append(
                        translate(
                            "Settings",
                            "The settings file has “{key}”, which looks like a secret; API keys "
                            "belong in the keyring (settings dialog) or in an environment "
                            "variable, so it is ignored and removed on the next save.",
                        ).format(key=key)
                    )
                else:
                    self._extra[key] = raw
                    self.problems.append(
                        translate(
                            "Settings",
                            "The settings file has an unknown setting “{key}”; it is kept but "
                            "not used.",
                        ).format(key=key)
                    )
                continue
            setting = self.declaration(key)
            rounded = rounded_up(setting, raw)
            if rounded is not None and _fits(setting, rounded):
                self._values[key] = rounded
                self.problems.append(
                    translate(
                        "Settings",
                        "In {file}, {setting} was {value}, but it takes whole numbers now; "
                        "{rounded} is used (and saved on the next save).",
                    ).format(
                        file=path.name,
                        setting=InSentence(setting.label),
                        value=raw,
                        rounded=rounded,
                    )
                )
                continue
            try:
                self._values[key] = _coerced(setting, raw)
            except SettingError as error:
                self.problems.append(_default_used(path.name, setting, error, keep_a_copy()))

    def save(self) -> None:
        """Write the file atomically (temp file + rename), readable only by its owner.

        The first save gives this till its device id. Values coming from environment variables
        are not written: the file keeps what was chosen in the dialog or the file.
        """
        if self._values.get("device_id") is None:
            self._values["device_id"] = new_device_id()
        data: dict[str, Any] = {FORMAT_KEY: FORMAT_VERSION}
        data.update(self._extra)
        for setting in self.declarations():
            if setting.key in self._values:
                data[setting.key] = setting.to_json(self._values[setting.key])
        store.write_json_atomically(self.path, data)

    # -- what the core needs -----------------------------------------------------------------

    def to_checkout(self) -> CheckoutSettings:
        """The checkout options for the sale engine."""
        from boxoffice.domain.checkout import CheckoutSettings

        return CheckoutSettings(
            expiration_minutes=self.expiration_minutes,
            payment_methods=tuple(self.payment_methods),
            speed_policy=self.speed_policy,
            require_name=self.require_name,
            placeholder_name=self.placeholder_name,
            email_required=self.email_required,
            send_ticket_emails=self.send_ticket_emails,
        )

    def to_catalogue(self) -> CatalogueSettings:
        """Which events are sold and how ticket types are changed at this door."""
        from boxoffice.domain.catalogue import CatalogueSettings

        return CatalogueSettings(
            event_ids=tuple(self.event_ids), overrides=dict(self.ticket_overrides)
        )


def _coerced(setting: Setting, value: Any) -> Any:
    """`value` checked for `setting`; `SettingError` (words ending its label) if it does not fit."""
    return coerce_device_id(value) if setting.key == "device_id" else setting.coerce(value)


def _default_used(file: str, setting: Setting, error: SettingError, copy: str | None) -> Words:
    """The words for a value of the file that does not fit: what is used instead."""
    values = {
        "file": file,
        "setting": InSentence(setting.label),
        "problem": error.words,
        "default": setting.describe(setting.default),
    }
    if copy is None:
        return translate(
            "Settings", "In {file}, {setting} {problem}; the default ({default}) is used instead."
        ).format(**values)
    return translate(
        "Settings",
        "In {file}, {setting} {problem}; the default ({default}) is used instead; the file "
        "as it was is kept as {copy}.",
    ).format(copy=copy, **values)


class InSentence(Words):
    """A setting's label inside a sentence: in English with a small first letter ("time to pay
    (minutes)"; names such as "Ticket Tailor" and "BTCPay" keep theirs), in another language as
    its translation has it (German keeps its nouns' capitals)."""

    def __new__(cls, label: str) -> InSentence:
        source = label if isinstance(label, Words) else Words("", "{text}", {"text": label})
        self = str.__new__(cls, _lower_first(str(label)))
        self.context, self.source, self.values = source.context, source.source, source.values
        return self

    def __reduce__(self) -> tuple[Any, ...]:
        return (InSentence, (Words(self.context, self.source, dict(self.values)),))

    def say(self, translator: Translator, money: MoneyWriter | None = None) -> str:
        said = super().say(translator, money)
        # Untranslated (English): the small first letter, as in `str(self)`.
        return str(self) if said == Words.say(self, lambda _c, s: s) else said


def _float_or_none(text: str) -> float | None:
    try:
        return float(text)
    except ValueError:
        return None


def _fits(setting: Setting, value: int) -> bool:
    try:
        setting.coerce(value)
    except SettingError:
        return False
    return True


#: Names that keep their capitals inside a sentence.
_NAMES = ("Ticket Tailor", "BTCPay")


def _lower_first(text: str) -> str:
    if text.startswith(_NAMES) or text[:2] == text[:2].upper():
        return text
    return text[:1].lower() + text[1:]
