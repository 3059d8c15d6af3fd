"""The settings dialog's "Test" buttons: what works and what is missing, in plain words.

Runs the same checks as `boxoffice doctor` (so the dialog and the command line never disagree)
on the values typed in the dialog, before they are saved, and adds one the doctor does not
make: whether the BTCPay store can send e-mail at all (its SMTP settings). Qt-free.
"""

from __future__ import annotations

from dataclasses import dataclass

import httpx

from boxoffice.commands.doctor import CHECK_TIMEOUT, FAIL, OK, WARN, Doctor
from boxoffice.services import btcpay as btcpay_module
from boxoffice.services.btcpay import BTCPayClient
from boxoffice.services.errors import PermissionDeniedError, ServiceError
from boxoffice.settings import Settings

__all__ = ["FAIL", "OK", "WARN", "Finding", "check_btcpay", "check_tickettailor"]


@dataclass(frozen=True)
class Finding:
    """One line of a test result: status ok / warn / fail, and what to do."""

    status: str
    subject: str
    message: str


def _findings(doctor: Doctor) -> list[Finding]:
    return [Finding(c.status, c.subject, c.message) for c in doctor.checks]


async def check_tickettailor(
    settings: Settings, api_key: str | None, *, transport: httpx.AsyncBaseTransport | None = None
) -> list[Finding]:
    """Can Ticket Tailor be reached with this address and key, and is anything on sale?"""
    if not api_key:
        return [
            Finding(
                FAIL,
                "Ticket Tailor",
                "Enter the API key first (an Admin key with “hide personal data” unticked).",
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
        return [Finding(FAIL, "BTCPay", "Enter the API key first, or press Connect to BTCPay.")]
    doctor = Doctor(settings, transport=transport)
    await doctor.check_btcpay(api_key)
    findings = _findings(doctor)
    can_email = not any(f.subject == "E-mail" and f.status != OK for f in findings)
    if (
        settings.send_ticket_emails
        and can_email
        and settings.btcpay_url
        and settings.btcpay_store_id
        and not any(f.status == FAIL for f in findings)
    ):
        findings.append(await _check_store_email(settings, api_key, transport))
    return findings


async def _check_store_email(
    settings: Settings, api_key: str, transport: httpx.AsyncBaseTransport | None
) -> Finding:
    """Whether the store has SMTP settings (GET /api/v1/stores/{id}/email, stores-email.json)."""
    client = BTCPayClient(
        settings.btcpay_url,
        api_key,
        settings.btcpay_store_id,
        transport=transport,
        timeout=CHECK_TIMEOUT,
    )
    try:
        data = await client.request("GET", f"/api/v1/stores/{settings.btcpay_store_id}/email")
    except PermissionDeniedError:
        return Finding(
            WARN,
            "E-mail",
            "could not read the store's e-mail settings "
            f"({btcpay_module.EMAIL_PERMISSION}); check them in BTCPay (Store settings, Emails).",
        )
    except ServiceError:
        return Finding(
            WARN,
            "E-mail",
            "could not check the store's e-mail (SMTP) settings; make sure they are set in "
            "BTCPay (Store settings, Emails), or the tickets cannot be e-mailed.",
        )
    finally:
        await client.aclose()
    if not isinstance(data, dict) or not (data.get("server") and data.get("from")):
        return Finding(
            FAIL,
            "E-mail",
            "the store's SMTP is not configured, so tickets cannot be e-mailed: set it up in "
            "BTCPay (Store settings, Emails), or turn off “E-mail the tickets to the buyer”.",
        )
    return Finding(OK, "E-mail", f"the store sends e-mail as {data.get('from')}")
