#!/usr/bin/env python3
"""Convert Terra's published OpenAPI 3.1 spec into this crate's 3.0.3 conventions.

A diff aid for maintaining `openapi/terra.yaml`, not its source of truth:

    python3 tools/convert_upstream.py ../shared/reference/terra-openapi > /tmp/terra.converted.yaml
    diff openapi/terra.yaml /tmp/terra.converted.yaml

(Never redirect straight into openapi/terra.yaml: the shell empties it before it is read.)

It applies the conventions of `openapi/README.md` mechanically (3.1 → 3.0 constructs, open enums,
response unions, validation keywords dropped, ...) and takes *facts* only: names, types, required
lists, value sets. Upstream prose (descriptions, titles, examples) is dropped; descriptions and
`x-tryterra-*` annotations already in `openapi/terra.yaml` are carried over for every schema,
property, operation and parameter that still exists, so re-running it never loses our own words.

Needs PyYAML (`pip install pyyaml`). Not used by the build or the tests.
"""

import copy
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
CURRENT = os.path.join(HERE, "..", "openapi", "terra.yaml")

# Hand-written Rust types that replace generated ones (open enums and response unions).
OPEN_ENUM = "crate::models::{}"
DEFERRED = "crate::call::Deferred"

# Schemas not carried into our document: the webhook event union and the `*Webhook` aliases
# (the event type is hand-written and dispatches on `type`), and aliases resolved to their target.
DROPPED = {"WebhookEventType", "WebhookEvents", "LabReportWebhook"}

# Data endpoints: inline `{user, data: [Model], type}` becomes `<Model>Collection`; the union with
# the webhook acknowledgement becomes `<Model>Response`, decoded by the facade by `to_webhook`.
DATA_PATHS = {
    "/activity": "Activity",
    "/body": "Body",
    "/daily": "Daily",
    "/sleep": "Sleep",
    "/menstruation": "Menstruation",
    "/nutrition": "Nutrition",
}

NAMED_RESPONSES = {
    "BadRequest": "A parameter is missing or malformed; `detail` says which.",
    "Unauthorized": "`x-api-key` or `dev-id` is missing or wrong.",
    "NotFound": "The user (or other resource) does not exist.",
    "Forbidden": "These credentials may not use this operation (e.g. an add-on is not enabled).",
    "PayloadTooLarge": "The upload is larger than Terra accepts.",
}

# Query parameters that take a date or unix seconds.
DATE_OR_TIMESTAMP = {"start_date", "end_date"}

DROP_KEYS = {
    "$schema", "$defs", "$id", "title", "description", "examples", "example", "default",
    "minLength", "maxLength", "pattern", "minimum", "maximum", "exclusiveMinimum",
    "exclusiveMaximum", "minItems", "maxItems", "uniqueItems", "format", "const",
    "unevaluatedProperties", "prefixItems", "additionalProperties", "discriminator",
}

KEY_ORDER = [
    "x-tryterra-rust-type", "$ref", "type", "description", "required", "nullable", "deprecated",
    "enum", "items", "properties", "additionalProperties", "allOf", "oneOf", "anyOf",
]


def ordered(schema):
    out = {k: schema[k] for k in KEY_ORDER if k in schema}
    out.update({k: v for k, v in schema.items() if k not in out})
    return out


def is_null(s):
    return isinstance(s, dict) and s.get("type") == "null"


def const_enum(options):
    """`oneOf`/`anyOf` of `const`s → (json type, values), else None."""
    if options and all(isinstance(o, dict) and "const" in o for o in options):
        values = [o["const"] for o in options]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            return "integer", [int(v) for v in values]
        if all(isinstance(v, str) for v in values):
            return "string", values
    return None


def conv(s, ctx):
    """Converts one 3.1 schema (recursively) to our 3.0.3 form."""
    if not isinstance(s, dict):
        return s
    if "$ref" in s:
        return {"$ref": resolve_alias(s["$ref"], ctx)}
    out = {}
    t = s.get("type")
    if isinstance(t, list):
        rest = [x for x in t if x != "null"]
        out["type"] = rest[0]
        if "null" in t:
            out["nullable"] = True
    elif t is not None:
        out["type"] = t

    for key in ("anyOf", "oneOf"):
        if key not in s:
            continue
        options = s[key]
        non_null = [o for o in options if not is_null(o)]
        nullable = len(non_null) < len(options)
        enum = const_enum(non_null)
        if enum:
            out["type"], out["enum"] = enum
        elif len(non_null) == 1:
            inner = conv(non_null[0], ctx)
            if "$ref" in inner:
                out["allOf"] = [inner]
            else:
                out.update(inner)
        else:
            out[key if key == "oneOf" else "oneOf"] = [conv(o, ctx) for o in non_null]
        if nullable:
            out["nullable"] = True

    if "const" in s:
        v = s["const"]
        out["type"] = "integer" if isinstance(v, (int, float)) and not isinstance(v, bool) else "string"
        out["enum"] = [v]
    if "enum" in s:
        values = s["enum"]
        if all(isinstance(v, (int, float)) and not isinstance(v, bool) for v in values):
            out["type"] = "integer"
            values = [int(v) for v in values]
        out["enum"] = values
    if out.get("type") == "number" and "enum" in out:
        out["type"] = "integer"

    if "allOf" in s:
        out["allOf"] = [conv(x, ctx) for x in s["allOf"]]
    if "items" in s:
        out["items"] = conv(s["items"], ctx)
    if "prefixItems" in s:
        # A fixed-length tuple: kept as a plain array (a Rust array fails on any other length).
        out["items"] = conv(s["prefixItems"][0], ctx)
    if "properties" in s:
        required = s.get("required", [])
        props = {}
        for name, p in s["properties"].items():
            prop = conv(p, ctx)
            if prop.get("type") == "array" and name not in required:
                prop["nullable"] = True  # Terra sends `null` for absent lists.
            if name == "provider" and prop.get("type") == "string" and "enum" not in prop:
                prop = {"$ref": "#/components/schemas/Provider", **({"nullable": True} if prop.get("nullable") else {})}
                if prop.get("nullable"):
                    prop = {"allOf": [{"$ref": "#/components/schemas/Provider"}], "nullable": True}
            if name == "status" and prop.get("enum") in (["success", "error"], ["error", "success"]):
                prop = {"$ref": "#/components/schemas/ResponseStatus"}
            elif prop.get("type") == "string" and "enum" in prop:
                # An inline value set Terra controls: kept open as a plain string.
                del prop["enum"]
            props[name] = prop
        out["type"] = "object"
        if s.get("required"):
            out["required"] = list(s["required"])
        out["properties"] = props
    if isinstance(s.get("unevaluatedProperties"), dict):
        out["type"] = "object"
        out["additionalProperties"] = conv(s["unevaluatedProperties"], ctx)
        out.pop("properties", None)
    if isinstance(s.get("additionalProperties"), dict):
        out["additionalProperties"] = conv(s["additionalProperties"], ctx)
    if s.get("deprecated"):
        out["deprecated"] = True
    return ordered(out)


def resolve_alias(ref, ctx):
    name = ref.rsplit("/", 1)[-1]
    seen = set()
    while name in ctx["aliases"] and name not in seen:
        seen.add(name)
        name = ctx["aliases"][name]
    return "#/components/schemas/" + name


def component_name(ref):
    return ref.rsplit("/", 1)[-1]


def convert(upstream_dir):
    v2 = yaml.safe_load(open(os.path.join(upstream_dir, "v2-bundled.yaml")))
    widget = yaml.safe_load(open(os.path.join(upstream_dir, "widget-bundled.yaml")))
    schemas_in = v2["components"]["schemas"]
    aliases = {n: component_name(s["$ref"]) for n, s in schemas_in.items() if list(s) == ["$ref"]}
    ctx = {"aliases": aliases}

    schemas = {
        "Provider": {"type": "string"},
        "ResponseStatus": {"type": "string", "enum": ["success", "error"]},
        "DateOrTimestamp": {"oneOf": [{"type": "integer"}, {"type": "string"}]},
    }
    for name, s in schemas_in.items():
        if name in DROPPED or name in aliases:
            continue
        schemas[name] = conv(s, ctx)
    # Enums become open enums in the build (build/enums.rs); the provider list is ours, carried
    # over from openapi/terra.yaml with its variant names.
    schemas["DateOrTimestamp"]["x-tryterra-rust-type"] = OPEN_ENUM.format("DateOrTimestamp")
    schemas["WidgetSessionParams"] = conv(widget["components"]["schemas"]["WidgetSessionParams"], ctx)

    paths = {}
    for path, item in list(v2["paths"].items()) + list(widget["paths"].items()):
        out_item = {}
        for method, op in item.items():
            if not isinstance(op, dict) or "responses" not in op:
                continue
            # Path-level parameters apply to every operation unless the operation redefines them.
            own = {(p["name"], p["in"]) for p in op.get("parameters", [])}
            inherited = [p for p in item.get("parameters", []) if (p["name"], p["in"]) not in own]
            op = {**op, "parameters": inherited + op.get("parameters", [])}
            out_item[method] = convert_operation(path, method, op, schemas, ctx)
        if path.startswith("/widget/"):
            out_item = {"servers": [{"url": "https://access.tryterra.co"}], **out_item}
        paths[path] = out_item

    responses = {}
    for name in v2["components"]["responses"]:
        responses[name] = {
            "description": NAMED_RESPONSES.get(name, name),
            # Every error is problem+json (Terra's own Problem description says so; upstream
            # declares two as application/json, which would make the generator panic).
            "content": {"application/problem+json": {"schema": {"$ref": "#/components/schemas/Problem"}}},
        }

    doc = {
        "openapi": "3.0.3",
        "info": {
            "title": "Terra API (v2)",
            "version": v2["info"]["version"],
            "license": {"name": "Apache-2.0", "url": "https://www.apache.org/licenses/LICENSE-2.0"},
        },
        "servers": v2["servers"],
        "security": v2["security"],
        "paths": paths,
        "components": {
            "securitySchemes": {k: {kk: vv for kk, vv in v.items() if kk != "description"}
                                for k, v in v2["components"]["securitySchemes"].items()},
            "responses": responses,
            "schemas": schemas,
        },
    }
    return doc


def convert_operation(path, method, op, schemas, ctx):
    out = {"tags": op.get("tags", []), "operationId": op["operationId"]}
    if "security" in op:
        out["security"] = op["security"]  # `[]`: Terra serves it without credentials
    params = []
    for p in op.get("parameters", []):
        if p.get("in") == "header":
            continue  # credentials are injected by the client
        schema = conv(p["schema"], ctx)
        if p["name"] in DATE_OR_TIMESTAMP and "oneOf" in schema:
            schema = {"$ref": "#/components/schemas/DateOrTimestamp"}
        param = {"name": p["name"], "in": p["in"], "required": bool(p.get("required"))}
        param["schema"] = schema
        params.append(param)
    if params:
        out["parameters"] = params

    body = op.get("requestBody")
    if body:
        content = body["content"]
        if "multipart/form-data" in content:
            out["x-tryterra-not-generated"] = True
        converted = {}
        for ct, c in content.items():
            schema = conv(c["schema"], ctx)
            if ct == "application/json" and schema.get("type") == "object" and "properties" in schema:
                # Name inline request bodies after the operation, as response bodies are.
                name = op["operationId"].split("_", 1)[-1] + "Request"
                schemas[name] = schema
                schema = {"$ref": "#/components/schemas/" + name}
            converted[ct] = {"schema": schema}
        out["requestBody"] = {"required": bool(body.get("required")), "content": converted}

    responses = {}
    success_with_body = []
    for status, r in op["responses"].items():
        if "$ref" in r:
            responses[status] = {"$ref": r["$ref"]}
            continue
        entry = {"description": status_text(status)}
        content = r.get("content") or {}
        if content:
            ct, c = next(iter(content.items()))
            if str(status).startswith(("4", "5")):
                ct = "application/problem+json"
                schema = {"$ref": "#/components/schemas/Problem"}
            else:
                schema = response_schema(path, op, c["schema"], schemas, ctx)
                success_with_body.append(status)
            entry["content"] = {ct: {"schema": schema}}
        responses[status] = entry
    # The generator supports one success body per operation; the facade decodes the others.
    success = [s for s in responses if str(s).startswith("2")]
    if len(success) > 1:
        for s in success[1:]:
            responses[s]["x-tryterra-not-generated"] = True
    out["responses"] = responses
    return out


def response_schema(path, op, schema, schemas, ctx):
    """Names inline response schemas; marks unions the facade decodes by request."""
    opid = op["operationId"]
    if path in DATA_PATHS:
        model = DATA_PATHS[path]
        inline = [o for o in schema["oneOf"] if "$ref" not in o][0]
        collection = conv(inline, ctx)
        collection["required"] = ["data"]
        collection["properties"]["data"].pop("nullable", None)
        schemas[model + "Collection"] = ordered(collection)
        return union(model + "Response", ["#/components/schemas/" + model + "Collection",
                                           "#/components/schemas/DataSentToWebhook"], schemas)
    if path == "/athlete":
        # The key that tells the data shape from the acknowledgement must be present.
        schemas["AthleteCollection"] = ordered({**schemas["AthleteCollection"], "required": ["athlete"]})
        return union("AthleteResponse", [o["$ref"] for o in schema["oneOf"]], schemas)
    if path == "/subscriptions":
        all_users, page = [conv(o, ctx) for o in schema["oneOf"]]
        all_users["required"] = ["users"]
        all_users["properties"]["users"].pop("nullable", None)
        page_data = page["properties"]["data"]
        page_data["required"] = ["next", "results"]
        page_data["properties"]["results"].pop("nullable", None)
        schemas["UsersPageData"] = ordered(page_data)
        page["properties"]["data"] = {"$ref": "#/components/schemas/UsersPageData"}
        page["required"] = ["data"]
        schemas["SubscribedUsers"] = ordered(all_users)
        schemas["UsersPage"] = ordered(page)
        return union("UserListResponse", ["#/components/schemas/SubscribedUsers",
                                          "#/components/schemas/UsersPage"], schemas)
    if path == "/userInfo":
        obj, array = [conv(o, ctx) for o in schema["oneOf"]]
        schemas["UserInfoUser"] = ordered(obj["properties"]["user"])
        obj["properties"]["user"] = {"$ref": "#/components/schemas/UserInfoUser"}
        obj["required"] = ["user"]
        schemas["UserInfo"] = ordered(obj)
        schemas["UserInfoResponse"] = {"x-tryterra-rust-type": DEFERRED,
                                       "oneOf": [{"$ref": "#/components/schemas/UserInfo"}, array]}
        return {"$ref": "#/components/schemas/UserInfoResponse"}
    if path == "/integrations":
        providers = conv(schema, ctx)
        for name in ("providers", "sdk_providers"):
            providers["properties"][name]["items"] = {"$ref": "#/components/schemas/Provider"}
        schemas["ProvidersResponse"] = providers
        return {"$ref": "#/components/schemas/ProvidersResponse"}
    converted = conv(schema, ctx)
    if converted.get("type") == "object" and "properties" in converted:
        name = opid.split("_", 1)[-1] + "Response"
        schemas[name] = converted
        return {"$ref": "#/components/schemas/" + name}
    return converted


def union(name, refs, schemas):
    schemas[name] = {"x-tryterra-rust-type": DEFERRED, "oneOf": [{"$ref": r} for r in refs]}
    return {"$ref": "#/components/schemas/" + name}


def status_text(status):
    texts = {"200": "OK", "201": "Created", "202": "Accepted", "204": "No content",
             "207": "Partly done", "400": "Bad request", "401": "Unauthorized",
             "403": "Forbidden", "404": "Not found", "413": "Payload too large",
             "424": "A provider failed"}
    return texts.get(str(status), str(status))


def carry_over(doc, current):
    """Copies our descriptions and annotations from the current document where things match."""
    if not current:
        return
    keep = lambda k: k == "description" or k.startswith("x-tryterra")
    cur_schemas = current.get("components", {}).get("schemas", {})
    for name, schema in doc["components"]["schemas"].items():
        old = cur_schemas.get(name)
        if not isinstance(old, dict):
            continue
        for k, v in old.items():
            if keep(k) or (k == "enum" and name == "Provider"):
                schema[k] = copy.deepcopy(v)
        for pname, prop in (schema.get("properties") or {}).items():
            oldp = (old.get("properties") or {}).get(pname)
            if isinstance(oldp, dict):
                for k, v in oldp.items():
                    if keep(k):
                        prop[k] = copy.deepcopy(v)
        doc["components"]["schemas"][name] = ordered(schema)
    for path, item in doc["paths"].items():
        old_item = current.get("paths", {}).get(path, {})
        for method, op in item.items():
            old_op = old_item.get(method)
            if not isinstance(op, dict) or not isinstance(old_op, dict):
                continue
            for k in ("summary", "description"):
                if k in old_op:
                    op[k] = old_op[k]
            old_params = {p["name"]: p for p in old_op.get("parameters", [])}
            for p in op.get("parameters", []):
                if "description" in old_params.get(p["name"], {}):
                    p["description"] = old_params[p["name"]]["description"]
            for status, r in op["responses"].items():
                old_r = old_op.get("responses", {}).get(status, {})
                if "description" in old_r and "description" in r:
                    r["description"] = old_r["description"]
            item[method] = {k: op[k] for k in ["tags", "operationId", "summary", "description", "security"] if k in op} | op
    info = current.get("info", {})
    if "description" in info:
        doc["info"]["description"] = info["description"]
    for k in ("responses", "securitySchemes"):
        for name, old in current.get("components", {}).get(k, {}).items():
            new = doc["components"][k].get(name)
            if isinstance(new, dict) and "description" in old:
                doc["components"][k][name] = {"description": old["description"], **new}


def main():
    upstream = sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "shared", "reference", "terra-openapi")
    doc = convert(upstream)
    current = yaml.safe_load(open(CURRENT)) if os.path.exists(CURRENT) else None
    carry_over(doc, current)
    yaml.safe_dump(doc, sys.stdout, sort_keys=False, width=100, allow_unicode=True)


if __name__ == "__main__":
    main()
