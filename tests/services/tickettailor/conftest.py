"""What the Ticket Tailor client tests share: a mocked API and clients on it."""

from __future__ import annotations

import pytest
import respx

from boxoffice.services.http import RetryPolicy
from boxoffice.services.tickettailor.client import DEFAULT_URL, TicketTailorClient
from tests.services.tickettailor.examples import API_KEY, ODD_KEY


@pytest.fixture
def api():
    with respx.mock(base_url=DEFAULT_URL, assert_all_called=False) as mock:
        yield mock


@pytest.fixture
async def client(sleeps):
    async with TicketTailorClient(API_KEY, retry=RetryPolicy(sleep=sleeps)) as tt:
        yield tt


@pytest.fixture
async def odd_client(sleeps):
    async with TicketTailorClient(ODD_KEY, retry=RetryPolicy(sleep=sleeps)) as tt:
        yield tt
