//! Checks and resolution: [`Plan`] → [`Resolved`] plus warnings.
//!
//! Applies every check of `plan-format.md` ("Checks every build makes", and
//! the rules of its Text, Meetings and Signature sections) and resolves what
//! the page needs from the plan: the rule set in force, the default titles,
//! and every `{id}` reference turned into text. It reports all problems at
//! once; the wording of each lives in `error.rs`.

mod error;
mod recipients;
mod refs;
mod table;

pub use table::{ResolvedCell, ResolvedColumn, ResolvedRow, ResolvedTable};

use chrono::{Datelike, NaiveDate};

use crate::diag::Diagnostics;
use crate::model::{
    Gaps, HeadingMode, Item, Kind, ListStyle, Meeting, Period, Plan, Section, Style,
    TimeOfDay, When, YearMonth,
};
use crate::numbering::Numbering;
use crate::rules::{self, RuleSet};
use crate::runs::Run;
use crate::source::Sources;
use crate::vi;

/// Choices made on the command line that change the document.
#[derive(Debug, Clone, Copy, Default)]
pub struct Options {
    /// `--draft`: print the "DỰ THẢO" mark whatever the plan says.
    pub draft: bool,
}

/// A checked plan with every reference resolved and every default filled.
#[derive(Debug, Clone)]
pub struct Resolved {
    /// The rule set in force (pinned or by date).
    pub rules: &'static RuleSet,
    /// `kind`.
    pub kind: Kind,
    /// `period`.
    pub period: Period,
    /// `number`.
    pub number: Option<u32>,
    /// `date`.
    pub date: Option<NaiveDate>,
    /// `date: YYYY-MM`: the signing month, the day left blank.
    pub signing_month: Option<YearMonth>,
    /// `type_name`, as written ("Chương trình hành động").
    pub type_name: Option<String>,
    /// `place`.
    pub place: String,
    /// The summary line, given or default ("Công tác tháng 5 năm 2024").
    pub title: Vec<Run>,
    /// `issuer.parent`.
    pub parent: Option<String>,
    /// `issuer.name`.
    pub issuer: String,
    /// `issuer.abbr`.
    pub issuer_abbr: String,
    /// `intro`.
    pub intro: Option<Vec<Run>>,
    /// `sections`.
    pub sections: Vec<ResolvedSection>,
    /// `numbering`, the rule set's defaults filled in.
    pub numbering: Numbering,
    /// `meetings`.
    pub meetings: Option<ResolvedMeetings>,
    /// `closing`, when given.
    pub closing: Option<Vec<Run>>,
    /// `recipients`, as written.
    pub recipients: Vec<String>,
    /// `electronic_recipients`, as written (empty when not given).
    pub electronic_recipients: Vec<String>,
    /// `archive`.
    pub archive: String,
    /// `signer`.
    pub signer: ResolvedSigner,
    /// `draft` or `--draft`.
    pub draft: bool,
    /// `appendices`.
    pub appendices: Vec<ResolvedAppendix>,
}

/// An appendix with its texts resolved.
#[derive(Debug, Clone)]
pub struct ResolvedAppendix {
    /// `landscape`.
    pub landscape: bool,
    /// `header`.
    pub header: bool,
    /// The appendix's `numbering`, else the plan's, defaults filled in.
    pub numbering: Numbering,
    /// `title` and the content, as a section.
    pub body: ResolvedSection,
}

/// A section with its texts resolved.
#[derive(Debug, Clone)]
pub struct ResolvedSection {
    /// `title`.
    pub title: Vec<Run>,
    /// `heading`, when given.
    pub heading: Option<HeadingMode>,
    /// `intro`.
    pub intro: Option<Vec<Run>>,
    /// `list`.
    pub list: ListStyle,
    /// `items`.
    pub items: Vec<ResolvedItem>,
    /// `sections`.
    pub sections: Vec<ResolvedSection>,
    /// `outro`.
    pub outro: Option<Vec<Run>>,
    /// `table`.
    pub table: Option<ResolvedTable>,
}

/// An item with its texts resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedItem {
    /// Its text.
    pub text: Vec<Run>,
    /// `list` of its nested items, when given.
    pub list: Option<ListStyle>,
    /// Its nested items.
    pub items: Vec<ResolvedItem>,
}

impl ResolvedItem {
    /// An item without nested items.
    pub fn text(text: Vec<Run>) -> Self {
        Self { text, list: None, items: Vec::new() }
    }
}

/// The meetings block with its texts resolved.
#[derive(Debug, Clone)]
pub struct ResolvedMeetings {
    /// `title`, given or default ("Một số cuộc họp chính trong tháng").
    pub title: Vec<Run>,
    /// `items`.
    pub items: Vec<ResolvedMeeting>,
    /// `note`.
    pub note: Option<Vec<Run>>,
}

/// One meeting.
#[derive(Debug, Clone)]
pub struct ResolvedMeeting {
    /// `name`.
    pub name: Vec<Run>,
    /// A date, or a weekday every week.
    pub when: ResolvedWhen,
    /// `time`.
    pub time: Option<TimeOfDay>,
}

/// When a meeting happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ResolvedWhen {
    /// On this date.
    Dated(NaiveDate),
    /// On this weekday every week.
    Weekly(chrono::Weekday),
}

/// The signer, as written.
#[derive(Debug, Clone)]
pub struct ResolvedSigner {
    /// `on_behalf`.
    pub on_behalf: Option<String>,
    /// `deputy_for`.
    pub deputy_for: Option<String>,
    /// `by_order_of`.
    pub by_order_of: Option<String>,
    /// `by_authority_of`.
    pub by_authority_of: Option<String>,
    /// `acting`.
    pub acting: bool,
    /// `title`.
    pub title: String,
    /// `name`.
    pub name: String,
}

impl Resolved {
    /// The document type as written, for running text such as an
    /// appendix's "(Kèm theo Chương trình hành động số …)": `type_name`, or
    /// "Chương trình" / "Kế hoạch" by `kind` (`plan-format.md`, "`type_name`").
    pub fn doc_type_name(&self) -> String {
        vi::doc_type::name(self.kind, self.type_name.as_deref())
    }

    /// The month and year the date line prints when the day is blank: the
    /// signing month (`date: 2026-01`), else the period's first month.
    pub fn blank_day_month(&self) -> (u32, i32) {
        match self.signing_month {
            Some(ym) => (ym.month, ym.year),
            None => (self.period.first_month(), self.period.year()),
        }
    }
}

/// The fields of a directive as the wording functions take them, printed
/// as `frame` (`dates`, `citations`) asks.
pub fn citation<'a>(
    d: &'a crate::model::Directive,
    frame: &crate::model::Frame,
) -> crate::vi::cite::Citation<'a> {
    crate::vi::cite::Citation {
        doc_type: &d.doc_type.value,
        number: &d.number.value,
        date: d.date.value,
        by: &d.by.value,
        about: d.about.as_ref().map(|a| a.value.as_str()),
        dates: frame.date_form(),
        style: frame.citation_style(),
    }
}

/// Checks `plan` and resolves it; `None` when any error was found.
pub fn resolve(
    plan: &Plan,
    sources: &Sources,
    options: Options,
) -> (Option<Resolved>, Diagnostics) {
    run(plan, &Gaps::default(), sources, options)
}

/// Makes every check that does not depend on what `gaps` names, on a plan
/// loaded with errors (`load::load_partial_with`), so that a clerk gets the
/// problems of the whole file in one run. Gives only the diagnostics: such a
/// The most characters of `place`, `issuer.name` and `issuer.parent`: the
/// heading sets them in a cell half the page wide (`format-rules.md` §1.2
/// boxes 2 and 4), and a real one has a few dozen (“Đảng bộ thành phố Bắc
/// Giang”).
/// Thousands of words there made the layout take minutes.
pub(crate) const MAX_HEADING_LINE: usize = 200;

/// The most characters the summary line (`title`) prints, references
/// expanded: a long one names a resolution in full (“Chương trình hành
/// động thực hiện Nghị quyết số 18-NQ/TW …”, some 250); 20 000 words there
/// took the layout a minute and 340 MB.
pub(crate) const MAX_TITLE: usize = 600;

/// The most characters one text may hold, as written or once its
/// references are expanded: some three pages as one paragraph. A
/// paragraph, or a table cell, of 100 000 words took the layout most of a
/// minute; 10 000 characters take a second.
pub(crate) const MAX_TEXT_CHARS: usize = 10_000;

/// The most footnotes (`^[…]`) a plan may hold. A yearly program has a
/// few dozen; 1 000 take 0.7 s and 250 MB to lay out, 2 000 took 2.1 s and
/// 480 MB, 9 000 13 s and 1.9 GB (Typst lays the page out again for each
/// note it places).
pub(crate) const MAX_FOOTNOTES: usize = 1_000;

/// A word (characters between spaces) longer than this is a code or a
/// link, which the layout breaks inside when it does not fit its line or
/// cell (`long.typ`); no Vietnamese word comes near it.
pub(crate) const LONG_WORD_CHARS: usize = 40;

/// The most the plan's long words may cost together: a character of a
/// word longer than [`LONG_WORD_CHARS`] counts ½, a character of a table
/// cell's word wider than its column counts 1 more (the model's
/// `Table::wide_chars`). Breaking such words inside costs far more than
/// plain text: in the body, 500 words of 200 characters took 0.8 s and
/// 330 MB to lay out, 600 KB of them 5 to 6 s and 1.7 GB (20 000
/// characters take about 0.15 s); in a 12 mm column, 300 codes of 31
/// characters took 1.2 s and 185 MB, 3 000 of them 10 s and 1.6 GB.
pub(crate) const MAX_LONG_WORD_COST: usize = 20_000;

/// The most texts (items, titles, recipients, table cells …) a plan may
/// hold: a yearly plan has a few thousand. 60 000 one-letter items fit in
/// the file size limit and took 620 MB to lay out; 10 000 take about 150 MB.
pub(crate) const MAX_TEXTS: usize = 10_000;

/// Reports the text where the plan's footnotes pass [`MAX_FOOTNOTES`], and
/// the one where its long words pass [`MAX_LONG_WORD_COST`] (or the first
/// table, when its cells alone pass it): within the size limits of the
/// file and of each text, they alone could make the layout take many
/// seconds and gigabytes.
fn budget_notes_and_long_words(plan: &Plan, diags: &mut Diagnostics) {
    let mut long: usize = 0;
    let mut widest_table: Option<crate::source::Span> = None;
    for table in plan_tables(plan) {
        long = long.saturating_add(table.wide_chars);
        if long > MAX_LONG_WORD_COST && widest_table.is_none() {
            widest_table = Some(table.span);
        }
    }
    if let Some(span) = widest_table {
        diags.push(error::table_too_many_wide_words(span, MAX_LONG_WORD_COST));
        return;
    }
    let mut notes = 0usize;
    let (mut notes_reported, mut long_reported) = (false, false);
    for text in &plan.texts {
        let value = text.value.as_str();
        notes += value.matches("^[").count() - value.matches("^^[").count();
        if notes > MAX_FOOTNOTES && !notes_reported {
            diags.push(error::too_many_footnotes(text.span, MAX_FOOTNOTES));
            notes_reported = true;
        }
        // References (`{kl01:full}`) print as words of their own: the
        // braces part words as spaces do.
        long += value
            .split(|c: char| c.is_whitespace() || c == '{' || c == '}')
            .map(|word| word.chars().count())
            .filter(|&n| n > LONG_WORD_CHARS)
            .sum::<usize>()
            // In the body they cost a quarter of what they cost in a
            // narrow cell: half a unit a character.
            .div_ceil(2);
        if long > MAX_LONG_WORD_COST && !long_reported {
            diags.push(error::too_many_long_words(
                text.span,
                LONG_WORD_CHARS,
                MAX_LONG_WORD_COST,
            ));
            long_reported = true;
        }
    }
}

/// Every table of `plan`, in its sections at every depth and in its
/// appendices.
fn plan_tables(plan: &Plan) -> Vec<&crate::model::Table> {
    fn walk<'p>(
        sections: &'p [crate::model::Section],
        out: &mut Vec<&'p crate::model::Table>,
    ) {
        for section in sections {
            out.extend(section.table.as_ref());
            walk(&section.sections, out);
        }
    }
    let mut out = Vec::new();
    walk(&plan.sections.value, &mut out);
    for appendix in &plan.appendices {
        walk(std::slice::from_ref(&appendix.body), &mut out);
    }
    out
}

/// plan is never printed.
pub fn check_partial(plan: &Plan, gaps: &Gaps, sources: &Sources) -> Diagnostics {
    run(plan, gaps, sources, Options::default()).1
}

fn run(
    plan: &Plan,
    gaps: &Gaps,
    sources: &Sources,
    options: Options,
) -> (Option<Resolved>, Diagnostics) {
    let mut diags = Diagnostics::new();
    let period = plan.period.value;
    let style = plan.style.value;

    let rules = if gaps.style {
        rules::by_id(crate::model::RuleSetId::Hd36)
    } else {
        choose_rules(plan, &mut diags)
    };
    if !gaps.period {
        check_date(plan, &mut diags);
    }
    // With only a signing month, a directive of a later day of that month
    // may still come first: only one after the month is reported.
    let latest_signing = plan
        .date
        .as_ref()
        .map(|d| d.value)
        .or_else(|| plan.frame.signing_month.as_ref().map(|m| m.value.last_day()));
    for directive in &plan.directives {
        if let Some(date) = latest_signing
            && directive.date.value > date
        {
            diags.push(error::directive_after_document(
                directive.date.span,
                &directive.id.value,
                directive.date.value,
            ));
        }
    }
    for anniversary in plan.anniversaries.iter().filter(|_| !gaps.period) {
        let year = refs::anniversary_year(period, anniversary.date.value);
        let years = vi::cite::anniversary_years(anniversary.date.value, year);
        if years <= 0 {
            diags.push(error::anniversary_not_positive(
                anniversary.date.span,
                &anniversary.id.value,
                years,
                year,
            ));
        }
    }

    let mut texts = refs::Resolver::new(plan, gaps, sources);
    let title = match &plan.title {
        Some(title) => {
            let runs = texts.resolve(title, &mut diags);
            let printed = refs::printed_chars(&runs);
            if printed > MAX_TITLE && printed <= MAX_TEXT_CHARS {
                diags.push(error::heading_line_too_long(title.span, "title", MAX_TITLE));
            }
            runs
        }
        None => vec![Run::plain(vi::period::default_title(period))],
    };
    let intro = plan.intro.as_ref().map(|t| texts.resolve(t, &mut diags));
    if plan.sections.value.is_empty() && !gaps.sections {
        diags.push(error::empty_sections(plan.sections.span));
    }
    let sections = plan
        .sections
        .value
        .iter()
        .map(|s| resolve_section(s, gaps, &mut texts, &mut diags))
        .collect();
    let meetings = plan.meetings.as_ref().map(|m| {
        // A block with no meeting and no note would print a bare title.
        // Past load errors an item may have been dropped: not reported then.
        if m.items.is_empty() && m.note.is_none() && *gaps == Gaps::default() {
            diags.push(error::empty_meetings(m.span));
        }
        let title = match &m.title {
            Some(title) => texts.resolve(title, &mut diags),
            None => vec![Run::plain(vi::period::default_meetings_title(period))],
        };
        let items = m
            .items
            .iter()
            .map(|item| {
                let period = (!gaps.period).then_some(period);
                resolve_meeting(item, period, &mut texts, &mut diags)
            })
            .collect();
        let note = m.note.as_ref().map(|t| texts.resolve(t, &mut diags));
        ResolvedMeetings { title, items, note }
    });
    let closing = plan.closing.as_ref().map(|c| texts.resolve(c, &mut diags));
    let appendices = plan
        .appendices
        .iter()
        .filter_map(|a| {
            let b = &a.body;
            if b.intro.is_none()
                && b.items.is_empty()
                && b.sections.is_empty()
                && b.table.is_none()
                && b.outro.is_none()
            {
                if !gaps.broken_sections.contains(&a.span) {
                    diags.push(error::appendix_without_content(b.title.span));
                }
                return None;
            }
            let written = a.numbering.as_ref().or(plan.numbering.as_ref());
            Some(ResolvedAppendix {
                landscape: a.landscape,
                header: a.header,
                numbering: Numbering::new(
                    rules.id,
                    rules.style,
                    written.map_or(&[], |n| n.value.as_slice()),
                ),
                body: resolve_section(b, gaps, &mut texts, &mut diags),
            })
        })
        .collect();
    // Without `sections` (missing, or a section not read), what they
    // referred to is not known: no definition is reported unused.
    if !gaps.texts && !gaps.sections {
        texts.report_unused(&mut diags);
    }

    let electronic = plan.frame.electronic_recipients.as_ref();
    // `recipients: []` is allowed when the electronic list is given
    // (`plan-format.md`, "`electronic_recipients`").
    if plan.recipients.value.is_empty()
        && !gaps.recipients
        && electronic.is_none_or(|e| e.value.is_empty())
    {
        diags.push(error::empty_recipients(plan.recipients.span));
    }
    if let Some(list) = electronic
        && list.value.is_empty()
    {
        diags.push(error::empty_electronic_recipients(list.span));
    }
    recipients::check(plan, sources, &mut diags);
    let signer = &plan.signer;
    if style == Style::Dang && !gaps.style {
        // Without `on_behalf`, the issuer's name tells; an issuer that
        // could not be read (its placeholder's name is empty) tells nothing.
        let issuer = &plan.issuer.name.value;
        if let Some(deputy) = &signer.deputy_for
            && (signer.on_behalf.is_some()
                || !issuer.is_empty() && !is_party_advisory_body(issuer))
        {
            let body = if is_party_advisory_body(&plan.issuer.name.value) {
                error::PartyBody::Advisory
            } else {
                error::PartyBody::of_collective(&plan.issuer.name.value)
            };
            diags.push(error::party_deputy(deputy.span, body));
        }
        if let Some(authority) = &signer.by_authority_of {
            diags.push(error::party_by_authority(authority.span));
        }
    }

    let name = &plan.signer.name;
    if let Some(plain) = name_without_academic_title(&name.value) {
        diags.push(error::signer_name_title(name.span, plain));
    }
    let abbr = &plan.issuer.abbr;
    if let Some((typed, own)) = abbr_with_type(&abbr.value) {
        diags.push(error::abbr_with_type(abbr.span, typed, own));
    }

    if let Some(text) = plan.texts.get(MAX_TEXTS) {
        diags.push(error::too_many_texts(text.span, MAX_TEXTS));
    }
    budget_notes_and_long_words(plan, &mut diags);
    let too_long = |text: &str| text.chars().count() > MAX_TEXT_CHARS;
    for text in plan.texts.iter().filter(|t| too_long(&t.value)) {
        diags.push(error::text_too_long(text.span, MAX_TEXT_CHARS, false));
    }
    for (key, field) in [
        ("place", Some(&plan.place)),
        ("issuer.name", Some(&plan.issuer.name)),
        ("issuer.parent", plan.issuer.parent.as_ref()),
    ] {
        if let Some(field) = field
            && field.value.chars().count() > MAX_HEADING_LINE
            && !too_long(&field.value)
        {
            diags.push(error::heading_line_too_long(field.span, key, MAX_HEADING_LINE));
        }
    }

    if diags.has_errors() {
        return (None, diags);
    }
    let text =
        |s: &Option<crate::source::Spanned<String>>| s.as_ref().map(|s| s.value.clone());
    let resolved = Resolved {
        rules,
        kind: plan.kind.value,
        period,
        number: plan.number.as_ref().map(|n| n.value),
        date: plan.date.as_ref().map(|d| d.value),
        signing_month: plan.frame.signing_month.as_ref().map(|m| m.value),
        type_name: plan.frame.type_name.as_ref().map(|t| t.value.clone()),
        place: plan.place.value.clone(),
        title,
        parent: text(&plan.issuer.parent),
        issuer: plan.issuer.name.value.clone(),
        issuer_abbr: plan.issuer.abbr.value.clone(),
        intro,
        sections,
        numbering: Numbering::new(
            rules.id,
            rules.style,
            plan.numbering.as_ref().map_or(&[], |n| n.value.as_slice()),
        ),
        meetings,
        closing,
        recipients: plan.recipients.value.iter().map(|r| r.value.clone()).collect(),
        electronic_recipients: electronic
            .map(|e| e.value.iter().map(|r| r.value.clone()).collect())
            .unwrap_or_default(),
        archive: plan.archive.value.clone(),
        signer: ResolvedSigner {
            on_behalf: text(&signer.on_behalf),
            deputy_for: text(&signer.deputy_for),
            by_order_of: text(&signer.by_order_of),
            by_authority_of: text(&signer.by_authority_of),
            acting: signer.acting.as_ref().is_some_and(|a| a.value),
            title: signer.title.value.clone(),
            name: signer.name.value.clone(),
        },
        draft: options.draft || plan.draft.as_ref().is_some_and(|d| d.value),
        appendices,
    };
    (Some(resolved), diags)
}

/// The pinned rule set, or the one in force on the document's date (or the
/// period's first day): `plan-format.md`, key `rules`. A Party plan dated
/// only by a signing month that contains 27/5/2026 (the day 05-HD/VPTW
/// replaces 36-HD/VPTW, `format-rules.md`) gets the rules of the month's
/// first day and a warning, `plan::rules_ambiguous_month`.
fn choose_rules(plan: &Plan, diags: &mut Diagnostics) -> &'static RuleSet {
    let style = plan.style.value;
    let day = match (&plan.date, &plan.frame.signing_month) {
        (Some(d), _) => d.value,
        (None, Some(m)) => m.value.first_day(),
        (None, None) => plan.period.value.start(),
    };
    let by_date = rules::in_force(style, day);
    if let (None, Some(month), None) =
        (&plan.date, &plan.frame.signing_month, &plan.rules)
    {
        let switch = rules::hd05_effective();
        if style == Style::Dang
            && month.value.first_day() < switch
            && switch <= month.value.last_day()
        {
            diags.push(error::rules_ambiguous_month(month.span, month.value, by_date.id));
        }
    }
    match &plan.rules {
        Some(pin) => {
            let pinned = rules::by_id(pin.value);
            if pinned.style != style {
                diags.push(error::rules_style_mismatch(
                    pin.span,
                    pin.value.name(),
                    style.name(),
                ));
                by_date
            } else {
                pinned
            }
        }
        None => by_date,
    }
}

/// The 60-day window of `plan-format.md` (key `date`): a document dated
/// after its period, or more than 60 days before it starts, is a warning. A
/// signing month (`date: 2026-01`) counts from its first day for "after"
/// and from its last day for "before"
/// (`plan-format.md`, "`date: YYYY-MM`: the signing month").
fn check_date(plan: &Plan, diags: &mut Diagnostics) {
    let period = plan.period.value;
    let (span, earliest, latest) = match (&plan.date, &plan.frame.signing_month) {
        (Some(date), _) => (date.span, date.value, date.value),
        (None, Some(month)) => {
            (month.span, month.value.first_day(), month.value.last_day())
        }
        (None, None) => return,
    };
    if earliest > period.end() {
        diags.push(error::date_after_period(span, period));
    } else if (period.start() - latest).num_days() > 60 {
        diags.push(error::date_long_before_period(span, period));
    }
}

fn resolve_section(
    section: &Section,
    gaps: &Gaps,
    texts: &mut refs::Resolver<'_>,
    diags: &mut Diagnostics,
) -> ResolvedSection {
    if section.intro.is_none()
        && section.items.is_empty()
        && section.sections.is_empty()
        && section.outro.is_none()
        && section.table.is_none()
        && !gaps.broken_sections.contains(&section.span)
    {
        diags.push(error::empty_section(section.title.span));
    }
    ResolvedSection {
        title: texts.resolve(&section.title, diags),
        heading: section.heading.as_ref().map(|h| h.value),
        intro: section.intro.as_ref().map(|t| texts.resolve(t, diags)),
        list: section.list.value,
        items: section.items.iter().map(|i| resolve_item(i, texts, diags)).collect(),
        sections: section
            .sections
            .iter()
            .map(|s| resolve_section(s, gaps, texts, diags))
            .collect(),
        outro: section.outro.as_ref().map(|t| texts.resolve(t, diags)),
        table: section.table.as_ref().map(|t| table::resolve_table(t, texts, diags)),
    }
}

fn resolve_item(
    item: &Item,
    texts: &mut refs::Resolver<'_>,
    diags: &mut Diagnostics,
) -> ResolvedItem {
    ResolvedItem {
        text: texts.resolve(&item.text, diags),
        list: item.list.as_ref().map(|l| l.value),
        items: item.items.iter().map(|i| resolve_item(i, texts, diags)).collect(),
    }
}

/// Resolves one meeting; `period` is `None` when it is a placeholder.
fn resolve_meeting(
    meeting: &Meeting,
    period: Option<Period>,
    texts: &mut refs::Resolver<'_>,
    diags: &mut Diagnostics,
) -> ResolvedMeeting {
    let when = match &meeting.when {
        When::Dated(date) => {
            if let Some(period) = period
                && !period.contains(date.value)
            {
                diags.push(error::meeting_outside_period(date.span, date.value, period));
            } else if matches!(
                date.value.weekday(),
                chrono::Weekday::Sat | chrono::Weekday::Sun
            ) {
                diags.push(error::meeting_on_weekend(date.span, date.value));
            }
            ResolvedWhen::Dated(date.value)
        }
        When::Weekly(day) => ResolvedWhen::Weekly(day.value.to_chrono()),
    };
    ResolvedMeeting {
        name: texts.resolve(&meeting.name, diags),
        when,
        time: meeting.time.as_ref().map(|t| t.value),
    }
}

/// `issuer.abbr` typed with a document type in front, as it reads in the
/// number of an old document: "CTr/UBKTHU" → `("CTr", "UBKTHU")`,
/// "KH-UBND" → `("KH", "UBND")`. The tool prints the type from `kind`
/// ("Số 12-CTr/UBKTHU", "Số: 45/KH-UBND"), so such an abbreviation would
/// print it twice ("Số 12-CTr/CTr/UBKTHU").
fn abbr_with_type(abbr: &str) -> Option<(&str, &str)> {
    ["CTr", "KH"].into_iter().find_map(|typed| {
        let own = abbr.trim().strip_prefix(typed)?.strip_prefix(['/', '-'])?.trim();
        (!own.is_empty()).then_some((typed, own))
    })
}

/// The signer's name without the academic titles typed before it
/// ("TS. Trần Quang Minh", "PGS.TS. Lê Văn An", "ThS. Nguyễn Thị Hoa" →
/// "Trần Quang Minh", …), which neither rule set prints there
/// (format-rules.md §1.2 box 7c [S], §2.2 box 7c [R]); `None` when the name
/// starts with none.
fn name_without_academic_title(name: &str) -> Option<&str> {
    const TITLES: [&str; 10] =
        ["GS", "PGS", "TS", "TSKH", "ThS", "Ths", "BS", "KS", "CN", "DS"];
    let (first, rest) = name.trim().split_once(char::is_whitespace)?;
    let mut parts = first.strip_suffix('.')?.split('.').peekable();
    parts.peek()?;
    let titles = parts.all(|part| TITLES.contains(&part));
    let rest = rest.trim();
    (titles && !rest.is_empty()).then_some(rest)
}

/// Whether a Party issuer is an advisory or support body (a "ban" such as
/// Ban Tuyên giáo, a văn phòng, a trung tâm or trường chính trị), whose
/// deputy head signs "K/T TRƯỞNG BAN" (format-rules.md §1.3 [R]); a
/// committee (Đảng ủy, Ban Thường vụ, Ban Chấp hành, Ban cán sự đảng, Ủy ban
/// Kiểm tra) signs as the collective (T/M).
fn is_party_advisory_body(name: &str) -> bool {
    let name = name.trim().to_lowercase();
    let collective = ["ban thường vụ", "ban chấp hành", "ban bí thư", "ban cán sự"];
    if collective.iter().any(|c| name.starts_with(c)) {
        return false;
    }
    ["ban ", "văn phòng", "trung tâm", "trường"].iter().any(|p| name.starts_with(p))
}

#[cfg(test)]
mod tests {
    use super::{abbr_with_type, name_without_academic_title};

    #[test]
    fn an_abbreviation_with_a_type_in_front_is_found() {
        assert_eq!(abbr_with_type("CTr/UBKTHU"), Some(("CTr", "UBKTHU")));
        assert_eq!(abbr_with_type("KH-UBND"), Some(("KH", "UBND")));
        for own in ["ĐU", "UBKTHU", "UBND-VX", "KHCN", "KH", "CTr/", "CTR/ĐU", "SKH-ĐT"]
        {
            assert_eq!(abbr_with_type(own), None, "{own}");
        }
    }

    #[test]
    fn academic_titles_before_the_name_are_found() {
        assert_eq!(
            name_without_academic_title("TS. Trần Quang Minh"),
            Some("Trần Quang Minh")
        );
        assert_eq!(name_without_academic_title("PGS.TS. Lê Văn An"), Some("Lê Văn An"));
        assert_eq!(
            name_without_academic_title("ThS.  Nguyễn Thị Hoa"),
            Some("Nguyễn Thị Hoa")
        );
        for name in ["Trần Quang Minh", "Tăng Sĩ", "TS.", "Ts. Minh", "Lê T. Hà", "KS"]
        {
            assert_eq!(name_without_academic_title(name), None, "{name}");
        }
    }
}
