"""Check requests and responses against BTCPay's own OpenAPI document (Greenfield 2.4.1).

The document is loaded, converted to JSON Schema and matched to paths by
tests/contract/openapi_document.py. Known errors of the document, where BTCPay Server's source
behaves otherwise, are worked around here rather than copied into the code under test:

- validation errors are HTTP 422 with a JSON array of `{path, message}`; other 4xx are
  `{code, message}` (some operations document 400 with the array instead);
- since 2.4.0 the invoice routes are documented only in their short form
  `/api/v1/invoices/{invoiceId}...`; the store-scoped form every version accepts,
  `/api/v1/stores/{storeId}/invoices/{invoiceId}...`, is checked against the short one;
- `GET /api/v1/api-keys/current` needs no particular permission (the document says
  `canmanageusers`);
- a single invoice may carry `paymentMethods` (`?includePaymentMethods=true`, 2.4.1+), which
  the document only describes on the invoice list;
- `checkout.expirationMinutes` / `monitoringMinutes` are typed `number`, but the server's
  TimeSpanJsonConverter takes only a JSON integer (minutes) or a TimeSpan string, and refuses
  any JSON fraction, `15.0` included, with 422 "Invalid timespan"
  (BTCPayServer.Client/JsonConverters/TimeSpanJsonConverter.cs): a request with a float there
  is refused here too, and an answer must echo whole minutes;
- an unknown invoice id, or another store's invoice, is documented as 404; from 2.3.6 it is a
  403 `missing-permission` naming the route's policy (BuiltInPermissionScopeProvider.cs), and
  an unknown store id is a 403 on every 2.x server (documented 404). A 403 must carry
  `missingPermission`;
- `POST .../invoices/{invoiceId}/status` documents "the updated invoice"; from 2.3.6 the body
  is the invoice as it was *before* the mark (GreenfieldInvoiceController.cs
  `MarkInvoiceStatus`), still an `InvoiceData` (same for `POST .../unarchive`). A refusal is
  422 at path `Status`, not the documented 400;
- `POST /api/v1/stores/{storeId}/email/send`: the policy is `btcpay.store.cansendstoreemails`
  from 2.4.0 (included in `canmodifystoresettings`, which the document still names); the
  answer is 200 with an empty body whatever becomes of the mail, and the documented
  "400 The store's SMTP is not configured" does not exist on any version
  (GreenfieldStoreEmailController.cs), so a 400 there is refused here; a bad address is 422 at
  path `Email`; `body` is sent as HTML, not "plain text" (EmailSender.cs);
- `POST .../invoices/{invoiceId}/refund` names `cancreatepullpayments`; the route's policy is
  `cancreatenonapprovedpullpayments` (GreenfieldInvoiceController.cs `RefundInvoice`).

`validate_request()` and `validate_response()` raise AssertionError with a readable message.
Their signatures are used by other test modules: keep them stable. If the document is missing,
every check fails loudly (no skip): the contract must never pass by default.
"""

from __future__ import annotations

import contextlib
import json
from decimal import Decimal
from typing import Any

from jsonschema.exceptions import ValidationError as SchemaError
from jsonschema.exceptions import best_match

from tests.contract.openapi_document import PathMatch, find_operation, match_path, spec

__all__ = [
    "required_permissions",
    "validate_request",
    "validate_response",
]


# Greenfield's error bodies as the server really sends them (BTCPay Server source:
# BTCPayServer/Filters/JsonObjectExceptionFilter.cs, Extensions/ModelStateExtensions.cs).
_VALIDATION_PROBLEMS = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["path", "message"],
        "properties": {"path": {"type": "string"}, "message": {"type": "string"}},
    },
}


_PROBLEM = {
    "type": "object",
    "required": ["code", "message"],
    "properties": {
        "code": {"type": "string"},
        "message": {"type": "string"},
        "missingPermission": {"type": "string"},
    },
}


# A 403 is the shape of GreenfieldPermissionAPIError.cs: it always names the policy.
_MISSING_PERMISSION = {
    "type": "object",
    "required": ["code", "message", "missingPermission"],
    "properties": {
        "code": {"const": "missing-permission"},
        "message": {"type": "string"},
        "missingPermission": {"type": "string", "pattern": "^btcpay\\."},
    },
}


# -- validation ------------------------------------------------------------------------------------


def _errors(schema: Any, instance: Any) -> list[str]:
    validator = spec().validator(schema)
    lines = []
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(e.absolute_path)):
        detail = _deepest(error)
        lines.append(f"  at {detail.json_path}: {detail.message}")
    return lines


def _deepest(error: SchemaError) -> SchemaError:
    """The most telling cause of an error; a nullable's `{"type": "null"}` branch never is."""
    if not error.context:
        return error
    causes = [e for e in error.context if e.schema != {"type": "null"}] or list(error.context)
    return _deepest(best_match(causes))


def _fail(title: str, problems: list[str], instance: Any) -> None:
    lines = [title, *problems]
    if instance is not None:
        shown = json.dumps(instance, indent=2, default=str, sort_keys=True)
        if len(shown) > 4000:
            shown = shown[:4000] + "\n  ..."
        lines += ["the JSON was:", shown]
    raise AssertionError("\n".join(lines))


def _json_schema(content: dict[str, Any] | None) -> Any | None:
    """The converted schema of an `application/json` (or other JSON) media type, if any."""
    for media, body in (content or {}).items():
        if "json" in media and "schema" in body:
            return spec().convert(body["schema"])
    return None


def _coerce_candidates(value: str) -> list[Any]:
    """A query value as text, and as the JSON it spells ("10" -> 10, "true" -> True)."""
    candidates: list[Any] = [value]
    with contextlib.suppress(ValueError):
        candidates.append(json.loads(value))
    return candidates


def _check_parameters(match: PathMatch, params: list[dict[str, Any]], problems: list[str]) -> None:
    """Every path and query parameter documented and of the documented type."""
    by_place: dict[str, dict[str, dict[str, Any]]] = {}
    for param in params:
        by_place.setdefault(param["in"], {})[param["name"]] = param
    checks: list[tuple[str, str, str]] = []
    for name, value in match.params.items():
        if name == "storeId" and match.aliased:
            continue  # the store of the store-scoped form, absent from the short template
        checks.append(("path", name, value))
    checks += [("query", name, value) for name, value in match.query]
    documented_query = by_place.get("query", {})
    for place, name, value in checks:
        param = by_place.get(place, {}).get(name)
        if param is None:
            known = ", ".join(sorted(documented_query)) or "none"
            problems.append(f"  {place} parameter {name!r} is not documented (known: {known})")
            continue
        schema = spec().convert(param.get("schema", {}))
        if schema.get("type") == "array" and isinstance(schema.get("items"), dict):
            schema = schema["items"]  # a repeated parameter: each value is one item
        failures = [_errors(schema, c) for c in _coerce_candidates(value)]
        if all(failures):
            reason = failures[-1][0].split(": ", 1)[-1]
            problems.append(f"  {place} parameter {name}={value!r} is not valid: {reason}")
    given = {name for name, _ in match.query}
    for name, param in documented_query.items():
        if param.get("required") and name not in given:
            problems.append(f"  required query parameter {name!r} is missing")


#: Answers the document lists that the server never gives (see the module notes).
_NEVER_SENT = {("post", "/api/v1/stores/{storeId}/email/send", 400)}


#: Routes whose policy the document names wrongly: the server's real policy.
_REAL_POLICY = {
    ("post", "/api/v1/stores/{storeId}/email/send"): "btcpay.store.cansendstoreemails",
    ("post", "/api/v1/invoices/{invoiceId}/refund"): (
        "btcpay.store.cancreatenonapprovedpullpayments"
    ),
    ("post", "/api/v1/stores/{storeId}/invoices/{invoiceId}/refund"): (
        "btcpay.store.cancreatenonapprovedpullpayments"
    ),
}


_MINUTES_FIELDS = ("expirationMinutes", "monitoringMinutes")


def _minutes_problems(body: Any) -> list[str]:
    """A JSON float in a `...Minutes` checkout field: the server refuses it (module notes)."""
    checkout = body.get("checkout") if isinstance(body, dict) else None
    if not isinstance(checkout, dict):
        return []
    problems = []
    for name in _MINUTES_FIELDS:
        value = checkout.get(name)
        if isinstance(value, float | Decimal | bool):
            problems.append(
                f"  checkout.{name}: {value!r} is refused with 422 'Invalid timespan'; send a "
                "JSON integer (minutes) or a TimeSpan string"
            )
    return problems


def validate_request(method: str, path: str, body: Any) -> None:
    """Check a request (method, path with query, decoded JSON body or None) against the spec."""
    match = match_path(path)
    operation, params = find_operation(method, match)
    title = f"{method.upper()} {path} does not match {method.upper()} {match.template}:"
    problems: list[str] = []
    _check_parameters(match, params, problems)
    request_body = operation.get("requestBody")
    if request_body is None:
        if body is not None:
            problems.append("  the operation takes no request body, but one was sent")
    else:
        schema = _json_schema(request_body.get("content"))
        if body is None:
            if request_body.get("required"):
                problems.append("  the request body is required but none was sent")
        elif schema is None:
            problems.append("  the operation documents no JSON request body")
        else:
            problems += _errors(schema, body)
    if method.lower() == "post" and match.template == "/api/v1/stores/{storeId}/invoices":
        problems += _minutes_problems(body)
    if problems:
        _fail(title, problems, body)


def _response_schema(
    method: str, match: PathMatch, operation: dict[str, Any], status: int
) -> tuple[Any | None, bool]:
    """(schema, body may be absent) for a response, with the README's corrections applied."""
    responses = operation.get("responses", {})
    documented = responses.get(str(status))
    if (method.lower(), match.template, status) in _NEVER_SENT:
        raise AssertionError(
            f"{method.upper()} {match.template} never answers HTTP {status}, whatever the "
            "document says (see the known errors in tests/contract/openapi.py)"
        )
    if status == 403:
        return _MISSING_PERMISSION, False
    if status == 422:
        return _VALIDATION_PROBLEMS, False
    if 400 <= status < 500:
        # Documented or not, Greenfield errors are {code, message}; a 400 that the document
        # gives as ValidationProblemDetails is really {code, message} too (swagger README).
        # 404 may also come with no body at all (an unknown route).
        return _PROBLEM, status == 404
    if status >= 500:
        return None, True  # a crash: nothing to promise about the body
    if documented is None:
        known = ", ".join(sorted(responses))
        raise AssertionError(
            f"{method.upper()} {match.template} does not document HTTP {status} "
            f"(documented: {known})"
        )
    schema = _json_schema(documented.get("content"))
    if (
        schema is not None
        and method.lower() == "get"
        and match.template == "/api/v1/invoices/{invoiceId}"
        and status == 200
    ):
        # With ?includePaymentMethods=true (2.4.1+) a single invoice has `paymentMethods`,
        # which the document only puts on the list's items.
        schema = spec().component("InvoiceDataList")["items"]
    return schema, schema is None


def validate_response(method: str, path: str, status: int, body: Any) -> None:
    """Check a response (status and decoded JSON body, None if empty) against the spec."""
    match = match_path(path)
    operation, _ = find_operation(method, match)
    schema, may_be_empty = _response_schema(method, match, operation, status)
    title = (
        f"HTTP {status} answer to {method.upper()} {path} does not match "
        f"{method.upper()} {match.template}:"
    )
    if body is None:
        if not may_be_empty:
            _fail(title, ["  a JSON body was expected, the answer was empty"], body)
        return
    if schema is None:
        if status < 500:
            _fail(title, ["  the document gives this answer no body, but one came"], body)
        return
    problems = _errors(schema, body)
    if status == 200 and isinstance(body, dict | list):
        for item in body if isinstance(body, list) else [body]:
            checkout = item.get("checkout") if isinstance(item, dict) else None
            for name in _MINUTES_FIELDS:
                value = (checkout or {}).get(name)
                if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
                    problems.append(f"  checkout.{name} is echoed as whole minutes, not {value!r}")
    if problems:
        _fail(title, problems, body)


def required_permissions(method: str, path: str) -> list[str]:
    """The API-key permissions the document asks for an operation (none: any valid key).

    Corrects the document for `GET /api/v1/api-keys/current`, which any valid key may call,
    and for the routes in `_REAL_POLICY`.
    """
    match = match_path(path)
    operation, _ = find_operation(method, match)
    if match.template == "/api/v1/api-keys/current":
        return []
    real = _REAL_POLICY.get((method.lower(), match.template))
    if real is not None:
        return [real]
    scopes: list[str] = []
    for requirement in operation.get("security", []):
        for scope in requirement.get("API_Key", []):
            if scope not in scopes:
                scopes.append(scope)
    return scopes
