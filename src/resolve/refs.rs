//! `{id}` references: from a text value to runs, every reference checked
//! (`plan-format.md`, "Text").

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::diag::Diagnostics;
use crate::model::text::{self, Piece, TextErrorKind};
use crate::model::{Anniversary, Directive, Gaps, Period, Plan, Text};
use crate::runs::Run;
use crate::source::{SourceId, Sources, Span};
use crate::vi::cite::{self, CiteForm};

use super::error;

/// Where a piece of a text value stands, found only when needed.
struct Place<'t> {
    value: &'t Text,
    /// The source the value's span covers.
    raw: &'t str,
    /// The piece, in the value.
    range: Range<usize>,
}

impl Place<'_> {
    /// The piece's span in the YAML; the whole value's when `diags` is full,
    /// since that report is dropped. Finding the piece costs a pass over the
    /// value, so a value with thousands of references stays linear.
    fn span(&self, diags: &Diagnostics) -> Span {
        if diags.is_full() {
            self.value.span
        } else {
            text::locate(&self.value.value, self.raw, self.value.span, self.range.clone())
        }
    }
}

enum Target<'a> {
    Directive(&'a Directive),
    Anniversary(&'a Anniversary),
}

/// Resolves the texts of one plan and remembers which ids were used.
pub(super) struct Resolver<'a> {
    sources: &'a Sources,
    period: Period,
    targets: HashMap<&'a str, Target<'a>>,
    used: HashSet<&'a str>,
    plan: &'a Plan,
    /// Ids whose definition has an error, and whether some definitions
    /// could not be read at all: no "unknown reference" for those.
    gaps: &'a Gaps,
    /// Whether the period is a placeholder: no date check against it.
    period_known: bool,
    /// Bytes of text resolved so far, references expanded.
    printed: usize,
    /// Whether [`MAX_PRINTED`] was passed (and reported).
    overflowed: bool,
    /// Every id, sorted, for the help of an unknown reference; built once.
    known: Option<Vec<&'a str>>,
    /// The anniversaries of the text being resolved already reported as
    /// outside the period: `"{cmt8:years} năm … {cmt8}"` is one problem,
    /// reported once, at the first reference.
    outside: HashSet<&'a str>,
}

/// The most text a plan may print, in bytes, references expanded: twice the
/// largest file. A few `{kl01:full}` citing a long `about` are fine; thousands
/// of them would turn a small file into a document of thousands of pages.
pub(super) const MAX_PRINTED: usize = 2 * crate::source::MAX_FILE_BYTES;

impl<'a> Resolver<'a> {
    pub(super) fn new(plan: &'a Plan, gaps: &'a Gaps, sources: &'a Sources) -> Self {
        let mut targets = HashMap::new();
        for d in &plan.directives {
            targets.entry(d.id.value.as_str()).or_insert(Target::Directive(d));
        }
        for a in &plan.anniversaries {
            targets.entry(a.id.value.as_str()).or_insert(Target::Anniversary(a));
        }
        Self {
            sources,
            period: plan.period.value,
            targets,
            used: HashSet::new(),
            plan,
            gaps,
            period_known: !gaps.period,
            printed: 0,
            overflowed: false,
            known: None,
            outside: HashSet::new(),
        }
    }

    /// The runs of `value`, references replaced by their text:
    /// `"kỷ niệm {cmac}"` → `"kỷ niệm 206 năm Ngày sinh C.Mác (5/5/1818 - 5/5/2024)"`.
    pub(super) fn resolve(&mut self, value: &Text, diags: &mut Diagnostics) -> Vec<Run> {
        let raw = self.sources.slice(value.span);
        self.outside.clear();
        let (pieces, errors) = text::parse(&value.value);
        for e in errors {
            let at = Place { value, raw, range: e.range };
            let span = at.span(diags);
            diags.push(match e.kind {
                TextErrorKind::Reference => {
                    error::malformed_reference(span, &e.message, &e.help)
                }
                TextErrorKind::NestedFootnote => {
                    error::nested_footnote(span, &e.message, &e.help)
                }
                TextErrorKind::UnclosedFootnote => {
                    error::unclosed_footnote(span, &e.message, &e.help)
                }
                TextErrorKind::EmptyFootnote => {
                    error::empty_footnote(span, &e.message, &e.help)
                }
            });
        }
        let runs = self.runs(pieces, value, raw, diags);
        // A text long as written is reported once, by `resolve`'s check of
        // every text; here, one that references make long.
        if value.value.chars().count() <= super::MAX_TEXT_CHARS
            && printed_chars(&runs) > super::MAX_TEXT_CHARS
        {
            diags.push(error::text_too_long(value.span, super::MAX_TEXT_CHARS, true));
        }
        runs
    }

    /// The runs of `pieces` of `value`; a footnote becomes a run holding
    /// its note's runs.
    fn runs(
        &mut self,
        pieces: Vec<Piece>,
        value: &Text,
        raw: &str,
        diags: &mut Diagnostics,
    ) -> Vec<Run> {
        let mut runs: Vec<Run> = Vec::new();
        // The anniversary `{id}` just printed, with its dates, and where it
        // ends in the value: dates typed right after it print twice.
        let mut after_anniversary: Option<(String, String, usize)> = None;
        for piece in pieces {
            if self.overflowed {
                break;
            }
            let follows = after_anniversary.take();
            let (text, strong, emph, at) = match piece {
                Piece::Text { text, strong, emph } => {
                    if let Some((id, printed, end)) = follows
                        && let Some(typed) = typed_dates(&text)
                    {
                        // The typed dates' place in the value, when the
                        // text goes on right after the reference there.
                        let range = end + typed.start..end + typed.end;
                        let range = if value.value.get(range.clone())
                            == text.get(typed.clone())
                        {
                            range
                        } else {
                            end.saturating_sub(1)..end
                        };
                        let span = Place { value, raw, range }.span(diags);
                        diags.push(error::anniversary_dates_twice(
                            span,
                            &id,
                            &printed,
                            &text[typed],
                        ));
                    }
                    (text, strong, emph, None)
                }
                Piece::Ref { id, form, strong, emph, range } => {
                    let at = Place { value, raw, range };
                    let text = self.reference(&id, form.as_deref(), &at, diags);
                    let anniversary = matches!(
                        self.targets.get(id.as_str()),
                        Some(Target::Anniversary(_))
                    );
                    if anniversary
                        && form.is_none()
                        && let Some(count) = count_before(&runs)
                    {
                        let span = at.span(diags);
                        diags.push(error::anniversary_years_twice(
                            span, &id, &count, &text,
                        ));
                    }
                    if anniversary && form.is_none() {
                        after_anniversary =
                            Some((id.clone(), text.clone(), at.range.end));
                    }
                    (text, strong, emph, Some(at))
                }
                Piece::Footnote { pieces, .. } => {
                    // A note is one paragraph: its line breaks are spaces.
                    let mut note = self.runs(pieces, value, raw, diags);
                    for run in &mut note {
                        run.text = run.text.replace('\n', " ");
                    }
                    runs.push(Run::footnote(note));
                    continue;
                }
            };
            self.printed += text.len();
            if self.printed > MAX_PRINTED {
                self.overflowed = true;
                let span = at.map_or(value.span, |at| at.span(diags));
                diags.push(error::text_too_large(span, MAX_PRINTED));
                break;
            }
            let run = Run::styled(text, strong, emph);
            match runs.last_mut() {
                Some(last) if last.joins(&run) => last.text.push_str(&run.text),
                _ => runs.push(run),
            }
        }
        runs
    }

    fn reference(
        &mut self,
        id: &str,
        form: Option<&str>,
        at: &Place<'_>,
        diags: &mut Diagnostics,
    ) -> String {
        let Some((key, target)) = self.targets.get_key_value(id) else {
            let failed = self.gaps.failed_ids.iter().any(|f| f == id);
            if self.gaps.definitions || failed {
                return format!("{{{id}}}");
            }
            // Full: the report is dropped (but still fails the build), so
            // skip looking for a near id.
            let known = if diags.is_full() {
                &[][..]
            } else {
                let targets = &self.targets;
                self.known.get_or_insert_with(|| {
                    let mut known: Vec<&'a str> = targets.keys().copied().collect();
                    known.sort_unstable();
                    known
                })
            };
            // The id the report suggests (`{cmtt}` for a `cmttx` defined)
            // is the same mistake seen from its other end: not also
            // reported as never referenced.
            if let Some(best) = crate::suggest::nearest(id, known.iter().copied()) {
                self.used.insert(best);
            }
            diags.push(error::unknown_reference(at.span(diags), id, known));
            return format!("{{{id}}}");
        };
        self.used.insert(key);
        match target {
            Target::Directive(d) => {
                let form = match form {
                    None => CiteForm::Default,
                    Some("dated") => CiteForm::Dated,
                    Some("short") => CiteForm::Short,
                    Some("full") => {
                        if d.about.is_none() {
                            diags.push(error::full_without_about(at.span(diags), id));
                        }
                        CiteForm::Full
                    }
                    Some(other) => {
                        diags.push(error::unknown_form(at.span(diags), other, true));
                        CiteForm::Default
                    }
                };
                cite::cite(&super::citation(d, &self.plan.frame), form)
            }
            Target::Anniversary(a) => {
                let (month, day) = (
                    chrono::Datelike::month(&a.date.value),
                    chrono::Datelike::day(&a.date.value),
                );
                if self.period_known
                    && self.period.year_of_day(month, day).is_none()
                    && self.outside.insert(key)
                {
                    let span = at.span(diags);
                    diags.push(error::anniversary_outside_period(span, id, self.period));
                }
                let year = anniversary_year(self.period, a.date.value);
                let dates = self.plan.frame.date_form();
                match form {
                    None => cite::anniversary(&a.name.value, a.date.value, year, dates),
                    Some("years") => {
                        cite::anniversary_years(a.date.value, year).to_string()
                    }
                    Some(other) => {
                        diags.push(error::unknown_form(at.span(diags), other, false));
                        cite::anniversary(&a.name.value, a.date.value, year, dates)
                    }
                }
            }
        }
    }

    /// Warns about every directive and anniversary of the plan file itself
    /// that is never referenced.
    pub(super) fn report_unused(&self, diags: &mut Diagnostics) {
        // Only entries of the plan file itself: a shared file that many plans
        // include (issue 5, item 4) holds entries that each plan uses a few of.
        let own = |span: Span| span.source == SourceId(0);
        for d in &self.plan.directives {
            if own(d.id.span) && !self.used.contains(d.id.value.as_str()) {
                diags.push(error::unused_definition(
                    d.id.span,
                    &d.id.value,
                    &error::directive_word(),
                ));
            }
        }
        for a in &self.plan.anniversaries {
            if own(a.id.span) && !self.used.contains(a.id.value.as_str()) {
                diags.push(error::unused_definition(
                    a.id.span,
                    &a.id.value,
                    &error::anniversary_word(),
                ));
            }
        }
    }
}

/// The year an anniversary is counted to: the year of the day it falls on
/// inside the period (the first such year in a period longer than a year),
/// or the year of the period's first day when it falls outside (reported as
/// a warning; `plan-format.md`, "Checks against the span").
pub(super) fn anniversary_year(period: Period, event: chrono::NaiveDate) -> i32 {
    let (month, day) = (chrono::Datelike::month(&event), chrono::Datelike::day(&event));
    period.year_of_day(month, day).unwrap_or_else(|| period.year())
}

/// Dates typed in brackets at the start of `text`, which follows an
/// anniversary's `{id}` (that prints its own): " (3/2/1930 - 3/2/2027), tổ
/// chức …" → the range of "(3/2/1930 - 3/2/2027)". Only digits, "/", ".",
/// dashes and spaces inside, with a year of four digits among them: "(2
/// ngày)" or "(lần thứ 3)" are not dates.
fn typed_dates(text: &str) -> Option<Range<usize>> {
    let start = text.len() - text.trim_start().len();
    let inner = text[start..].strip_prefix('(')?;
    let len = inner
        .find(|c: char| {
            !(c.is_ascii_digit() || matches!(c, '/' | '.' | '-' | '–' | '—' | ' '))
        })
        .unwrap_or(inner.len());
    let dates = inner[..len].trim_end_matches(['.', ' ']);
    let year = dates.split(|c: char| !c.is_ascii_digit()).any(|digits| digits.len() == 4);
    if !year {
        return None;
    }
    let closed = inner[dates.len()..].starts_with(')');
    Some(start..start + 1 + dates.len() + usize::from(closed))
}

/// The count of years that ends the text of `runs`, `"81 năm"` of
/// `"Kỷ niệm 81 năm "`: written before an anniversary's `{id}`, which
/// prints its own ("81 năm Cách mạng tháng Tám …"), it prints twice. The
/// count may come from `{id:years}` or be typed; "năm" in any case.
fn count_before(runs: &[Run]) -> Option<String> {
    // The end of the last few runs (a bold count is a run of its own), a
    // few characters of each: a long text is not copied at each reference.
    let mut tail = String::new();
    for run in runs.iter().rev().take(3) {
        if run.footnote.is_some() || tail.chars().count() >= 40 {
            break;
        }
        let text = &run.text;
        let from = text.char_indices().rev().nth(39).map_or(0, |(at, _)| at);
        tail.insert_str(0, &text[from..]);
    }
    let rest = tail.trim_end().strip_suffix(['m', 'M'])?;
    let rest = rest.strip_suffix(['ă', 'Ă'])?.strip_suffix(['n', 'N'])?;
    let digits_end = rest.trim_end();
    if digits_end.len() == rest.len() {
        // "năm" glued to what is before it: a longer word.
        return None;
    }
    let start = digits_end.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    let before = &digits_end[..start];
    // The count stands alone, after a space or at the start: not glued to
    // what is before it ("1/5 năm", "A5 năm"), and not the number of a
    // month, a day or an ordinal ("tháng 5 năm", "lần thứ 2 năm").
    if start == digits_end.len()
        || !(before.is_empty() || before.ends_with(char::is_whitespace))
    {
        return None;
    }
    let word = before.split_whitespace().next_back().unwrap_or("").to_lowercase();
    if NOT_A_COUNT.contains(&word.as_str()) {
        return None;
    }
    Some(format!("{} năm", &digits_end[start..]))
}

/// Words after which a number before "năm" is not a count of years: a
/// month, a day, a quarter, a week, an ordinal, a number, a term.
const NOT_A_COUNT: [&str; 11] =
    ["tháng", "ngày", "quý", "tuần", "thứ", "lần", "số", "khóa", "khoá", "kỳ", "kì"];

/// The characters `runs` print, footnotes included.
pub(super) fn printed_chars(runs: &[Run]) -> usize {
    runs.iter()
        .map(|r| r.text.chars().count() + r.footnote.as_deref().map_or(0, printed_chars))
        .sum()
}
