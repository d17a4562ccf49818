//! Tables and appendices as written (`plan-format.md`,
//! "`table` (on a section or an appendix)", "`appendices` (top level)").
//!
//! Read by `load::table`, which also checks the shape of every row (cell
//! counts, spans, widths) since that needs nothing but the table itself;
//! `resolve` turns the texts into runs.

use super::{NumberingLevel, Section, Text};
use crate::source::{Span, Spanned};

/// How a column aligns its cells: `align`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Align {
    /// `left` (the default).
    #[default]
    Left,
    /// `center`.
    Center,
    /// `right`.
    Right,
}

impl Align {
    /// The YAML values, in order, for suggestions.
    pub const NAMES: [&'static str; 3] = ["left", "center", "right"];

    /// Reads a YAML value.
    pub fn from_name(name: &str) -> Option<Self> {
        match name {
            "left" => Some(Self::Left),
            "center" => Some(Self::Center),
            "right" => Some(Self::Right),
            _ => None,
        }
    }

    /// The YAML value, which is also the view's.
    pub fn name(self) -> &'static str {
        match self {
            Self::Left => "left",
            Self::Center => "center",
            Self::Right => "right",
        }
    }
}

/// `table`: a table printed after a section's items.
#[derive(Debug, Clone)]
pub struct Table {
    /// The whole mapping.
    pub span: Span,
    /// `columns`, left to right.
    pub columns: Vec<Column>,
    /// `number`: the tool numbers the first column 1, 2, 3 …
    pub number: bool,
    /// `rows`, in order.
    pub rows: Vec<Row>,
    /// The characters of the cells' words that are wider than their column
    /// (by an average letter's width), which the layout breaks inside,
    /// letter by letter (`long.typ`): the costliest text to lay out,
    /// counted against `resolve::MAX_LONG_WORD_COST`.
    pub wide_chars: usize,
}

/// One entry of `columns`.
#[derive(Debug, Clone)]
pub struct Column {
    /// `title`: the header text.
    pub title: Text,
    /// `width` in micrometres (`35mm` is 35 000); `None` shares the rest.
    pub width_um: Option<Spanned<u32>>,
    /// `align`; `None` when left out.
    pub align: Option<Align>,
    /// `group`: the header cell above this column and its neighbours.
    pub group: Option<Text>,
}

/// One entry of `rows`.
#[derive(Debug, Clone)]
pub enum Row {
    /// A list of cells.
    Cells {
        /// The whole list.
        span: Span,
        /// The cells, each placed in its column.
        cells: Vec<Cell>,
    },
    /// `{ group: … }`: a full-width bold row.
    Group(Text),
}

/// One cell of a row.
#[derive(Debug, Clone)]
pub struct Cell {
    /// The text (empty for `""` or an empty value).
    pub text: Text,
    /// `rows`: how many rows it spans down (1 when not given).
    pub rows: u32,
    /// Its column, from 0 (the numbering column included), decided by
    /// `load::table` from the cells above.
    pub column: u32,
}

/// One entry of `appendices`.
#[derive(Debug, Clone)]
pub struct Appendix {
    /// The whole mapping.
    pub span: Span,
    /// `landscape`: A4 landscape pages.
    pub landscape: bool,
    /// `header`: repeat the header block on its first page.
    pub header: bool,
    /// `numbering`: the appendix's own patterns; `None` takes the plan's.
    pub numbering: Option<Spanned<Vec<NumberingLevel>>>,
    /// The content: `title` and the body keys of a section.
    pub body: Section,
}
