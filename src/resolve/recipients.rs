//! The recipient lists (`plan-format.md`, "`electronic_recipients`"): a
//! recipient typed as the archive line ("- Lưu: VT.") or as a label
//! ("Bản điện tử:") would print a second "Lưu" line or a label as a recipient
//! ("- Bản điện tử:;"), so it is a warning that points to `archive` and
//! `electronic_recipients`.
//!
//! In a list written in brackets, `[UBND tỉnh, Các sở, ban, ngành]`, every
//! comma ends a recipient: "Các sở, ban, ngành" becomes three lines, "- Các
//! sở;", "- ban;", "- ngành;". A recipient names a body and starts with a
//! capital ("Các", "UBND", "TT."), so an unquoted one in brackets that
//! starts with a small letter is a warning that says to quote the whole line.

use crate::diag::Diagnostics;
use crate::model::Plan;
use crate::source::{Sources, Spanned};

use super::error;

/// Warns about each recipient of both lists that looks like the archive
/// line or a label, or like the rest of a recipient split at a comma.
pub(super) fn check(plan: &Plan, sources: &Sources, diags: &mut Diagnostics) {
    let electronic = plan.frame.electronic_recipients.iter().flat_map(|l| l.value.iter());
    for recipient in plan.recipients.value.iter().chain(electronic) {
        if let Some(label) = looks_like_archive(&recipient.value) {
            diags.push(error::recipient_looks_like_archive(recipient.span, label));
        }
    }
    let lists =
        std::iter::once(&plan.recipients).chain(&plan.frame.electronic_recipients);
    for list in lists {
        split_by_comma(list, sources, diags);
    }
}

/// Warns once about each run of recipients of a bracketed list that start
/// with a small letter and are not quoted: the words after the commas of
/// the recipient before them (`Các sở`, `ban`, `ngành`).
fn split_by_comma(
    list: &Spanned<Vec<Spanned<String>>>,
    sources: &Sources,
    diags: &mut Diagnostics,
) {
    if !sources.slice(list.span).starts_with('[') {
        return;
    }
    let split = |r: &Spanned<String>| {
        let typed = sources.slice(r.span);
        !typed.starts_with(['"', '\''])
            && typed.chars().next().is_some_and(char::is_lowercase)
    };
    let items = &list.value;
    let mut i = 1;
    while i < items.len() {
        if !split(&items[i]) {
            i += 1;
            continue;
        }
        let mut last = i;
        while items.get(last + 1).is_some_and(split) {
            last += 1;
        }
        let whole: Vec<&str> =
            items[i - 1..=last].iter().map(|r| r.value.as_str()).collect();
        let (first, end) = (items[i].span, items[last].span);
        let span = if first.source == end.source {
            crate::source::Span::new(first.source, first.start, end.end)
        } else {
            first
        };
        diags.push(error::recipient_split_by_comma(span, &whole.join(", ")));
        i = last + 1;
    }
}

/// `Some(false)` for an archive line ("Lưu: VT", "- Lưu VP/ĐU."; "Lưu trữ
/// …" is a recipient), `Some(true)`
/// for a label ("Bản điện tử:", "Nơi nhận:"), `None` for a recipient.
pub(super) fn looks_like_archive(text: &str) -> Option<bool> {
    let text = text.trim();
    let text = text.trim_start_matches(['-', '–', '—', '•', '+', '*']).trim_start();
    let text = text.trim_end_matches(['.', ';', ',', ' ']);
    if text.ends_with(':') {
        return Some(true);
    }
    // "Lưu: VT", "Lưu VP/ĐU", but not "Lưu trữ lịch sử tỉnh" (a recipient).
    let mut words = text.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty());
    let first = words.next().unwrap_or("").to_lowercase();
    let second = words.next().unwrap_or("").to_lowercase();
    (first == "lưu" && second != "trữ").then_some(false)
}

#[cfg(test)]
mod tests {
    use super::looks_like_archive;

    #[test]
    fn archive_lines_and_labels() {
        for archive in ["Lưu: VT", "- Lưu: VT.", "Lưu VT, VP", "LƯU: VP/ĐU", "lưu: VT;"]
        {
            assert_eq!(looks_like_archive(archive), Some(false), "{archive}");
        }
        for label in ["Bản điện tử:", "- Bản điện tử:", "Nơi nhận:"] {
            assert_eq!(looks_like_archive(label), Some(true), "{label}");
        }
        for fine in [
            "TT. Thành ủy (b/c)",
            "Các chi bộ trực thuộc",
            "Lưu trữ lịch sử tỉnh",
            "Trung tâm Lưu trữ",
            "Sở Nội vụ (để biết)",
        ] {
            assert_eq!(looks_like_archive(fine), None, "{fine}");
        }
    }
}
