"""Read what the templates need from an OpenAPI document, ``x-failtrail-*`` extensions included.

openapi-python-client's parser drops constraints and extensions, so this module reads the spec
itself and hands the templates a plain dict ("facts"). Every vendor fact the generated code uses
comes from here, never from a template.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

from openapi_python_client.strings import PythonIdentifier

_METHODS = ("get", "put", "post", "delete", "patch", "head", "options")


class Spec:
    """An OpenAPI document with ``$ref`` resolution."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.data = data

    def resolve(self, node: Any) -> Any:
        while isinstance(node, dict) and "$ref" in node:
            node = self._lookup(node["$ref"])
        return node

    def _lookup(self, ref: str) -> Any:
        if not ref.startswith("#/"):
            raise ValueError(f"only local $refs are supported: {ref}")
        node: Any = self.data
        for part in ref[2:].split("/"):
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node


def _kind(schema: dict[str, Any]) -> str:
    types = schema.get("type", "string")
    if isinstance(types, list):
        types = next((t for t in types if t != "null"), "string")
    if types == "string" and schema.get("format") == "date-time":
        return "date-time"
    return str(types)


_ARRAY_STYLES = {"query": ("form", "spaceDelimited", "pipeDelimited"), "header": ("simple",)}


def _array_facts(param: dict[str, Any], schema: dict[str, Any], items: dict[str, Any]) -> dict[str, Any]:
    """How an array parameter goes on the wire: OpenAPI 3's ``style`` and ``explode``, with the standard's
    defaults (query: form, exploded, i.e. the name repeated; header: simple, comma-joined)."""
    where = param["in"]
    style = param.get("style", "form" if where == "query" else "simple")
    explode = bool(param.get("explode", style == "form"))
    item_kind = _kind(items)
    if (
        style not in _ARRAY_STYLES.get(where, ())
        or (explode and style in ("spaceDelimited", "pipeDelimited"))
        or item_kind in ("array", "object")
    ):
        raise SystemExit(
            f"parameter {param['name']!r}: an array of {item_kind} in the {where} with style {style!r} and"
            f" explode {explode} is not supported (query: form, spaceDelimited or pipeDelimited without"
            " explode; header: simple; scalar items)"
        )
    facts: dict[str, Any] = {"item_kind": item_kind, "style": style, "explode": explode}
    for key, out in (("minItems", "min_items"), ("maxItems", "max_items")):
        if key in schema:
            facts[out] = schema[key]
    return facts


def _param_facts(spec: Spec, raw: dict[str, Any]) -> dict[str, Any]:
    param = spec.resolve(raw)
    schema = spec.resolve(param.get("schema", {}))
    facts: dict[str, Any] = {
        "name": param["name"],
        "location": param["in"],
        "python_name": str(PythonIdentifier(param["name"], "field_")),
        "kind": "date-time" if "x-failtrail-time-format" in param else _kind(schema),
        "required": bool(param.get("required", False)),
    }
    rules = schema  # where the value rules are: an array's hold for each item
    if facts["kind"] == "array":
        rules = spec.resolve(schema.get("items", {}))
        facts.update(_array_facts(param, schema, rules))
    description = param.get("description") or schema.get("description")
    if description:
        facts["description"] = " ".join(str(description).split())  # one paragraph, for the docstring
    for key, out in (
        ("minimum", "minimum"),
        ("maximum", "maximum"),
        ("minLength", "min_length"),
        ("maxLength", "max_length"),
        ("pattern", "pattern"),
    ):
        if key in rules:
            facts[out] = rules[key]
    if "default" in schema:
        facts["default"] = schema["default"]
    if "enum" in rules:
        facts["enum"] = tuple(str(v) for v in rules["enum"])
    for key, out in (
        ("x-failtrail-time-format", "time_format"),
        ("x-failtrail-client-option", "client_option"),
        ("x-failtrail-list-separator", "list_separator"),
        ("x-failtrail-pattern-hint", "pattern_hint"),
        ("x-failtrail-secret", "secret"),
    ):
        if key in param:
            facts[out] = param[key]
    if param.get("x-failtrail-time-zone") == "utc":
        facts["time_utc"] = True
    if facts.get("secret") and facts["location"] != "header":
        # The debug log shows a request's URL as sent and redacts header values only, so a secret
        # in the path or the query would reach a log line: refuse it here, not at run time.
        raise SystemExit(
            f"parameter {facts['name']!r}: x-failtrail-secret is supported on header parameters only "
            f"(this one is in the {facts['location']}, which debug logging would show)"
        )
    return facts


def _transport(spec: Spec, param: dict[str, Any]) -> bool:
    return bool(spec.resolve(param).get("x-failtrail-transport"))


def python_view(data: dict[str, Any]) -> dict[str, Any]:
    """The spec as openapi-python-client should see it: a parameter with ``x-failtrail-time-format``, and a
    property with ``x-failtrail-naive-time``, is a ``datetime`` in Python, whatever string schema (e.g. a
    non-RFC 3339 ``pattern``) its wire text has in the published spec; a header the HTTP layer manages
    (``x-failtrail-transport``) is left out of the arguments.
    """
    spec = Spec(data)
    params = list(data.get("components", {}).get("parameters", {}).values())
    for item in data.get("paths", {}).values():
        for owner in [item, *(item.get(m, {}) for m in _METHODS)]:
            # A header the HTTP layer manages (x-failtrail-transport) is documented, not an argument.
            owner["parameters"] = [p for p in owner.get("parameters", []) if not _transport(spec, p)]
            params += [p for p in owner["parameters"] if "$ref" not in p]
    for param in params:
        param = spec.resolve(param)
        if "x-failtrail-time-format" in param:
            param["schema"] = {"type": "string", "format": "date-time"}
    stack: list[Any] = [data.get("components", {}).get("schemas", {})]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            if "x-failtrail-naive-time" in node:
                node.pop("pattern", None)
                node["format"] = "date-time"
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)
    return data


def _operation_facts(spec: Spec, path: str, method: str, item: dict[str, Any], op: dict[str, Any]) -> dict[str, Any]:
    params: dict[str, dict[str, Any]] = {}
    for raw in item.get("parameters", []) + op.get("parameters", []):
        if _transport(spec, raw):
            continue
        p = _param_facts(spec, raw)
        params[p["name"]] = p
    body = spec.resolve(op.get("requestBody", {}))
    empty_body = False
    body_schema: dict[str, Any] | None = None
    for media in body.get("content", {}).values():
        schema = spec.resolve(media.get("schema", {}))
        empty_body = schema.get("type") == "object" and not schema.get("properties")
        body_schema = _constraints(spec, schema)
    return {
        "operation_id": op["operationId"],
        "method": method.upper(),
        "path": path,
        "params": params,
        "retry_safe": bool(op.get("x-failtrail-retry-safe", False)),
        "pagination": _pagination_facts(op.get("x-failtrail-pagination")),
        "time_range": op.get("x-failtrail-time-range"),
        "empty_json_body": empty_body,
        "body": body_schema,
        "key_shapes": _key_shapes(spec, op) if spec.data.get("x-failtrail-key-case") == "insensitive" else {},
        "retry_delay": _retry_delay(spec, op),
    }


def _retry_delay(spec: Spec, op: dict[str, Any]) -> dict[int, tuple[dict[str, Any], ...]]:
    """Per error status, where its body says how long to wait before a retry (``x-failtrail-retry-delay``)."""
    found: dict[int, tuple[dict[str, Any], ...]] = {}
    for status, response in op.get("responses", {}).items():
        rules = spec.resolve(response).get("x-failtrail-retry-delay")
        if rules is None:
            continue
        if not str(status).isdigit():
            raise SystemExit(f"{op['operationId']}: x-failtrail-retry-delay needs a numbered status, not {status!r}")
        found[int(status)] = tuple(rules if isinstance(rules, list) else [rules])
    return found


def _key_shapes(spec: Spec, op: dict[str, Any]) -> dict[str, Any]:
    """Per response status, where its declared property names stand (``x-failtrail-key-case: insensitive``)."""
    shapes: dict[str, Any] = {}
    for status, response in op.get("responses", {}).items():
        for media in spec.resolve(response).get("content", {}).values():
            shape = _key_shape(spec, media.get("schema", {}), 0)
            if shape is not None:
                shapes[str(status)] = shape
            break
    return shapes


def _key_shape(spec: Spec, schema: Any, depth: int) -> Any:
    """``("o", {lower: (Name, shape)})`` for an object's declared properties, ``("a", shape)`` for an array's
    items, None where there is nothing to respell (a free-form map's keys are data, never touched)."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 12:
        return None
    for union in ("oneOf", "anyOf", "allOf"):
        if union in schema:  # the first member that has a shape: the union's members share their names
            return next((s for s in (_key_shape(spec, m, depth + 1) for m in schema[union]) if s is not None), None)
    if isinstance(schema.get("properties"), dict) and schema["properties"]:
        fields = {name.lower(): (name, _key_shape(spec, sub, depth + 1)) for name, sub in schema["properties"].items()}
        return ("o", fields)
    if "items" in schema:
        inner = _key_shape(spec, schema["items"], depth + 1)
        return None if inner is None else ("a", inner)
    return None


def _pagination_facts(pagination: dict[str, Any] | None) -> dict[str, Any] | None:
    """The spec's pagination, with the Python attribute of ``next-item-field`` (the generator's own naming),
    so the template need not find the item model (which may not be processed yet when it renders)."""
    if pagination is None or "next-item-field" not in pagination:
        return pagination
    return {**pagination, "next-item-attribute": str(PythonIdentifier(pagination["next-item-field"], "field_"))}


_CHECKED = ("type", "enum", "minLength", "maxLength", "minimum", "maximum", "pattern")


def _constraints(spec: Spec, schema: Any, depth: int = 0) -> dict[str, Any]:
    """A request body's schema reduced to what failtrail-core's ``check_body`` checks, ``$ref``s resolved."""
    schema = spec.resolve(schema)
    if not isinstance(schema, dict) or depth > 32:
        return {}
    out: dict[str, Any] = {key: schema[key] for key in _CHECKED if key in schema}
    if schema.get("nullable"):
        out["type"] = [*([out["type"]] if isinstance(out.get("type"), str) else out.get("type", [])), "null"]
    if schema.get("x-failtrail-secret"):
        out["secret"] = True
    if schema.get("required"):
        out["required"] = list(schema["required"])
    if schema.get("properties"):
        out["properties"] = {k: _constraints(spec, v, depth + 1) for k, v in schema["properties"].items()}
    if "items" in schema:
        out["items"] = _constraints(spec, schema["items"], depth + 1)
    return out


def _model_facts(spec: Spec) -> dict[str, dict[str, dict[str, Any]]]:
    models: dict[str, dict[str, dict[str, Any]]] = {}
    for name, schema in spec.data.get("components", {}).get("schemas", {}).items():
        props: dict[str, dict[str, Any]] = {}
        for prop_name, prop in (schema.get("properties") or {}).items():
            facts = {}
            if prop.get("x-failtrail-secret"):
                facts["secret"] = True
            if prop.get("x-failtrail-naive-time") == "utc":
                facts["naive_utc"] = True
            if prop.get("x-failtrail-decode"):
                facts["decode"] = prop["x-failtrail-decode"]
                if prop.get("format"):
                    facts["format"] = prop["format"]  # the integer's range: int64, uint64, int32
            if facts:
                props[prop_name] = facts
        models[name] = props
    return models


def _secret_holders(spec: Spec) -> dict[str, list[str]]:
    """Per component schema, its properties whose value can hold a field marked ``x-failtrail-secret`` at
    some depth (a model, a list of models, a union with one): where ``to_redacted_dict()`` must look.

    Every other field is left unvisited, so a record that can hold no secret costs one ``to_dict()``.
    A secret must be a component schema's own property: a generated model knows no other.
    """
    schemas: dict[str, Any] = spec.data.get("components", {}).get("schemas", {})
    misplaced = [
        "/".join(path)
        for path in _secret_marks(spec.data, ())
        if not _is_parameter(path)
        and not (len(path) == 5 and path[:2] == ("components", "schemas") and path[3] == "properties")
    ]
    if misplaced:
        raise SystemExit(
            f"x-failtrail-secret at {', '.join(misplaced)}: mark a property of a component schema"
            " (move the object it sits in to components/schemas and $ref it)"
        )
    composed = sorted(name for name, schema in schemas.items() if "allOf" in schema)
    if composed and any(next(_secret_marks(schema, ()), None) for schema in schemas.values()):
        # allOf merges another schema's properties into the model: its secrets would need that schema's facts
        raise SystemExit(f"allOf in {', '.join(composed)}: not supported in a spec that marks x-failtrail-secret")
    reaches = {name: _refs_within(schema) for name, schema in schemas.items()}
    holds = {
        name: any(prop.get("x-failtrail-secret") for prop in (schema.get("properties") or {}).values())
        for name, schema in schemas.items()
    }
    changed = True
    while changed:  # a fixpoint: schemas may refer to each other in cycles
        changed = False
        for name, names in reaches.items():
            if not holds[name] and any(holds.get(other) for other in names):
                holds[name] = changed = True
    return {
        name: [
            prop_name
            for prop_name, prop in (schema.get("properties") or {}).items()
            if any(holds.get(other) for other in _refs_within(prop))
        ]
        for name, schema in schemas.items()
    }


def _is_parameter(path: tuple[str, ...]) -> bool:
    """Whether ``path`` is a parameter object (an operation's, a path item's, or a component's)."""
    return (len(path) >= 2 and path[-2] == "parameters") or (
        len(path) == 3 and path[:2] == ("components", "parameters")
    )


def _refs_within(node: Any) -> set[str]:
    """The component schemas a value of this schema can be (or hold, inline) without passing through another
    component: ``$ref``, ``items``, ``allOf``/``anyOf``/``oneOf``, ``additionalProperties``, inline properties."""
    found: set[str] = set()
    if isinstance(node, list):
        for item in node:
            found |= _refs_within(item)
    elif isinstance(node, dict):
        ref = node.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/components/schemas/"):
            found.add(ref.rsplit("/", 1)[-1])
        for key in ("items", "allOf", "anyOf", "oneOf", "additionalProperties", "not"):
            if key in node:
                found |= _refs_within(node[key])
        for prop in (node.get("properties") or {}).values():
            found |= _refs_within(prop)
    return found


def _secret_marks(node: Any, path: tuple[str, ...]) -> Iterator[tuple[str, ...]]:
    """Every place below ``path`` that ``x-failtrail-secret`` marks (samples left out)."""
    if isinstance(node, dict):
        if node.get("x-failtrail-secret"):
            yield path
        for key, value in node.items():
            if key not in ("example", "examples"):
                yield from _secret_marks(value, (*path, str(key)))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from _secret_marks(value, (*path, str(index)))


def _error_messages(spec: Spec) -> dict[str, tuple[str, ...]]:
    """Per error schema, where its human message is (``x-failtrail-error-message``: JSON Pointers, first found wins)."""
    found: dict[str, tuple[str, ...]] = {}
    for name, schema in spec.data.get("components", {}).get("schemas", {}).items():
        pointers = schema.get("x-failtrail-error-message")
        if pointers is None:
            continue
        if isinstance(pointers, str):
            pointers = [pointers]
        if not pointers or not all(isinstance(p, str) and p.startswith("/") for p in pointers):
            raise SystemExit(f"schema {name!r}: x-failtrail-error-message takes JSON Pointers such as /message")
        found[name] = tuple(pointers)
    return found


def _constant_name(text: str) -> str:
    name = re.sub(r"[^0-9A-Za-z]+", "_", text).strip("_").upper()
    return name if name and not name[0].isdigit() else f"SERVER_{name}"


def _client_facts(spec: Spec, operations: dict[str, Any]) -> dict[str, Any]:
    options: dict[str, dict[str, Any]] = {}
    for op in operations.values():
        for p in op["params"].values():
            if p.get("client_option"):
                options.setdefault(
                    p["client_option"],
                    {"name": p["client_option"], "header": p["name"], "list": bool(p.get("list_separator"))},
                )
    components = spec.data.get("components", {})
    headers = components.get("headers", {})
    request_id_headers = [name for name, h in headers.items() if h.get("x-failtrail-request-id")]
    safe_headers = {name.lower() for name in headers}
    for op in operations.values():
        safe_headers.update(
            p["name"].lower() for p in op["params"].values() if p["location"] == "header" and not p.get("secret")
        )
    auth: dict[str, Any] = {}
    for scheme in components.get("securitySchemes", {}).values():
        if "x-failtrail-signature" in scheme:
            auth["signature"] = scheme["x-failtrail-signature"]
        elif scheme.get("type") == "oauth2":
            flow = scheme.get("flows", {}).get("clientCredentials")
            if flow:
                if re.search(r"{\w+}", flow["tokenUrl"]) and "x-failtrail-token-path-default" not in scheme:
                    raise SystemExit(
                        f"tokenUrl {flow['tokenUrl']!r} has a path variable: say its value when the client"
                        " option is not set with x-failtrail-token-path-default"
                    )
                auth["client_credentials"] = {
                    "token_url": flow["tokenUrl"],
                    "scopes": sorted(flow.get("scopes", {})),
                    "expires_in_string": scheme.get("x-failtrail-token-expires-in") == "string",
                    "credentials_in": scheme.get("x-failtrail-credentials-in", "form"),
                    "path_option": next(iter(re.findall(r"{(\w+)}", flow["tokenUrl"])), None),
                    "path_default": scheme.get("x-failtrail-token-path-default"),
                }
        elif (scheme.get("type") == "http" and scheme.get("scheme") == "bearer") or (
            scheme.get("type") == "apiKey" and scheme.get("in") == "header"
        ):
            auth.setdefault("token", {"header": scheme.get("name", "Authorization"), "format": "Bearer {token}"})
            if "x-failtrail-token-format" in scheme:
                auth["token"]["format"] = scheme["x-failtrail-token-format"]
    servers = []
    for server in spec.data.get("servers", []):
        variables = server.get("variables", {})
        servers.append(
            {
                "url": server["url"],
                "description": server.get("description", server["url"]),
                "constant": _constant_name(server.get("description", server["url"])),
                "templated": bool(variables),
            }
        )
    return {
        "title": spec.data["info"]["title"],
        "options": list(options.values()),
        "auth": auth,
        "servers": servers,
        "request_id_headers": request_id_headers,
        "safe_headers": sorted(safe_headers),
        "rate_limit_reset_header": spec.data.get("x-failtrail-rate-limit-reset-header"),
    }


def build_facts(data: dict[str, Any]) -> dict[str, Any]:
    """Everything the templates need that openapi-python-client does not pass them."""
    spec = Spec(data)
    operations: dict[str, Any] = {}
    for path, item in data.get("paths", {}).items():
        for method in _METHODS:
            if method in item:
                op = _operation_facts(spec, path, method, item, item[method])
                operations[str(PythonIdentifier(op["operation_id"], "field_"))] = op
    case_blind = data.get("x-failtrail-key-case") == "insensitive"
    spellings = data.get("x-failtrail-key-spellings", [])
    if spellings and not case_blind:
        # A compiled mirror reads another spelling only where from_dict does too: the two must agree.
        raise SystemExit("x-failtrail-key-spellings needs x-failtrail-key-case: insensitive")
    return {
        "operations": operations,
        "key_spellings": spellings,
        "models": _model_facts(spec),
        "error_messages": _error_messages(spec),
        "secret_holders": _secret_holders(spec),
        "client": _client_facts(spec, operations),
    }
