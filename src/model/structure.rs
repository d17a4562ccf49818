//! The body's structure as written: number patterns, heading looks and
//! modes, nested items (`plan-format.md`, "Body structure").
//!
//! Only the closed sets and their YAML names live here; what a pattern
//! prints is `numbering`'s job.

use crate::source::{Span, Spanned};

use super::{ListStyle, Text};

/// How one level of sections is numbered: `numbering` entries, written as
/// the first number of the level would print.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pattern {
    /// `I.` / `I-`: "I.", "II.", "III." … or "I-", "II-" … (the Party's
    /// "I- NHIỆM VỤ TRỌNG TÂM", `format-rules.md` §1.4); the mark after the
    /// number.
    Roman(char),
    /// `1.` / `1-`: "1.", "2." … or "1-", "2-" …; the mark after the number.
    Arabic(char),
    /// `1.1.` / `1.1-`: the parent's number, then the own: "2.1.", "2.1-".
    Nested(char),
    /// `1.1.1.`: grandparent, parent and own numbers: "2.3.1." (levels 3, 4);
    /// under a parent of three numbers, its whole number and the own.
    Nested3,
    /// `a)` / `a-`: "a)", "b)" … in the Vietnamese letter order.
    Letter(char),
    /// `A.`: "A.", "B." … in the same order.
    UpperLetter,
    /// `-`, `+`, `*`: a mark, no number.
    Mark(char),
    /// `none`: no number.
    None,
}

impl Pattern {
    /// The YAML values, in order, for messages and the schema.
    pub const NAMES: [&'static str; 14] = [
        "I.", "I-", "1.", "1-", "1.1.", "1.1-", "1.1.1.", "a)", "a-", "A.", "-", "+",
        "*", "none",
    ];

    /// The YAML value: the inverse of [`Pattern::from_name`].
    pub fn name(self) -> &'static str {
        match self {
            Self::Roman('-') => "I-",
            Self::Roman(_) => "I.",
            Self::Arabic('-') => "1-",
            Self::Arabic(_) => "1.",
            Self::Nested('-') => "1.1-",
            Self::Nested(_) => "1.1.",
            Self::Nested3 => "1.1.1.",
            Self::Letter('-') => "a-",
            Self::Letter(_) => "a)",
            Self::UpperLetter => "A.",
            Self::Mark('+') => "+",
            Self::Mark('*') => "*",
            Self::Mark(_) => "-",
            Self::None => "none",
        }
    }

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "I." => Self::Roman('.'),
            "I-" => Self::Roman('-'),
            "1." => Self::Arabic('.'),
            "1-" => Self::Arabic('-'),
            "1.1." => Self::Nested('.'),
            "1.1-" => Self::Nested('-'),
            "1.1.1." => Self::Nested3,
            "a)" => Self::Letter(')'),
            "a-" => Self::Letter('-'),
            "A." => Self::UpperLetter,
            "-" => Self::Mark('-'),
            "+" => Self::Mark('+'),
            "*" => Self::Mark('*'),
            "none" => Self::None,
            _ => return None,
        })
    }
}

/// The look of a heading: `numbering` entries' `look`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Look {
    /// `bold`.
    Bold,
    /// `italic`.
    Italic,
    /// `bold-italic`.
    BoldItalic,
    /// `regular`.
    Regular,
    /// `upper-bold`: bold, the title in upper case.
    UpperBold,
}

impl Look {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 5] =
        ["bold", "italic", "bold-italic", "regular", "upper-bold"];

    /// The YAML value: the inverse of [`Look::from_name`].
    pub fn name(self) -> &'static str {
        match self {
            Self::Bold => "bold",
            Self::Italic => "italic",
            Self::BoldItalic => "bold-italic",
            Self::Regular => "regular",
            Self::UpperBold => "upper-bold",
        }
    }

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        Some(match name {
            "bold" => Self::Bold,
            "italic" => Self::Italic,
            "bold-italic" => Self::BoldItalic,
            "regular" => Self::Regular,
            "upper-bold" => Self::UpperBold,
            _ => return None,
        })
    }
}

/// One entry of `numbering`: a pattern, and a look when it is not the
/// pattern's own.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NumberingLevel {
    /// The pattern.
    pub pattern: Spanned<Pattern>,
    /// `look`, when given.
    pub look: Option<Spanned<Look>>,
}

/// `heading` on a section: where its title prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum HeadingMode {
    /// `own-line`: the title is a paragraph of its own.
    OwnLine,
    /// `run-in`: the title, then the first `intro` paragraph on its line.
    RunIn,
}

impl HeadingMode {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 2] = ["own-line", "run-in"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "own-line" => Some(Self::OwnLine),
            "run-in" => Some(Self::RunIn),
            _ => None,
        }
    }
}

/// One entry of `items`: a text, or `{ text, items, list }`.
#[derive(Debug, Clone)]
pub struct Item {
    /// The whole entry.
    pub span: Span,
    /// The text (the entry itself when it is a text).
    pub text: Text,
    /// `list` of the nested items; `None` takes the default of the level.
    pub list: Option<Spanned<ListStyle>>,
    /// `items`: printed right after the text, one list level deeper.
    pub items: Vec<Item>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_read_back_as_the_same_value() {
        for name in Pattern::NAMES {
            let pattern = Pattern::from_name(name).expect("a pattern");
            assert_eq!(pattern.name(), name);
        }
        for name in Look::NAMES {
            assert_eq!(Look::from_name(name).expect("a look").name(), name);
        }
    }
}
