//! The view stage: [`Resolved`] → [`View`], a total function.
//!
//! Decides every printed string that depends on the rule set: heading
//! numbers ("1-" under HD 36, "1." under HD 05 and NĐ 30), the wording of
//! meetings, the end mark of the body, recipient punctuation and the
//! signature lines (`format-rules.md` §1.2–1.5, §2.2–2.4).

use crate::model::Kind;
use crate::numbering::Numbering;
use crate::resolve::{Resolved, ResolvedSection};
use crate::rules::{EndMark, RuleSet};
use crate::vi;
use crate::view::{Block, Footer, Header, Meta, Role, Run, SignerView, View};

mod appendix;
mod meetings;
mod sections;
mod table;
#[cfg(test)]
mod tests;
mod text;
mod widths;

use meetings::meeting_runs;
use sections::compose_sections;
use text::{end_mark, lines, lines_str, strip_parentheses};
pub(crate) use text::{
    ends_with_punctuation, merge, one_line, one_line_str, paragraphs, prepend, trim,
};
pub use widths::footer_widths;

/// Builds the view of a resolved plan.
pub(crate) fn compose(plan: &Resolved) -> View {
    let rules = plan.rules;
    let doc_type = type_name(plan);
    let summary_text: String =
        one_line(&plan.title).iter().map(|r| r.text.as_str()).collect();
    let day = plan
        .date
        .or_else(|| plan.signing_month.map(|m| m.first_day()))
        .unwrap_or_else(|| plan.period.start());
    let parent = plan.parent.as_deref().map(|p| vi::words::upper(&lines_str(p)));
    let issuer = vi::words::upper(&lines_str(&plan.issuer));
    View {
        style: rules.style.name(),
        rules: rules.id.name(),
        meta: Meta {
            title: format!("{doc_type} {}", lower_first(&summary_text)),
            author: one_line_str(&plan.issuer),
            date: [
                chrono::Datelike::year(&day),
                chrono::Datelike::month(&day) as i32,
                chrono::Datelike::day(&day) as i32,
            ],
        },
        draft: plan.draft,
        header: Header {
            national: rules.national.iter().map(|s| (*s).to_owned()).collect(),
            parent_lines: parent.as_deref().map(vi::names::two_lines),
            parent_groups: parent.as_deref().map(vi::word_groups::groups),
            parent,
            issuer_lines: vi::names::two_lines(&issuer),
            issuer_groups: vi::word_groups::groups(&issuer),
            issuer,
            number: vi::number::number_line(
                rules.party_symbol,
                plan.number,
                type_abbr(plan.kind),
                &plan.issuer_abbr,
            ),
            date: {
                let (month, year) = plan.blank_day_month();
                vi::dates::date_line(&one_line_str(&plan.place), plan.date, month, year)
            },
        },
        doc_type: vi::words::upper(&doc_type),
        summary: lines(&plan.title),
        body: body(plan, rules),
        footer: footer(plan, rules),
        appendices: appendix::appendices(plan),
    }
}

/// The document's type name as written in running text: "Chương trình",
/// "Kế hoạch" or the plan's `type_name`. The type line prints it in upper
/// case and the "(Kèm theo …)" line of appendices as it is.
pub(crate) fn type_name(plan: &Resolved) -> String {
    plan.doc_type_name()
}

/// The type part of the document symbol: "CTr" or "KH" (NĐ 30 Phụ lục III
/// [R]; HD 36 practice [S], `format-rules.md` §4).
pub(crate) fn type_abbr(kind: Kind) -> &'static str {
    match kind {
        Kind::ChuongTrinh => "CTr",
        Kind::KeHoach => "KH",
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn body(plan: &Resolved, rules: &RuleSet) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(intro) = &plan.intro {
        push_paragraphs(&mut blocks, Role::Intro, intro);
    }
    blocks.extend(compose_sections(&plan.sections, &plan.numbering));
    if let Some(meetings) = &plan.meetings {
        let title: Vec<Run> = one_line(&meetings.title)
            .iter()
            .map(|r| Run { text: vi::words::upper(&r.text), strong: true, ..r.clone() })
            .collect();
        blocks.push(Block::new(
            Role::MeetingsTitle,
            prepend(Run::strong(rules.meetings_title_prefix), title),
        ));
        for (index, meeting) in meetings.items.iter().enumerate() {
            blocks.push(Block::new(Role::Meeting, meeting_runs(index + 1, meeting)));
        }
        if let Some(note) = &meetings.note {
            let mut runs: Vec<Run> = strip_parentheses(&one_line(note))
                .into_iter()
                .map(|r| Run { emph: true, ..r })
                .collect();
            runs.insert(0, Run::emph("("));
            runs.push(Run::emph(")"));
            blocks.push(Block::new(Role::MeetingsNote, merge(runs)));
        }
    }
    match &plan.closing {
        Some(closing) => {
            let mut closing = paragraphs(closing);
            if let Some(last) = closing.last_mut() {
                *last = end_mark(last, rules.end_mark);
            }
            for runs in closing {
                blocks.push(Block::new(Role::Closing, runs));
            }
        }
        // No `closing` (`plan-format.md`, "`closing` is optional"): the body
        // ends itself, and the rule set's end mark goes at the end of its last
        // paragraph. A body that ends with a table has no paragraph after it to
        // carry the mark: the mark is a paragraph of its own under the table
        // (our choice [P]), which stays with the signature block as a closing
        // does.
        None => match blocks.last_mut() {
            Some(last) if last.role == Role::Table => {
                let mark = match rules.end_mark {
                    EndMark::AsWritten => None,
                    EndMark::Period => Some("."),
                    EndMark::PeriodSlash => Some("./."),
                };
                if let Some(mark) = mark {
                    blocks.push(Block::new(Role::Closing, vec![Run::plain(mark)]));
                }
            }
            // The last paragraph, the meetings note among them: the mark
            // ends the text ("(… thông báo sau)./."), nothing after it.
            Some(last) => last.runs = end_mark(&last.runs, rules.end_mark),
            None => {}
        },
    }
    blocks
}

/// The content of an appendix (`plan-format.md`, "`appendices` (top level)"),
/// numbered as a document of its own: intro, items, table, then its sections.
pub(crate) fn appendix_body(
    section: &ResolvedSection,
    numbering: &Numbering,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(intro) = &section.intro {
        push_paragraphs(&mut blocks, Role::Intro, intro);
    }
    sections::push_items(&mut blocks, &section.items, section.list);
    if let Some(table) = &section.table {
        blocks.push(table::table_block(table));
    }
    blocks.extend(compose_sections(&section.sections, numbering));
    if let Some(outro) = &section.outro {
        push_paragraphs(&mut blocks, Role::Item, outro);
    }
    blocks
}

fn push_paragraphs(blocks: &mut Vec<Block>, role: Role, runs: &[Run]) {
    for runs in paragraphs(runs) {
        blocks.push(Block::new(role, runs));
    }
}

fn footer(plan: &Resolved, rules: &RuleSet) -> Footer {
    let items: Vec<String> = plan.recipients.iter().map(|r| one_line_str(r)).collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let signer = &plan.signer;
    let mut authority = Vec::new();
    let forms = [
        (Some(rules.on_behalf), &signer.on_behalf, vi::signature::ON_BEHALF),
        (Some(rules.deputy_for), &signer.deputy_for, vi::signature::DEPUTY_FOR),
        (Some(rules.by_order_of), &signer.by_order_of, vi::signature::BY_ORDER_OF),
        (rules.by_authority_of, &signer.by_authority_of, vi::signature::BY_AUTHORITY_OF),
    ];
    for (prefix, body, typed) in forms {
        if let (Some(prefix), Some(body)) = (prefix, body) {
            // The form is the rule set's: the same form typed by the author
            // is dropped.
            let body = lines_str(body);
            let body = vi::signature::strip_authority(&body, typed);
            authority.push(format!("{prefix} {}", vi::words::upper(body)));
        }
    }
    let title = lines_str(&signer.title);
    let (acting, title) = if signer.acting {
        (format!("{} ", rules.acting), vi::signature::strip_acting(&title))
    } else {
        (String::new(), title.as_str())
    };
    let electronic: Vec<String> =
        plan.electronic_recipients.iter().map(|r| one_line_str(r)).collect();
    let electronic: Vec<&str> = electronic.iter().map(String::as_str).collect();
    let electronic = vi::lists::electronic_lines(&electronic);
    let recipients_label = "Nơi nhận:";
    // `plan-format.md`, "`electronic_recipients`": "Bản điện tử:" and its list
    // after the "Lưu" line.
    let electronic_label = (!electronic.is_empty()).then_some("Bản điện tử:");
    let recipients = vi::lists::recipient_lines(
        &items,
        &one_line_str(&plan.archive),
        rules.recipient_sep,
        rules.archive_prefix,
    );
    Footer {
        widths: footer_widths(
            [recipients_label]
                .into_iter()
                .chain(recipients.iter().map(String::as_str))
                .chain(electronic_label)
                .chain(electronic.iter().map(String::as_str)),
        ),
        recipients_label: recipients_label.to_owned(),
        electronic_label: electronic_label.map(str::to_owned),
        electronic,
        recipients,
        signer: {
            let title = format!("{acting}{}", vi::words::upper(title));
            SignerView {
                authority_groups: authority
                    .iter()
                    .map(|l| vi::word_groups::groups(l))
                    .collect(),
                authority,
                title_groups: vi::word_groups::groups(&title),
                title,
                name: one_line_str(&signer.name),
            }
        },
    }
}
