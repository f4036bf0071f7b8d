//! Rust names from the spec's words. Shared by the build step and `cargo xtask`.

/// `ACTIVE_MINUTES` → `ActiveMinutes`, `open water` → `OpenWater`, `In Vehicle` → `InVehicle`,
/// `2x` → `V2x`: a type or variant name.
pub(super) fn upper_camel(value: &str) -> String {
    let mut name = String::new();
    for word in value
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            name.push(first.to_ascii_uppercase());
            name.extend(chars.map(|c| c.to_ascii_lowercase()));
        }
    }
    if name.starts_with(|c: char| c.is_ascii_digit()) {
        name.insert(0, 'V');
    }
    name
}
