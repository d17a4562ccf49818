//! The adapter over `saphyr-parser`: YAML text → a small [`Node`] tree whose
//! spans are byte ranges of the normalised text.
//!
//! Nothing outside `load` sees the YAML crate. The event loop keeps its own
//! stack (no recursion) and stops at [`MAX_DEPTH`] nested lists and mappings,
//! so every later walk over a tree is bounded by that depth. Anchors, aliases
//! and tags are rejected (an alias is never expanded, so alias bombs cost
//! nothing); a second document, a duplicate key and a syntax error are
//! reported. saphyr's markers count characters; [`Offsets`] turns them into
//! byte offsets so labels land right after Vietnamese letters.

use std::collections::HashMap;

use saphyr_parser::{Event, Parser, ScalarStyle, ScanError};

use super::error;
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::{SourceId, Span};

/// The deepest nesting of lists and mappings a file may have.
pub(crate) const MAX_DEPTH: usize = 64;

/// The most values (scalars, lists, mappings) a file may hold. A real plan
/// has a few hundred; the limit keeps the tree of any input under about
/// 50 MB while a 5 MB plan of plain items still loads.
pub(crate) const MAX_NODES: usize = 200_000;

/// What a [`Node`] holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum NodeKind {
    /// Text, as the parser decoded it (quotes, escapes, folding done).
    Scalar(String, ScalarStyle),
    /// A list.
    Seq(Vec<Node>),
    /// A mapping, entries in the order written (duplicate keys removed).
    Map(Vec<(Node, Node)>),
    /// A value already reported as an error (an alias): skipped silently.
    Invalid,
}

/// A YAML value and where it was written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Node {
    /// The value.
    pub(crate) kind: NodeKind,
    /// The value as written: quotes and `|`/`>` headers included.
    pub(crate) span: Span,
}

impl Node {
    /// The text of a scalar that is not null.
    pub(crate) fn as_str(&self) -> Option<&str> {
        match &self.kind {
            NodeKind::Scalar(s, _) if !self.is_null() => Some(s),
            _ => None,
        }
    }

    /// Whether this is a YAML null: an empty plain value, `~` or `null`.
    pub(crate) fn is_null(&self) -> bool {
        matches!(&self.kind, NodeKind::Scalar(s, ScalarStyle::Plain)
            if matches!(s.as_str(), "" | "~" | "null" | "Null" | "NULL"))
    }

    /// How the value is named in a message: `` `text` ``, "a list", …
    pub(crate) fn found(&self) -> crate::lang::Text {
        use crate::lang::t;
        match &self.kind {
            NodeKind::Scalar(s, _) if s.trim().is_empty() => t("để trống", "nothing"),
            NodeKind::Scalar(s, _) => {
                let quoted = error::quote(s);
                t(quoted.clone(), quoted)
            }
            NodeKind::Seq(_) => t("một danh sách", "a list"),
            NodeKind::Map(_) => t("một nhóm khóa", "a mapping"),
            NodeKind::Invalid => t("một bí danh", "an alias"),
        }
    }
}

/// Character index → byte offset, for one text.
///
/// Keeps the byte offset of every 64th character and walks at most 63
/// characters from there; pure ASCII needs no table at all.
struct Offsets<'t> {
    text: &'t str,
    ascii: bool,
    marks: Vec<usize>,
}

impl<'t> Offsets<'t> {
    const STEP: usize = 64;

    fn new(text: &'t str) -> Self {
        let ascii = text.is_ascii();
        let marks = if ascii {
            Vec::new()
        } else {
            text.char_indices().step_by(Self::STEP).map(|(i, _)| i).collect()
        };
        Self { text, ascii, marks }
    }

    /// The byte offset of character `index` (the end of the text past it).
    fn byte(&self, index: usize) -> usize {
        let len = self.text.len();
        if self.ascii {
            return index.min(len);
        }
        let Some(&base) = self.marks.get(index / Self::STEP) else {
            return len;
        };
        self.text
            .get(base..)
            .and_then(|rest| rest.char_indices().nth(index % Self::STEP))
            .map_or(len, |(i, _)| base + i)
    }
}

/// A list or mapping being built.
enum Frame {
    Seq { start: usize, items: Vec<Node> },
    Map { start: usize, entries: Vec<(Node, Node)>, key: Option<Node> },
}

/// The first anchor (or tag) of a file and how many more there are.
#[derive(Default)]
struct FirstOf {
    first: Option<Span>,
    more: usize,
}

impl FirstOf {
    fn note(&mut self, span: Span) {
        if self.first.is_none() {
            self.first = Some(span);
        } else {
            self.more += 1;
        }
    }
}

/// Reads one YAML document into a tree.
///
/// Every problem goes into `diags`. Returns `None` when there is no tree to
/// look at: a syntax error, nesting deeper than [`MAX_DEPTH`], or no document
/// (an empty file). Anchors, tags, duplicate keys and a second document are
/// reported but the tree of the first document is still returned, so the
/// rest of the file gets checked too.
pub(crate) fn parse(
    text: &str,
    source: SourceId,
    diags: &mut Diagnostics,
) -> Option<Node> {
    // saphyr-parser is not ours: if it ever panics on some input, report
    // that rather than crash (the event loop itself cannot panic).
    // One past the room left, so that a cut list gets its closing note.
    // A slip the reader would misread or blame on the next line is
    // reported on its own line instead; the file is not read further, as
    // after a tab.
    let slips = super::slips::scan(text, source);
    if !slips.is_empty() {
        for diagnostic in slips {
            error::report(diags, diagnostic);
        }
        return None;
    }
    let budget = error::MAX_PROBLEMS.saturating_sub(diags.len()) + 1;
    let caught = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        let mut reader = Reader::new(text, source, budget);
        let root = reader.run();
        (root, reader.diags)
    }));
    let (root, out) = caught.unwrap_or_else(|_| {
        let message =
            "the YAML reader failed on this file (a bug in `plan`; please report it)";
        (None, vec![error::yaml_syntax(Span::new(source, 0, 0), message)])
    });
    for diagnostic in out {
        error::report(diags, diagnostic);
    }
    root
}

/// The state of one parse.
struct Reader<'t> {
    text: &'t str,
    source: SourceId,
    offsets: Offsets<'t>,
    diags: Vec<Diagnostic>,
    /// How many more problems may be recorded (see [`error::MAX_PROBLEMS`]).
    budget: usize,
    /// Byte offsets of line starts, built when a message first needs one.
    lines: Option<Vec<usize>>,
    anchors: FirstOf,
    tags: FirstOf,
}

impl<'t> Reader<'t> {
    fn new(text: &'t str, source: SourceId, budget: usize) -> Self {
        Self {
            text,
            source,
            offsets: Offsets::new(text),
            diags: Vec::new(),
            budget,
            lines: None,
            anchors: FirstOf::default(),
            tags: FirstOf::default(),
        }
    }

    fn push(&mut self, diagnostic: Diagnostic) {
        if self.diags.len() < self.budget {
            self.diags.push(diagnostic);
        }
    }

    /// The 1-based line of a byte offset.
    fn line(&mut self, offset: usize) -> usize {
        let text = self.text;
        let lines = self.lines.get_or_insert_with(|| {
            std::iter::once(0)
                .chain(text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        });
        lines.partition_point(|&start| start <= offset)
    }

    fn char_end(&self, at: usize) -> usize {
        char_end(self.text, at)
    }

    fn span(&self, start: usize, end: usize) -> Span {
        Span::new(self.source, start, end)
    }

    /// The event loop: an explicit stack of open lists and mappings.
    fn run(&mut self) -> Option<Node> {
        let mut parser = Parser::new_from_str(self.text);
        let mut stack: Vec<Frame> = Vec::new();
        let mut root: Option<Node> = None;
        let mut documents = 0usize;
        // Where the previous event ended: a `|`/`>` header lies after it.
        let mut prev_end = 0usize;
        let mut nodes = 0usize;
        while let Some(next) = parser.next_event() {
            let (event, marks) = match next {
                Ok(pair) => pair,
                Err(err) => {
                    self.syntax_error(&err);
                    return None;
                }
            };
            let start = self.offsets.byte(marks.start.index());
            let end = self.offsets.byte(marks.end.index()).max(start);
            if matches!(
                event,
                Event::Scalar(..)
                    | Event::Alias(_)
                    | Event::SequenceStart(..)
                    | Event::MappingStart(..)
            ) {
                nodes += 1;
                if nodes > MAX_NODES {
                    self.push(error::too_many_values(self.span(start, end), MAX_NODES));
                    return None;
                }
            }
            match event {
                Event::StreamEnd => break,
                Event::StreamStart | Event::DocumentEnd | Event::Nothing => {}
                Event::DocumentStart(_) => {
                    documents += 1;
                    if documents > 1 {
                        let line_end = self
                            .text
                            .get(start..)
                            .and_then(|t| t.find('\n'))
                            .map_or(self.text.len(), |n| start + n);
                        let span = self.span(start, line_end.max(end));
                        self.push(error::multiple_documents(span));
                        break;
                    }
                }
                Event::Alias(_) => {
                    let span = self.span(start, end);
                    self.anchors.note(span);
                    add(&mut stack, &mut root, Node { kind: NodeKind::Invalid, span });
                    prev_end = end;
                }
                Event::Scalar(value, style, anchor, tag) => {
                    let (s, e) = self.scalar_extent(style, start, end, prev_end);
                    if anchor > 0 {
                        let at = self.find_token(prev_end, e, '&');
                        self.anchors.note(at.unwrap_or(self.span(s, e)));
                    }
                    if tag.is_some() {
                        let at = self.find_token(prev_end, e, '!');
                        self.tags.note(at.unwrap_or(self.span(s, e)));
                    }
                    if style == ScalarStyle::Plain && value.is_empty() {
                        self.comment_instead_of_text(e);
                    } else if style == ScalarStyle::Plain {
                        self.comment_after_text(e);
                        self.list_item_joined(s, e);
                    }
                    let node = Node {
                        kind: NodeKind::Scalar(value.into_owned(), style),
                        span: self.span(s, e),
                    };
                    add(&mut stack, &mut root, node);
                    prev_end = e;
                }
                Event::SequenceStart(anchor, tag) => {
                    if !self.open(
                        &mut stack,
                        false,
                        (anchor, tag.is_some()),
                        (start, end),
                        prev_end,
                    ) {
                        return None;
                    }
                    prev_end = end;
                }
                Event::MappingStart(anchor, tag) => {
                    if !self.open(
                        &mut stack,
                        true,
                        (anchor, tag.is_some()),
                        (start, end),
                        prev_end,
                    ) {
                        return None;
                    }
                    prev_end = end;
                }
                Event::SequenceEnd | Event::MappingEnd => {
                    let frame = stack.pop()?;
                    // A block collection ends with an empty marker at the next
                    // token, maybe lines away; a flow one ends at its `]`/`}`.
                    let close = if end > start { end } else { 0 };
                    let node = match frame {
                        Frame::Seq { start: s, items } => {
                            let last = items.last().map_or(s, |n| n.span.end);
                            Node {
                                kind: NodeKind::Seq(items),
                                span: self.span(s, last.max(close)),
                            }
                        }
                        Frame::Map { start: s, entries, key } => {
                            let mut last = entries.last().map_or(s, |(_, v)| v.span.end);
                            if let Some(key) = key {
                                // Cannot happen after a clean parse; keep the key visible.
                                last = last.max(key.span.end);
                            }
                            let entries = self.dedupe(entries);
                            Node {
                                kind: NodeKind::Map(entries),
                                span: self.span(s, last.max(close)),
                            }
                        }
                    };
                    prev_end = node.span.end.max(prev_end);
                    add(&mut stack, &mut root, node);
                }
            }
        }
        if let Some(span) = self.anchors.first {
            let alias = self.text.get(span.start..).is_some_and(|t| t.starts_with('*'));
            self.push(error::yaml_anchor(span, self.anchors.more, alias));
        }
        if let Some(span) = self.tags.first {
            self.push(error::yaml_tag(span, self.tags.more));
        }
        match root {
            Some(node) if !(node.is_null() && node.span.is_empty()) => Some(node),
            _ => {
                self.push(error::empty_file(self.span(0, 0)));
                None
            }
        }
    }

    /// Opens a list or mapping; `false` when it is one level too deep.
    fn open(
        &mut self,
        stack: &mut Vec<Frame>,
        is_map: bool,
        (anchor, tagged): (usize, bool),
        (start, end): (usize, usize),
        prev_end: usize,
    ) -> bool {
        if stack.len() >= MAX_DEPTH {
            self.push(error::too_deep(self.span(start, self.char_end(start)), MAX_DEPTH));
            return false;
        }
        if anchor > 0 {
            let at = self.find_token(prev_end, end.max(self.char_end(start)), '&');
            self.anchors.note(at.unwrap_or(self.span(start, end)));
        }
        if tagged {
            let at = self.find_token(prev_end, end.max(self.char_end(start)), '!');
            self.tags.note(at.unwrap_or(self.span(start, end)));
        }
        stack.push(if is_map {
            Frame::Map { start, entries: Vec::new(), key: None }
        } else {
            Frame::Seq { start, items: Vec::new() }
        });
        true
    }

    /// Where a scalar is written, in bytes: quotes and block headers
    /// included, trailing blank lines and comments left out.
    fn scalar_extent(
        &self,
        style: ScalarStyle,
        start: usize,
        end: usize,
        prev_end: usize,
    ) -> (usize, usize) {
        let text = self.text;
        match style {
            ScalarStyle::Plain => (start, end),
            ScalarStyle::SingleQuoted | ScalarStyle::DoubleQuoted => {
                (start, quoted_end(text, start, style).unwrap_or(end))
            }
            ScalarStyle::Literal | ScalarStyle::Folded => {
                let header = block_header(text, prev_end, start).unwrap_or(start);
                let body = text.get(start..end).unwrap_or("");
                let trimmed = body.trim_end_matches([' ', '\t', '\n']);
                (header, (start + trimmed.len()).max(char_end(text, header)))
            }
        }
    }

    /// The span of the first `&name` / `!tag` token between two offsets.
    fn find_token(&self, from: usize, to: usize, mark: char) -> Option<Span> {
        let region = self.text.get(from..to.min(self.text.len()))?;
        let at = from + region.find(mark)?;
        let rest = self.text.get(at..)?;
        let len =
            rest.find([' ', '\t', '\n', ',', '[', ']', '{', '}']).unwrap_or(rest.len());
        Some(self.span(at, at + len))
    }

    /// Turns a scanner error into a diagnostic at its place.
    fn syntax_error(&mut self, err: &ScanError) {
        let at = self.offsets.byte(err.marker().index());
        let info = err.info();
        // "unprintable" holds "tab": test it first.
        if info.contains("unprintable") {
            let end = self.char_end(at);
            let c = self.text.get(at..).and_then(|t| t.chars().next()).unwrap_or('\0');
            self.push(error::control_character(self.span(at, end), c, 0));
        } else if info.contains("tab") {
            // The marker may sit before the tab (at the value it broke) or
            // just after it; the tab is the first one from the marker's line.
            let line_start =
                self.text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |n| n + 1);
            let tab = self
                .text
                .get(line_start..)
                .and_then(|t| t.find('\t'))
                .map(|n| line_start + n);
            let pos = tab.unwrap_or(at);
            self.push(error::tab_indent(self.span(pos, pos + 1)));
        } else if info.contains("recursion limit") {
            self.push(error::too_deep(self.span(at, self.char_end(at)), MAX_DEPTH));
        } else if info.contains("anchor") {
            let end = self.token_end(at);
            let alias = self.text.get(at..).is_some_and(|t| t.starts_with('*'));
            let mut d = error::yaml_anchor(self.span(at, end), 0, alias);
            // `- & Hoàn thành`: text, not an anchor with no name.
            if self
                .text
                .get(at..)
                .is_some_and(|t| t.starts_with("& ") || t.starts_with("&\t"))
            {
                d.help = Some(error::ampersand_text());
            }
            self.push(d);
        } else if (info.contains("escape") || info.contains("hexadecimal"))
            && let Some(escape) = bad_escape(self.text, at)
        {
            // The scanner points at the opening quote; the mistake is the
            // `\` inside: `"Phòng\xã hội"`, `"D:\Hồ sơ"`.
            let typed = self.text.get(escape.clone()).unwrap_or("\\");
            self.push(error::bad_escape(self.span(escape.start, escape.end), typed));
        } else if let Some((open, line_end)) = self.bracketed_start(at) {
            let line = self.text.get(open..line_end).unwrap_or("");
            self.push(error::text_starts_with_bracket(self.span(open, line_end), line));
        } else if let Some((start, spaces)) = self.indented_first_line(at) {
            let line = line_of(self.text, at);
            let span = self.span(start, start + spaces);
            self.push(error::indented_first_line(span, spaces, line));
        } else {
            let end = self.char_end(at);
            let mut d = error::yaml_syntax(self.span(at, end), info);
            // `title: “Văn hóa: nhiệm vụ”`: quoted, but with Word's quotes.
            let line_start =
                self.text.get(..at).and_then(|t| t.rfind('\n')).map_or(0, |n| n + 1);
            if self.text.get(line_start..at).is_some_and(|l| l.contains(['“', '‘'])) {
                d = d.with_help(error::curly_quotes(None));
            }
            self.push(d);
        }
    }

    /// When the file's first line of content is indented (a space copied
    /// in front of it from a chat or an e-mail) and the line of the error at
    /// `at` is indented less: where that first line starts, and its number
    /// of spaces. YAML then reads the first key less indented as out of
    /// place, and the report blamed that line, where nothing is wrong.
    fn indented_first_line(&self, at: usize) -> Option<(usize, usize)> {
        let indent = |line: &str| line.len() - line.trim_start_matches(' ').len();
        let mut start = 0;
        let first = self.text.split_inclusive('\n').find_map(|line| {
            let here = start;
            start += line.len();
            let content = line.trim();
            let skip = content.is_empty() || content.starts_with('#') || content == "---";
            (!skip).then_some((here, indent(line)))
        })?;
        let line_start = self.text.get(..at)?.rfind('\n').map_or(0, |n| n + 1);
        let line = self.text.get(line_start..)?;
        (first.1 > 0 && line_start > first.0 && indent(line) < first.1).then_some(first)
    }

    /// When the line of the error at `at` holds a value that starts with a
    /// `{ … }` or `[ … ]` closed before `at` (`- {kh12} đã triển khai`,
    /// `intro: [Ghi chú] …`), text the clerk meant as words: where the value
    /// starts, and where its line ends.
    fn bracketed_start(&self, at: usize) -> Option<(usize, usize)> {
        let line_start = self.text.get(..at)?.rfind('\n').map_or(0, |n| n + 1);
        let line_end =
            self.text.get(at..)?.find('\n').map_or(self.text.len(), |n| at + n);
        let line = self.text.get(line_start..at)?;
        let mut value = line.trim_start();
        while let Some(rest) = value.strip_prefix("- ") {
            value = rest.trim_start();
        }
        if let Some((key, rest)) = value.split_once(": ")
            && !key.is_empty()
            && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        {
            value = rest.trim_start();
        }
        let close = match value.chars().next()? {
            '{' => '}',
            '[' => ']',
            _ => return None,
        };
        // Closed before the error: the words after it broke the line.
        value.contains(close).then_some((at - value.len(), line_end))
    }

    /// Warns when the plain value that ends at `end` is followed, on its
    /// line, by a comment that reads as text: ` #` then a letter or digit
    /// (`số #3 và tệp`, `#ThanhNien`). YAML drops it silently; a comment
    /// written as comments are (`# ghi chú`, a space after `#`) is left alone.
    fn comment_after_text(&mut self, end: usize) {
        let Some(rest) = self.text.get(end..) else { return };
        // Only the characters right after the value are read, so that a
        // long line of short values stays linear.
        let comment = rest.trim_start_matches([' ', '\t']);
        if comment.len() == rest.len() {
            return;
        }
        let mut chars = comment.chars();
        if chars.next() != Some('#') || !chars.next().is_some_and(char::is_alphanumeric) {
            return;
        }
        let comment = comment[..comment.find('\n').unwrap_or(comment.len())].trim_end();
        let at = end + (rest.len() - rest.trim_start_matches([' ', '\t']).len());
        self.push(error::comment_in_text(self.span(at, at + comment.len()), comment));
    }

    /// Warns when an empty plain value that ends at `end` (the end of its
    /// line) is empty because the text typed there starts with `#` and a
    /// letter or digit (`- #3 nội dung`): YAML read all of it as a comment.
    fn comment_instead_of_text(&mut self, end: usize) {
        // A bounded look back: a long line of empty values stays linear.
        let mut from = end.saturating_sub(240);
        while !self.text.is_char_boundary(from) {
            from += 1;
        }
        let Some(region) = self.text.get(from..end) else { return };
        let start = from + region.rfind('\n').map_or(0, |n| n + 1);
        let Some(line) = self.text.get(start..end) else { return };
        let Some(hash) = line.find(" #").map(|n| n + 1) else { return };
        let before = line[..hash].trim_end();
        if !(before.ends_with('-') || before.ends_with(':')) {
            return;
        }
        let comment = line[hash..].trim_end();
        if comment[1..].chars().next().is_some_and(char::is_alphanumeric) {
            let at = start + hash;
            self.push(error::comment_in_text(self.span(at, at + comment.len()), comment));
        }
    }

    /// Warns when a line of the plain value from `start` to `end` (past its
    /// first) starts with `- ` right after a line that ends a sentence
    /// (`.`, `;`, `!`, `?`): a list item indented deeper than the ones above
    /// it, which YAML joins to the item before (`… nông nghiệp. - Hoàn
    /// thành …`). A line that goes on with `- ` after a word (`kinh tế` /
    /// `- xã hội`) is a wrapped text, and is left alone.
    fn list_item_joined(&mut self, start: usize, end: usize) {
        let Some(value) = self.text.get(start..end) else { return };
        if !value.contains('\n') {
            return;
        }
        let mut offset = start;
        let mut previous: Option<&str> = None;
        for line in value.split_inclusive('\n') {
            let at = offset;
            offset += line.len();
            let text = line.trim();
            if let Some(before) = previous
                && text.starts_with("- ")
                && before.ends_with(['.', ';', '!', '?'])
            {
                let dash = at + (line.len() - line.trim_start().len());
                let line_end = at + line.trim_end().len();
                self.push(error::list_item_joined(self.span(dash, line_end)));
                return;
            }
            if !text.is_empty() {
                previous = Some(text);
            }
        }
    }

    fn token_end(&self, at: usize) -> usize {
        let rest = self.text.get(at..).unwrap_or("");
        at + rest.find([' ', '\t', '\n', ',', ']', '}']).unwrap_or(rest.len())
    }

    /// Removes the second and later uses of a key, reporting each.
    fn dedupe(&mut self, entries: Vec<(Node, Node)>) -> Vec<(Node, Node)> {
        let mut repeats: Vec<(usize, Span, usize)> = Vec::new();
        {
            let mut seen: HashMap<&str, usize> = HashMap::new();
            for (i, (key, _)) in entries.iter().enumerate() {
                let NodeKind::Scalar(name, _) = &key.kind else { continue };
                match seen.get(name.as_str()) {
                    Some(&first) => repeats.push((i, key.span, first)),
                    None => {
                        seen.insert(name, key.span.start);
                    }
                }
            }
        }
        if repeats.is_empty() {
            return entries;
        }
        for &(i, span, first) in &repeats {
            if self.diags.len() >= self.budget {
                break;
            }
            let line = self.line(first);
            let name = entries.get(i).and_then(|(k, _)| k.as_str()).unwrap_or_default();
            let diagnostic = error::duplicate_key(span, name, line);
            self.push(diagnostic);
        }
        entries
            .into_iter()
            .enumerate()
            .filter(|(i, _)| repeats.binary_search_by_key(i, |r| r.0).is_err())
            .map(|(_, e)| e)
            .collect()
    }
}

/// Adds a finished node to the open collection, or makes it the root.
fn add(stack: &mut [Frame], root: &mut Option<Node>, node: Node) {
    match stack.last_mut() {
        None => {
            if root.is_none() {
                *root = Some(node);
            }
        }
        Some(Frame::Seq { items, .. }) => items.push(node),
        Some(Frame::Map { entries, key, .. }) => match key.take() {
            None => *key = Some(node),
            Some(k) => entries.push((k, node)),
        },
    }
}

/// One past the character at byte `at` (`at` itself at the end of the text).
/// The first escape YAML refuses in the double-quoted value whose opening
/// quote is at byte `quote`: the byte range of the `\` and what follows it
/// up to the character that makes it wrong (`\xã`, `\H`, `\u00`).
fn bad_escape(text: &str, quote: usize) -> Option<std::ops::Range<usize>> {
    let body = text.get(quote..)?.strip_prefix('"')?;
    let mut chars = body.char_indices().map(|(i, c)| (quote + 1 + i, c));
    while let Some((at, c)) = chars.next() {
        match c {
            '"' => return None,
            '\\' => {}
            _ => continue,
        }
        let (next_at, next) = chars.next()?;
        let digits = match next {
            '0' | 'a' | 'b' | 't' | '\t' | 'n' | 'v' | 'f' | 'r' | 'e' | ' ' | '"'
            | '/' | '\\' | 'N' | '_' | 'L' | 'P' | '\n' | '\r' => continue,
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => return Some(at..next_at + next.len_utf8()),
        };
        let mut end = next_at + 1;
        let mut value = 0u32;
        for _ in 0..digits {
            match chars.next() {
                Some((i, d)) if d.is_ascii_hexdigit() => {
                    end = i + 1;
                    value = value.saturating_mul(16).saturating_add(d.to_digit(16)?);
                }
                Some((i, d)) => return Some(at..i + d.len_utf8()),
                None => return Some(at..end),
            }
        }
        if char::from_u32(value).is_none() {
            return Some(at..end);
        }
    }
    None
}

fn char_end(text: &str, at: usize) -> usize {
    text.get(at..).and_then(|t| t.chars().next()).map_or(at, |c| at + c.len_utf8())
}

/// The 1-based line of a byte offset.
pub(crate) fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).map_or(1, |t| t.matches('\n').count() + 1)
}

/// One past the closing quote of the quoted scalar that starts at `start`.
fn quoted_end(text: &str, start: usize, style: ScalarStyle) -> Option<usize> {
    let rest = text.get(start..)?;
    let mut chars = rest.char_indices();
    let (_, open) = chars.next()?;
    let mut escaped = false;
    while let Some((i, c)) = chars.next() {
        if style == ScalarStyle::DoubleQuoted {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == open {
                return Some(start + i + 1);
            }
        } else if c == open {
            // `''` is an escaped quote inside single quotes.
            if rest.get(i + 1..).is_some_and(|r| r.starts_with(open)) {
                chars.next();
            } else {
                return Some(start + i + 1);
            }
        }
    }
    None
}

/// The offset of the `|` or `>` that opens a block scalar whose content
/// starts at `content`, looking forward from the end of the previous event.
fn block_header(text: &str, from: usize, content: usize) -> Option<usize> {
    let region = text.get(from..content)?;
    let mut in_comment = false;
    for (i, c) in region.char_indices() {
        match c {
            '\n' => in_comment = false,
            _ if in_comment => {}
            '#' => in_comment = true,
            '|' | '>' => return Some(from + i),
            _ => {}
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::bad_escape;

    /// The escape found, as text, in `line` whose first `"` opens the value.
    fn found(line: &str) -> Option<&str> {
        let quote = line.find('"')?;
        bad_escape(line, quote).map(|r| &line[r])
    }

    #[test]
    fn finds_the_escape_double_quotes_refuse() {
        assert_eq!(found(r#"a: "Phòng\xã hội""#), Some(r"\xã"));
        assert_eq!(found(r#"a: "D:\Hồ sơ""#), Some(r"\H"));
        assert_eq!(found(r#"a: "\unit""#), Some(r"\un"));
        // Valid escapes before it are skipped, an escaped quote included.
        assert_eq!(found(r#"a: "x\n\"\\ \u00e0 \q""#), Some(r"\q"));
        // A code point that is no character.
        assert_eq!(found(r#"a: "\UFFFFFFFF""#), Some(r"\UFFFFFFFF"));
        // None inside the value: nothing is blamed after its closing quote.
        assert_eq!(found(r#"a: "ổn" \x"#), None);
        assert_eq!(found(r#"a: "\x4""#), Some(r#"\x4""#));
    }
}
