"""The BTCPay client's store e-mail calls: sending, its refusals, the store's e-mail settings."""

from __future__ import annotations

import pytest

from boxoffice.services.btcpay.client import field_problem
from boxoffice.services.btcpay.permissions import EMAIL_PERMISSION
from boxoffice.services.errors import PermissionDeniedError, ValidationError
from tests.services.btcpay.answers import STORE_PATH, problem_json
from tests.services.btcpay.conftest import sent_json


async def test_send_email(api, client):
    route = api.post(f"{STORE_PATH}/email/send").respond(200)
    assert await client.send_email(to="a@example.com", subject="Tickets", body="Hi") is None
    assert sent_json(route) == {"email": "a@example.com", "subject": "Tickets", "body": "Hi"}


async def test_send_email_bad_address_is_a_field_problem(api, client):
    # There is no "SMTP not configured" answer (the old guess was a 400): only a bad address is
    # refused, with 422 at path Email (GreenfieldStoreEmailController.cs).
    api.post(f"{STORE_PATH}/email/send").respond(
        422, json=[{"path": "Email", "message": "Invalid email"}]
    )
    with pytest.raises(ValidationError) as caught:
        await client.send_email(to="nobody", subject="s", body="b")
    assert field_problem(caught.value, "email").message == "Invalid email"
    assert caught.value.code != "smtp-not-configured"


async def test_email_settings_say_whether_the_store_can_send(api, client):
    api.get(f"{STORE_PATH}/email").respond(
        200,
        json={
            "from": "box@example.com",
            "server": "smtp.example.com",
            "port": 587,
            "login": "box",
            "disableCertificateCheck": False,
            "passwordSet": True,
        },
    )
    settings = await client.email_settings()
    assert settings.configured
    assert (settings.sender, settings.server, settings.port) == (
        "box@example.com",
        "smtp.example.com",
        587,
    )
    assert settings.password_set


async def test_email_settings_never_saved_are_not_configured(api, client):
    api.get(f"{STORE_PATH}/email").respond(
        200, json={"from": None, "server": "", "port": None, "passwordSet": False}
    )
    settings = await client.email_settings()
    assert not settings.configured
    assert settings.port is None and not settings.password_set


async def test_send_email_without_permission(api, client):
    api.post(f"{STORE_PATH}/email/send").respond(
        403,
        json=problem_json("missing-permission", "Insufficient", missingPermission=EMAIL_PERMISSION),
    )
    with pytest.raises(PermissionDeniedError) as caught:
        await client.send_email(to="a@example.com", subject="s", body="b")
    assert caught.value.permission == EMAIL_PERMISSION
