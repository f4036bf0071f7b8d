//! `$ref`s that point nowhere, each named by where it is (`paths./userInfo.get.responses.200…`),
//! so a typo in the spec is reported at its place rather than as a generator failure. Shared by
//! the build step and `cargo xtask`.

use serde_norway::Value;

/// One message per unresolved local reference, `"{location}: $ref {target} points nowhere"`.
pub(super) fn dangling(root: &Value) -> Vec<String> {
    let mut found = Vec::new();
    walk(root, root, String::new(), &mut found);
    found
}

/// What a local `$ref` (`#/components/schemas/X`) points to.
pub(super) fn lookup<'a>(root: &'a Value, reference: &str) -> Option<&'a Value> {
    let pointer = reference.strip_prefix("#/")?;
    let mut here = root;
    for part in pointer.split('/') {
        let part = part.replace("~1", "/").replace("~0", "~");
        here = here.get(part.as_str())?;
    }
    Some(here)
}

fn walk(root: &Value, value: &Value, at: String, found: &mut Vec<String>) {
    match value {
        Value::Mapping(map) => {
            for (key, child) in map {
                let key = match key {
                    Value::String(s) => s.clone(),
                    other => serde_norway::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                if key == "$ref"
                    && let Some(target) = child.as_str()
                    && lookup(root, target).is_none()
                {
                    let place = if at.is_empty() {
                        "the document root"
                    } else {
                        at.as_str()
                    };
                    found.push(format!("{place}: $ref `{target}` points nowhere"));
                }
                let next = if at.is_empty() {
                    key
                } else {
                    format!("{at}.{key}")
                };
                walk(root, child, next, found);
            }
        }
        Value::Sequence(items) => {
            for (index, child) in items.iter().enumerate() {
                walk(root, child, format!("{at}[{index}]"), found);
            }
        }
        _ => {}
    }
}
