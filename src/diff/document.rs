//! What `plan diff` compares: a plan's content in its own terms, every
//! reference resolved and every text as printed.

use crate::Stages;
use crate::model::{HeadingMode, Pattern};
use crate::numbering::{self, Number, Numbering};
use crate::plaintext::runs_line;
use crate::resolve::{ResolvedItem, ResolvedRow, ResolvedSection, ResolvedTable};
use crate::vi;
use crate::vi::cite::CiteForm;
use crate::view::{Role, Run};

/// A text as printed, with and without its bold and italic.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Text {
    /// The characters, on one line.
    pub plain: String,
    /// The same with `**bold**` and `*italic*` marks: two texts are equal
    /// when these are.
    pub marked: String,
}

impl Text {
    /// A text without bold or italic.
    pub(crate) fn plain(text: impl Into<String>) -> Self {
        let plain = runs_line(&[Run::plain(text)]);
        Self { marked: plain.clone(), plain }
    }

    /// The text of `runs`.
    pub(crate) fn of_runs(runs: &[Run]) -> Self {
        let marked: Vec<Run> = runs
            .iter()
            .map(|r| {
                let mark = match (r.strong, r.emph) {
                    (true, true) => "***",
                    (true, false) => "**",
                    (false, true) => "*",
                    (false, false) => "",
                };
                let mut text = format!("{mark}{}{mark}", r.text);
                if let Some(note) = &r.footnote {
                    text.insert_str(0, &format!("^[{}]", Self::of_runs(note).marked));
                }
                Run::plain(text)
            })
            .collect();
        Self { plain: runs_line(runs), marked: runs_line(&marked) }
    }
}

/// A named value: `period`, `signer.name`, a directive's id.
pub(crate) type Field = (String, Text);

/// A section: its title, intro and list style, items and subsections.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Section {
    /// The number as printed, without its end mark ("II", "2.1", "đ");
    /// `None` for a mark or `none`.
    pub number: Option<String>,
    /// `title`.
    pub title: Text,
    /// `intro` and `list`.
    pub fields: Vec<Field>,
    /// `items`.
    pub items: Vec<Text>,
    /// `table.rows`, each its cells joined by " | " (a group row is its
    /// text); the column titles are the field `table.columns`.
    pub rows: Vec<Text>,
    /// `sections`.
    pub sections: Vec<Section>,
}

impl Section {
    /// Every word of the section's content (intro, items, subsections), for
    /// telling a renamed section from a new one.
    pub(crate) fn content(&self) -> String {
        let mut out = String::new();
        for (_, text) in &self.fields {
            out.push_str(&text.plain);
            out.push(' ');
        }
        for item in self.items.iter().chain(&self.rows) {
            out.push_str(&item.plain);
            out.push(' ');
        }
        for sub in &self.sections {
            out.push_str(&sub.title.plain);
            out.push(' ');
            out.push_str(&sub.content());
        }
        out
    }
}

/// A list of entries with a few fields of its own: the meetings (title,
/// note), the recipients (archive).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct List {
    /// The block's own fields.
    pub fields: Vec<Field>,
    /// The entries.
    pub items: Vec<Text>,
}

/// A plan as `plan diff` sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Document {
    /// The document's own fields: `style`, `rules`, `kind`, `period`,
    /// `number`, `date`, `issuer.*`, `title`, `draft`, `intro`, `closing`.
    pub fields: Vec<Field>,
    /// `sections`.
    pub sections: Vec<Section>,
    /// `appendices`: each a section whose number is its label ("Phụ lục
    /// I"), whose title is its title, with the fields `landscape`,
    /// `header` and `numbering`, and its body's intro, items, table and
    /// sections.
    pub appendices: Vec<Section>,
    /// `meetings`: each printed sentence without its number.
    pub meetings: List,
    /// `recipients` as written, and `archive`.
    pub recipients: List,
    /// `signer`: the printed signature lines.
    pub signer: Vec<Field>,
    /// `directives`: each id with its full citation.
    pub directives: Vec<Field>,
    /// `anniversaries`: each id with its name and date.
    pub anniversaries: Vec<Field>,
}

impl Document {
    /// The document of a checked plan.
    pub(crate) fn new(stages: &Stages) -> Self {
        let Stages { plan, resolved, view } = stages;
        let body_text = |role: Role| -> Vec<Text> {
            view.body
                .iter()
                .filter(|b| b.role == role)
                .map(|b| Text::of_runs(&b.runs))
                .collect()
        };
        let field = |key: &str, text: Text| (key.to_owned(), text);

        let mut fields = vec![
            field("style", Text::plain(view.style)),
            field("rules", Text::plain(view.rules)),
            field("kind", Text::plain(&view.doc_type)),
            field("period", Text::plain(resolved.period.to_string())),
            field("number", Text::plain(&view.header.number)),
            field("date", Text::plain(&view.header.date)),
        ];
        if let Some(parent) = &resolved.parent {
            fields.push(field("issuer.parent", Text::plain(parent)));
        }
        fields.push(field("issuer.name", Text::plain(&resolved.issuer)));
        fields.push(field("title", Text::of_runs(&view.summary)));
        fields.push(field("draft", Text::plain(view.draft.to_string())));
        if let Some(dates) = &plan.frame.dates {
            fields.push(field("dates", Text::plain(dates.value.name())));
        }
        if let Some(citations) = &plan.frame.citations {
            fields.push(field("citations", Text::plain(citations.value.name())));
        }
        fields.push(field("numbering", Text::plain(numbering_text(&resolved.numbering))));
        if let Some(intro) = &resolved.intro {
            fields.push(field("intro", Text::of_runs(intro)));
        }
        if let Some(closing) = body_text(Role::Closing).into_iter().next() {
            fields.push(field("closing", closing));
        }
        let appendices = view
            .appendices
            .iter()
            .zip(&resolved.appendices)
            .map(|(appendix, resolved)| {
                // The appendix's sections are numbered from its own top level.
                let number = numbering::number(Pattern::None, 1, None, None);
                let mut body =
                    section(&resolved.body, &number, &resolved.numbering, 0, None);
                body.sections =
                    sections(&resolved.body.sections, &resolved.numbering, 0, None, None);
                body.number = Some(appendix.label.clone());
                body.title = Text::of_runs(&appendix.title);
                let own = [
                    field("landscape", Text::plain(resolved.landscape.to_string())),
                    field("header", Text::plain(resolved.header.to_string())),
                    field("numbering", Text::plain(numbering_text(&resolved.numbering))),
                ];
                body.fields.splice(0..0, own);
                body
            })
            .collect();

        let mut meetings = List::default();
        if let Some(m) = &resolved.meetings {
            meetings.fields.push(field("meetings.title", Text::of_runs(&m.title)));
            if let Some(note) = &m.note {
                meetings.fields.push(field("meetings.note", Text::of_runs(note)));
            }
            meetings.items =
                body_text(Role::Meeting).into_iter().map(without_number).collect();
        }

        let mut recipients = List {
            fields: vec![field("archive", Text::plain(&resolved.archive))],
            items: resolved.recipients.iter().map(Text::plain).collect(),
        };
        if !resolved.electronic_recipients.is_empty() {
            let joined = resolved.electronic_recipients.join("; ");
            recipients.fields.push(field("electronic_recipients", Text::plain(joined)));
        }

        let signer_view = &view.footer.signer;
        let mut signer = Vec::new();
        if !signer_view.authority.is_empty() {
            signer.push(field(
                "signer.authority",
                Text::plain(signer_view.authority.join(" / ")),
            ));
        }
        signer.push(field("signer.title", Text::plain(&signer_view.title)));
        signer.push(field("signer.name", Text::plain(&signer_view.name)));

        let directives = plan
            .directives
            .iter()
            .map(|d| {
                let citation = crate::resolve::citation(d, &plan.frame);
                field(&d.id.value, Text::plain(vi::cite::cite(&citation, CiteForm::Full)))
            })
            .collect();
        let anniversaries = plan
            .anniversaries
            .iter()
            .map(|a| {
                let text =
                    format!("{} ({})", a.name.value, vi::dates::short_date(a.date.value));
                field(&a.id.value, Text::plain(text))
            })
            .collect();

        Self {
            fields,
            sections: sections(&resolved.sections, &resolved.numbering, 0, None, None),
            appendices,
            meetings,
            recipients,
            signer,
            directives,
            anniversaries,
        }
    }
}

/// The sections of one level, named by their printed numbers.
fn sections(
    list: &[ResolvedSection],
    numbering: &Numbering,
    depth: usize,
    parent: Option<&Number>,
    grandparent_position: Option<u32>,
) -> Vec<Section> {
    let pattern = numbering.level(depth).pattern;
    let parent_position = parent.and_then(|p| p.chain.last().copied());
    list.iter()
        .enumerate()
        .map(|(index, s)| {
            let number = numbering::number(
                pattern,
                index as u32 + 1,
                parent,
                grandparent_position,
            );
            section(s, &number, numbering, depth, parent_position)
        })
        .collect()
}

fn section(
    s: &ResolvedSection,
    number: &Number,
    numbering: &Numbering,
    depth: usize,
    parent_position: Option<u32>,
) -> Section {
    let mut fields = Vec::new();
    if let Some(heading) = s.heading {
        let mode = match heading {
            HeadingMode::OwnLine => "own-line",
            HeadingMode::RunIn => "run-in",
        };
        fields.push(("heading".to_owned(), Text::plain(mode)));
    }
    if let Some(intro) = &s.intro {
        fields.push(("intro".to_owned(), Text::of_runs(intro)));
    }
    fields.push(("list".to_owned(), Text::plain(s.list.name())));
    if let Some(outro) = &s.outro {
        fields.push(("outro".to_owned(), Text::of_runs(outro)));
    }
    let mut items = Vec::new();
    flatten_items(&s.items, 0, &mut items);
    let mut rows = Vec::new();
    if let Some(table) = &s.table {
        fields.push(("table.columns".to_owned(), Text::plain(columns_text(table))));
        rows = table_rows(table);
    }
    Section {
        number: number.name(),
        title: Text::of_runs(&s.title),
        fields,
        items,
        rows,
        sections: sections(
            &s.sections,
            numbering,
            depth + 1,
            Some(number),
            parent_position,
        ),
    }
}

/// Items and their nested items in reading order, a nested one marked by
/// "+ " per level ("+ + Tổ dân phố 1"), so a changed nested item shows as
/// one item.
fn flatten_items(items: &[ResolvedItem], depth: usize, out: &mut Vec<Text>) {
    for item in items {
        let mut text = Text::of_runs(&item.text);
        if let Some(list) = item.list {
            let style = format!(" [list: {}]", list.name());
            text.plain.push_str(&style);
            text.marked.push_str(&style);
        }
        if depth > 0 {
            let mark = "+ ".repeat(depth);
            text = Text {
                plain: format!("{mark}{}", text.plain),
                marked: format!("{mark}{}", text.marked),
            };
        }
        out.push(text);
        flatten_items(&item.items, depth + 1, out);
    }
}

/// A table on one line: the header titles, then each row, cells joined
/// by " | ", rows by " / ".
fn table_rows(table: &ResolvedTable) -> Vec<Text> {
    let mut rows = Vec::new();
    let row = |cells: &[&[Run]]| -> Text {
        let texts: Vec<Text> = cells.iter().map(|c| Text::of_runs(c)).collect();
        Text {
            plain: texts.iter().map(|t| t.plain.as_str()).collect::<Vec<_>>().join(" | "),
            marked: texts
                .iter()
                .map(|t| t.marked.as_str())
                .collect::<Vec<_>>()
                .join(" | "),
        }
    };
    for r in &table.rows {
        match r {
            ResolvedRow::Group(text) => rows.push(Text::of_runs(text)),
            ResolvedRow::Cells(cells) => {
                let spanned: Vec<Vec<Run>> = cells
                    .iter()
                    .map(|c| {
                        let mut runs = c.runs.clone();
                        if c.rows > 1 {
                            runs.push(Run::plain(format!(" [rows: {}]", c.rows)));
                        }
                        runs
                    })
                    .collect();
                let cells: Vec<&[Run]> = spanned.iter().map(Vec::as_slice).collect();
                rows.push(row(&cells));
            }
        }
    }
    rows
}

/// A table's columns as they are laid out: each title with its `group`,
/// width and alignment, "TT 12mm center | Nội dung | Thời gian [Quý] 28mm
/// left"; a numbered table says so.
fn columns_text(table: &ResolvedTable) -> String {
    let mut columns: Vec<String> = table
        .columns
        .iter()
        .map(|c| {
            let mut out = runs_line(&c.title);
            if let Some(group) = &c.group {
                out.push_str(&format!(" [{}]", runs_line(group)));
            }
            if let Some(um) = c.width_um {
                out.push_str(&format!(" {}mm", f64::from(um) / 1000.0));
            }
            out.push_str(&format!(" {}", c.align.name()));
            out
        })
        .collect();
    if table.number {
        columns.insert(0, "number: true".to_owned());
    }
    columns.join(" | ")
}

/// The numbering of the sections, level by level, pattern and look:
/// "I. bold / 1. bold / a) italic / - regular".
fn numbering_text(numbering: &Numbering) -> String {
    numbering
        .levels
        .iter()
        .map(|l| format!("{} {}", l.pattern.name(), l.look.name()))
        .collect::<Vec<_>>()
        .join(" / ")
}

/// A meeting sentence without its leading "3. ": the numbers follow the
/// order, which the matching already shows.
fn without_number(text: Text) -> Text {
    fn strip(s: &str) -> String {
        let digits = s.len() - s.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        match s[digits..].strip_prefix(". ") {
            Some(rest) if digits > 0 => rest.to_owned(),
            _ => s.to_owned(),
        }
    }
    Text { plain: strip(&text.plain), marked: strip(&text.marked) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn marked_text_keeps_bold_and_italic() {
        let t = Text::of_runs(&[
            Run::plain("vào ngày "),
            Run::strong("28/5/2024"),
            Run::plain("."),
        ]);
        assert_eq!(t.plain, "vào ngày 28/5/2024.");
        assert_eq!(t.marked, "vào ngày **28/5/2024**.");
    }

    #[test]
    fn meeting_numbers_are_dropped() {
        let t = without_number(Text::plain("12. Hội nghị"));
        assert_eq!(t.plain, "Hội nghị");
        assert_eq!(without_number(Text::plain("Hội nghị")).plain, "Hội nghị");
        assert_eq!(without_number(Text::plain("2024.")).plain, "2024.");
    }
}
