//! The JSON path of a position in a body (`data[0].metadata.type`), found by scanning the text
//! up to where serde_json stopped.
//!
//! A decode error must name where the body is wrong. Tracking the path while decoding (as
//! `serde_path_to_error` does) would compile every response type's `Deserialize` a second time,
//! for the error path only; this scan is one small non-generic function instead.

/// How the scan reached a value: an object key or an array index.
enum Segment {
    Key(String),
    Index(usize),
}

/// An open object or array, the segment that led to it, and the element being read in it.
struct Frame {
    reached_by: Option<Segment>,
    current: Option<Segment>,
    is_array: bool,
}

/// The segments of the path to the value at byte `offset` of `body`, outermost first: the
/// containers open there, and the element each is reading.
pub(crate) fn segments_at(body: &[u8], offset: usize) -> Vec<PathSegment<'_>> {
    let end = offset.min(body.len());
    let mut stack: Vec<Frame> = Vec::new();
    let mut i = 0;
    let mut expect_key = false;
    while i < end {
        match body[i] {
            b'{' | b'[' => {
                let is_array = body[i] == b'[';
                let reached_by = stack.last_mut().and_then(|f| {
                    if f.is_array {
                        let next = match f.current {
                            Some(Segment::Index(n)) => n + 1,
                            _ => 0,
                        };
                        f.current = Some(Segment::Index(next));
                    }
                    f.current.as_ref().map(Segment::clone_shallow)
                });
                stack.push(Frame {
                    reached_by,
                    current: None,
                    is_array,
                });
                expect_key = !is_array;
                i += 1;
            }
            b'}' | b']' => {
                let closed = stack.pop();
                i += 1;
                if i >= end {
                    // Stopped at the end of this container: the error is about it as a whole.
                    if let (Some(closed), Some(parent)) = (closed, stack.last_mut()) {
                        parent.current = closed.reached_by;
                    } else {
                        return Vec::new();
                    }
                }
                expect_key = false;
            }
            b',' => {
                expect_key = stack.last().is_some_and(|f| !f.is_array);
                i += 1;
            }
            b'"' => {
                let (text, next) = string(body, i, end);
                if expect_key && let Some(frame) = stack.last_mut() {
                    frame.current = Some(Segment::Key(text));
                    expect_key = false;
                } else {
                    start_element(&mut stack);
                }
                i = next;
            }
            b':' | b' ' | b'\t' | b'\n' | b'\r' => i += 1,
            _ => {
                // A number or literal.
                start_element(&mut stack);
                while i < end
                    && !matches!(body[i], b',' | b'}' | b']' | b' ' | b'\t' | b'\n' | b'\r')
                {
                    i += 1;
                }
            }
        }
    }
    // serde_json reports some errors (an array where a number belongs) before reading the
    // value: if the next value starts an array element, the path names that element.
    let next = body[end..]
        .iter()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    let previous = body[..end]
        .iter()
        .rev()
        .find(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\r'));
    if matches!(previous, Some(b'[' | b','))
        && next.is_some_and(|b| !matches!(b, b']' | b'}' | b','))
    {
        start_element(&mut stack);
    }
    let mut segments = Vec::new();
    for frame in &stack {
        if let Some(segment) = &frame.reached_by {
            segments.push(PathSegment::from(segment));
        }
    }
    if let Some(current) = stack.last().and_then(|f| f.current.as_ref()) {
        segments.push(PathSegment::from(current));
    }
    segments
}

/// A value that is not a container started in the innermost array: the next index.
fn start_element(stack: &mut [Frame]) {
    if let Some(frame) = stack.last_mut()
        && frame.is_array
    {
        let next = match frame.current {
            Some(Segment::Index(n)) => n + 1,
            _ => 0,
        };
        frame.current = Some(Segment::Index(next));
    }
}

/// The string starting at `start` (its opening quote), unescaped for the common escapes, and
/// the index after its closing quote.
fn string(body: &[u8], start: usize, end: usize) -> (String, usize) {
    let mut text = Vec::new();
    let mut i = start + 1;
    while i < end {
        match body[i] {
            b'"' => return (String::from_utf8_lossy(&text).into_owned(), i + 1),
            b'\\' if i + 1 < end => {
                text.push(match body[i + 1] {
                    b'n' => b'\n',
                    b't' => b'\t',
                    other => other,
                });
                i += 2;
            }
            byte => {
                text.push(byte);
                i += 1;
            }
        }
    }
    (String::from_utf8_lossy(&text).into_owned(), end)
}

impl Segment {
    fn clone_shallow(&self) -> Segment {
        match self {
            Segment::Key(k) => Segment::Key(k.clone()),
            Segment::Index(n) => Segment::Index(*n),
        }
    }
}

/// One step of a path: an object key or an array index.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum PathSegment<'a> {
    Key(std::borrow::Cow<'a, str>),
    Index(usize),
}

impl From<&Segment> for PathSegment<'_> {
    fn from(segment: &Segment) -> Self {
        match segment {
            Segment::Key(k) => PathSegment::Key(k.clone().into()),
            Segment::Index(n) => PathSegment::Index(*n),
        }
    }
}

/// The byte offset of serde_json's 1-based `line` and `column` in `body`.
pub(crate) fn offset(body: &[u8], line: usize, column: usize) -> usize {
    let mut start = 0;
    for _ in 1..line {
        match body[start..].iter().position(|&b| b == b'\n') {
            Some(newline) => start += newline + 1,
            None => return body.len(),
        }
    }
    (start + column).min(body.len())
}

/// The 1-based line and column of the byte at `offset` in `body`.
pub(crate) fn line_column(body: &[u8], offset: usize) -> (usize, usize) {
    let before = &body[..offset.min(body.len())];
    let line_start = before
        .iter()
        .rposition(|&b| b == b'\n')
        .map_or(0, |n| n + 1);
    let line = 1 + before.iter().filter(|&&b| b == b'\n').count();
    (line, 1 + before.len() - line_start)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_and_column_of_a_byte() {
        let body = b"{\n  \"a\": 1,\n  \"b\": 2\n}";
        assert_eq!(line_column(body, 0), (1, 1));
        let b = body.iter().position(|&c| c == b'b').unwrap();
        assert_eq!(line_column(body, b), (3, 4));
        assert_eq!(line_column(body, body.len() + 5), (4, 2));
    }

    /// The path serde_json's error in decoding `body` as `T` points at, as text.
    fn path_of<T: serde::de::DeserializeOwned + std::fmt::Debug>(body: &str) -> String {
        let error = serde_json::from_str::<T>(body).unwrap_err();
        let offset = offset(body.as_bytes(), error.line(), error.column());
        let parts: Vec<String> = segments_at(body.as_bytes(), offset)
            .into_iter()
            .map(|s| match s {
                PathSegment::Key(k) => format!(".{k}"),
                PathSegment::Index(n) => format!("[{n}]"),
            })
            .collect();
        parts.concat()
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct User {
        id: String,
        active: Option<bool>,
    }

    #[derive(Debug, serde::Deserialize)]
    #[allow(dead_code)]
    struct Users {
        users: Vec<User>,
        tags: Option<std::collections::BTreeMap<String, Vec<u8>>>,
    }

    #[test]
    fn a_wrong_value_is_named_by_its_key_and_index() {
        let body = r#"{"users": [{"id": "a"}, {"id": "b", "active": "yes"}]}"#;
        assert_eq!(path_of::<Users>(body), ".users[1].active");
    }

    #[test]
    fn a_missing_field_is_named_by_its_object() {
        let body = r#"{"users": [{"id": "a"}, {"active": true}]}"#;
        assert_eq!(path_of::<Users>(body), ".users[1]");
        assert_eq!(path_of::<Users>(r#"{"tags": null}"#), "");
    }

    #[test]
    fn nested_arrays_maps_escapes_and_whitespace() {
        let body = "{\n  \"users\": [],\n  \"tags\": {\"a\\\"b\": [1, 2, 300]}\n}";
        assert_eq!(path_of::<Users>(body), ".tags.a\"b[2]");
        let body = r#"{"users": [{"id": "x", "active": null}], "tags": {"k": [1, [2]]}}"#;
        assert_eq!(path_of::<Users>(body), ".tags.k[1]");
    }

    #[test]
    fn truncated_bodies_point_where_they_stop() {
        assert_eq!(
            path_of::<Users>(r#"{"users": [{"id": "a"}, {"id": "#),
            ".users[1].id"
        );
        assert_eq!(path_of::<Users>(""), "");
    }

    proptest::proptest! {
        /// Any bytes and any position: a path or none, never a panic.
        #[test]
        fn hostile_bodies_never_panic(body in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..300), line in 0usize..20, column in 0usize..400) {
            let at = offset(&body, line, column);
            let _ = segments_at(&body, at);
        }
    }
}
