//! From a byte range in a text value to the characters in the YAML that
//! hold it, also inside `|` and `>` blocks (indentation, folded line
//! breaks) and quoted scalars (quotes, escapes).
//!
//! The value's characters are found in the source in order: each visible
//! character is the next equal character of the source; a space or line
//! break the source does not have at that place (a folded line break) is
//! placed where the source goes on. One pass over value and source, made
//! once per value that has a problem.

use std::ops::Range;

use crate::source::Span;

/// Where each character of one value stands in the source.
pub(crate) struct Map {
    /// Source offset (from the value's span start) of each value byte that
    /// starts a character; `None` when the value could not be followed.
    at: Option<Vec<usize>>,
    raw_len: usize,
    span: Span,
    /// The length of the source character at each mapped place.
    lens: Vec<u8>,
}

impl Map {
    /// Follows `value` through `raw`, the source its `span` covers.
    pub(crate) fn new(value: &str, raw: &str, span: Span) -> Self {
        let start = if raw.starts_with(['|', '>']) {
            raw.find('\n').map_or(raw.len(), |i| i + 1)
        } else if raw.starts_with(['"', '\'']) {
            1
        } else {
            0
        };
        let mut at = vec![0; value.len() + 1];
        let mut lens = vec![1; value.len() + 1];
        let mut r = start;
        let mut ok = true;
        for (i, c) in value.char_indices() {
            let tail = raw.get(r..).unwrap_or("");
            if tail.starts_with(c) {
                at[i] = r;
                lens[i] = c.len_utf8() as u8;
                r += c.len_utf8();
            } else if c.is_whitespace() {
                at[i] = r;
                lens[i] = tail.chars().next().map_or(0, |d| d.len_utf8() as u8);
            } else if let Some(k) = tail.find(c) {
                at[i] = r + k;
                lens[i] = c.len_utf8() as u8;
                r += k + c.len_utf8();
            } else {
                ok = false;
                break;
            }
        }
        Self { at: ok.then_some(at), raw_len: raw.len(), span, lens }
    }

    /// The span of `range` (value bytes, on character boundaries); the whole
    /// value's span when the value could not be followed.
    pub(crate) fn span(&self, value: &str, range: Range<usize>) -> Span {
        let Some(at) = &self.at else { return self.span };
        let Some(last) =
            value.get(..range.end).and_then(|v| v.char_indices().next_back())
        else {
            return self.span;
        };
        let first = at[range.start];
        let end =
            (at[last.0] + usize::from(self.lens[last.0])).min(self.raw_len).max(first);
        Span::new(self.span.source, self.span.start + first, self.span.start + end)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::SourceId;

    fn found<'r>(value: &str, raw: &'r str, range: Range<usize>) -> &'r str {
        let span = Span::new(SourceId(0), 0, raw.len());
        let s = Map::new(value, raw, span).span(value, range);
        &raw[s.start..s.end]
    }

    #[test]
    fn follows_folded_blocks_quotes_and_escapes() {
        let raw = ">-\n  Thực hiện (19/5 và\n  lại  nữa";
        let value = "Thực hiện (19/5 và lại  nữa";
        let open = value.find('(').unwrap();
        assert_eq!(found(value, raw, open..open + 1), "(");
        let two = value.find("  ").unwrap();
        assert_eq!(found(value, raw, two..two + 2), "  ");
        let raw = "\"a \\\"b\\\" “c\"";
        let value = "a \"b\" “c";
        let q = value.find('“').unwrap();
        assert_eq!(found(value, raw, q..q + 3), "“");
        assert_eq!(found(value, raw, 2..3), "\"");
    }
}
