"""`sell` never waits in silence: it says BTCPay cannot be reached, and Ctrl-C ends it soon."""

from __future__ import annotations

import asyncio
import signal
import time
from dataclasses import replace

import pytest

from boxoffice.commands.waiting import Interrupts, wait_for_end
from boxoffice.domain.sale import SaleState
from boxoffice.engine.timing import EngineTiming
from boxoffice.sim import seed
from tests.commands.simprocess import BoxOfficeProcess
from tests.commands.test_cli_unit import make_sale, payment


@pytest.fixture
def sim(sim_process):
    return sim_process


@pytest.mark.slow
def test_btcpay_unreachable_is_said_and_ctrl_c_ends_the_command_soon(sim, till_env):
    process = BoxOfficeProcess(
        [
            "sell",
            "--event",
            seed.GBP_EVENT,
            "--tickets",
            f"{seed.GENERAL_TT}=1",
            "--email",
            "a@b.org",
        ],
        till_env,
    )
    deadline = time.monotonic() + 30
    while not any(line.startswith("Pay ") for line in process.lines):
        assert time.monotonic() < deadline, process.lines
        process._drain(0.2)
    # BTCPay stops answering while the customer looks at the QR.
    sim.fault(r"/btcpay/", status=503, count=100000)
    deadline = time.monotonic() + 60
    while not any("still trying" in line for line in process.lines):
        assert time.monotonic() < deadline, process.lines
        process._drain(0.2)
    line = next(line for line in process.lines if "still trying" in line)
    assert "BTCPay" in line and "the invoice expires at" in line

    process.signal(signal.SIGINT)
    started = time.monotonic()
    status = process.finish(timeout=60)
    assert time.monotonic() - started < 40  # within seconds, not minutes
    assert status == 130
    assert "boxoffice reconcile" in process.stderr
    assert "Traceback" not in process.stderr


class _Engine:
    """Just what `wait_for_end` asks of the engine: a sale that never ends, and the timing."""

    def __init__(self, sale) -> None:
        self.latest = sale
        self.timing = EngineTiming(late_payment_grace=0.0)

    def sale(self, _sale_id):
        return self.latest

    async def wait(self, _sale_id, *, records=True):
        await asyncio.Event().wait()


async def test_sell_gives_up_once_btcpay_has_been_silent_past_the_payment_window():
    sale = make_sale(SaleState.AWAITING_PAYMENT, payment=payment())
    gone = replace(sale, payment=replace(sale.payment, expires_at=time.time() - 1))
    silent = replace(gone, connection_problem="BTCPay cannot be reached")
    interrupts = Interrupts.__new__(Interrupts)
    interrupts.requested_at = None
    assert await asyncio.wait_for(wait_for_end(_Engine(silent), sale.id, interrupts), 10) is None


async def test_sell_keeps_waiting_while_btcpay_answers_even_past_expiry():
    sale = make_sale(SaleState.AWAITING_PAYMENT, payment=payment())
    gone = replace(sale, payment=replace(sale.payment, expires_at=time.time() - 1))
    interrupts = Interrupts.__new__(Interrupts)
    interrupts.requested_at = None
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(wait_for_end(_Engine(gone), sale.id, interrupts), 2.5)
