//! Appendices in the view (`plan-format.md`, "`appendices` (top level)"): each
//! appendix's label ("Phụ lục", "Phụ lục I" …), its title in upper case, the
//! "(Kèm theo …)" line built from the document's own type, number, date and
//! issuer, and its content, composed as a body of its own.

use super::{appendix_body, merge, one_line_str, trim, type_abbr, type_name};
use crate::resolve::Resolved;
use crate::vi;
use crate::view::{AppendixView, Run};

/// The appendices of `plan`, in order.
pub(crate) fn appendices(plan: &Resolved) -> Vec<AppendixView> {
    let rules = plan.rules;
    let party = rules.party_symbol;
    let symbol = vi::number::number_symbol(
        party,
        plan.number,
        type_abbr(plan.kind),
        &plan.issuer_abbr,
    );
    // The date as the header prints it: a signing month (`date: 2025-06`)
    // names that month, not the period's first.
    let (month, year) = plan.blank_day_month();
    let date = vi::dates::date_words(plan.date, month, year);
    let reference = vi::appendix::reference(
        &type_name(plan),
        &symbol,
        &date,
        // A name typed in capitals reads as running text inside the line.
        &vi::name_case::running_text(&one_line_str(&plan.issuer)),
        party,
    );
    let count = plan.appendices.len();
    plan.appendices
        .iter()
        .enumerate()
        .map(|(index, appendix)| AppendixView {
            label: vi::appendix::label(index, count),
            title: title(&appendix.body.title),
            reference: reference.clone(),
            landscape: appendix.landscape,
            header: appendix.header,
            body: appendix_body(&appendix.body, &appendix.numbering),
        })
        .collect()
}

/// The title in upper case (NĐ 30 Phụ lục I, III.1 [R]), bold; a line
/// break typed in a `|` block stays a line break
/// (`plan-format.md`, "`appendices` (top level)").
fn title(runs: &[Run]) -> Vec<Run> {
    let upper = runs
        .iter()
        .map(|r| Run { text: vi::words::upper(&r.text), strong: true, ..r.clone() })
        .collect();
    merge(trim(upper))
}
