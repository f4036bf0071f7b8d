#!/usr/bin/env python3
"""Generate the decode corpus in tests/fixtures/corpus/ from Terra's JSON Schemas.

For each model, COUNT payloads that are valid against Terra's own schema (JSON Schema 2020-12,
`schemas/*.yaml`), written as JSON Lines. `tests/corpus.rs` decodes every one with the generated
Rust types and checks that re-encoding loses nothing. The schemas are read directly, not our
converted `openapi/terra.yaml`, so the corpus also checks the conversion.

Deterministic (seeded); payloads vary in which optional fields are present, `null` vs absent,
array lengths, integers where numbers are declared, and timestamps with and without offsets.

    python3 tools/gen_corpus.py ../shared/reference/terra-openapi/schemas tests/fixtures/corpus

Needs PyYAML. Not used by the build or the tests (the fixtures are committed).
"""

import json
import os
import random
import sys

import yaml

MODELS = [
    "Activity", "Body", "Daily", "Sleep", "Menstruation", "Nutrition", "Athlete", "TerraUser",
    "WorkoutTemplate", "PlannedWorkout", "LabReportSession",
]
COUNT = 100
EVENT_COUNT = 25  # per webhook event schema (schemas/*Event.yaml)
MAX_ITEMS = 2  # array length limit, keeps fixtures small while covering every item type
MAX_DEPTH = 12


class Generator:
    def __init__(self, schema_dir, seed):
        self.dir = schema_dir
        self.cache = {}
        self.rng = random.Random(seed)

    def load(self, name):
        if name not in self.cache:
            with open(os.path.join(self.dir, name)) as f:
                self.cache[name] = yaml.safe_load(f)
        return self.cache[name]

    def resolve(self, ref, doc):
        """`Other.yaml`, `Other.yaml#/$defs/X` or `#/$defs/X` (within `doc`) → (schema, its document)."""
        file, _, pointer = ref.partition("#")
        target = self.load(file) if file else doc
        node = target
        for part in filter(None, pointer.split("/")):
            node = node[part]
        return node, target

    def value(self, schema, name="", depth=0, doc=None):
        rng = self.rng
        if "$ref" in schema:
            target, target_doc = self.resolve(schema["$ref"], doc)
            return self.value(target, name, depth, target_doc)
        if "const" in schema:
            return schema["const"]
        if "enum" in schema:
            return rng.choice(schema["enum"])
        for key in ("oneOf", "anyOf"):
            if key in schema:
                options = schema[key]
                non_null = [o for o in options if o.get("type") != "null"]
                if len(non_null) < len(options) and rng.random() < 0.25:
                    return None
                return self.value(rng.choice(non_null), name, depth, doc)
        if "allOf" in schema:
            merged = {}
            for part in schema["allOf"]:
                part_value = self.value(part, name, depth, doc)
                if isinstance(part_value, dict):
                    merged.update(part_value)
            return merged
        kind = schema.get("type")
        if isinstance(kind, list):
            non_null = [k for k in kind if k != "null"]
            if "null" in kind and rng.random() < 0.25:
                return None
            kind = rng.choice(non_null)
        if kind == "object" or "properties" in schema:
            return self.object(schema, depth, doc)
        if kind == "array":
            if depth > MAX_DEPTH:
                return []
            if "prefixItems" in schema:
                return [self.value(s, name, depth + 1, doc) for s in schema["prefixItems"]]
            return [self.value(schema.get("items", {}), name, depth + 1, doc) for _ in range(rng.randint(0, MAX_ITEMS))]
        if kind == "string":
            return self.string(name, schema)
        if kind == "integer":
            return rng.randint(0, 5000)
        if kind == "number":
            # Terra sends integers where numbers are declared, too.
            return rng.randint(0, 300) if rng.random() < 0.3 else round(rng.uniform(-50, 5000), 3)
        if kind == "boolean":
            return rng.random() < 0.5
        return None

    def object(self, schema, depth, doc):
        rng = self.rng
        out = {}
        required = set(schema.get("required", []))
        for prop, sub in (schema.get("properties") or {}).items():
            if prop in required or (depth <= MAX_DEPTH and rng.random() < 0.7):
                out[prop] = self.value(sub, prop, depth + 1, doc)
        # Properties inherited through `allOf` (events extend WebhookEvent).
        for part in schema.get("allOf", []):
            base, base_doc = self.resolve(part["$ref"], doc) if "$ref" in part else (part, doc)
            for prop, value in self.object(base, depth, base_doc).items():
                out.setdefault(prop, value)
        extra = schema.get("unevaluatedProperties") or schema.get("additionalProperties")
        if isinstance(extra, dict):
            for i in range(rng.randint(0, 3)):
                out[f"contributor_{i}"] = self.value(extra, "", depth + 1, doc)
        return out

    def string(self, name, schema):
        rng = self.rng
        lowered = name.lower()
        if schema.get("format") == "date-time" or "time" in lowered or lowered.endswith(("_at", "timestamp")):
            day = f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
            clock = f"{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
            # Microseconds with an offset, Z, or no offset at all (local time): all occur.
            suffix = rng.choice([f".{rng.randint(0, 999999):06d}+00:00", f".{rng.randint(0, 999999):06d}-05:00", "Z", ".000000"])
            return f"{day}T{clock}{suffix}"
        if lowered.endswith("date") or schema.get("format") == "date":
            return f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
        return rng.choice(["a", "b", "GARMIN", "ÿ unicode ✓", "value-" + str(rng.randint(0, 99))])


def main():
    schema_dir = sys.argv[1] if len(sys.argv) > 1 else "../shared/reference/terra-openapi/schemas"
    out_dir = sys.argv[2] if len(sys.argv) > 2 else "tests/fixtures/corpus"
    os.makedirs(out_dir, exist_ok=True)
    for model in MODELS:
        generator = Generator(schema_dir, seed=f"tryterra-corpus-{model}")
        schema = generator.load(model + ".yaml")
        with open(os.path.join(out_dir, model + ".jsonl"), "w") as f:
            for _ in range(COUNT):
                f.write(json.dumps(generator.object(schema, 0, schema), ensure_ascii=False, separators=(",", ":")) + "\n")
    events = sorted(f[:-5] for f in os.listdir(schema_dir) if f.endswith("Event.yaml"))
    os.makedirs(os.path.join(out_dir, "events"), exist_ok=True)
    for event in events:
        generator = Generator(schema_dir, seed=f"tryterra-corpus-{event}")
        schema = generator.load(event + ".yaml")
        with open(os.path.join(out_dir, "events", event + ".jsonl"), "w") as f:
            for _ in range(EVENT_COUNT):
                f.write(json.dumps(generator.object(schema, 0, schema), ensure_ascii=False, separators=(",", ":")) + "\n")
    print(f"wrote {len(MODELS)} x {COUNT} model payloads and {len(events)} x {EVENT_COUNT} event payloads to {out_dir}")


if __name__ == "__main__":
    main()
