//! Checks and resolution: [`Plan`] → [`Resolved`] plus warnings.
//!
//! Applies every check of `plan-format.md` ("Checks every build makes", and
//! the rules of its Text, Meetings and Signature sections) and resolves what
//! the page needs from the plan: the rule set in force, the default titles,
//! and every `{id}` reference turned into text. It reports all problems at
//! once; the wording of each lives in `error.rs`.

mod error;
mod refs;

use chrono::{Datelike, NaiveDate};

use crate::diag::Diagnostics;
use crate::model::{
    Gaps, HeadingMode, Item, Kind, ListStyle, Meeting, Period, Plan, Section, Style,
    TimeOfDay, When,
};
use crate::numbering::Numbering;
use crate::rules::{self, RuleSet};
use crate::source::Sources;
use crate::vi;
use crate::view::Run;

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
    /// `closing`.
    pub closing: Vec<Run>,
    /// `recipients`, as written.
    pub recipients: Vec<String>,
    /// `archive`.
    pub archive: String,
    /// `signer`.
    pub signer: ResolvedSigner,
    /// `draft` or `--draft`.
    pub draft: bool,
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

/// The fields of a directive as the wording functions take them.
pub fn citation(d: &crate::model::Directive) -> crate::vi::cite::Citation<'_> {
    crate::vi::cite::Citation {
        doc_type: &d.doc_type.value,
        number: &d.number.value,
        date: d.date.value,
        by: &d.by.value,
        about: d.about.as_ref().map(|a| a.value.as_str()),
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
/// loaded with errors (`load::load_partial`), so that a clerk gets the
/// problems of the whole file in one run. Gives only the diagnostics: such a
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
    for directive in &plan.directives {
        if let Some(date) = plan.date.as_ref().map(|d| d.value)
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
        let years = vi::cite::anniversary_years(anniversary.date.value, period.year());
        if years <= 0 {
            diags.push(error::anniversary_not_positive(
                anniversary.date.span,
                &anniversary.id.value,
                years,
                period,
            ));
        }
    }

    let mut texts = refs::Resolver::new(plan, gaps, sources);
    let title = match &plan.title {
        Some(title) => texts.resolve(title, &mut diags),
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
    let closing = texts.resolve(&plan.closing, &mut diags);
    if !gaps.texts {
        texts.report_unused(&mut diags);
    }

    if plan.recipients.value.is_empty() && !gaps.recipients {
        diags.push(error::empty_recipients(plan.recipients.span));
    }
    let signer = &plan.signer;
    if style == Style::Dang && !gaps.style {
        if let Some(deputy) = &signer.deputy_for {
            diags.push(error::party_deputy(deputy.span));
        }
        if let Some(authority) = &signer.by_authority_of {
            diags.push(error::party_by_authority(authority.span));
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
    };
    (Some(resolved), diags)
}

/// The pinned rule set, or the one in force on the document's date (or the
/// period's first day): `plan-format.md`, key `rules`.
fn choose_rules(plan: &Plan, diags: &mut Diagnostics) -> &'static RuleSet {
    let style = plan.style.value;
    let day = plan.date.as_ref().map_or_else(|| plan.period.value.start(), |d| d.value);
    let by_date = rules::in_force(style, day);
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

fn check_date(plan: &Plan, diags: &mut Diagnostics) {
    let Some(date) = &plan.date else { return };
    let period = plan.period.value;
    if date.value > period.end() {
        diags.push(error::date_after_period(date.span, period));
    } else if (period.start() - date.value).num_days() > 60 {
        diags.push(error::date_long_before_period(date.span, period));
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
                diags.push(error::meeting_on_weekend(
                    date.span,
                    date.value,
                    vi::words::weekday(date.value.weekday()),
                ));
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
