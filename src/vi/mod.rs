//! Vietnamese wording: pure functions that build the exact strings a page
//! prints (dates, weekdays, times, periods, numbers, citations, recipients).
//!
//! No I/O, no spans, no knowledge of YAML or Typst. Each function shows its
//! exact output in its doc comment and is table-tested.

pub mod cite;
pub mod dates;
pub mod lists;
pub mod number;
pub mod period;
pub mod words;
