"""The command line's own logic, in-process: parsing, checks, exit statuses, output, sales list."""

from __future__ import annotations

import csv
import io
import subprocess
import sys
import types
from decimal import Decimal

import pytest

from boxoffice import cli
from boxoffice.app import paths
from boxoffice.commands.common import BadInput, ExitStatus
from boxoffice.commands.sell import SaleReporter, check_input, exit_status, parse_tickets, sale_json
from boxoffice.domain.catalogue import CatalogueSettings, build_catalogue
from boxoffice.domain.order import Buyer, Order, OrderLine
from boxoffice.domain.sale import PaymentRequest, Sale, SaleState, SoldTicket
from boxoffice.engine.journal import Journal
from boxoffice.services.tickettailor.models import Event


def make_order(seats: int = 2, price: str = "12.50") -> Order:
    return Order(
        event_id="ev_1",
        event_name="Jazz Night",
        currency="GBP",
        lines=(OrderLine("tt_1", "General", seats, Decimal(price)),),
        buyer=Buyer("Ada Lovelace", "ada@example.org"),
        full_name="Ada Lovelace",
    )


def make_sale(state: SaleState = SaleState.RESERVING, **changes) -> Sale:
    fields = {
        "id": "s_1",
        "device_id": "door-test01",
        "order": make_order(),
        "state": state,
        "created_at": 1_781_289_000.0,
        "updated_at": 1_781_289_000.0,
    }
    fields.update(changes)
    return Sale(**fields)


def payment() -> PaymentRequest:
    return PaymentRequest(
        unified_link="bitcoin:BC1QXYZ?amount=0.0005&lightning=LNBC1",
        unified_qr="BITCOIN:BC1QXYZ?amount=0.0005&lightning=LNBC1",
        lightning_link="lightning:LNBC1",
        lightning_qr="LIGHTNING:LNBC1",
        onchain_link="bitcoin:bc1qxyz?amount=0.0005",
        onchain_qr="BITCOIN:BC1QXYZ?amount=0.0005",
        checkout_link="https://pay.example/i/inv_1",
        amount=Decimal("25.00"),
        currency="GBP",
        btc_amount=Decimal("0.0005"),
        btc_due=Decimal("0.0005"),
        btc_paid=Decimal("0"),
        expires_at=1_781_289_900,
    )


# -- --tickets ---------------------------------------------------------------------------------


def test_tickets_are_parsed_from_comma_lists_and_repeated_flags():
    assert parse_tickets(["tt_1=2,tt_2=1", "tt_3=4", "tt_1=1"]) == {
        "tt_1": 3,
        "tt_2": 1,
        "tt_3": 4,
    }
    assert parse_tickets([" tt_1 = 2 , "]) == {"tt_1": 2}


@pytest.mark.parametrize("spec", ["tt_1", "=2", "tt_1=two", "tt_1=0", "tt_1=-1", "", ","])
def test_malformed_tickets_are_bad_input(spec):
    with pytest.raises(BadInput) as caught:
        parse_tickets([spec])
    assert str(caught.value).endswith(".")


# -- input checks against the catalogue ----------------------------------------------------------


def catalogue():
    def tt(tt_id, **extra):
        data = {
            "object": "ticket_type",
            "id": tt_id,
            "name": f"Type {tt_id}",
            "price": 1000,
            "booking_fee": 0,
            "status": "on_sale",
            "access_code": None,
            "min_per_order": 1,
            "max_per_order": 4,
            "group_id": None,
            "sort_order": 1,
            "quantity_total": 10,
            "quantity_issued": 0,
            "quantity_held": 0,
            "quantity_in_baskets": 0,
        }
        data.update(extra)
        return data

    event = Event.from_api(
        {
            "object": "event",
            "id": "ev_1",
            "name": "Jazz Night",
            "status": "published",
            "currency": "gbp",
            "start": None,
            "end": None,
            "tickets_available": "true",
            "unavailable": "false",
            "ticket_groups": [],
            "ticket_types": [tt("tt_1"), tt("tt_vip", status="locked", access_code="SECRET")],
        }
    )
    return build_catalogue([event], CatalogueSettings())


def test_unknown_event_names_the_events_on_sale():
    with pytest.raises(BadInput, match=r"no event ev_9.*ev_1 \(Jazz Night\)"):
        check_input(catalogue(), "ev_9", {"tt_1": 1}, None)


def test_unknown_ticket_type_lists_the_visible_ones_only():
    with pytest.raises(BadInput) as caught:
        check_input(catalogue(), "ev_1", {"tt_404": 1}, None)
    assert "tt_1" in str(caught.value)
    assert "tt_vip" not in str(caught.value)  # a secret type is not given away


def test_access_code_unlocks_or_is_refused():
    assert check_input(catalogue(), "ev_1", {"tt_vip": 1}, " secret ") == frozenset({"tt_vip"})
    with pytest.raises(BadInput, match="unlocks no ticket"):
        check_input(catalogue(), "ev_1", {"tt_vip": 1}, "WRONG")


# -- exit statuses and output --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("state", "reason", "status"),
    [
        (SaleState.COMPLETED, None, 0),
        (SaleState.RELEASED, "expired", 3),
        (SaleState.RELEASED, "cancelled", 3),
        (SaleState.NEEDS_ATTENTION, "paid_late", 4),
        (SaleState.FAILED, "sold_out:tt_1", 2),
        (SaleState.FAILED, "service_error", 1),
    ],
)
def test_exit_status_of_a_finished_sale(state, reason, status):
    assert exit_status(make_sale(state, reason=reason)) == status


def test_json_lines_carry_what_is_known_and_tickets_at_the_end():
    assert sale_json(make_sale()) == {"sale_id": "s_1", "state": "reserving"}
    waiting = sale_json(
        make_sale(
            SaleState.AWAITING_PAYMENT, hold_id="hold_1", invoice_id="inv_1", payment=payment()
        )
    )
    assert waiting["hold_id"] == "hold_1"
    assert waiting["invoice_id"] == "inv_1"
    assert waiting["payment_uri"] == "bitcoin:BC1QXYZ?amount=0.0005&lightning=LNBC1"
    assert waiting["checkout_link"] == "https://pay.example/i/inv_1"
    assert "tickets" not in waiting
    done = sale_json(
        make_sale(
            SaleState.COMPLETED,
            tickets=(SoldTicket("it_1", "ABC123", "tt_1", "General", "Ada Lovelace", None),),
        )
    )
    assert done["tickets"] == [{"id": "it_1", "barcode": "ABC123"}]
    released = sale_json(make_sale(SaleState.RELEASED, reason="expired", message="Too late."))
    assert released["reason"] == "expired"


class Capture:
    def __init__(self) -> None:
        self.out = io.StringIO()
        self.err = io.StringIO()

    def say(self, text=""):
        print(text, file=self.out)

    def warn(self, text):
        print(text, file=self.err)

    def json_line(self, data):
        import json

        print(json.dumps(data), file=self.out)


def test_reporter_prints_one_line_per_change_and_ignores_repeats_and_other_sales():
    console = Capture()
    reporter = SaleReporter(console, as_json=True)
    reporter.observe(make_sale())
    reporter.observe(make_sale())  # same state again: nothing new
    reporter.observe(make_sale(id="s_other"))  # not this command's sale
    reporter.observe(make_sale(SaleState.RESERVING, hold_id="hold_1"))
    lines = console.out.getvalue().splitlines()
    assert len(lines) == 2
    assert '"hold_id": "hold_1"' in lines[1]


def test_human_output_draws_the_payment_qr_and_the_link():
    console = Capture()
    reporter = SaleReporter(console, as_json=False)
    reporter.observe(make_sale(SaleState.AWAITING_PAYMENT, invoice_id="inv_1", payment=payment()))
    text = console.out.getvalue()
    assert "£25.00" in text
    assert "bitcoin:BC1QXYZ?amount=0.0005&lightning=LNBC1" in text
    assert "https://pay.example/i/inv_1" in text
    assert any(ch in text for ch in "█▀▄")  # the QR code itself


# -- sales ---------------------------------------------------------------------------------------


def test_sales_csv_lists_the_journal(capsys):
    journal = Journal(paths.journal_path())
    journal.record_new(make_sale(SaleState.RESERVING))
    journal.record_new(
        make_sale(
            SaleState.RESERVING,
            id="s_2",
            order=make_order(seats=3, price="5.00"),
            created_at=1_781_289_600.0,
        )
    )
    journal.close()
    assert cli.main(["sales", "--csv"]) == ExitStatus.OK
    rows = list(csv.DictReader(io.StringIO(capsys.readouterr().out)))
    assert [r["sale_id"] for r in rows] == ["s_2", "s_1"]
    assert rows[0]["seats"] == "3" and rows[0]["total"] == "15.00"
    assert rows[1]["total"] == "25.00" and rows[1]["currency"] == "GBP"
    assert rows[1]["event"] == "Jazz Night" and rows[1]["state"] == "reserving"
    assert rows[1]["time"].startswith("2026-06-1")


def test_sales_table_and_empty_journal(capsys):
    assert cli.main(["sales"]) == 0
    assert "No sales yet." in capsys.readouterr().out
    journal = Journal(paths.journal_path())
    journal.record_new(make_sale(invoice_id="inv_77"))
    journal.close()
    assert cli.main(["sales"]) == 0
    out = capsys.readouterr().out
    assert "inv_77" in out and "£25.00" in out and "Jazz Night" in out


# -- the window ----------------------------------------------------------------------------------


def test_no_command_starts_the_window_through_ui_app_run(monkeypatch):
    calls = []
    fake = types.ModuleType("boxoffice.ui.app")
    fake.run = lambda *, demo, kiosk: calls.append((demo, kiosk)) or 0
    monkeypatch.setitem(sys.modules, "boxoffice.ui.app", fake)
    monkeypatch.setenv("BOXOFFICE_KIOSK_PIN", "2468")  # a kiosk starts only with a staff PIN
    assert cli.main(["--demo"]) == 0
    assert cli.main(["--kiosk"]) == 0
    assert cli.main([]) == 0
    assert calls == [(True, False), (False, True), (False, False)]


def test_a_kiosk_without_a_staff_pin_does_not_start(monkeypatch, capsys):
    calls = []
    fake = types.ModuleType("boxoffice.ui.app")
    fake.run = lambda *, demo, kiosk: calls.append((demo, kiosk)) or 0
    monkeypatch.setitem(sys.modules, "boxoffice.ui.app", fake)
    monkeypatch.delenv("BOXOFFICE_KIOSK_PIN", raising=False)
    assert cli.main(["--kiosk"]) == 2
    assert "The kiosk cannot start" in capsys.readouterr().err
    assert calls == []


def test_the_kiosk_setting_starts_the_kiosk(monkeypatch):
    calls = []
    fake = types.ModuleType("boxoffice.ui.app")
    fake.run = lambda *, demo, kiosk: calls.append((demo, kiosk)) or 0
    monkeypatch.setitem(sys.modules, "boxoffice.ui.app", fake)
    monkeypatch.setenv("BOXOFFICE_KIOSK", "true")
    monkeypatch.setenv("BOXOFFICE_KIOSK_PIN", "2468")
    assert cli.main([]) == 0
    assert calls == [(False, True)]


def test_the_demo_writes_no_log_into_the_real_data_directory(monkeypatch):
    fake = types.ModuleType("boxoffice.ui.app")
    fake.run = lambda *, demo, kiosk: 0
    monkeypatch.setitem(sys.modules, "boxoffice.ui.app", fake)
    assert cli.main(["--demo", "--verbose"]) == 0
    data = paths.data_dir()
    leftovers = [p for p in data.rglob("*") if p.is_file()] if data.exists() else []
    assert leftovers == []
    assert cli.main([]) == 0  # the real window does log to the data directory
    assert [p for p in paths.data_dir().rglob("*.log") if p.is_file()]


def test_demo_does_not_go_with_a_command(capsys):
    with pytest.raises(SystemExit) as caught:
        cli.main(["--demo", "sales"])
    assert caught.value.code == 2


def test_headless_commands_never_import_qt(tmp_path):
    code = (
        "import sys; from boxoffice.cli import main; rc = main(['sales']); "
        "assert rc == 0, rc; "
        "assert not [m for m in sys.modules if m.startswith(('PySide6', 'boxoffice.ui'))]"
    )
    env = {
        "PATH": "/usr/bin:/bin",
        "BOXOFFICE_CONFIG_DIR": str(tmp_path / "c"),
        "BOXOFFICE_DATA_DIR": str(tmp_path / "d"),
    }
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


# -- reconcile's words ---------------------------------------------------------------------------


def test_reconcile_says_when_a_sale_is_still_payable_and_until_when():
    from boxoffice.commands.reconcile import _still_open

    waiting = make_sale(SaleState.AWAITING_PAYMENT, payment=payment())
    text = _still_open(waiting)
    assert "still waiting for payment until" in text and "run reconcile again" in text
    assert "confirmation" in _still_open(make_sale(SaleState.CONFIRMING, payment=payment()))
    assert _still_open(make_sale(SaleState.COMPLETED)) == ""
    assert _still_open(make_sale(SaleState.RELEASED)) == ""
