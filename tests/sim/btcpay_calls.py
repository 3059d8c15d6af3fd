"""What the simulated BTCPay's tests share: the permission prefix and short calls on invoices."""

from __future__ import annotations

STORE = "btcpay.store."


async def create(bp, store_path, **body):
    response = await bp.post(f"{store_path}/invoices", json=body)
    assert response.status_code == 200, response.text
    return response.json()


async def methods(bp, store_path, invoice_id) -> dict[str, dict]:
    response = await bp.get(f"{store_path}/invoices/{invoice_id}/payment-methods")
    return {m.get("paymentMethodId") or m.get("paymentMethod"): m for m in response.json()}


async def get(bp, store_path, invoice_id) -> dict:
    return (await bp.get(f"{store_path}/invoices/{invoice_id}")).json()


def status(invoice: dict) -> tuple[str, str]:
    return invoice["status"], invoice["additionalStatus"]
