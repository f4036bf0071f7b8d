//! `cargo xtask corpus <schemas-dir> [<out-dir>]`: the decode corpus in `tests/fixtures/corpus/`,
//! payloads valid against Terra's own JSON Schemas (`schemas/*.yaml`, JSON Schema 2020-12).
//!
//! `tests/client/corpus.rs` decodes every one with the generated types and checks that re-encoding loses
//! nothing; `tests/client/webhook_events.rs` does the same for events. The schemas are read directly,
//! not our converted `openapi/terra.yaml`, so the corpus also checks the conversion.
//! Deterministic (seeded by model name); payloads vary in which optional fields are present,
//! `null` vs absent, array lengths, integers where numbers are declared, and timestamps with and
//! without offsets.

use std::{
    collections::HashMap,
    path::{Path, PathBuf},
};

use serde_json::{Map, Value as Json, json};
use serde_norway::Value;

/// The models with a corpus file.
pub(crate) const MODELS: &[&str] = &[
    "Activity",
    "Body",
    "Daily",
    "Sleep",
    "Menstruation",
    "Nutrition",
    "Athlete",
    "TerraUser",
    "WorkoutTemplate",
    "PlannedWorkout",
    "LabReportSession",
];
const COUNT: usize = 100;
/// Per webhook event schema (`schemas/*Event.yaml`).
const EVENT_COUNT: usize = 25;
/// Array length limit: small fixtures that still cover every item type.
const MAX_ITEMS: u32 = 2;
const MAX_DEPTH: usize = 12;

struct Generator {
    dir: PathBuf,
    documents: HashMap<String, Value>,
    rng: fastrand::Rng,
}

impl Generator {
    fn new(dir: &Path, seed: &str) -> Self {
        // FNV-1a: a stable seed from the name, the same on every machine.
        let seed = seed.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        });
        Generator {
            dir: dir.to_path_buf(),
            documents: HashMap::new(),
            rng: fastrand::Rng::with_seed(seed),
        }
    }

    fn load(&mut self, file: &str) -> Result<Value, String> {
        if !self.documents.contains_key(file) {
            let path = self.dir.join(file);
            let text =
                std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
            let document =
                serde_norway::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
            self.documents.insert(file.to_string(), document);
        }
        Ok(self.documents[file].clone())
    }

    /// `Other.yaml`, `Other.yaml#/$defs/X` or `#/$defs/X` (within `document`).
    fn resolve(&mut self, reference: &str, document: &Value) -> Result<(Value, Value), String> {
        let (file, pointer) = reference.split_once('#').unwrap_or((reference, ""));
        let target = if file.is_empty() {
            document.clone()
        } else {
            self.load(file)?
        };
        let mut node = target.clone();
        for part in pointer.split('/').filter(|p| !p.is_empty()) {
            node = node[part].clone();
        }
        Ok((node, target))
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.f64() < p
    }

    fn value(
        &mut self,
        schema: &Value,
        name: &str,
        depth: usize,
        document: &Value,
    ) -> Result<Json, String> {
        if let Some(reference) = schema["$ref"].as_str() {
            let (target, target_document) = self.resolve(reference, document)?;
            return self.value(&target, name, depth, &target_document);
        }
        if let Some(constant) = schema.get("const") {
            return Ok(to_json(constant));
        }
        if let Some(values) = schema["enum"].as_sequence() {
            return Ok(to_json(&values[self.rng.usize(..values.len())]));
        }
        for key in ["oneOf", "anyOf"] {
            if let Some(options) = schema[key].as_sequence() {
                let non_null: Vec<&Value> = options
                    .iter()
                    .filter(|o| o["type"].as_str() != Some("null"))
                    .collect();
                if non_null.len() < options.len() && self.chance(0.25) {
                    return Ok(Json::Null);
                }
                let pick = non_null[self.rng.usize(..non_null.len())].clone();
                return self.value(&pick, name, depth, document);
            }
        }
        if let Some(parts) = schema["allOf"].as_sequence() {
            let mut merged = Map::new();
            for part in parts.clone() {
                if let Json::Object(fields) = self.value(&part, name, depth, document)? {
                    merged.extend(fields);
                }
            }
            return Ok(Json::Object(merged));
        }
        let kind = match &schema["type"] {
            Value::Sequence(kinds) => {
                let non_null: Vec<&str> = kinds
                    .iter()
                    .filter_map(Value::as_str)
                    .filter(|k| *k != "null")
                    .collect();
                if non_null.len() < kinds.len() && self.chance(0.25) {
                    return Ok(Json::Null);
                }
                non_null[self.rng.usize(..non_null.len())].to_string()
            }
            other => other.as_str().unwrap_or_default().to_string(),
        };
        Ok(match kind.as_str() {
            _ if kind == "object" || schema.get("properties").is_some() => {
                self.object(schema, depth, document)?
            }
            "array" if depth > MAX_DEPTH => json!([]),
            "array" => {
                if let Some(prefix) = schema["prefixItems"].as_sequence() {
                    let mut items = Vec::new();
                    for item in prefix.clone() {
                        items.push(self.value(&item, name, depth + 1, document)?);
                    }
                    Json::Array(items)
                } else {
                    let item = schema.get("items").cloned().unwrap_or(Value::Null);
                    let count = self.rng.u32(0..=MAX_ITEMS);
                    let mut items = Vec::new();
                    for _ in 0..count {
                        items.push(self.value(&item, name, depth + 1, document)?);
                    }
                    Json::Array(items)
                }
            }
            "string" => Json::String(self.string(name, schema)),
            "integer" => json!(self.rng.u32(0..=5000)),
            // Terra sends integers where numbers are declared, too.
            "number" if self.chance(0.3) => json!(self.rng.u32(0..=300)),
            "number" => json!(((self.rng.f64() * 5050.0 - 50.0) * 1000.0).round() / 1000.0),
            "boolean" => json!(self.chance(0.5)),
            _ => Json::Null,
        })
    }

    fn object(&mut self, schema: &Value, depth: usize, document: &Value) -> Result<Json, String> {
        let mut out = Map::new();
        let required: Vec<&str> = schema["required"]
            .as_sequence()
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .collect();
        for (property, sub) in schema["properties"].as_mapping().into_iter().flatten() {
            let property = property.as_str().unwrap_or_default();
            if required.contains(&property) || (depth <= MAX_DEPTH && self.chance(0.7)) {
                let value = self.value(sub, property, depth + 1, document)?;
                out.insert(property.to_string(), value);
            }
        }
        // Properties inherited through `allOf` (events extend WebhookEvent).
        for part in schema["allOf"].as_sequence().cloned().unwrap_or_default() {
            let (base, base_document) = match part["$ref"].as_str() {
                Some(reference) => self.resolve(reference, document)?,
                None => (part.clone(), document.clone()),
            };
            if let Json::Object(fields) = self.object(&base, depth, &base_document)? {
                for (key, value) in fields {
                    out.entry(key).or_insert(value);
                }
            }
        }
        let extra = [
            &schema["unevaluatedProperties"],
            &schema["additionalProperties"],
        ]
        .into_iter()
        .find(|e| e.is_mapping())
        .cloned();
        if let Some(extra) = extra {
            for i in 0..self.rng.u32(0..=3) {
                let value = self.value(&extra, "", depth + 1, document)?;
                out.insert(format!("contributor_{i}"), value);
            }
        }
        Ok(Json::Object(out))
    }

    fn string(&mut self, name: &str, schema: &Value) -> String {
        let lowered = name.to_lowercase();
        let day =
            |rng: &mut fastrand::Rng| format!("2024-{:02}-{:02}", rng.u32(1..=12), rng.u32(1..=28));
        if schema["format"].as_str() == Some("date-time")
            || lowered.contains("time")
            || lowered.ends_with("_at")
            || lowered.ends_with("timestamp")
        {
            let date = day(&mut self.rng);
            let clock = format!(
                "{:02}:{:02}:{:02}",
                self.rng.u32(0..24),
                self.rng.u32(0..60),
                self.rng.u32(0..60)
            );
            // Microseconds with an offset, Z, or no offset at all (local time): all occur.
            let micros = self.rng.u32(0..1_000_000);
            let suffix = match self.rng.u32(0..4) {
                0 => format!(".{micros:06}+00:00"),
                1 => format!(".{micros:06}-05:00"),
                2 => "Z".to_string(),
                _ => ".000000".to_string(),
            };
            return format!("{date}T{clock}{suffix}");
        }
        if lowered.ends_with("date") || schema["format"].as_str() == Some("date") {
            return day(&mut self.rng);
        }
        match self.rng.u32(0..5) {
            0 => "a".to_string(),
            1 => "b".to_string(),
            2 => "GARMIN".to_string(),
            3 => "ÿ unicode ✓".to_string(),
            _ => format!("value-{}", self.rng.u32(0..100)),
        }
    }
}

fn to_json(value: &Value) -> Json {
    serde_json::to_value(value).unwrap_or(Json::Null)
}

/// `count` payloads of `schema_file`, one JSON document a line.
fn payloads(dir: &Path, schema_file: &str, seed: &str, count: usize) -> Result<String, String> {
    let mut generator = Generator::new(dir, seed);
    let schema = generator.load(schema_file)?;
    let mut lines = String::new();
    for _ in 0..count {
        let payload = generator.object(&schema, 0, &schema)?;
        lines.push_str(&serde_json::to_string(&payload).map_err(|e| e.to_string())?);
        lines.push('\n');
    }
    Ok(lines)
}

/// Writes every model's and event's corpus file into `out`; returns what it wrote.
pub(crate) fn write(schemas: &Path, out: &Path) -> Result<String, String> {
    let events_dir = out.join("events");
    std::fs::create_dir_all(&events_dir).map_err(|e| format!("{}: {e}", events_dir.display()))?;
    for model in MODELS {
        let lines = payloads(
            schemas,
            &format!("{model}.yaml"),
            &format!("tryterra-corpus-{model}"),
            COUNT,
        )?;
        std::fs::write(out.join(format!("{model}.jsonl")), lines).map_err(|e| e.to_string())?;
    }
    let mut events: Vec<String> = std::fs::read_dir(schemas)
        .map_err(|e| format!("{}: {e}", schemas.display()))?
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|file| {
            file.strip_suffix("Event.yaml")
                .map(|stem| format!("{stem}Event"))
        })
        .collect();
    events.sort();
    for event in &events {
        let lines = payloads(
            schemas,
            &format!("{event}.yaml"),
            &format!("tryterra-corpus-{event}"),
            EVENT_COUNT,
        )?;
        std::fs::write(events_dir.join(format!("{event}.jsonl")), lines)
            .map_err(|e| e.to_string())?;
    }
    Ok(format!(
        "wrote {} x {COUNT} model payloads and {} x {EVENT_COUNT} event payloads to {}",
        MODELS.len(),
        events.len(),
        out.display()
    ))
}
