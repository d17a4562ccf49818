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

mod error;
pub(crate) mod letters;
mod locate;
pub(crate) mod misspell;
pub(crate) mod prose;
pub(crate) mod syllable;
pub(crate) mod tone;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{Plan, Spelling, Text};
use crate::source::{Sources, Span};
use prose::{Para, REF, Word};

/// Every warning `allow` may silence: the text checks' and the other
/// checks' warnings.
pub const ALLOWABLE: [&str; 19] = [
    error::UNBALANCED_BRACKET,
    error::UNBALANCED_QUOTE,
    error::MIXED_TONE_MARKS,
    error::REPEATED_WORD,
    error::DOUBLE_SPACE,
    error::SPACE_BEFORE_PUNCTUATION,
    error::MISSING_SPACE_AFTER_PUNCTUATION,
    error::DIRECTIVE_AS_TEXT,
    error::DIRECTIVE_NUMBER_MISMATCH,
    error::COMMON_MISSPELLING,
    error::INVALID_SYLLABLE,
    "plan::unused_definition",
    "plan::anniversary_outside_period",
    "plan::date_after_period",
    "plan::date_long_before_period",
    "plan::directive_after_document",
    "plan::meeting_on_weekend",
    "plan::party_deputy_for",
    "plan::recipient_looks_like_archive",
];

/// Words in common use in official writing that are not Vietnamese
/// syllables, skipped by the syllable check in every plan (lower case).
const LOANWORDS: [&str; 26] = [
    "internet",
    "email",
    "website",
    "online",
    "offline",
    "livestream",
    "wifi",
    "video",
    "audio",
    "camera",
    "clip",
    "logo",
    "pano",
    "game",
    "karaoke",
    "container",
    "test",
    "virus",
    "vaccine",
    "covid",
    "km",
    "kg",
    "cm",
    "mm",
    "ml",
    "kwh",
];

/// Words not reported as repeated: doubled on purpose ("người người", "nhà
/// nhà"), or ending one compound and starting the next ("ý kiến kiến nghị",
/// "học sinh sinh viên", "tài chính chính sách").
const DOUBLED: [&str; 22] = [
    "người", "nhà", "ngày", "đời", "ai", "đâu", "lớp", "năm", "tháng", "từng", "kiến",
    "sinh", "chính", "hiện", "lý", "thể", "dân", "động", "lực", "viên", "hội", "trị",
];

/// The codes `allow` names, as `plan::…`; unknown entries are left out (and
/// reported by [`check`]).
pub fn allowed(plan: &Plan) -> Vec<&'static str> {
    plan.proofing
        .allow
        .iter()
        .filter_map(|a| {
            let name = a.value.trim().trim_start_matches("plan::");
            ALLOWABLE.iter().copied().find(|c| c.trim_start_matches("plan::") == name)
        })
        .collect()
}

/// What one check found in one text value, before it is placed.
struct Found {
    range: Range<usize>,
    diagnostic: Diagnostic,
}

/// A word whose tone placement the plan must keep to.
struct ToneUse {
    text: usize,
    range: Range<usize>,
    word: String,
    fix: String,
    placement: Spelling,
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
    let mut words: HashSet<String> = LOANWORDS.iter().map(|w| (*w).to_owned()).collect();
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
    let mut directives = Directives::default();
    for d in &plan.directives {
        let number: String = d.number.value.split_whitespace().collect();
        directives.exact.entry(number.clone()).or_insert(d.id.value.as_str());
        if let Some((head, _)) = number.rsplit_once('/')
            && head.chars().any(char::is_alphabetic)
        {
            directives
                .head
                .entry(head.to_owned())
                .or_insert((d.id.value.as_str(), d.number.value.as_str()));
        }
    }
    let checks = Checks {
        marks: on(error::UNBALANCED_BRACKET) || on(error::UNBALANCED_QUOTE),
        spacing: on(error::DOUBLE_SPACE)
            || on(error::SPACE_BEFORE_PUNCTUATION)
            || on(error::MISSING_SPACE_AFTER_PUNCTUATION)
            || on(error::REPEATED_WORD),
        words: on(error::COMMON_MISSPELLING)
            || on(error::INVALID_SYLLABLE)
            || on(error::MIXED_TONE_MARKS),
        directives: on(error::DIRECTIVE_AS_TEXT) || on(error::DIRECTIVE_NUMBER_MISMATCH),
    };
    let mut tones = Vec::new();
    let mut syllables = Syllables::default();
    for (index, text) in plan.texts.iter().enumerate() {
        if diags.is_full() {
            break;
        }
        let mut found = Vec::new();
        let is_definition = definitions.contains(&text.span);
        for para in prose::paragraphs(&text.value) {
            let list = prose::words(&para);
            if checks.marks {
                marks(&para, &mut found);
            }
            if checks.spacing {
                spacing(&para, &list, &mut found);
            }
            if checks.words {
                let seen = WordChecks { allowed: &words, syllables: &mut syllables };
                check_words(&para, &list, seen, index, &mut found, &mut tones);
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
    if on(error::MIXED_TONE_MARKS) {
        report_tones(plan, sources, tones, diags);
    }
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

/// Brackets and quotation marks that do not pair up in `para`.
fn marks(para: &Para, found: &mut Vec<Found>) {
    let mut parens = Vec::new();
    let mut brackets = Vec::new();
    let mut quotes = Vec::new();
    let mut straight: Option<usize> = None;
    for (i, &(_, c)) in para.iter().enumerate() {
        if is_full(found) {
            return;
        }
        match c {
            '(' => parens.push(i),
            '[' => brackets.push(i),
            '“' => quotes.push(i),
            '"' => straight = if straight.is_some() { None } else { Some(i) },
            ')' if parens.pop().is_none() && !is_list_label(para, i) => {
                found.push(Found {
                    range: range(para, i, i + 1),
                    diagnostic: error::stray_bracket(nowhere(), '(', ')'),
                });
            }
            ']' if brackets.pop().is_none() => found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::stray_bracket(nowhere(), '[', ']'),
            }),
            '”' if quotes.pop().is_none() => found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::stray_quote(nowhere()),
            }),
            _ => {}
        }
    }
    for (open, close, list) in [('(', ')', parens), ('[', ']', brackets)] {
        for i in list {
            found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::unclosed_bracket(nowhere(), open, close),
            });
        }
    }
    for i in quotes {
        found.push(Found {
            range: range(para, i, i + 1),
            diagnostic: error::unclosed_quote(nowhere(), '“', '”'),
        });
    }
    if let Some(i) = straight {
        found.push(Found {
            range: range(para, i, i + 1),
            diagnostic: error::unclosed_quote(nowhere(), '"', '"'),
        });
    }
}

/// Whether the `)` at `i` ends a list label such as "a)", "2)" or "IV)":
/// one letter, up to three digits or a Roman numeral, at the start of the
/// paragraph or after a space.
fn is_list_label(para: &Para, i: usize) -> bool {
    let mut k = i;
    while k > 0 && para[k - 1].1.is_alphanumeric() {
        k -= 1;
    }
    let label = &para[k..i];
    let fits = label.len() == 1
        || label.len() <= 3 && label.iter().all(|&(_, c)| c.is_ascii_digit())
        || label.len() <= 4 && label.iter().all(|&(_, c)| "IVXivx".contains(c));
    !label.is_empty() && fits && (k == 0 || para[k - 1].1.is_whitespace())
}

/// Doubled spaces, spaces before punctuation, missing spaces after it,
/// and a word written twice.
fn spacing(para: &Para, words: &[Word], found: &mut Vec<Found>) {
    let n = para.len();
    // Whitespace-separated chunks holding an address ("http://", "www.",
    // "@"): their punctuation is not spacing.
    let mut in_address = vec![false; n];
    let mut start = 0;
    for i in 0..=n {
        if i == n || para[i].1.is_whitespace() {
            let chunk = &para[start..i];
            let at = |k: usize, c: char| chunk.get(k).is_some_and(|&(_, d)| d == c);
            let address = (0..chunk.len()).any(|k| {
                at(k, '@')
                    || at(k, ':') && at(k + 1, '/') && at(k + 2, '/')
                    || at(k, 'w') && at(k + 1, 'w') && at(k + 2, 'w') && at(k + 3, '.')
            });
            if address {
                in_address[start..i].fill(true);
            }
            start = i + 1;
        }
    }
    let mut i = 0;
    while i < n && !is_full(found) {
        let c = para[i].1;
        if c == ' ' {
            let mut j = i;
            while j < n && para[j].1 == ' ' {
                j += 1;
            }
            let next = para.get(j).map(|&(_, c)| c);
            if j - i >= 2 && i > 0 && next.is_some() {
                found.push(Found {
                    range: range(para, i, j),
                    diagnostic: error::double_space(nowhere(), j - i),
                });
            }
            if let Some(mark) = next
                && i > 0
                && ",.;:?!)".contains(mark)
                && !para[i - 1].1.is_whitespace()
            {
                let after = para.get(j + 1).map(|&(_, c)| c);
                let ellipsis_or_decimal =
                    mark == '.' && after.is_some_and(|a| a == '.' || a.is_alphanumeric());
                if !ellipsis_or_decimal && !in_address[j] {
                    found.push(Found {
                        range: range(para, i, j + 1),
                        diagnostic: error::space_before_punctuation(nowhere(), mark),
                    });
                }
            }
            i = j;
            continue;
        }
        if ",;:".contains(c)
            && i > 0
            && !in_address[i]
            && para
                .get(i + 1)
                .is_some_and(|&(_, a)| a.is_alphabetic() || a == '“' || a == '(')
        {
            found.push(Found {
                range: range(para, i, i + 2),
                diagnostic: error::missing_space_after_punctuation(nowhere(), c),
            });
        }
        i += 1;
    }
    for pair in words.windows(2) {
        if is_full(found) {
            return;
        }
        let (a, b) = (pair[0], pair[1]);
        if !para[a.end..b.start].iter().all(|&(_, c)| c == ' ') {
            continue;
        }
        let first = prose::text(para, a);
        if !first.chars().any(char::is_alphabetic) {
            continue;
        }
        let lower = first.to_lowercase();
        if lower == prose::text(para, b).to_lowercase()
            && !DOUBLED.contains(&lower.as_str())
        {
            found.push(Found {
                range: range(para, a.start, b.end),
                diagnostic: error::repeated_word(nowhere(), &first),
            });
        }
    }
}

/// What the syllable check found for each word met so far: a document
/// repeats a few thousand syllables, so each is judged once.
type Syllables = HashMap<String, Option<syllable::Problem>>;

/// The word lists [`check_words`] reads and fills.
struct WordChecks<'a> {
    /// `words` and the loanwords, lower case.
    allowed: &'a HashSet<String>,
    /// Words judged so far.
    syllables: &'a mut Syllables,
}

/// Misspellings, impossible syllables and tone placement, word by word.
fn check_words(
    para: &Para,
    list: &[Word],
    seen: WordChecks<'_>,
    text: usize,
    found: &mut Vec<Found>,
    tones: &mut Vec<ToneUse>,
) {
    let shown: Vec<String> = list.iter().map(|w| prose::text(para, *w)).collect();
    let lower: Vec<String> = shown.iter().map(|w| w.to_lowercase()).collect();
    let joined: Vec<bool> = (0..list.len())
        .map(|k| {
            k > 0 && para[list[k - 1].end..list[k].start].iter().all(|&(_, c)| c == ' ')
        })
        .collect();
    let misspellings = misspell::list();
    for (k, &word) in list.iter().enumerate() {
        if is_full(found) {
            return;
        }
        if let Some(entry) = misspellings.find(&lower[k..], &joined[k..]) {
            let last = list[k + entry.wrong.len() - 1];
            let typed: String =
                para[word.start..last.end].iter().map(|&(_, c)| c).collect();
            found.push(Found {
                range: range(para, word.start, last.end),
                diagnostic: error::common_misspelling(nowhere(), &typed, entry.right),
            });
        }
        let shown = &shown[k];
        if let Some((placement, fix)) = tone::placement(shown) {
            tones.push(ToneUse {
                text,
                range: range(para, word.start, word.end),
                word: shown.clone(),
                fix,
                placement,
            });
        }
        if skips_syllable_check(para, word, shown, &lower[k], seen.allowed) {
            continue;
        }
        let judged = match seen.syllables.get(shown.as_str()) {
            Some(judged) => judged.clone(),
            None => {
                let judged = syllable::check(shown).err();
                seen.syllables.insert(shown.clone(), judged.clone());
                judged
            }
        };
        if let Some(problem) = judged {
            found.push(Found {
                range: range(para, word.start, word.end),
                diagnostic: error::invalid_syllable(
                    nowhere(),
                    shown,
                    &problem.reason,
                    problem.fix.as_deref(),
                ),
            });
        }
    }
}

/// Whether the syllable check leaves `word` alone: a number or a word with
/// a digit, one letter, an abbreviation (all capitals, capitals inside,
/// "b/c", "v.v", "Tp."), part of an address, or listed in `words`.
fn skips_syllable_check(
    para: &Para,
    word: Word,
    shown: &str,
    lower: &str,
    allowed_words: &HashSet<String>,
) -> bool {
    let char_at = |i: usize| para.get(i).map(|&(_, c)| c);
    let before = word.start.checked_sub(1).and_then(char_at);
    let before2 = word.start.checked_sub(2).and_then(char_at);
    let after = char_at(word.end);
    let after2 = char_at(word.end + 1);
    let has_vowel = lower
        .chars()
        .any(|c| letters::letter(c).is_some_and(|l| letters::is_vowel(l.shape)));
    shown.chars().count() < 2
        || shown.chars().any(|c| c.is_numeric())
        || shown.chars().skip(1).any(char::is_uppercase)
        || allowed_words.contains(lower)
        || before == Some('/')
        || after == Some('/')
        || matches!(before, Some('@' | '.' | '\'' | '’' | '_' | REF))
            && before2.is_some_and(|c| !c.is_whitespace())
        || after == Some('.') && (after2.is_some_and(char::is_alphabetic) || !has_vowel)
        || matches!(after, Some('@' | '\'' | '’' | '_'))
        || matches!(after2, Some('/')) && after == Some(':')
}

/// Document numbers typed in the text, compared with the defined ones.
#[derive(Default)]
struct Directives<'p> {
    /// Number (spaces removed) → id.
    exact: HashMap<String, &'p str>,
    /// The part before the last `/` (when it holds letters) → id, number.
    head: HashMap<String, (&'p str, &'p str)>,
}

impl Directives<'_> {
    fn check(&self, para: &Para, found: &mut Vec<Found>) {
        if self.exact.is_empty() {
            return;
        }
        let n = para.len();
        let part = |c: char| c.is_alphanumeric() || c == '-' || c == '/';
        let mut i = 0;
        while i < n {
            if !para[i].1.is_ascii_digit() || i > 0 && part(para[i - 1].1) {
                i += 1;
                continue;
            }
            let mut j = i;
            while j < n && part(para[j].1) {
                j += 1;
            }
            let mut end = j;
            while end > i && matches!(para[end - 1].1, '-' | '/') {
                end -= 1;
            }
            let typed: String = para[i..end].iter().map(|&(_, c)| c).collect();
            if typed.contains('/') {
                if let Some(id) = self.exact.get(&typed) {
                    found.push(Found {
                        range: range(para, i, end),
                        diagnostic: error::directive_as_text(nowhere(), &typed, id),
                    });
                } else if let Some((head, _)) = typed.rsplit_once('/')
                    && let Some((id, number)) = self.head.get(head)
                {
                    found.push(Found {
                        range: range(para, i, end),
                        diagnostic: error::directive_number_mismatch(
                            nowhere(),
                            &typed,
                            id,
                            number,
                        ),
                    });
                }
            }
            i = j.max(i + 1);
        }
    }
}

/// Reports the words placed the minority's way, or against `spelling`.
fn report_tones(
    plan: &Plan,
    sources: &Sources,
    tones: Vec<ToneUse>,
    diags: &mut Diagnostics,
) {
    let old = tones.iter().filter(|t| t.placement == Spelling::Old).count();
    let new = tones.len() - old;
    let (keep, chosen) = match &plan.proofing.spelling {
        Some(s) => (s.value, true),
        None if old == 0 || new == 0 => return,
        // A tie goes to the placement met first.
        None if old == new => (tones[0].placement, false),
        None => (if old > new { Spelling::Old } else { Spelling::New }, false),
    };
    let others = if keep == Spelling::Old { old } else { new };
    let mut maps: HashMap<usize, locate::Map> = HashMap::new();
    for t in tones.into_iter().filter(|t| t.placement != keep) {
        if diags.is_full() {
            break;
        }
        let text = &plan.texts[t.text];
        let map = maps.entry(t.text).or_insert_with(|| {
            locate::Map::new(&text.value, sources.slice(text.span), text.span)
        });
        let span = map.span(&text.value, t.range);
        diags.push(error::mixed_tone_marks(
            span,
            &t.word,
            &t.fix,
            t.placement,
            chosen,
            others,
        ));
    }
}

#[cfg(test)]
mod tests;
