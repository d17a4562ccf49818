//! Vietnamese spelling: letters taken apart into shape and tone
//! (`letters`), whether a word can be one syllable (`syllable`), and text
//! typed in the legacy TCVN3 and VNI encodings (`legacy`).
//!
//! Shared by two stages: the loader tells a whole file in a legacy encoding
//! from a UTF-8 one (`load`, `plan::legacy_encoding`), and the text checks
//! judge each word (`proofread`). Pure functions, no I/O and no spans.

pub(crate) mod legacy;
pub(crate) mod letters;
pub(crate) mod syllable;
