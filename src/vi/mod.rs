//! Vietnamese wording: pure functions that build the exact strings a page
//! prints (dates, weekdays, times, periods, numbers, citations, recipients).
//!
//! No I/O, no spans, no knowledge of YAML or Typst, no panics on any input:
//! the resolver checks values and reports errors, these functions only word
//! them. Each function shows its exact output in its doc comment and is
//! table-tested. Rules implemented: `format-rules.md` §1.2 and §2.2 (number,
//! date line, recipient lines), `plan-format.md` "Text", "Meetings".

pub(crate) mod appendix;
pub(crate) mod cite;
pub(crate) mod dates;
pub(crate) mod doc_type;
pub(crate) mod letters;
pub(crate) mod lists;
pub(crate) mod name_case;
pub mod names;
pub(crate) mod number;
pub(crate) mod period;
pub(crate) mod signature;
pub(crate) mod spelling;
pub(crate) mod vowels;
pub mod word_groups;
pub(crate) mod words;

/// Six no-break spaces (U+00A0): the blank left for the office to fill in
/// by hand (a missing day or document number). No-break spaces keep their
/// width where ordinary spaces would collapse.
pub const BLANK: &str = "\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0}";
