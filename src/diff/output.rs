//! A [`Report`] as text: for a terminal (coloured or plain) or as Markdown
//! for a review comment.
//!
//! Each change is one line: a sign (`+` added, `-` removed, `~` changed,
//! `>` moved), what changed (`period`, `section 2.1`, `item 3`, `meeting 1`,
//! `recipient 2`, directive `kl01`) and the text. Inside a changed text only
//! the changed words are marked, with a few unchanged words around them:
//! `[-old-]{+new+}` in plain text (as `git diff --word-diff=plain`), red and
//! green on a terminal, `~~old~~` and `**new**` in Markdown.

use super::document::Text;
use super::report::{
    Edit, FieldChange, ItemChange, ListChange, Move, Report, SectionChange,
};
use super::words::{self, Piece};
use crate::lang::Lang;

/// Unchanged words kept on each side of a change inside a long text.
pub(crate) const CONTEXT_WORDS: usize = 6;

/// Words shown of an item that moved unchanged.
const EXCERPT_WORDS: usize = 12;

/// How to write the report.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// Lines for a terminal; `color` adds ANSI colours instead of the
    /// `[-…-]{+…+}` marks.
    Human {
        /// Colour with ANSI escapes.
        color: bool,
    },
    /// A Markdown list, for a review comment.
    Markdown,
}

/// Writes `report` comparing `old_name` with `new_name`, worded in `lang`.
/// An empty report gives an empty string.
pub(crate) fn render(
    report: &Report,
    old_name: &str,
    new_name: &str,
    format: Format,
    lang: Lang,
) -> String {
    if report.is_empty() {
        return String::new();
    }
    let mut out = Out { format, lang, text: String::new() };
    out.title(old_name, new_name);
    out.fields(t("văn bản", "document"), &report.document);
    if !report.sections.is_empty() {
        out.group(t("các mục", "sections"));
        for s in &report.sections {
            out.section(s, 1);
        }
    }
    if !report.appendices.is_empty() {
        out.group(t("phụ lục", "appendices"));
        for s in &report.appendices {
            // "Phụ lục I" names itself: no "mục" before it.
            out.section_as(s, 1, None);
        }
    }
    out.list(t("cuộc họp", "meetings"), t("cuộc họp", "meeting"), &report.meetings);
    out.list(t("nơi nhận", "recipients"), t("nơi nhận", "recipient"), &report.recipients);
    out.fields(t("người ký", "signer"), &report.signer);
    out.fields(t("văn bản chỉ đạo", "directives"), &report.directives);
    out.fields(t("ngày kỷ niệm", "anniversaries"), &report.anniversaries);
    out.text
}

/// A word of the report in both languages.
fn t(vi: &str, en: &str) -> crate::lang::Text {
    crate::lang::t(vi, en)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Sign {
    Added,
    Removed,
    Changed,
    Moved,
    Within,
}

struct Out {
    format: Format,
    lang: Lang,
    text: String,
}

const RED: &str = "\x1b[31m";
const GREEN: &str = "\x1b[32m";
const YELLOW: &str = "\x1b[33m";
const CYAN: &str = "\x1b[36m";
const BOLD: &str = "\x1b[1m";
const RESET: &str = "\x1b[0m";

impl Out {
    fn color(&self) -> bool {
        self.format == Format::Human { color: true }
    }

    fn markdown(&self) -> bool {
        self.format == Format::Markdown
    }

    fn paint(&self, color: &str, text: &str) -> String {
        if self.color() { format!("{color}{text}{RESET}") } else { text.to_owned() }
    }

    /// User text, escaped for Markdown.
    fn user(&self, text: &str) -> String {
        if !self.markdown() {
            return text.to_owned();
        }
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            if matches!(
                c,
                '\\' | '*'
                    | '_'
                    | '~'
                    | '`'
                    | '['
                    | ']'
                    | '<'
                    | '>'
                    | '#'
                    | '|'
                    | '{'
                    | '}'
            ) {
                out.push('\\');
            }
            out.push(c);
        }
        out
    }

    fn title(&mut self, old: &str, new: &str) {
        // File names, which may hold control characters.
        let (old, new) = (crate::diag::visible(old), crate::diag::visible(new));
        let line = if self.markdown() {
            format!(
                "**plan diff** `{}` → `{}`\n",
                old.replace('`', "'"),
                new.replace('`', "'")
            )
        } else {
            format!(
                "{}\n{}\n",
                self.paint(BOLD, &format!("--- {old}")),
                self.paint(BOLD, &format!("+++ {new}"))
            )
        };
        self.text.push_str(&line);
    }

    fn group(&mut self, name: crate::lang::Text) {
        let name = name.get(self.lang);
        let line = if self.markdown() {
            format!("\n#### {name}\n\n")
        } else {
            format!("{}\n", self.paint(BOLD, name))
        };
        self.text.push_str(&line);
    }

    /// One entry at `depth` (1 = directly under a group).
    fn line(&mut self, depth: usize, sign: Sign, label: &str, body: &str) {
        let line = if self.markdown() {
            let word = match sign {
                Sign::Added => t("thêm", "added"),
                Sign::Removed => t("bỏ", "removed"),
                Sign::Changed => t("sửa", "changed"),
                Sign::Moved => t("chuyển", "moved"),
                Sign::Within => t("", ""),
            };
            let word = word.get(self.lang);
            let indent = "  ".repeat(depth - 1);
            let sep = if body.is_empty() { "" } else { ": " };
            if sign == Sign::Within {
                format!("{indent}- {label}{sep}{body}\n")
            } else {
                format!("{indent}- **{word}** {label}{sep}{body}\n")
            }
        } else {
            let (mark, color) = match sign {
                Sign::Added => ("+", GREEN),
                Sign::Removed => ("-", RED),
                Sign::Changed => ("~", YELLOW),
                Sign::Moved => (">", CYAN),
                Sign::Within => (" ", ""),
            };
            let indent = "    ".repeat(depth - 1);
            let sep = if body.is_empty() { "" } else { ": " };
            let head = self.paint(color, &format!("{mark} {label}"));
            let head = if color.is_empty() { format!("{mark} {label}") } else { head };
            format!("  {indent}{head}{sep}{body}\n")
        };
        self.text.push_str(&line);
    }

    fn fields(&mut self, group: crate::lang::Text, fields: &[FieldChange]) {
        if fields.is_empty() {
            return;
        }
        self.group(group);
        for f in fields {
            self.field(1, f);
        }
    }

    fn field(&mut self, depth: usize, f: &FieldChange) {
        let label = if self.markdown() { format!("`{}`", f.key) } else { f.key.clone() };
        let (sign, body) = self.edit(&f.edit);
        self.line(depth, sign, &label, &body);
    }

    /// The sign and text of an edit: the whole text when added or removed,
    /// the changed words otherwise.
    fn edit(&self, edit: &Edit) -> (Sign, String) {
        match edit {
            Edit::Added(t) => (Sign::Added, self.whole(t, GREEN)),
            Edit::Removed(t) => (Sign::Removed, self.whole(t, RED)),
            Edit::Same(t) => (Sign::Within, self.user(&t.plain)),
            Edit::Changed(old, new) => (Sign::Changed, self.changed(old, new)),
        }
    }

    fn whole(&self, text: &Text, color: &str) -> String {
        self.paint(color, &self.user(&text.plain))
    }

    /// The word diff of two texts; short values as "old → new"; a change of
    /// bold or italic only is shown on the marked texts.
    fn changed(&self, old: &Text, new: &Text) -> String {
        let (a, b, note) = if old.plain == new.plain {
            (
                old.marked.as_str(),
                new.marked.as_str(),
                match self.lang {
                    Lang::Vi => " (đậm/nghiêng)",
                    Lang::En => " (bold/italic)",
                },
            )
        } else {
            (old.plain.as_str(), new.plain.as_str(), "")
        };
        let short = |s: &str| s.split_whitespace().count() <= 3;
        if short(a) && short(b) {
            let (a, b) = (self.deleted(a), self.inserted(b));
            return format!("{a} → {b}{note}");
        }
        let pieces = words::elide(words::diff(a, b), CONTEXT_WORDS);
        format!("{}{note}", self.pieces(&pieces))
    }

    fn deleted(&self, text: &str) -> String {
        match self.format {
            Format::Markdown => format!("~~{}~~", self.user(text)),
            Format::Human { color: true } => self.paint(RED, text),
            Format::Human { color: false } => format!("[-{text}-]"),
        }
    }

    fn inserted(&self, text: &str) -> String {
        match self.format {
            Format::Markdown => format!("**{}**", self.user(text)),
            Format::Human { color: true } => self.paint(GREEN, text),
            Format::Human { color: false } => format!("{{+{text}+}}"),
        }
    }

    fn pieces(&self, pieces: &[Piece]) -> String {
        let mut parts: Vec<String> = Vec::new();
        for piece in pieces {
            match piece {
                Piece::Same(ws) => parts.push(self.user(&ws.join(" "))),
                Piece::Elided => parts.push("…".to_owned()),
                Piece::Change { old, new } => {
                    let mut part = Vec::new();
                    if !old.is_empty() {
                        part.push(self.deleted(&old.join(" ")));
                    }
                    if !new.is_empty() {
                        part.push(self.inserted(&new.join(" ")));
                    }
                    // The plain marks read as one unit; colours and Markdown
                    // need a space between the old and the new words.
                    let glue = if self.format == (Format::Human { color: false }) {
                        ""
                    } else {
                        " "
                    };
                    parts.push(part.join(glue));
                }
            }
        }
        parts.join(" ")
    }

    fn excerpt(&self, text: &Text) -> String {
        let ws: Vec<&str> = text.plain.split_whitespace().collect();
        if ws.len() <= EXCERPT_WORDS {
            self.user(&text.plain)
        } else {
            format!("{} …", self.user(&ws[..EXCERPT_WORDS].join(" ")))
        }
    }

    fn item(&mut self, depth: usize, noun: &crate::lang::Text, item: &ItemChange) {
        let noun = noun.get(self.lang);
        let vi = self.lang == Lang::Vi;
        let number =
            |i: Option<usize>| i.map_or_else(|| "?".to_owned(), |i| (i + 1).to_string());
        let Some(moved) = &item.moved else {
            let (sign, body) = self.edit(&item.edit);
            let at = if sign == Sign::Removed { item.old } else { item.new };
            self.line(depth, sign, &format!("{noun} {}", number(at)), &body);
            return;
        };
        let from = match moved {
            Move::Within if vi => format!("trước là {}", number(item.old)),
            Move::Within => format!("was {}", number(item.old)),
            Move::From(section) if vi => {
                format!("từ mục {}, {noun} {}", self.user(section), number(item.old))
            }
            Move::From(section) => {
                format!(
                    "from section {}, {noun} {}",
                    self.user(section),
                    number(item.old)
                )
            }
        };
        let body = match &item.edit {
            Edit::Changed(old, new) => self.changed(old, new),
            other => self.excerpt(other.text()),
        };
        let changed = match (matches!(item.edit, Edit::Changed(..)), vi) {
            (false, _) => "",
            (true, true) => ", có sửa",
            (true, false) => ", changed",
        };
        self.line(
            depth,
            Sign::Moved,
            &format!("{noun} {} ({from}{changed})", number(item.new)),
            &body,
        );
    }

    fn list(
        &mut self,
        group: crate::lang::Text,
        noun: crate::lang::Text,
        list: &ListChange,
    ) {
        if list.is_empty() {
            return;
        }
        self.group(group);
        for f in &list.fields {
            self.field(1, f);
        }
        for item in &list.items {
            self.item(1, &noun, item);
        }
    }

    fn section(&mut self, s: &SectionChange, depth: usize) {
        let noun = t("mục", "section");
        self.section_as(s, depth, Some(&noun));
    }

    /// A section named "`noun` `number`" ("mục 2.1"), or by its number
    /// alone when `noun` is `None` ("Phụ lục I").
    fn section_as(
        &mut self,
        s: &SectionChange,
        depth: usize,
        noun: Option<&crate::lang::Text>,
    ) {
        let vi = self.lang == Lang::Vi;
        let number = match (&s.old_number, &s.new_number) {
            (Some(old), Some(new)) if old != new && vi => {
                format!("{new} (trước là {old})")
            }
            (Some(old), Some(new)) if old != new => format!("{new} (was {old})"),
            (_, Some(new)) => new.clone(),
            (Some(old), None) => old.clone(),
            (None, None) => "?".to_owned(),
        };
        let name = match noun {
            Some(noun) => format!("{} {number}", noun.get(self.lang)),
            None => number,
        };
        let (sign, label, body) = match &s.title {
            Edit::Changed(old, new) => (
                Sign::Changed,
                if vi {
                    format!("{name} (đổi tên)")
                } else {
                    format!("{name} (renamed)")
                },
                self.changed(old, new),
            ),
            Edit::Same(t) if s.moved => (Sign::Moved, name, self.user(&t.plain)),
            other => {
                let (sign, body) = self.edit(other);
                (sign, name, body)
            }
        };
        self.line(depth, sign, &label, &body);
        for f in &s.fields {
            self.field(depth + 1, f);
        }
        for item in &s.items {
            self.item(depth + 1, &t("ý", "item"), item);
        }
        for row in &s.rows {
            self.item(depth + 1, &t("hàng", "row"), row);
        }
        for sub in &s.sections {
            self.section(sub, depth + 1);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Text {
        Text::plain(s)
    }

    fn report() -> Report {
        Report {
            document: vec![FieldChange {
                key: "period".into(),
                edit: Edit::Changed(t("2024-05"), t("2024-06")),
            }],
            sections: vec![SectionChange {
                old_number: Some("1".into()),
                new_number: Some("1".into()),
                title: Edit::Same(t("Công tác xây dựng Đảng")),
                moved: false,
                fields: vec![],
                items: vec![ItemChange {
                    old: Some(2),
                    new: Some(2),
                    edit: Edit::Changed(
                        t("Chỉ đạo đơn đốc tham gia thi chính luận"),
                        t("Chỉ đạo đôn đốc tham gia thi chính luận"),
                    ),
                    moved: None,
                }],
                rows: vec![],
                sections: vec![],
            }],
            ..Report::default()
        }
    }

    #[test]
    fn plain_marks_changed_words() {
        let text = render(
            &report(),
            "a.yaml",
            "b.yaml",
            Format::Human { color: false },
            Lang::En,
        );
        assert_eq!(
            text,
            "--- a.yaml\n+++ b.yaml\ndocument\n  ~ period: [-2024-05-] → {+2024-06+}\n\
             sections\n    section 1: Công tác xây dựng Đảng\n      \
             ~ item 3: Chỉ đạo [-đơn-]{+đôn+} đốc tham gia thi chính luận\n"
        );
    }

    #[test]
    fn colour_uses_escapes_only_when_asked() {
        let plain = render(&report(), "a", "b", Format::Human { color: false }, Lang::En);
        assert!(!plain.contains('\x1b'));
        let color = render(&report(), "a", "b", Format::Human { color: true }, Lang::En);
        assert!(color.contains("\x1b[31mđơn\x1b[0m \x1b[32mđôn\x1b[0m"), "{color}");
    }

    #[test]
    fn markdown_strikes_and_bolds() {
        let md = render(&report(), "a", "b", Format::Markdown, Lang::En);
        assert!(md.contains("- **changed** `period`: ~~2024-05~~ → **2024-06**"), "{md}");
        assert!(
            md.contains("  - **changed** item 3: Chỉ đạo ~~đơn~~ **đôn** đốc"),
            "{md}"
        );
    }

    #[test]
    fn markdown_escapes_user_text() {
        let out = Out { format: Format::Markdown, lang: Lang::En, text: String::new() };
        assert_eq!(out.user("a*b_[c]"), "a\\*b\\_\\[c\\]");
    }

    #[test]
    fn nothing_for_an_empty_report() {
        assert_eq!(render(&Report::default(), "a", "b", Format::Markdown, Lang::En), "");
    }
}
