"""What a sale writes into its BTCPay invoice, and how another till reads the order back.

The invoice's `metadata` (Greenfield API, `InvoiceMetadata` in docs.btcpayserver.org) carries:

- `orderId` = "boxoffice-<sale id>": indexed by BTCPay, so a till finds the invoice of a sale
  whose create call timed out, and any till finds the sales of all tills. A prefix of our
  own keeps clear of the web plugin, which claims `orderId == "tickettailor"`
  (Kukks/BTCPayServerPlugins, Plugins/BTCPayServer.Plugins.TicketTailor);
- `buyerName`, `buyerEmail`, `itemDesc` for BTCPay's own screens and the BOLT11 description;
- `posData`: the event, the lines, the till, the names and the buyer's language (for the
  ticket e-mail, when not English), and for a new invoice for the rest what was paid before
  and the sale it continues: enough to rebuild the order;
- `ticketIds`, written once every ticket is issued: an invoice with an orderId of ours and no
  `ticketIds` is an unfinished sale.
"""

from __future__ import annotations

import logging
from decimal import Decimal, InvalidOperation
from typing import TYPE_CHECKING, Any

from boxoffice.domain.order import Buyer, Order, OrderLine, language_code
from boxoffice.domain.sale import Sale, order_id_for, sale_id_from_order_id

if TYPE_CHECKING:
    from boxoffice.services.btcpay.models import Invoice

log = logging.getLogger(__name__)

TICKET_IDS_KEY = "ticketIds"
#: Set (with `ticketIds`) just before the tickets are handed to BTCPay for e-mail, so that no
#: till sends them a second time on its own.
EMAILED_KEY = "ticketsEmailed"
#: When (unix seconds) staff accepted the invoice's late payment at a till, written just before
#: it is marked Settled: other tills leave the sale to that till for a while (`recovery`).
ACCEPTED_KEY = "acceptedAt"


def invoice_metadata(sale: Sale) -> dict[str, Any]:
    """The metadata a new invoice is created with."""
    order = sale.order
    metadata: dict[str, Any] = {
        "orderId": order_id_for(sale.id),
        "buyerName": order.buyer.name or order.full_name,
        "itemDesc": f"{order.summary} – {order.event_name}",
        "posData": pos_data(sale),
    }
    if order.buyer.email:
        metadata["buyerEmail"] = order.buyer.email
    return metadata


def pos_data(sale: Sale) -> dict[str, Any]:
    order = sale.order
    event: dict[str, Any] = {"id": order.event_id, "name": order.event_name}
    if order.event_start:
        event["start"] = order.event_start
    if order.venue:
        event["venue"] = order.venue
    data: dict[str, Any] = {
        "event": event,
        "lines": [
            {
                "ticketTypeId": line.ticket_type_id,
                "name": line.name,
                "quantity": line.quantity,
                "unitPrice": f"{line.unit_price:f}",
            }
            for line in order.lines
        ],
        "deviceId": sale.device_id,
        "saleId": sale.id,
        "buyerName": order.buyer.name,
        "fullName": order.full_name,
    }
    if order.language:
        # Another till that finishes the sale e-mails the tickets in the buyer's language.
        data["language"] = order.language
    if order.continues is not None:
        # A new invoice for the rest: the invoice's amount is the price less this, and the
        # sale continued is named so another till (and staff in BTCPay) can find its invoice.
        data["paidBefore"] = f"{order.paid_before:f}"
        data["continues"] = order.continues
    return data


def ticket_ids(invoice: Invoice) -> list[str] | None:
    """The issued ticket ids recorded on the invoice, or None when there are none."""
    value = invoice.metadata.get(TICKET_IDS_KEY)
    if isinstance(value, list) and value:
        return [str(v) for v in value]
    return None


class ForeignSale:
    """A sale rebuilt from an invoice: its id, the till that made it and its order."""

    def __init__(self, sale_id: str, device_id: str, order: Order) -> None:
        self.sale_id = sale_id
        self.device_id = device_id
        self.order = order

    def __repr__(self) -> str:
        return f"ForeignSale({self.sale_id!r}, device={self.device_id!r})"


def order_from_invoice(invoice: Invoice) -> ForeignSale | None:
    """Rebuild the sale's order from the invoice's `posData`; None when it is not ours or broken."""
    metadata = invoice.metadata
    sale_id = sale_id_from_order_id(invoice.order_id)
    if sale_id is None:
        return None
    data = metadata.get("posData")
    try:
        if not isinstance(data, dict):
            raise ValueError("no posData")
        event = data["event"]
        lines = tuple(
            OrderLine(
                ticket_type_id=str(line["ticketTypeId"]),
                name=str(line.get("name") or line["ticketTypeId"]),
                quantity=int(line["quantity"]),
                unit_price=Decimal(str(line["unitPrice"])),
            )
            for line in data["lines"]
        )
        if not lines or any(line.quantity <= 0 for line in lines):
            raise ValueError("no tickets in posData")
        email = metadata.get("buyerEmail")
        order = Order(
            event_id=str(event["id"]),
            event_name=str(event.get("name") or event["id"]),
            currency=(invoice.currency or "").upper(),
            lines=lines,
            buyer=Buyer(data.get("buyerName") or None, email if isinstance(email, str) else None),
            full_name=str(data.get("fullName") or metadata.get("buyerName") or ""),
            event_start=event.get("start"),
            venue=event.get("venue"),
            language=language_code(data.get("language")),
            paid_before=Decimal(str(data.get("paidBefore") or 0)),
            continues=str(data["continues"]) if data.get("continues") else None,
        )
        if not order.full_name or not 0 <= order.paid_before < order.total:
            raise ValueError("no name in posData")
        # The orderId names the sale (and the hold note); posData's copy is informational.
        return ForeignSale(sale_id, str(data.get("deviceId") or ""), order)
    except (KeyError, TypeError, ValueError, InvalidOperation) as error:
        log.warning("invoice %s has unreadable posData (%s); skipped", invoice.id, error)
        return None
