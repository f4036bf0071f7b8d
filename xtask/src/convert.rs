//! Terra's published OpenAPI 3.1 spec → this crate's 3.0.3 conventions (`openapi/README.md`).
//!
//! Takes facts only (names, types, required lists, value sets); upstream prose is dropped. Our
//! own words and `x-tryterra-*` annotations are carried over from the current document by
//! `carry_over`, and schemas marked `x-tryterra-not-upstream` (our documented additions) are
//! kept whole, so converting again never loses anything of ours.

use serde_norway::{Mapping, Value};

#[path = "../../build/names.rs"]
mod names;
use names::upper_camel;

/// Upstream unions we do not carry: the event union (events are generated from the schemas).
const DROPPED: &[&str] = &["WebhookEventType", "WebhookEvents", "LabReportWebhook"];

/// Data endpoints: inline `{user, data: [Model], type}` becomes `<Model>Collection`, and its
/// union with the acknowledgement `<Model>Response`, decoded by the facade by `to_webhook`.
const DATA_PATHS: &[(&str, &str)] = &[
    ("/activity", "Activity"),
    ("/body", "Body"),
    ("/daily", "Daily"),
    ("/sleep", "Sleep"),
    ("/menstruation", "Menstruation"),
    ("/nutrition", "Nutrition"),
];

const DEFERRED: &str = "crate::call::Deferred";

/// Validation and prose keywords the generator must not see (see the conventions).
const DROP_KEYS: &[&str] = &[
    "$schema",
    "$defs",
    "$id",
    "title",
    "description",
    "examples",
    "example",
    "default",
    "minLength",
    "maxLength",
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "minItems",
    "maxItems",
    "uniqueItems",
    "format",
    "const",
    "unevaluatedProperties",
    "prefixItems",
    "additionalProperties",
    "discriminator",
];

const KEY_ORDER: &[&str] = &[
    "x-tryterra-rust-type",
    "$ref",
    "type",
    "description",
    "required",
    "nullable",
    "deprecated",
    "enum",
    "items",
    "properties",
    "additionalProperties",
    "allOf",
    "oneOf",
    "anyOf",
];

fn s(text: &str) -> Value {
    Value::String(text.to_string())
}

fn map(entries: Vec<(&str, Value)>) -> Value {
    let mut m = Mapping::new();
    for (k, v) in entries {
        m.insert(s(k), v);
    }
    Value::Mapping(m)
}

fn schema_ref(name: &str) -> Value {
    map(vec![("$ref", s(&format!("#/components/schemas/{name}")))])
}

/// The keys in the conventional order, then the rest as they came.
pub(crate) fn ordered(value: Value) -> Value {
    let Value::Mapping(m) = value else {
        return value;
    };
    let mut out = Mapping::new();
    for key in KEY_ORDER {
        if let Some(v) = m.get(*key) {
            out.insert(s(key), v.clone());
        }
    }
    for (k, v) in m {
        if !out.contains_key(&k) {
            out.insert(k, v);
        }
    }
    Value::Mapping(out)
}

fn is_number(v: &Value) -> bool {
    v.is_i64() || v.is_u64() || v.is_f64()
}

fn as_integer(v: &Value) -> Value {
    match v.as_f64() {
        Some(f) if !v.is_i64() && !v.is_u64() => Value::Number((f as i64).into()),
        _ => v.clone(),
    }
}

/// A value set written as `const`s: its JSON type, values and upstream titles.
struct ConstEnum {
    ty: &'static str,
    values: Vec<Value>,
    titles: Vec<Option<String>>,
}

/// `oneOf`/`anyOf` of `const`s as a value set.
fn const_enum(options: &[Value]) -> Option<ConstEnum> {
    if options.is_empty() || !options.iter().all(|o| o.get("const").is_some()) {
        return None;
    }
    let values: Vec<&Value> = options.iter().map(|o| &o["const"]).collect();
    let titles = options
        .iter()
        .map(|o| o["title"].as_str().map(str::to_string))
        .collect();
    if values.iter().all(|v| is_number(v)) {
        let values = values.into_iter().map(as_integer).collect();
        Some(ConstEnum {
            ty: "integer",
            values,
            titles,
        })
    } else if values.iter().all(|v| v.is_string()) {
        let values = values.into_iter().cloned().collect();
        Some(ConstEnum {
            ty: "string",
            values,
            titles,
        })
    } else {
        None
    }
}

struct Context {
    /// Upstream schemas that are only a `$ref` to another: references go to the target.
    aliases: Vec<(String, String)>,
}

impl Context {
    fn resolve(&self, reference: &str) -> String {
        let mut name = reference
            .rsplit('/')
            .next()
            .unwrap_or(reference)
            .to_string();
        let mut hops = 0;
        while let Some((_, target)) = self.aliases.iter().find(|(a, _)| *a == name) {
            name = target.clone();
            hops += 1;
            if hops > 16 {
                break;
            }
        }
        format!("#/components/schemas/{name}")
    }
}

/// One 3.1 schema (recursively) in our 3.0.3 form.
fn conv(schema: &Value, ctx: &Context) -> Value {
    let Some(input) = schema.as_mapping() else {
        return schema.clone();
    };
    if let Some(reference) = schema["$ref"].as_str() {
        return map(vec![("$ref", s(&ctx.resolve(reference)))]);
    }
    let mut out = Mapping::new();
    match &schema["type"] {
        Value::Sequence(types) => {
            let rest: Vec<&Value> = types
                .iter()
                .filter(|t| t.as_str() != Some("null"))
                .collect();
            if let Some(first) = rest.first() {
                out.insert(s("type"), (*first).clone());
            }
            if types.iter().any(|t| t.as_str() == Some("null")) {
                out.insert(s("nullable"), Value::Bool(true));
            }
        }
        Value::Null => {}
        other => {
            out.insert(s("type"), other.clone());
        }
    }
    for key in ["anyOf", "oneOf"] {
        let Some(options) = schema[key].as_sequence() else {
            continue;
        };
        let non_null: Vec<Value> = options
            .iter()
            .filter(|o| o["type"].as_str() != Some("null"))
            .cloned()
            .collect();
        let nullable = non_null.len() < options.len();
        if let Some(ConstEnum { ty, values, titles }) = const_enum(&non_null) {
            out.insert(s("type"), s(ty));
            out.insert(s("enum"), Value::Sequence(values.clone()));
            if ty == "integer" && titles.iter().all(Option::is_some) {
                // Upstream names integer values by title: the variant names' source.
                let mut names = Mapping::new();
                for (value, title) in values.iter().zip(&titles) {
                    names.insert(
                        value.clone(),
                        s(&upper_camel(title.as_deref().unwrap_or(""))),
                    );
                }
                out.insert(s("x-tryterra-upstream-titles"), Value::Mapping(names));
            }
        } else if non_null.len() == 1 {
            let inner = conv(&non_null[0], ctx);
            if inner.get("$ref").is_some() {
                out.insert(s("allOf"), Value::Sequence(vec![inner]));
            } else if let Value::Mapping(inner) = inner {
                out.extend(inner);
            }
        } else {
            let converted = non_null.iter().map(|o| conv(o, ctx)).collect();
            out.insert(s("oneOf"), Value::Sequence(converted));
        }
        if nullable {
            out.insert(s("nullable"), Value::Bool(true));
        }
    }
    if let Some(value) = input.get("const") {
        let ty = if is_number(value) {
            "integer"
        } else {
            "string"
        };
        out.insert(s("type"), s(ty));
        out.insert(s("enum"), Value::Sequence(vec![value.clone()]));
    }
    if let Some(values) = schema["enum"].as_sequence() {
        let values = if values.iter().all(is_number) {
            out.insert(s("type"), s("integer"));
            values.iter().map(as_integer).collect()
        } else {
            values.clone()
        };
        out.insert(s("enum"), Value::Sequence(values));
    }
    if out.get("type").and_then(Value::as_str) == Some("number") && out.contains_key("enum") {
        out.insert(s("type"), s("integer"));
    }
    if let Some(parts) = schema["allOf"].as_sequence() {
        out.insert(
            s("allOf"),
            Value::Sequence(parts.iter().map(|p| conv(p, ctx)).collect()),
        );
    }
    if let Some(items) = input.get("items") {
        out.insert(s("items"), conv(items, ctx));
    }
    if let Some(first) = schema["prefixItems"].as_sequence().and_then(|p| p.first()) {
        // A fixed-length tuple: a plain array (a Rust array fails on any other length).
        out.insert(s("items"), conv(first, ctx));
    }
    if let Some(properties) = schema["properties"].as_mapping() {
        let required: Vec<Value> = schema["required"]
            .as_sequence()
            .cloned()
            .unwrap_or_default();
        let mut props = Mapping::new();
        for (name, property) in properties {
            props.insert(
                name.clone(),
                property_schema(name, property, &required, ctx),
            );
        }
        out.insert(s("type"), s("object"));
        if !required.is_empty() {
            out.insert(s("required"), Value::Sequence(required));
        }
        out.insert(s("properties"), Value::Mapping(props));
    }
    if let Some(map_of) = input
        .get("unevaluatedProperties")
        .filter(|v| v.is_mapping())
    {
        out.insert(s("type"), s("object"));
        out.insert(s("additionalProperties"), conv(map_of, ctx));
        out.remove("properties");
    }
    if let Some(map_of) = input.get("additionalProperties").filter(|v| v.is_mapping()) {
        out.insert(s("additionalProperties"), conv(map_of, ctx));
    }
    if schema["deprecated"].as_bool() == Some(true) {
        out.insert(s("deprecated"), Value::Bool(true));
    }
    let _ = DROP_KEYS; // everything not copied above is dropped, these among them
    ordered(Value::Mapping(out))
}

fn property_schema(name: &Value, property: &Value, required: &[Value], ctx: &Context) -> Value {
    let mut prop = conv(property, ctx);
    let is_required = required.contains(name);
    let name = name.as_str().unwrap_or_default();
    if prop["type"].as_str() == Some("array") && !is_required {
        prop["nullable"] = Value::Bool(true); // Terra sends `null` for absent lists.
    }
    if name.ends_with("_lat_lng_deg") && prop["type"].as_str() == Some("array") {
        // Terra types the pair's members as numbers but documents that either may be null (a
        // position fix without one): a `null` member must decode, as `None`.
        prop["items"]["nullable"] = Value::Bool(true);
        prop["items"] = ordered(std::mem::take(&mut prop["items"]));
    }
    if name == "provider" && prop["type"].as_str() == Some("string") && prop.get("enum").is_none() {
        return if prop["nullable"].as_bool() == Some(true) {
            map(vec![
                ("nullable", Value::Bool(true)),
                ("allOf", Value::Sequence(vec![schema_ref("Provider")])),
            ])
        } else {
            schema_ref("Provider")
        };
    }
    let enum_values: Vec<&str> = prop["enum"]
        .as_sequence()
        .into_iter()
        .flatten()
        .filter_map(Value::as_str)
        .collect();
    let mut sorted = enum_values.clone();
    sorted.sort_unstable();
    if name == "status" && sorted == ["error", "success"] {
        return schema_ref("ResponseStatus");
    }
    if prop["type"].as_str() == Some("string")
        && let Value::Mapping(m) = &mut prop
    {
        // An inline value set Terra controls: kept open as a plain string.
        m.remove("enum");
    }
    ordered(prop)
}

/// The whole upstream document (`v2-bundled.yaml` and the widget's) in our form.
pub(crate) fn convert(v2: &Value, widget: &Value) -> Value {
    let schemas_in = &v2["components"]["schemas"];
    let aliases: Vec<(String, String)> = schemas_in
        .as_mapping()
        .into_iter()
        .flatten()
        .filter_map(|(name, schema)| {
            let m = schema.as_mapping()?;
            (m.len() == 1).then_some(())?;
            let target = schema["$ref"].as_str()?;
            Some((
                name.as_str()?.to_string(),
                target.rsplit('/').next()?.to_string(),
            ))
        })
        .collect();
    let ctx = Context { aliases };
    let mut schemas = Mapping::new();
    schemas.insert(s("Provider"), map(vec![("type", s("string"))]));
    schemas.insert(
        s("ResponseStatus"),
        map(vec![
            ("type", s("string")),
            ("enum", Value::Sequence(vec![s("success"), s("error")])),
        ]),
    );
    schemas.insert(
        s("DateOrTimestamp"),
        map(vec![
            ("x-tryterra-rust-type", s("crate::models::DateOrTimestamp")),
            (
                "oneOf",
                Value::Sequence(vec![
                    map(vec![("type", s("integer"))]),
                    map(vec![("type", s("string"))]),
                ]),
            ),
        ]),
    );
    for (name, schema) in schemas_in.as_mapping().into_iter().flatten() {
        let n = name.as_str().unwrap_or_default();
        if DROPPED.contains(&n) || ctx.aliases.iter().any(|(a, _)| a == n) {
            continue;
        }
        schemas.insert(name.clone(), conv(schema, &ctx));
    }
    schemas.insert(
        s("WidgetSessionParams"),
        conv(
            &widget["components"]["schemas"]["WidgetSessionParams"],
            &ctx,
        ),
    );

    let mut paths = Mapping::new();
    let all_paths = v2["paths"]
        .as_mapping()
        .into_iter()
        .flatten()
        .chain(widget["paths"].as_mapping().into_iter().flatten());
    for (path, item) in all_paths {
        let path_text = path.as_str().unwrap_or_default();
        let mut out_item = Mapping::new();
        if path_text.starts_with("/widget/") {
            out_item.insert(
                s("servers"),
                Value::Sequence(vec![map(vec![("url", s("https://access.tryterra.co"))])]),
            );
        }
        for (verb, operation) in item.as_mapping().into_iter().flatten() {
            if operation.get("responses").is_none() {
                continue;
            }
            // Path-level parameters apply to every operation that does not redefine them.
            let own: Vec<(String, String)> = operation["parameters"]
                .as_sequence()
                .into_iter()
                .flatten()
                .map(param_key)
                .collect();
            let mut parameters: Vec<Value> = item["parameters"]
                .as_sequence()
                .into_iter()
                .flatten()
                .filter(|p| !own.contains(&param_key(p)))
                .cloned()
                .collect();
            parameters.extend(
                operation["parameters"]
                    .as_sequence()
                    .cloned()
                    .unwrap_or_default(),
            );
            let mut operation = operation.clone();
            operation["parameters"] = Value::Sequence(parameters);
            out_item.insert(
                verb.clone(),
                convert_operation(path_text, &operation, &mut schemas, &ctx),
            );
        }
        paths.insert(path.clone(), Value::Mapping(out_item));
    }

    let mut responses = Mapping::new();
    for (name, _) in v2["components"]["responses"]
        .as_mapping()
        .into_iter()
        .flatten()
    {
        // Every error is problem+json (Terra's own `Problem` says so; mixed types make the
        // generator panic).
        responses.insert(
            name.clone(),
            map(vec![(
                "content",
                map(vec![(
                    "application/problem+json",
                    map(vec![("schema", schema_ref("Problem"))]),
                )]),
            )]),
        );
    }
    let mut security_schemes = Mapping::new();
    for (name, scheme) in v2["components"]["securitySchemes"]
        .as_mapping()
        .into_iter()
        .flatten()
    {
        let mut scheme = scheme.clone();
        if let Value::Mapping(m) = &mut scheme {
            m.remove("description");
        }
        security_schemes.insert(name.clone(), scheme);
    }
    map(vec![
        ("openapi", s("3.0.3")),
        (
            "info",
            map(vec![
                ("title", s("Terra API (v2)")),
                ("version", v2["info"]["version"].clone()),
                (
                    "license",
                    map(vec![
                        ("name", s("Apache-2.0")),
                        ("url", s("https://www.apache.org/licenses/LICENSE-2.0")),
                    ]),
                ),
            ]),
        ),
        ("servers", v2["servers"].clone()),
        ("security", v2["security"].clone()),
        ("paths", Value::Mapping(paths)),
        (
            "components",
            map(vec![
                ("securitySchemes", Value::Mapping(security_schemes)),
                ("responses", Value::Mapping(responses)),
                ("schemas", Value::Mapping(schemas)),
            ]),
        ),
    ])
}

fn param_key(p: &Value) -> (String, String) {
    (
        p["name"].as_str().unwrap_or_default().to_string(),
        p["in"].as_str().unwrap_or_default().to_string(),
    )
}

fn convert_operation(path: &str, op: &Value, schemas: &mut Mapping, ctx: &Context) -> Value {
    let id = op["operationId"].as_str().unwrap_or_default();
    let mut out = Mapping::new();
    out.insert(
        s("tags"),
        op.get("tags").cloned().unwrap_or(Value::Sequence(vec![])),
    );
    out.insert(s("operationId"), s(id));
    if let Some(security) = op.get("security") {
        out.insert(s("security"), security.clone()); // `[]`: served without credentials
    }
    let mut params = Vec::new();
    for p in op["parameters"].as_sequence().into_iter().flatten() {
        if p["in"].as_str() == Some("header") {
            continue; // credentials are injected by the client
        }
        let name = p["name"].as_str().unwrap_or_default();
        let mut schema = conv(&p["schema"], ctx);
        if ["start_date", "end_date"].contains(&name) && schema.get("oneOf").is_some() {
            schema = schema_ref("DateOrTimestamp");
        }
        params.push(map(vec![
            ("name", s(name)),
            ("in", p["in"].clone()),
            (
                "required",
                Value::Bool(p["required"].as_bool() == Some(true)),
            ),
            ("schema", schema),
        ]));
    }
    if !params.is_empty() {
        out.insert(s("parameters"), Value::Sequence(params));
    }
    if let Some(body) = op.get("requestBody") {
        let mut content = Mapping::new();
        for (media_type, media) in body["content"].as_mapping().into_iter().flatten() {
            if media_type.as_str() == Some("multipart/form-data") {
                out.insert(s("x-tryterra-not-generated"), Value::Bool(true));
            }
            let mut schema = conv(&media["schema"], ctx);
            if media_type.as_str() == Some("application/json") && schema.get("properties").is_some()
            {
                // Inline request bodies are named after the operation, as responses are.
                let name = format!("{}Request", id.split_once('_').map_or(id, |(_, rest)| rest));
                schemas.insert(s(&name), schema);
                schema = schema_ref(&name);
            }
            content.insert(media_type.clone(), map(vec![("schema", schema)]));
        }
        out.insert(
            s("requestBody"),
            map(vec![
                (
                    "required",
                    Value::Bool(body["required"].as_bool() == Some(true)),
                ),
                ("content", Value::Mapping(content)),
            ]),
        );
    }
    let mut responses = Mapping::new();
    let mut successes = Vec::new();
    for (status, response) in op["responses"].as_mapping().into_iter().flatten() {
        let code = status
            .as_str()
            .map(str::to_string)
            .unwrap_or_else(|| scalar(status));
        if let Some(reference) = response.get("$ref") {
            responses.insert(s(&code), map(vec![("$ref", reference.clone())]));
            continue;
        }
        let mut entry = map(vec![("description", s(status_text(&code)))]);
        if let Some((media_type, media)) = response["content"]
            .as_mapping()
            .and_then(|c| c.iter().next())
        {
            let (media_type, schema) = if code.starts_with('4') || code.starts_with('5') {
                (s("application/problem+json"), schema_ref("Problem"))
            } else {
                (
                    media_type.clone(),
                    response_schema(path, id, &media["schema"], schemas, ctx),
                )
            };
            let mut content = Mapping::new();
            content.insert(media_type, map(vec![("schema", schema)]));
            entry["content"] = Value::Mapping(content);
        }
        if code.starts_with('2') {
            successes.push(code.clone());
        }
        responses.insert(s(&code), entry);
    }
    // The generator supports one success body per operation; the facade decodes the others.
    for code in successes.iter().skip(1) {
        responses[code.as_str()]["x-tryterra-not-generated"] = Value::Bool(true);
    }
    out.insert(s("responses"), Value::Mapping(responses));
    Value::Mapping(out)
}

fn scalar(v: &Value) -> String {
    serde_norway::to_string(v)
        .unwrap_or_default()
        .trim()
        .to_string()
}

fn union(name: &str, members: Vec<Value>, schemas: &mut Mapping) -> Value {
    schemas.insert(
        s(name),
        map(vec![
            ("x-tryterra-rust-type", s(DEFERRED)),
            ("oneOf", Value::Sequence(members)),
        ]),
    );
    schema_ref(name)
}

/// Names inline response schemas and marks the unions the facade decodes by request.
fn response_schema(
    path: &str,
    id: &str,
    schema: &Value,
    schemas: &mut Mapping,
    ctx: &Context,
) -> Value {
    let options = schema["oneOf"].as_sequence().cloned().unwrap_or_default();
    if let Some((_, model)) = DATA_PATHS.iter().find(|(p, _)| *p == path) {
        let inline = options
            .iter()
            .find(|o| o.get("$ref").is_none())
            .cloned()
            .unwrap_or(Value::Null);
        let mut collection = conv(&inline, ctx);
        collection["required"] = Value::Sequence(vec![s("data")]);
        if let Value::Mapping(data) = &mut collection["properties"]["data"] {
            data.remove("nullable");
        }
        let name = format!("{model}Collection");
        schemas.insert(s(&name), ordered(collection));
        return union(
            &format!("{model}Response"),
            vec![schema_ref(&name), schema_ref("DataSentToWebhook")],
            schemas,
        );
    }
    match path {
        "/athlete" => {
            // The key that tells the data from the acknowledgement must be present.
            if let Some(Value::Mapping(athlete)) = schemas.get_mut("AthleteCollection") {
                athlete.insert(s("required"), Value::Sequence(vec![s("athlete")]));
            }
            if let Some(athlete) = schemas.get("AthleteCollection").cloned() {
                schemas.insert(s("AthleteCollection"), ordered(athlete));
            }
            let members = options
                .iter()
                .map(|o| map(vec![("$ref", o["$ref"].clone())]))
                .collect();
            union("AthleteResponse", members, schemas)
        }
        "/subscriptions" => {
            let (mut all_users, mut page) = (conv(&options[0], ctx), conv(&options[1], ctx));
            all_users["required"] = Value::Sequence(vec![s("users")]);
            if let Value::Mapping(users) = &mut all_users["properties"]["users"] {
                users.remove("nullable");
            }
            let mut page_data = page["properties"]["data"].clone();
            page_data["required"] = Value::Sequence(vec![s("next"), s("results")]);
            if let Value::Mapping(results) = &mut page_data["properties"]["results"] {
                results.remove("nullable");
            }
            schemas.insert(s("UsersPageData"), ordered(page_data));
            page["properties"]["data"] = schema_ref("UsersPageData");
            page["required"] = Value::Sequence(vec![s("data")]);
            schemas.insert(s("SubscribedUsers"), ordered(all_users));
            schemas.insert(s("UsersPage"), ordered(page));
            union(
                "UserListResponse",
                vec![schema_ref("SubscribedUsers"), schema_ref("UsersPage")],
                schemas,
            )
        }
        "/userInfo" => {
            let (mut object, array) = (conv(&options[0], ctx), conv(&options[1], ctx));
            schemas.insert(
                s("UserInfoUser"),
                ordered(object["properties"]["user"].clone()),
            );
            object["properties"]["user"] = schema_ref("UserInfoUser");
            object["required"] = Value::Sequence(vec![s("user")]);
            schemas.insert(s("UserInfo"), ordered(object));
            union(
                "UserInfoResponse",
                vec![schema_ref("UserInfo"), array],
                schemas,
            )
        }
        "/integrations" => {
            let mut providers = conv(schema, ctx);
            for name in ["providers", "sdk_providers"] {
                providers["properties"][name]["items"] = schema_ref("Provider");
            }
            schemas.insert(s("ProvidersResponse"), providers);
            schema_ref("ProvidersResponse")
        }
        _ => {
            let converted = conv(schema, ctx);
            if converted["type"].as_str() == Some("object") && converted.get("properties").is_some()
            {
                let name = format!(
                    "{}Response",
                    id.split_once('_').map_or(id, |(_, rest)| rest)
                );
                schemas.insert(s(&name), converted);
                schema_ref(&name)
            } else {
                converted
            }
        }
    }
}

fn status_text(status: &str) -> &'static str {
    match status {
        "200" => "OK",
        "201" => "Created",
        "202" => "Accepted",
        "204" => "No content",
        "207" => "Partly done",
        "400" => "Bad request",
        "401" => "Unauthorized",
        "403" => "Forbidden",
        "404" => "Not found",
        "413" => "Payload too large",
        "424" => "A provider failed",
        _ => "Other",
    }
}
