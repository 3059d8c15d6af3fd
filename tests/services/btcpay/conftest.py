"""What the BTCPay client tests share: a mocked server, a client on it, the JSON a request sent."""

from __future__ import annotations

import json

import pytest
import respx

from boxoffice.services.btcpay.client import BTCPayClient
from boxoffice.services.http import RetryPolicy
from tests.services.btcpay.answers import API_KEY, BASE, STORE_ID


@pytest.fixture
def api():
    with respx.mock(base_url=BASE, assert_all_called=False) as router:
        yield router


@pytest.fixture
async def client(sleeps):
    async with BTCPayClient(
        BASE, API_KEY, STORE_ID, retry=RetryPolicy(attempts=3, sleep=sleeps)
    ) as btcpay:
        yield btcpay


def sent_json(route) -> object:
    return json.loads(route.calls.last.request.content)
