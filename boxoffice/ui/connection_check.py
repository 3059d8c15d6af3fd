"""The settings dialog's "Test" buttons: what works and what is missing, in plain words.

Runs the checks of `boxoffice.app.diagnostics`, as `boxoffice doctor` does (so the dialog and
the command line never disagree), on the values typed in the dialog, before they are saved.
Qt-free but for the translator its words go through: the findings' words (`Words`, written
by the diagnostics) are said in the window's language as they become `Finding`s.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx
from PySide6.QtCore import QCoreApplication

from boxoffice.app.diagnostics import FAIL, Doctor
from boxoffice.app.settings.till import Settings
from boxoffice.ui.i18n import say


@dataclass(frozen=True)
class Finding:
    """One line of a test result: status ok / warn / fail, and what to do (in the window's
    language)."""

    status: str
    subject: str
    message: str


def _findings(doctor: Doctor) -> list[Finding]:
    return [Finding(c.status, say(c.subject), say(c.message)) for c in doctor.checks]


async def check_tickettailor(
    settings: Settings, api_key: str | None, *, transport: httpx.AsyncBaseTransport | None = None
) -> list[Finding]:
    """Can Ticket Tailor be reached with this address and key, and is anything on sale?"""
    if not api_key:
        return [
            Finding(
                FAIL,
                "Ticket Tailor",
                QCoreApplication.translate(
                    "ConnectionCheck",
                    "Enter the API key first (an Admin key with “hide personal data” unticked).",
                ),
            )
        ]
    doctor = Doctor(settings, transport=transport)
    await doctor.check_tickettailor(api_key)
    return _findings(doctor)


async def check_btcpay(
    settings: Settings, api_key: str | None, *, transport: httpx.AsyncBaseTransport | None = None
) -> list[Finding]:
    """Server, key, permissions, store, and whether ticket e-mails can go out."""
    if not api_key:
        words = QCoreApplication.translate(
            "ConnectionCheck", "Enter the API key first, or press Connect to BTCPay."
        )
        return [Finding(FAIL, "BTCPay", words)]
    doctor = Doctor(settings, transport=transport)
    await doctor.check_btcpay(api_key)
    return _findings(doctor)
