"""What the client tests share: a retry policy's sleep that records instead of waiting."""

from __future__ import annotations

import pytest


class FakeSleep:
    """Records the waits of the retry policy instead of waiting."""

    def __init__(self) -> None:
        self.delays: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.delays.append(seconds)


@pytest.fixture
def sleeps() -> FakeSleep:
    return FakeSleep()
