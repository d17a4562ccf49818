//! Reading the frame keys (`plan-format.md`, "The frame") into
//! [`Frame`]: `date: YYYY-MM`, `dates`, `citations`, `type_name` and
//! `electronic_recipients`. Kept apart from `convert.rs`, which reads the
//! rest of the plan with the same helpers.

use chrono::NaiveDate;

use super::error;
use super::fields::{Cx, Fields, Place};
use super::scalar::{read_choice, read_date_or, read_text, read_text_list};
use crate::model::{CitationStyle, DateForm, Frame, YearMonth};
use crate::source::Spanned;

/// `date`: a day `2024-05-02`, or a month `2026-01` (signed in that month,
/// the day left blank; `plan-format.md`, "`date: YYYY-MM`: the signing month").
pub(super) fn read_date(
    f: &Fields<'_>,
    cx: &mut Cx<'_>,
) -> (Option<Spanned<NaiveDate>>, Option<Spanned<YearMonth>>) {
    let Some((k, v)) = f.get("date") else { return (None, None) };
    if let Some(text) = v.as_str()
        && let Some((y, m)) = year_month(text.trim())
    {
        if (1..=12).contains(&m) {
            return (None, Some(Spanned::new(YearMonth { year: y, month: m }, v.span)));
        }
        cx.push(error::invalid_date(v.span, text, super::scalar::no_such_month(m)));
        return (None, None);
    }
    // `05/2024`, `tháng 5/2024`: a month, as the number line's date would
    // be typed before the day is known.
    if let Some(text) = v.as_str()
        && let Some(month) = error::month_as_clerks_write_it(text)
    {
        cx.push(error::date_as_month(v.span, &v.found(), &month));
        return (None, None);
    }
    // A month typed with a typographic dash (`2026–01`) is told the form
    // with a hyphen, as a day or a period is.
    let is_month = |s: &str| year_month(s).is_some_and(|(_, m)| (1..=12).contains(&m));
    (read_date_or(v, Place::Key(k, "date"), cx, is_month), None)
}

/// `2026-01` as year and month (the month not yet checked).
fn year_month(text: &str) -> Option<(i32, u32)> {
    let (y, m) = text.split_once('-')?;
    let digits =
        |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    if !(digits(y, 4) && digits(m, 2)) {
        return None;
    }
    Some((y.parse().ok()?, m.parse().ok()?))
}

/// The other frame keys.
pub(super) fn read(
    f: &Fields<'_>,
    signing_month: Option<Spanned<YearMonth>>,
    cx: &mut Cx<'_>,
) -> Frame {
    let dates = f.opt("dates", cx, |v, p, cx| {
        read_choice(v, p, &DateForm::NAMES, DateForm::from_name, cx)
    });
    let citations = f.opt("citations", cx, |v, p, cx| {
        read_choice(v, p, &CitationStyle::NAMES, CitationStyle::from_name, cx)
    });
    let type_name = f.opt("type_name", cx, read_text);
    let electronic_recipients = f.opt("electronic_recipients", cx, |v, p, cx| {
        read_text_list(v, p, "electronic_recipients", cx)
            .map(|list| Spanned::new(list, v.span))
    });
    Frame { signing_month, dates, citations, type_name, electronic_recipients }
}
