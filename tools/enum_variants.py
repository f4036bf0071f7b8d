#!/usr/bin/env python3
"""Print the variant lists of the open enums in `src/models/enums.rs` from Terra's spec.

A diff aid: when Terra adds values, run this and compare with `src/models/enums.rs`, then add the
new variants by hand (with our own doc comments). Facts only: values and their short names.

    python3 tools/enum_variants.py ../shared/reference/terra-openapi
"""

import os
import re
import sys

import yaml

# Known values whose upstream name would clash with the fallback variant (`Unknown(i64)` for
# integer enums, `Other(String)` for string enums).
RESERVED = {"integer": {"Unknown": "Undetermined"}, "string": {"Other": "OtherKind"}}


def variant(name, value, kind):
    words = re.findall(r"[A-Za-z0-9]+", str(name))
    ident = "".join(w[:1].upper() + w[1:].lower() for w in words) or f"Value{value}"
    if ident[0].isdigit():
        ident = "N" + ident
    return RESERVED[kind].get(ident, ident)


def main():
    upstream = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/terra-openapi"
    spec = yaml.safe_load(open(os.path.join(upstream, "v2-bundled.yaml")))
    for name, schema in spec["components"]["schemas"].items():
        options = schema.get("oneOf") or schema.get("anyOf") or []
        if not options or not all(isinstance(o, dict) and "const" in o for o in options):
            continue
        integer = isinstance(options[0]["const"], (int, float))
        print(f"{name} ({'integer' if integer else 'string'})")
        seen = {}
        for o in options:
            kind = "integer" if integer else "string"
            ident = variant(o.get("title") or o["const"], o["const"], kind)
            if ident in seen:
                ident = f"{ident}{int(o['const']) if integer else ''}"
            seen[ident] = True
            value = int(o["const"]) if integer else f'"{o["const"]}"'
            print(f"    {ident} = {value},")


if __name__ == "__main__":
    main()
