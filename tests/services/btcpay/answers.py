"""The answers of a BTCPay server that the client tests feed it, and the ids they carry.

The `*_json()` builders are the answers of a 2.x server (BTCPay Server's
GreenfieldInvoiceController.cs and its OpenAPI document);
tests/contract/test_btcpay_client_contract.py checks them against that document, so they stay
honest. The 1.x variants are not checked there (the document describes 2.4); they follow the 1.x
field names (v1.13.7 source).
"""

from __future__ import annotations

from boxoffice.services.btcpay.pairing import POS_PERMISSIONS

BASE = "https://btcpay.example.com"


API_KEY = "0f3c9a7e5b1d2c4a6e8f0b1c3d5e7f9a2b4c6d8e"


STORE_ID = "9CiNzKoANXxmk5ayZngSXrHTiVvvgCrwrpFQd4m2K776"


INVOICE_ID = "HMprBnL9BTXWuPvpoKBS6e"


STORE_PATH = f"/api/v1/stores/{STORE_ID}"


INVOICE_PATH = f"{STORE_PATH}/invoices/{INVOICE_ID}"


BECH32_ADDRESS = "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq"


BOLT11 = (
    "lnbc440070n1pjhm9ugpp5x7tqy0k4u0pt5ydcqyrl5t0pvm5dhq9mw0gp8wzrgq0dqhj4c4qsdqqcqzzsxqyz5vq"
    "sp5r3nuzqj2wm6hzwl7nsqcjx3gcqf8qxnctpq3xw8g8yq6n6l0u8hs9qyyssq0vfh3g8a4hdqshm0t0v0wd7vl0f"
)


LNURL = (
    "lnurl1dp68gurn8ghj7um9wfmxjcm99e3k7mf0v9cxj0m385ekvcenxc6r2c35xvukxefcv5mkvv34x5ekzd3ev5"
    "6nyd3hxqurzepexejxxepnxscrvwfnv9nxzcn9xq6xyefhvgcxxcmyxymnserxfq5fns"
)


# -- answers of a 2.x server -----------------------------------------------------------------------


def server_info_json(**changes) -> dict:
    data = {
        "version": "2.4.1",
        "onion": "btcpayexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx.onion",
        "supportedPaymentMethods": ["BTC-CHAIN", "BTC-LN", "BTC-LNURL"],
        "fullySynched": True,
        "syncStatus": [
            {
                "paymentMethodId": "BTC-CHAIN",
                "chainHeight": 900000,
                "syncHeight": 900000,
                "available": True,
                "nodeInformation": {
                    "headers": 900000,
                    "blocks": 900000,
                    "verificationProgress": 1.0,
                },
            }
        ],
    }
    return {**data, **changes}


def store_json(**changes) -> dict:
    data = {
        "id": STORE_ID,
        "name": "Village Hall",
        "website": None,
        "defaultCurrency": "GBP",
        "invoiceExpiration": 900,
        "monitoringExpiration": 86400,
        "displayExpirationTimer": 300,
        "speedPolicy": "HighSpeed",
        "lightningDescriptionTemplate": "Paid to {StoreName} (Order ID: {OrderId})",
        "paymentTolerance": 0.0,
        "anyoneCanCreateInvoice": False,
        "lightningAmountInSatoshi": False,
        "onChainWithLnInvoiceFallback": True,
        "redirectAutomatically": False,
        "lazyPaymentMethods": False,
        "defaultPaymentMethod": "BTC-CHAIN",
        "archived": False,
    }
    return {**data, **changes}


def api_key_json(permissions=None, **changes) -> dict:
    if permissions is None:
        permissions = [f"{p}:{STORE_ID}" for p in POS_PERMISSIONS[:3]]
    data = {"apiKey": API_KEY, "label": "Box Office", "permissions": permissions}
    return {**data, **changes}


def invoice_json(**changes) -> dict:
    data = {
        "id": INVOICE_ID,
        "storeId": STORE_ID,
        "amount": "12.50",
        "paidAmount": "0.00",
        "currency": "GBP",
        "type": "Standard",
        "checkoutLink": f"{BASE}/i/{INVOICE_ID}",
        "createdTime": 1767225600,
        "expirationTime": 1767226200,
        "monitoringExpiration": 1767229800,
        "status": "New",
        "additionalStatus": "None",
        "availableStatusesForManualMarking": ["Settled", "Invalid"],
        "archived": False,
        "metadata": {"orderId": "BO-000123", "itemDesc": "2x Adult"},
        "checkout": {
            "speedPolicy": "HighSpeed",
            "paymentMethods": ["BTC-CHAIN", "BTC-LN"],
            "defaultPaymentMethod": None,
            "lazyPaymentMethods": False,
            "expirationMinutes": 10,
            "monitoringMinutes": 60,
            "paymentTolerance": 0.0,
            "redirectURL": None,
            "redirectAutomatically": False,
            "defaultLanguage": None,
        },
        "receipt": {"enabled": True, "showQR": None, "showPayments": None},
    }
    return {**data, **changes}


def payment_json(**changes) -> dict:
    data = {
        "id": "3b4f6a0b9d2e1c8f7a6b5c4d3e2f1a0b9c8d7e6f5a4b3c2d1e0f9a8b7c6d5e4f-0",
        "receivedDate": 1767225700,
        "value": "0.00020000",
        "fee": "0.00000141",
        "status": "Settled",
        "destination": BECH32_ADDRESS,
    }
    return {**data, **changes}


def onchain_method_json(**changes) -> dict:
    data = {
        "paymentMethodId": "BTC-CHAIN",
        "currency": "BTC",
        "destination": BECH32_ADDRESS,
        "paymentLink": f"bitcoin:{BECH32_ADDRESS}?amount=0.00044007",
        "rate": "28403.73",
        "paymentMethodPaid": "0",
        "totalPaid": "0",
        "due": "0.00044007",
        "amount": "0.00044007",
        "paymentMethodFee": "0.00000000",
        "payments": [],
        "activated": True,
        "additionalData": {
            "keyPath": "0/5",
            "payjoinEnabled": False,
            "recommendedFeeRate": "4.107",
            "paymentMethodFeeRate": "0",
        },
    }
    return {**data, **changes}


def lightning_method_json(**changes) -> dict:
    data = {
        "paymentMethodId": "BTC-LN",
        "currency": "BTC",
        "destination": BOLT11,
        "paymentLink": f"lightning:{BOLT11}",
        "rate": "28403.73",
        "paymentMethodPaid": "0",
        "totalPaid": "0",
        "due": "0.00044007",
        "amount": "0.00044007",
        "paymentMethodFee": "0",
        "payments": [],
        "activated": True,
        "additionalData": {},
    }
    return {**data, **changes}


def lnurl_method_json(**changes) -> dict:
    data = {
        "paymentMethodId": "BTC-LNURL",
        "currency": "BTC",
        "destination": "",
        "paymentLink": f"lightning:{LNURL}",
        "rate": "28403.73",
        "paymentMethodPaid": "0",
        "totalPaid": "0",
        "due": "0.00044007",
        "amount": "0.00044007",
        "paymentMethodFee": "0",
        "payments": [],
        "activated": True,
        "additionalData": {"providedComment": None, "consumedLightningAddress": None},
    }
    return {**data, **changes}


def validation_problems_json() -> list:
    return [
        {
            "path": "Status",
            "message": "Status can only be marked to invalid or settled within certain conditions.",
        }
    ]


def problem_json(code: str, message: str, **extra) -> dict:
    return {"code": code, "message": message, **extra}


MISSING_PERMISSION = problem_json(
    "missing-permission",
    "Insufficient API Permissions. Please use an API key with permission: "
    "btcpay.store.canmodifyinvoices",
    missingPermission="btcpay.store.canmodifyinvoices",
)
