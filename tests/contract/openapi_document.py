"""BTCPay's own OpenAPI document (Greenfield 2.4.1), loaded, converted and matched to paths.

The document is `btcpay-openapi/greenfield.json` beside this module: BTCPay Server's own
description at commit 03345c2 (2.4.1), with its origin and MIT licence in the README there. It is
OpenAPI 3.0, so its schemas are converted to JSON Schema (draft 2020-12) first:

- `nullable: true` becomes a `"null"` type (or an `anyOf` with `{"type": "null"}`);
- `$ref`s stay references, resolved by the `referencing` registry that jsonschema uses;
- an `allOf` of object schemas where a part says `additionalProperties: false` is merged into
  one object, because in JSON Schema that keyword would also reject the properties of the
  other parts (`InvoiceData`, `CreateInvoiceRequest`, `StoreData` are built that way).

Concrete paths are matched to the document's templates; a store-scoped invoice path, which 2.4
documents only in its short form, is matched to the short one. Checking requests and responses
against what is found here is tests/contract/openapi.py.
"""

from __future__ import annotations

import copy
import json
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

__all__ = [
    "SPEC_PATH",
    "PathMatch",
    "find_operation",
    "match_path",
    "spec",
]


SPEC_PATH = Path(__file__).resolve().parent / "btcpay-openapi" / "greenfield.json"


#: Base URI of the converted document in the schema registry; converted `$ref`s point here.
_SCHEMA_URI = "urn:btcpay:greenfield:jsonschema"


#: Base URI of the untouched OpenAPI document (for `#/components/parameters/...`).
_OPENAPI_URI = "urn:btcpay:greenfield:openapi"


_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


# OpenAPI-only keywords with no JSON Schema meaning (`nullable` is handled on its own).
_DROPPED = {
    "nullable",
    "example",
    "discriminator",
    "xml",
    "externalDocs",
    "readOnly",
    "writeOnly",
    "deprecated",
}


# Keywords whose value is a map of name -> schema: the names are data, not keywords.
_SCHEMA_MAPS = {"properties", "patternProperties", "$defs", "definitions", "dependentSchemas"}


# Keywords whose value is one schema or a list of schemas.
_SCHEMA_VALUES = {
    "items",
    "additionalProperties",
    "not",
    "contains",
    "propertyNames",
    "unevaluatedProperties",
    "unevaluatedItems",
    "if",
    "then",
    "else",
}


_SCHEMA_LISTS = {"allOf", "anyOf", "oneOf", "prefixItems"}


# Keys an object schema may have and still be merged with the other parts of an allOf.
_MERGEABLE = {"type", "properties", "required", "additionalProperties", "description", "title"}


_STORE_SCOPED_INVOICE = re.compile(r"^/api/v1/stores/(?P<storeId>[^/]+)/invoices/(?P<rest>.+)$")


# Decimal strings as Greenfield writes them: "12.50", "-0.0001", "5". No exponent, no float.
_DECIMAL_TEXT = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")


FORMAT_CHECKER = FormatChecker()


@FORMAT_CHECKER.checks("decimal")
def _is_decimal(value: object) -> bool:
    if not isinstance(value, str):
        return True  # the type keyword judges non-strings
    try:
        Decimal(value)
    except InvalidOperation:
        return False
    return bool(_DECIMAL_TEXT.match(value))


# -- loading and converting ------------------------------------------------------------------------


class _Spec:
    """The OpenAPI document, its schemas as JSON Schema, and a registry to resolve `$ref`s."""

    def __init__(self, path: Path) -> None:
        if not path.is_file():
            raise AssertionError(
                f"the Greenfield OpenAPI document is missing: {path}; "
                "contract checks cannot run without it"
            )
        self.document = json.loads(path.read_text(encoding="utf-8"))
        raw_schemas = self.document.get("components", {}).get("schemas", {})
        self._raw_schemas = raw_schemas
        self._converted: dict[str, Any] = {}
        self._in_progress: set[str] = set()
        for name in raw_schemas:
            self.component(name)
        converted_document = {"components": {"schemas": self._converted}}
        self.registry = Registry().with_resources(
            [
                (_SCHEMA_URI, DRAFT202012.create_resource(converted_document)),
                (_OPENAPI_URI, Resource.opaque(self.document)),
            ]
        )
        self._openapi = self.registry.resolver(_OPENAPI_URI)
        self.templates = [_Template.parse(p) for p in self.document.get("paths", {})]

    # schemas

    def component(self, name: str) -> Any:
        """The converted form of `#/components/schemas/<name>` (converted once, memoised)."""
        if name not in self._converted:
            self._in_progress.add(name)
            try:
                self._converted[name] = self.convert(self._raw_schemas[name])
            finally:
                self._in_progress.discard(name)
        return self._converted[name]

    def convert(self, node: Any) -> Any:
        """An OpenAPI 3.0 schema object as a JSON Schema 2020-12 schema."""
        if isinstance(node, list):
            return [self.convert(item) for item in node]
        if not isinstance(node, dict):
            return node
        out: dict[str, Any] = {}
        for key, value in node.items():
            if key in _DROPPED or key.startswith("x-"):
                continue
            if key == "$ref":
                out[key] = _SCHEMA_URI + value if value.startswith("#/") else value
            elif key in _SCHEMA_MAPS:
                out[key] = {name: self.convert(sub) for name, sub in value.items()}
            elif key in _SCHEMA_VALUES or key in _SCHEMA_LISTS:
                out[key] = self.convert(value)
            else:
                out[key] = copy.deepcopy(value)
        if "allOf" in out:
            out = self._merge_all_of(out)
        if node.get("nullable") is True:
            out = _nullable(out)
        return out

    def _resolve_converted(self, schema: Any) -> Any:
        """Follow a converted local `$ref` to its converted target (None if not possible)."""
        ref = schema.get("$ref") if isinstance(schema, dict) else None
        if ref is None:
            return schema
        prefix = _SCHEMA_URI + "#/components/schemas/"
        if not ref.startswith(prefix) or len(schema) != 1:
            return None
        name = unquote(ref[len(prefix) :]).replace("~1", "/").replace("~0", "~")
        if name in self._in_progress or name not in self._raw_schemas:
            return None  # a cycle: keep the reference as it is
        return self.component(name)

    def _merge_all_of(self, schema: dict[str, Any]) -> dict[str, Any]:
        """Merge `allOf` object parts into one object when one of them is closed.

        JSON Schema applies `additionalProperties: false` to its own part only, so an `allOf`
        of a base schema and a closed extension would reject every base property. OpenAPI
        tools read it as "the union of the parts, closed": this builds that union.
        """
        parts = [self._resolve_converted(p) for p in schema["allOf"]]
        if any(p is None or not isinstance(p, dict) for p in parts):
            return schema
        closed = any(p.get("additionalProperties") is False for p in parts)
        if not closed or not all(set(p) <= _MERGEABLE for p in parts):
            return schema
        if any(p.get("type", "object") != "object" for p in parts):
            return schema
        merged: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        if merged.get("type", "object") != "object":
            return schema
        properties: dict[str, Any] = dict(merged.get("properties", {}))
        required: list[str] = list(merged.get("required", []))
        for part in parts:
            for name, sub in part.get("properties", {}).items():
                if name in properties and properties[name] != sub:
                    properties[name] = {"allOf": [properties[name], sub]}
                else:
                    properties[name] = sub
            required += [r for r in part.get("required", []) if r not in required]
        merged.update(type="object", properties=properties, additionalProperties=False)
        if required:
            merged["required"] = required
        return merged

    # operations

    def parameter(self, param: dict[str, Any]) -> dict[str, Any]:
        """A parameter object, following a `$ref` to `#/components/parameters/...`."""
        ref = param.get("$ref")
        if ref is None:
            return param
        return self._openapi.lookup(ref).contents

    def validator(self, schema: Any) -> Draft202012Validator:
        return Draft202012Validator(schema, registry=self.registry, format_checker=FORMAT_CHECKER)


def _nullable(schema: dict[str, Any]) -> dict[str, Any]:
    """Let a converted schema also accept null (OpenAPI 3.0 `nullable: true`)."""
    simple = isinstance(schema.get("type"), str) and not (
        {"$ref", "allOf", "anyOf", "oneOf"} & set(schema)
    )
    if simple:
        out = dict(schema, type=[schema["type"], "null"])
        if "enum" in out and None not in out["enum"]:
            out["enum"] = [*out["enum"], None]
        return out
    return {"anyOf": [{"type": "null"}, schema]}


@cache
def spec() -> _Spec:
    """The loaded and converted document (loaded once per test session)."""
    return _Spec(SPEC_PATH)


# -- paths -----------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Template:
    text: str
    segments: tuple[str, ...]

    @classmethod
    def parse(cls, text: str) -> _Template:
        return cls(text, tuple(text.strip("/").split("/")))

    def match(self, segments: list[str]) -> dict[str, str] | None:
        if len(segments) != len(self.segments):
            return None
        params: dict[str, str] = {}
        for pattern, value in zip(self.segments, segments, strict=True):
            if pattern.startswith("{") and pattern.endswith("}"):
                if not value:
                    return None
                params[pattern[1:-1]] = value
            elif pattern != value:
                return None
        return params

    @property
    def literal_count(self) -> int:
        return sum(not s.startswith("{") for s in self.segments)


@dataclass(frozen=True)
class PathMatch:
    """A concrete path matched to the spec: its template, path parameters and query."""

    template: str
    params: dict[str, str]
    query: list[tuple[str, str]]
    #: True when a store-scoped invoice path was checked against the short 2.4 form.
    aliased: bool = False


def match_path(path: str) -> PathMatch:
    """Find the spec's path template for a concrete path (query string allowed).

    The most specific template wins (most literal segments), so `/api/v1/stores/{storeId}/...`
    with a fixed word beats a template with a parameter in its place.
    """
    parts = urlsplit(path)
    concrete = unquote(parts.path)
    query = parse_qsl(parts.query, keep_blank_values=True)
    found = _best_template(concrete)
    if found is not None:
        return PathMatch(found[0].text, found[1], query)
    scoped = _STORE_SCOPED_INVOICE.match(concrete)
    if scoped:
        # 2.4 documents only /api/v1/invoices/{invoiceId}...; the store-scoped form is the
        # same operation with the store in the path (swagger README, "Caveats").
        found = _best_template(f"/api/v1/invoices/{scoped['rest']}")
        if found is not None:
            params = {"storeId": scoped["storeId"], **found[1]}
            return PathMatch(found[0].text, params, query, aliased=True)
    raise AssertionError(f"path {concrete!r} is not in the Greenfield OpenAPI document")


def _best_template(concrete: str) -> tuple[_Template, dict[str, str]] | None:
    segments = concrete.strip("/").split("/")
    candidates = []
    for template in spec().templates:
        params = template.match(segments)
        if params is not None:
            candidates.append((template.literal_count, template, params))
    if not candidates:
        return None
    candidates.sort(key=lambda c: c[0], reverse=True)
    return candidates[0][1], candidates[0][2]


def find_operation(method: str, match: PathMatch) -> tuple[dict[str, Any], list[dict[str, Any]]]:
    item = spec().document["paths"][match.template]
    operation = item.get(method.lower())
    if method.lower() not in _METHODS or operation is None:
        documented = sorted(m.upper() for m in item if m in _METHODS)
        raise AssertionError(
            f"{method.upper()} {match.template} is not documented "
            f"(documented methods: {', '.join(documented) or 'none'})"
        )
    params = [spec().parameter(p) for p in item.get("parameters", [])]
    params += [spec().parameter(p) for p in operation.get("parameters", [])]
    return operation, params
