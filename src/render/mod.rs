//! View → Typst document, with the embedded compiler.
