"""The `boxoffice` command: the window (default), or a headless command.

    boxoffice [--demo] [--kiosk]      start the till's window (--demo: against the simulator)
    boxoffice sell ...                sell tickets from the terminal and wait for the payment
    boxoffice reconcile               finish sales left half way (after a crash)
    boxoffice accept SALE             accept a payment that arrived in full too late
    boxoffice check-in BARCODE        check a ticket in at the door (--sync, --status)
    boxoffice refund SALE --variant V refund a sale's payment through BTCPay
    boxoffice resolve SALE --issue-anyway|--retry-issuance|--refund V --staff N --reason T
                                      settle a sale that needs attention (journalled)
    boxoffice sales [--csv]           list the sales made on this till
    boxoffice report [--csv] [--pdf F] the end-of-shift report (since the last closing)
    boxoffice close-shift             record a closing with the shift's totals
    boxoffice doctor                  check that this till can sell, and say what to fix
    boxoffice bench [--rtt-ms 100]    measure speed and memory against the simulator

Qt is imported only when the window is started, so the headless commands run on a machine
without a display or without PySide6's libraries.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from collections.abc import Sequence

from boxoffice.commands.common import BadInput, Console, ExitStatus

log = logging.getLogger(__name__)

EPILOG = """\
exit statuses:
  0  done (sell: tickets issued; doctor: a sale can be made)
  1  failed (a service refused, no network, not set up, doctor found a problem)
  2  bad input: unknown event or ticket type, too many tickets, bad e-mail or access code,
     or sold out; nothing was reserved
  3  not sold: the invoice expired, or the sale was cancelled (Ctrl-C); nothing kept
  4  needs attention: money and tickets disagree; see `boxoffice sales` and BTCPay

settings come from the settings file, the keyring and BOXOFFICE_* environment variables
(BOXOFFICE_TICKETTAILOR_URL, BOXOFFICE_TICKETTAILOR_API_KEY, BOXOFFICE_BTCPAY_URL,
BOXOFFICE_BTCPAY_API_KEY, BOXOFFICE_BTCPAY_STORE_ID, BOXOFFICE_EVENT_IDS, ...).
"""


def _sales_limit(text: str) -> int:
    """A number of sales: a whole number of at least 1; a huge one means "all of them"."""
    text = text.strip()
    if not (text.isascii() and text.isdigit()) or not text.strip("0"):
        raise argparse.ArgumentTypeError(f"“{text}” is not a number of sales (1 or more)")
    # SQLite's integers stop at 2**63 - 1 (and int() refuses thousands of digits); no journal
    # holds more sales than this anyway.
    return _MANY_SALES if len(text) > 18 else min(int(text), _MANY_SALES)


_MANY_SALES = 10**18


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="boxoffice",
        description="Sell Ticket Tailor tickets at the door, paid in bitcoin through BTCPay.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--demo", action="store_true", help="start the window with demo data")
    parser.add_argument("--kiosk", action="store_true", help="start the window full screen")
    parser.add_argument(
        "-v", "--verbose", action="store_true", help="also log to the terminal (stderr)"
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    sell = commands.add_parser(
        "sell",
        help="sell tickets and wait for the payment",
        description="Reserve tickets, show the payment QR code, wait until paid, issue the "
        "tickets. Ctrl-C cancels the sale (invoice marked invalid, tickets released).",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    sell.add_argument("--event", required=True, metavar="EVENT_ID", help="e.g. ev_1234")
    sell.add_argument(
        "--tickets",
        required=True,
        action="append",
        metavar="TT=QTY[,TT=QTY...]",
        help="ticket type ids and quantities, e.g. tt_1=2,tt_2=1 (may be repeated)",
    )
    sell.add_argument("--email", help="the buyer's e-mail address")
    sell.add_argument("--name", help="the buyer's full name")
    sell.add_argument("--access-code", help="code that unlocks secret ticket types")
    sell.add_argument(
        "--json", action="store_true", help="print one JSON object per line for each change"
    )
    offline = sell.add_mutually_exclusive_group()
    offline.add_argument(
        "--cash",
        action="store_true",
        help="paid in cash at the till (the total): tickets issued at once, no invoice",
    )
    offline.add_argument(
        "--complimentary",
        metavar="REASON",
        help="give the tickets away, for this reason (required): no invoice, no charge",
    )
    sell.add_argument(
        "--staff",
        metavar="NAME",
        help="who took the cash or gave the tickets (default: this till's device name)",
    )

    reconcile = commands.add_parser(
        "reconcile",
        help="finish the sales left unfinished (after a crash or an outage)",
        description="Take each unfinished sale of the journal as far as it can go now: issue "
        "the tickets of paid invoices (never twice), release the holds of the others.",
    )
    reconcile.add_argument("--json", action="store_true", help="one JSON object per sale")
    reconcile.add_argument(
        "--all-devices",
        action="store_true",
        help="also finish sales that other tills left behind (found through BTCPay)",
    )

    accept = commands.add_parser(
        "accept",
        help="accept a payment that arrived in full after the sale stopped, and issue the tickets",
    )
    accept.add_argument("sale", help="the sale id (or its start), as `boxoffice sales` shows it")
    accept.add_argument("--json", action="store_true", help="the sale as one JSON object")

    check_in = commands.add_parser(
        "check-in",
        help="check a ticket in at the door (or send the check-ins queued while offline)",
        description="Judges a barcode against Ticket Tailor, or against the door list kept in "
        "the journal when Ticket Tailor cannot be reached (then the check-in is queued and "
        "sent later, once). Exit 0: admit; 1: not checked in (a refusal or no connection); "
        "5: already checked in; 6: voided; 7: unknown ticket; 8: another event's ticket; "
        "9 (--sync, --status): double admissions found.",
    )
    check_in.add_argument("barcode", nargs="?", help="the ticket's barcode, as scanned")
    check_in.add_argument(
        "--event",
        action="append",
        metavar="EV",
        help="an event being checked in (repeatable; default: the till's events, or those "
        "starting within a day)",
    )
    check_in.add_argument("--sync", action="store_true", help="send the queued check-ins")
    check_in.add_argument(
        "--status", action="store_true", help="checked in / issued per event, and the queue"
    )
    check_in.add_argument(
        "--refresh", action="store_true", help="download the door list for offline use"
    )

    refund = commands.add_parser(
        "refund",
        help="refund a sale's payment through BTCPay and print the customer's claim link",
        description="BTCPay creates a refund (a pull payment) that the customer claims on its "
        "page: the link and its QR code are printed. Needs the BTCPay permission "
        "btcpay.store.cancreatenonapprovedpullpayments (cancreatepullpayments lets the "
        "customer's claim be paid without approval). Exit 0: created; 1: BTCPay refused, or "
        "its answer was lost (check BTCPay); 2: this sale cannot be refunded as asked.",
    )
    refund.add_argument("sale", help="the sale id (or its start), as `boxoffice sales` shows it")
    refund.add_argument(
        "--variant",
        required=True,
        choices=("rate-then", "current-rate", "overpaid", "custom"),
        help="rate-then: the bitcoin paid; current-rate: the value paid, in bitcoin at today's "
        "rate; overpaid: what was paid over the price; custom: --amount",
    )
    refund.add_argument("--amount", help="with --variant custom: the amount, e.g. 12.50")
    refund.add_argument(
        "--currency", help="with --variant custom: its currency (the event's by default, or BTC)"
    )
    refund.add_argument("--staff", metavar="NAME", help="who gives the refund (journalled)")
    refund.add_argument("--reason", metavar="TEXT", help="why (journalled)")
    refund.add_argument("--yes", action="store_true", help="refund without asking first")
    refund.add_argument(
        "--checked-btcpay",
        action="store_true",
        help="after a lost answer: BTCPay shows no refund for this sale, so ask again",
    )
    refund.add_argument("--json", action="store_true", help="the refund as one JSON object")

    resolve = commands.add_parser(
        "resolve",
        help="settle a sale that needs attention: issue anyway, retry issuance, or refund",
        description="Each decision is journalled first with the staff name, the time and the "
        "reason. Exit 0: tickets issued, or the refund created; 1: BTCPay refused the refund "
        "or its answer was lost; 2: this sale cannot be settled as asked; 4: it still needs "
        "attention (e.g. the tickets sold out meanwhile: refund it).",
    )
    resolve.add_argument("sale", help="the sale id (or its start), as `boxoffice sales` shows it")
    how = resolve.add_mutually_exclusive_group(required=True)
    how.add_argument(
        "--issue-anyway",
        action="store_true",
        help="paid in full too late: accept the payment and issue the tickets if still there",
    )
    how.add_argument(
        "--retry-issuance",
        action="store_true",
        help="Ticket Tailor refused the tickets: issue the missing ones (never twice)",
    )
    how.add_argument(
        "--new-invoice",
        action="store_true",
        help="partly paid, then expired: a new sale whose invoice asks for the rest (waits "
        "for it as `sell` does)",
    )
    how.add_argument(
        "--refund",
        choices=("rate-then", "current-rate", "overpaid", "custom"),
        help="refund through BTCPay (as `boxoffice refund --variant`)",
    )
    resolve.add_argument("--staff", metavar="NAME", required=True, help="who settles the sale")
    resolve.add_argument("--reason", metavar="TEXT", required=True, help="why, in a few words")
    resolve.add_argument("--amount", help="with --refund custom: the amount, e.g. 12.50")
    resolve.add_argument("--currency", help="with --refund custom: its currency")
    resolve.add_argument(
        "--checked-btcpay",
        action="store_true",
        help="after a lost refund answer: BTCPay shows no refund for this sale, so ask again",
    )
    resolve.add_argument("--json", action="store_true", help="the outcome as one JSON object")

    sales = commands.add_parser("sales", help="list the sales made on this till")
    sales.add_argument("--csv", action="store_true", help="comma-separated values with a header")
    sales.add_argument(
        "--limit", type=_sales_limit, metavar="N", help="only the N most recent sales"
    )

    report = commands.add_parser(
        "report",
        help="the end-of-shift report: totals per event and ticket type from the journal",
        description="Totals of this till's sales from the journal: tickets, money, bitcoin by "
        "Lightning and on-chain, and sales by outcome, per event and ticket type.",
    )
    report.add_argument(
        "--since",
        metavar="ISO|last-close",
        help="from this time (e.g. 2026-06-12T18:00), or since the last closing (the default)",
    )
    report.add_argument("--until", metavar="ISO", help="up to this time (default: now)")
    report.add_argument("--csv", action="store_true", help="the stable CSV columns, with a header")
    report.add_argument(
        "--check-btcpay",
        action="store_true",
        help="also compare with the invoices BTCPay lists for this till, and name each difference",
    )
    report.add_argument(
        "--all-tills", action="store_true", help="also count the sales of other tills"
    )
    report.add_argument(
        "--pdf", metavar="FILE", help="also write the report as a PDF file (needs Qt's libraries)"
    )
    report.add_argument(
        "--paper",
        choices=("80mm", "a4"),
        default="a4",
        help="the PDF's paper: an 80 mm receipt roll or A4 (default: a4)",
    )

    close_shift = commands.add_parser(
        "close-shift", help="close the shift: record who and when, with the shift's totals"
    )
    close_shift.add_argument("--staff", metavar="NAME", help="who closes the shift")

    doctor = commands.add_parser(
        "doctor", help="check settings, keys, services and permissions; say what to fix"
    )
    doctor.add_argument("--json", action="store_true", help="one JSON object per check")

    soak = commands.add_parser(
        "soak",
        help="sell many sales on several simulated tills with faults and kills, then check "
        "that no seat was lost or given twice",
    )
    soak.add_argument("--sales", type=int, default=200, metavar="N", help="sales (200)")
    soak.add_argument("--devices", type=int, default=3, metavar="D", help="tills (3)")
    soak.add_argument("--seed", type=int, default=1, metavar="S", help="random seed (1)")
    soak.add_argument("--json", action="store_true", help="the report as one JSON object")

    bench = commands.add_parser(
        "bench",
        help="measure speed and memory against the built-in simulator served with a round "
        "trip, beside the naive sequential baseline",
    )
    number = bench.add_argument
    number("--rtt-ms", type=int, default=100, metavar="MS", help="round trip (100)")
    number("--repeats", type=int, default=7, metavar="N", help="samples per figure (7)")
    number("--tills", type=int, default=8, metavar="N", help="tills in the rush (8)")
    number("--rush-seconds", type=float, default=30.0, metavar="S", help="the rush (30)")
    number("--events", type=int, default=500, metavar="N", help="large catalogue (500)")
    number("--types", type=int, default=20, metavar="N", help="its types per event (20)")
    number("--sales", type=int, default=200, metavar="N", help="sales of the memory run (200)")
    number("--idle-seconds", type=float, default=60.0, metavar="S", help="idle stretch (60)")
    bench.add_argument("--json", action="store_true", help="print the figures as JSON")
    bench.add_argument(
        "--check", action="store_true", help="exit 1 when a figure misses its target"
    )
    return parser


def run_gui(*, demo: bool, kiosk: bool, console: Console) -> int:
    """Start the window. Qt is imported here only, never by the headless commands.

    A kiosk starts with `--kiosk` or the kiosk setting, and only with a staff PIN: one that
    nobody could leave or look after would be worse than none.
    """
    from boxoffice.app.kiosk_pin import PinNotSet, pin_from
    from boxoffice.app.settings.till import Settings

    # The demo's settings are a throw-away profile's: only the environment can give its PIN.
    settings = Settings() if demo else Settings.load()
    kiosk = kiosk or (settings.kiosk and not demo)
    if kiosk:
        try:
            pin_from(settings)
        except PinNotSet as error:
            console.warn(f"The kiosk cannot start: {error}")
            return ExitStatus.BAD_INPUT
    try:
        from boxoffice.ui.app import run
    except ImportError as error:
        if error.name and error.name.startswith(("boxoffice.ui", "PySide6", "qasync")):
            console.warn(
                f"The window cannot start: {error.name} is not available ({error}). "
                "The headless commands (boxoffice --help) still work."
            )
            return ExitStatus.FAILURE
        raise
    return int(run(demo=demo, kiosk=kiosk))


def _report_pdf_writer():
    """The window's PDF writer of the report, or BadInput in plain words without Qt."""
    try:
        from boxoffice.ui.printing.report_document import save_report_pdf
    except ImportError as error:
        raise BadInput(
            f"A PDF needs Qt's libraries (PySide6), which cannot be loaded here: {error}"
        ) from None
    return save_report_pdf


async def _dispatch(args: argparse.Namespace, console: Console) -> int:
    # Imported per command: `boxoffice sales` should not pay for loading the engine.
    if args.command == "sell":
        from boxoffice.commands.sell import sell

        return await sell(args, console)
    if args.command == "reconcile":
        from boxoffice.commands.reconcile import reconcile

        return await reconcile(args, console)
    if args.command == "accept":
        from boxoffice.commands.accept import accept

        return await accept(args, console)
    if args.command == "check-in":
        from boxoffice.commands.check_in import check_in

        return await check_in(args, console)
    if args.command == "refund":
        from boxoffice.commands.refund import refund

        return await refund(args, console)
    if args.command == "resolve":
        from boxoffice.commands.resolve import resolve

        return await resolve(args, console)
    if args.command == "sales":
        from boxoffice.commands.sales import sales

        return await sales(args, console)
    if args.command == "report":
        from boxoffice.commands.report import report

        # The PDF is drawn by Qt, the window's: commands may not import it, so it is handed
        # down from here, and Qt is loaded only when a PDF is asked for.
        return await report(args, console, save_pdf=_report_pdf_writer() if args.pdf else None)
    if args.command == "close-shift":
        from boxoffice.commands.report import close_shift_command

        return await close_shift_command(args, console)
    if args.command == "doctor":
        from boxoffice.commands.doctor import doctor

        return await doctor(args, console)
    if args.command == "soak":
        from boxoffice.commands.soak import soak

        return await soak(args, console)
    if args.command == "bench":
        from boxoffice.commands.bench import bench

        return await bench(args, console)
    raise AssertionError(f"unknown command {args.command}")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `boxoffice` console script; returns the exit status."""
    parser = build_parser()
    args = parser.parse_args(argv)
    console = Console()
    from boxoffice.app.runtime import configure_logging

    if args.command is None and args.demo:
        # The demo never writes to the real profile, its log included: it logs to stderr only
        # (with --verbose), and its throw-away directories are gone when it closes.
        if args.verbose:
            configure_logging(stderr_level=logging.DEBUG, to_file=False)
        return run_gui(demo=True, kiosk=args.kiosk, console=console)
    try:
        log_file = configure_logging(stderr_level=logging.DEBUG if args.verbose else None)
    except OSError as error:
        console.warn(f"Warning: cannot write the log file ({error}); continuing without it.")
        log_file = None
    if args.command is None:
        return run_gui(demo=args.demo, kiosk=args.kiosk, console=console)
    if args.demo or args.kiosk:
        parser.error("--demo and --kiosk start the window; they do not go with a command")

    from boxoffice.app.error_words import for_terminal
    from boxoffice.app.paths import FolderError
    from boxoffice.app.runtime import ConfigurationError
    from boxoffice.engine.journal import JournalError
    from boxoffice.services.errors import ServiceError

    log.info("boxoffice %s", args.command)
    try:
        return int(asyncio.run(_dispatch(args, console)))
    except BadInput as error:
        console.warn(str(error))
        return ExitStatus.BAD_INPUT
    except (ConfigurationError, JournalError, FolderError) as error:
        console.warn(str(error))
        return ExitStatus.FAILURE
    except ServiceError as error:
        console.warn(f"{for_terminal(error)}.")
        return ExitStatus.FAILURE
    except KeyboardInterrupt:
        console.warn("Interrupted.")
        return ExitStatus.INTERRUPTED
    except Exception as error:
        log.exception("%s failed", args.command)
        where = f"; details in {log_file}" if log_file else ""
        console.warn(f"Unexpected error: {type(error).__name__}: {error}{where}")
        return ExitStatus.FAILURE


if __name__ == "__main__":
    sys.exit(main())
