//! Text checks: warnings about the words and marks of every text the plan
//! prints (`plan-format.md`, "Text checks"), each pointing at the characters in
//! the YAML:
//!
//! - `unbalanced_bracket`, `unbalanced_quote`: ( ) [ ] “ ” and `"` that do
//!   not pair up within a paragraph, at the opening mark;
//! - `mixed_tone_marks`: "xoá" beside "xóa" (the minority placement, or the
//!   one `spelling` did not choose);
//! - `repeated_word`, `double_space`, `space_before_punctuation`,
//!   `missing_space_after_punctuation`;
//! - `directive_as_text`, `directive_number_mismatch`: a defined directive's
//!   number typed out, or one that differs only after the slash;
//! - `common_misspelling`: the curated list of `misspellings.txt`;
//! - `invalid_syllable`: a word no Vietnamese syllable can be.
//!
//! The checks read [`Plan::texts`], every text value the loader read, so a
//! new text key is checked without being named here. `allow` silences
//! warnings by code (see [`allowed`]); `words` lists words the syllable
//! check skips. Every check is one pass over the text (the misspelling list
//! is looked up by first word), so a 600 KiB plan stays fast.
//!
//! This file runs the checks and places what they find; each group has its
//! own file: `marks`, `spacing`, `words` (misspellings, syllables, tone
//! marks) and `directives`; the wording of every warning is in `error`.

mod directives;
mod error;
mod glyphs;
mod locate;
mod marks;
pub(crate) mod misspell;
pub(crate) mod prose;
mod spacing;
pub(crate) mod tone;
mod words;

use std::collections::HashSet;
use std::ops::Range;

use crate::codes::Code;
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Plan, Text};
use crate::source::{Sources, Span};
use crate::vi::spelling::{legacy, syllable};
use directives::Directives;
use marks::marks;
use prose::Para;
use spacing::spacing;
use words::{WordChecks, built_in_words, check_words, report_tones};

/// Every warning `allow` may silence: the text checks' and the other
/// checks' warnings.
pub const ALLOWABLE: [&str; 29] = [
    Code::UnbalancedBracket.name(),
    Code::UnbalancedQuote.name(),
    Code::MixedToneMarks.name(),
    Code::RepeatedWord.name(),
    Code::DoubleSpace.name(),
    Code::SoftHyphen.name(),
    Code::SpaceBeforePunctuation.name(),
    Code::MissingSpaceAfterPunctuation.name(),
    Code::DirectiveAsText.name(),
    Code::DirectiveNumberMismatch.name(),
    Code::CommonMisspelling.name(),
    Code::InvalidSyllable.name(),
    Code::UnusedDefinition.name(),
    Code::AnniversaryOutsidePeriod.name(),
    Code::AnniversaryYearsTwice.name(),
    Code::AnniversaryDatesTwice.name(),
    Code::DateAfterPeriod.name(),
    Code::DateLongBeforePeriod.name(),
    Code::RulesAmbiguousMonth.name(),
    Code::DirectiveAfterDocument.name(),
    Code::MeetingOnWeekend.name(),
    Code::PartyDeputyFor.name(),
    Code::AbbrWithType.name(),
    Code::SignerNameTitle.name(),
    Code::RecipientLooksLikeArchive.name(),
    Code::RecipientSplitByComma.name(),
    Code::CommentInText.name(),
    Code::ListItemJoined.name(),
    Code::MissingGlyph.name(),
];

/// The codes `allow` names, as `plan::…`; unknown entries are left out (and
/// reported by [`check`]). With them, the warnings of a setting that could
/// not be read ([`crate::model::Proofing::unread`]): one mistake, one
/// report (a misspelt `words:` gave an unknown key and a dozen unknown
/// syllables).
pub fn allowed(plan: &Plan) -> Vec<&'static str> {
    plan.proofing
        .allow
        .iter()
        .filter_map(|a| {
            let name = a.value.trim().trim_start_matches("plan::");
            ALLOWABLE.iter().copied().find(|c| c.trim_start_matches("plan::") == name)
        })
        .chain(
            plan.proofing
                .unread
                .iter()
                .flat_map(|&setting| governed_by(setting))
                .copied(),
        )
        .collect()
}

/// The warnings the setting `setting` governs: all that `allow` may
/// silence, the syllable check's for `words`, the tone marks' for
/// `spelling`.
fn governed_by(setting: &str) -> &'static [&'static str] {
    const WORDS: [&str; 1] = [Code::InvalidSyllable.name()];
    const SPELLING: [&str; 1] = [Code::MixedToneMarks.name()];
    match setting {
        "allow" => &ALLOWABLE,
        "words" => &WORDS,
        "spelling" => &SPELLING,
        _ => &[],
    }
}

/// What one check found in one text value, before it is placed.
struct Found {
    range: Range<usize>,
    diagnostic: Diagnostic,
}

/// Runs every text check not silenced by `allow` on `plan`'s texts.
pub fn check(plan: &Plan, sources: &Sources, diags: &mut Diagnostics) {
    for entry in &plan.proofing.allow {
        let name = entry.value.trim().trim_start_matches("plan::");
        if !ALLOWABLE.iter().any(|c| c.trim_start_matches("plan::") == name) {
            let names = ALLOWABLE.map(|c| c.trim_start_matches("plan::"));
            let nearest = crate::suggest::nearest(name, names);
            diags.push(error::unknown_allow(entry.span, &entry.value, nearest));
        }
    }
    let allowed = allowed(plan);
    let on = |code: &'static str| !allowed.contains(&code);
    let mut words = built_in_words();
    words.extend(plan.proofing.words.iter().map(|w| w.value.trim().to_lowercase()));
    // A directive's own fields (its number, its `about`, where `{id}` does
    // not work) are not compared with the defined numbers.
    let definitions: HashSet<Span> = plan
        .directives
        .iter()
        .flat_map(|d| [Some(&d.number), Some(&d.doc_type), Some(&d.by), d.about.as_ref()])
        .flatten()
        .map(|t| t.span)
        .collect();
    let directives = Directives::of(plan);
    let checks = Checks {
        marks: on(Code::UnbalancedBracket.name()) || on(Code::UnbalancedQuote.name()),
        spacing: on(Code::DoubleSpace.name())
            || on(Code::SpaceBeforePunctuation.name())
            || on(Code::MissingSpaceAfterPunctuation.name())
            || on(Code::RepeatedWord.name()),
        words: on(Code::CommonMisspelling.name())
            || on(Code::InvalidSyllable.name())
            || on(Code::MixedToneMarks.name()),
        directives: on(Code::DirectiveAsText.name())
            || on(Code::DirectiveNumberMismatch.name()),
    };
    let mut tones = Vec::new();
    // The syllables judged, by the legacy-encoding search and the word
    // checks of every text.
    let mut syllables = syllable::Judged::default();
    for (index, text) in plan.texts.iter().enumerate() {
        if diags.is_full() {
            break;
        }
        let mut found = Vec::new();
        if on(Code::MissingGlyph.name())
            && let Some(m) = glyphs::missing(&text.value)
        {
            found.push(Found {
                range: m.first,
                diagnostic: error::missing_glyph(nowhere(), &m.chars, m.more),
            });
        }
        let is_definition = definitions.contains(&text.span);
        // A text typed in TCVN3 or VNI is one error; its words are not
        // judged one by one (each would be an impossible syllable).
        let tcvn3 = legacy::first_legacy_word(&text.value, &mut syllables);
        if let Some((word, encoding)) = &tcvn3 {
            let typed = &text.value[word.clone()];
            found.push(Found {
                range: word.clone(),
                diagnostic: error::legacy_encoding(
                    nowhere(),
                    encoding.name(),
                    typed,
                    &encoding.read(typed),
                    &encoding.read(&text.value),
                ),
            });
        }
        // A soft hyphen is TCVN3's "ư": only in a Unicode text is it one.
        if tcvn3.is_none() && on(Code::SoftHyphen.name()) {
            for (at, before, after) in soft_hyphens(&text.value) {
                found.push(Found {
                    range: at..at + '\u{AD}'.len_utf8(),
                    diagnostic: error::soft_hyphen(nowhere(), before, after),
                });
            }
        }
        for para in prose::paragraphs(&text.value) {
            let list = prose::words(&para);
            let words_checked = checks.words && tcvn3.is_none();
            let in_address = if checks.spacing || words_checked {
                prose::in_address(&para)
            } else {
                Vec::new()
            };
            if checks.marks {
                marks(&para, &mut found);
            }
            if checks.spacing {
                spacing(&para, &list, &in_address, &mut found);
            }
            if words_checked {
                let seen = WordChecks { allowed: &words, syllables: &mut syllables };
                check_words(
                    &para,
                    &list,
                    &in_address,
                    seen,
                    index,
                    &mut found,
                    &mut tones,
                );
            }
            if checks.directives && !is_definition {
                directives.check(&para, &mut found);
            }
            // Past this many, the reports would be dropped anyway.
            if is_full(&found) {
                break;
            }
        }
        found.retain(|f| on(f.diagnostic.code));
        place(text, sources, found, diags);
    }
    if on(Code::MixedToneMarks.name()) {
        report_tones(plan, sources, tones, diags);
    }
}

/// Every soft hyphen (U+00AD) of `value` between two letters, typed or
/// pasted where a space belongs ("quán\u{AD}triệt"): it prints nothing,
/// so the words print joined ("quántriệt"). Its byte offset, and the words
/// before and after it (up to white space or another soft hyphen).
fn soft_hyphens(value: &str) -> Vec<(usize, &str, &str)> {
    let stop = |c: char| c.is_whitespace() || c == '\u{AD}';
    value
        .match_indices('\u{AD}')
        .filter_map(|(at, _)| {
            let head = &value[..at];
            let tail = &value[at + '\u{AD}'.len_utf8()..];
            let before = &head[head
                .rfind(stop)
                .map_or(0, |i| i + head[i..].chars().next().map_or(1, char::len_utf8))..];
            let after = &tail[..tail.find(stop).unwrap_or(tail.len())];
            let letters = |w: &str, last: bool| {
                let c = if last { w.chars().next_back() } else { w.chars().next() };
                c.is_some_and(char::is_alphanumeric)
            };
            (letters(before, true) && letters(after, false))
                .then_some((at, before, after))
        })
        .collect()
}

/// Which groups of checks run.
struct Checks {
    marks: bool,
    spacing: bool,
    words: bool,
    directives: bool,
}

/// Points each finding of `text` at its characters and records it.
fn place(text: &Text, sources: &Sources, found: Vec<Found>, diags: &mut Diagnostics) {
    if found.is_empty() {
        return;
    }
    let map = locate::Map::new(&text.value, sources.slice(text.span), text.span);
    for f in found {
        let span = map.span(&text.value, f.range);
        diags.push(Diagnostic { span: Some(span), ..f.diagnostic });
    }
}

/// The range in the value of the characters `from..to` of `para`.
fn range(para: &Para, from: usize, to: usize) -> Range<usize> {
    let start = para[from].0;
    let (last, c) = para[to - 1];
    start..last + c.len_utf8()
}

/// Whether a text has more findings than a file reports: the checks of
/// that text stop (hostile input cannot fill memory with reports).
fn is_full(found: &[Found]) -> bool {
    found.len() > crate::diag::MAX_PROBLEMS
}

/// A placeholder span: [`place`] puts the real one.
fn nowhere() -> Span {
    Span::new(crate::source::SourceId(0), 0, 0)
}

#[cfg(test)]
mod tests;
