//! Text helpers of the view stage: paragraphs from a text value, one-line
//! texts, kept line breaks, trimming and merging runs, the rule set's end
//! mark (`format-rules.md` §1.5, §2.4).

use crate::rules::EndMark;
use crate::view::Run;

/// The paragraphs of a text value: a line break in the value starts a new
/// paragraph (one per line of a `|` block; a blank line in a `>` block).
pub(crate) fn paragraphs(runs: &[Run]) -> Vec<Vec<Run>> {
    let mut out: Vec<Vec<Run>> = vec![Vec::new()];
    for run in runs {
        for (index, part) in run.text.split('\n').enumerate() {
            if index > 0 {
                out.push(Vec::new());
            }
            if let Some(current) = out.last_mut() {
                current.push(Run { text: part.to_owned(), ..run.clone() });
            }
        }
    }
    out.into_iter().map(trim).filter(|p| !p.is_empty()).collect()
}

/// A text value on one line (titles, names, notes): line breaks become spaces.
pub(crate) fn one_line(runs: &[Run]) -> Vec<Run> {
    let runs = runs.iter().map(|r| Run { text: r.text.replace('\n', " "), ..r.clone() });
    trim(runs.collect())
}

/// A text that keeps the line breaks the loader left in it, each line
/// trimmed: "Công tác\nnăm 2024" stays two lines (a `|` block in `title`,
/// `issuer`, `signer` lines:
/// `plan-format.md`, "Explicit line breaks in one-line texts").
pub(crate) fn lines(runs: &[Run]) -> Vec<Run> {
    let runs = runs.iter().map(|r| Run { text: trim_lines(&r.text), ..r.clone() });
    trim(runs.collect())
}

/// [`lines`] for a plain string: "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH".
pub(crate) fn lines_str(text: &str) -> String {
    text.split('\n')
        .map(one_line_str)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Drops the spaces next to each line break.
pub(crate) fn trim_lines(text: &str) -> String {
    let mut parts = text.split('\n');
    let mut out = parts.next().unwrap_or_default().trim_end().to_owned();
    for part in parts {
        out.push('\n');
        out.push_str(part.trim());
    }
    out
}

/// A plain string on one line: `"Ủy ban nhân dân\nphường"` → `"Ủy ban nhân dân phường"`.
pub(crate) fn one_line_str(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops white space at both ends of a paragraph, and empty runs.
pub(crate) fn trim(mut runs: Vec<Run>) -> Vec<Run> {
    if let Some(first) = runs.first_mut() {
        first.text = first.text.trim_start().to_owned();
    }
    if let Some(last) = runs.last_mut() {
        last.text = last.text.trim_end().to_owned();
    }
    merge(runs)
}

/// Applies the rule set's end mark to the closing paragraph: HD 36 keeps the
/// author's, HD 05 ends with "." (unless the text ends in "!" or "?"), NĐ 30
/// with "./.".
///
/// The mark ends the last sentence, so it comes last: after a footnote mark
/// that ends the paragraph too ("… đã đề ra¹./.", not "… đã đề ra./.¹",
/// where the note would seem to be on the end mark). An end mark typed
/// before that footnote mark ("đã đề ra.^[…]") moves after it.
pub(crate) fn end_mark(closing: &[Run], mark: EndMark) -> Vec<Run> {
    let mut runs = closing.to_vec();
    if mark == EndMark::AsWritten {
        return runs;
    }
    while runs.last().is_some_and(|r| r.footnote.is_none() && r.text.trim().is_empty()) {
        runs.pop();
    }
    // A footnote mark with no text after it ends the paragraph: the end
    // mark goes in a run of its own after it, in the style of the words.
    let after_note =
        runs.last().is_some_and(|r| r.footnote.is_some() && r.text.trim().is_empty());
    let Some(last) = runs.iter_mut().rev().find(|r| !r.text.trim().is_empty()) else {
        return runs;
    };
    let mut text = last.text.trim_end().to_owned();
    loop {
        let trimmed =
            text.trim_end_matches("./.").trim_end_matches(['.', ';', ',', ':', ' ']);
        if trimmed.len() == text.len() {
            break;
        }
        text = trimmed.to_owned();
    }
    // HD 05: a text that ends in "!" or "?" (a closing call, "… thắng
    // lợi!") has its end already; "!." would be a slip.
    let ended = mark == EndMark::Period && text.ends_with(['!', '?']);
    let words = if mark == EndMark::Period { "." } else { "./." };
    let style = (last.strong, last.emph);
    if !after_note && !ended {
        text.push_str(words);
    }
    last.text = text;
    if after_note && !ended {
        runs.push(Run::styled(words, style.0, style.1));
    }
    runs
}

/// Whether the last character of `runs` is a punctuation mark that ends a
/// heading; a footnote mark after it ("Nhiệm vụ:^[…]") does not hide it.
pub(crate) fn ends_with_punctuation(runs: &[Run]) -> bool {
    runs.iter()
        .rev()
        .find_map(|r| r.text.trim_end().chars().last())
        .is_some_and(|c| matches!(c, ':' | '.' | ';' | '?' | '!' | '…'))
}

/// The last run of `runs` that has words: a footnote mark at the end of a
/// text is an empty run after them ("Họp.^[…]").
pub(crate) fn last_worded(runs: &mut [Run]) -> Option<&mut Run> {
    runs.iter_mut().rev().find(|r| !r.text.trim().is_empty())
}

/// `runs` without the parentheses typed around the whole text ("(Ghi
/// chú)", also "(Ghi chú)^[…]"): the caller adds its own.
pub(crate) fn strip_parentheses(runs: &[Run]) -> Vec<Run> {
    let mut runs = runs.to_vec();
    let opens = runs.first().is_some_and(|f| f.text.trim_start().starts_with('('));
    let closes = last_worded(&mut runs).is_some_and(|l| l.text.trim_end().ends_with(')'));
    if opens && closes {
        if let Some(first) = runs.first_mut() {
            first.text = first.text.trim_start().trim_start_matches('(').to_owned();
        }
        if let Some(last) = last_worded(&mut runs) {
            let t = last.text.trim_end();
            last.text = t.strip_suffix(')').unwrap_or(t).to_owned();
        }
    }
    runs
}

pub(crate) fn prepend(first: Run, rest: Vec<Run>) -> Vec<Run> {
    let mut runs = vec![first];
    runs.extend(rest);
    merge(runs)
}

/// Joins neighbouring runs of the same style and drops empty ones (never
/// a footnote's mark).
pub(crate) fn merge(runs: Vec<Run>) -> Vec<Run> {
    let mut out: Vec<Run> = Vec::new();
    for run in runs {
        if run.text.is_empty() && run.footnote.is_none() {
            continue;
        }
        match out.last_mut() {
            Some(last) if last.joins(&run) => last.text.push_str(&run.text),
            _ => out.push(run),
        }
    }
    out
}
