//! The meetings of a plan as a calendar (`plan build -f ics`, issue 12):
//! resolved plan → [`Calendar`] (plain events) → iCalendar text (`ics`).
//!
//! Choices where the format says nothing (also in `docs/plan-format.md`):
//! - times are Vietnam's (`Asia/Ho_Chi_Minh`, UTC+7, no daylight saving);
//! - a meeting with a time starts then and has no end (the plan gives
//!   none); one without a time is an all-day event;
//! - a weekly meeting repeats every week from its first day in the period
//!   to the period's last day;
//! - an event's UID is made from the issuer, the meeting's name and its day
//!   (or weekday), so it survives reordering and other edits of the plan;
//!   two meetings alike in all three get "-2", "-3" … in order;
//! - DTSTAMP is the document's date (midnight UTC), so the same plan gives
//!   the same bytes.

mod ics;

use chrono::{Datelike, NaiveDate, Weekday};

use crate::plaintext::runs_line;
use crate::resolve::{Resolved, ResolvedWhen};
use crate::view::View;

pub(crate) use ics::to_ics;

/// The calendar of one plan.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Calendar {
    /// "Chương trình công tác tháng 5 năm 2024 - Đảng ủy phường Mỹ Độ".
    pub name: String,
    /// The document's date, for DTSTAMP.
    pub stamp: NaiveDate,
    /// One per meeting, in the plan's order.
    pub events: Vec<Event>,
}

/// One meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Event {
    /// Stable across builds and edits that keep issuer, name and day.
    pub uid: String,
    /// The meeting's name: "Hội nghị BTV Đảng ủy".
    pub summary: String,
    /// Where it comes from: the document's title and issuer.
    pub description: String,
    /// The first (or only) day.
    pub day: NaiveDate,
    /// `(hour, minute)` in Vietnam's time; `None` all day.
    pub time: Option<(u8, u8)>,
    /// Weekly until this day (the period's last), for weekly meetings.
    pub weekly_until: Option<NaiveDate>,
}

/// The calendar of `plan`, whose page view is `view`.
pub(crate) fn calendar(plan: &Resolved, view: &View) -> Calendar {
    let name = format!("{} - {}", view.meta.title, view.meta.author);
    let [y, m, d] = view.meta.date;
    let stamp = NaiveDate::from_ymd_opt(y, m as u32, d as u32)
        .unwrap_or_else(|| plan.period.start());
    let mut events: Vec<Event> = Vec::new();
    for meeting in plan.meetings.iter().flat_map(|m| &m.items) {
        let typed = runs_line(&meeting.name);
        // Without the "." typed after the name, as the page prints it
        // ("1. Hội nghị Ban Thường vụ vào …"); the event's id is still made
        // from the name as typed, so that calendars that imported an
        // earlier file update the event instead of adding another.
        let summary = typed.trim_end().trim_end_matches('.').to_owned();
        let (day, weekly_until, when_key) = match meeting.when {
            ResolvedWhen::Dated(day) => (day, None, day.format("%Y%m%d").to_string()),
            ResolvedWhen::Weekly(weekday) => {
                let first = first_on(plan.period.start(), weekday);
                (first, Some(plan.period.end()), format!("{weekday}"))
            }
        };
        let base = format!(
            "{:016x}",
            fnv1a(&[plan.issuer.as_str(), typed.as_str(), when_key.as_str()])
        );
        let same = events.iter().filter(|e| e.uid.starts_with(&base)).count();
        let uid = match same {
            0 => format!("{base}@plan"),
            n => format!("{base}-{}@plan", n + 1),
        };
        events.push(Event {
            uid,
            summary,
            description: name.clone(),
            day,
            time: meeting.time.map(|t| (t.hour, t.minute)),
            weekly_until,
        });
    }
    Calendar { name, stamp, events }
}

/// The first day on or after `from` that is a `weekday`.
fn first_on(from: NaiveDate, weekday: Weekday) -> NaiveDate {
    let ahead =
        (7 + weekday.num_days_from_monday() - from.weekday().num_days_from_monday()) % 7;
    from + chrono::Days::new(u64::from(ahead))
}

/// FNV-1a over the parts, separated: a stable hash (the standard library's
/// may change between Rust versions).
fn fnv1a(parts: &[&str]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for (index, part) in parts.iter().enumerate() {
        if index > 0 {
            hash ^= 0x1f;
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
        for byte in part.bytes() {
            hash ^= u64::from(byte);
            hash = hash.wrapping_mul(0x0100_0000_01b3);
        }
    }
    hash
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_weekday_on_or_after() {
        let may1 = NaiveDate::from_ymd_opt(2024, 5, 1).expect("date"); // a Wednesday
        assert_eq!(first_on(may1, Weekday::Wed), may1);
        assert_eq!(first_on(may1, Weekday::Mon).day(), 6);
        assert_eq!(first_on(may1, Weekday::Tue).day(), 7);
        assert_eq!(first_on(may1, Weekday::Sun).day(), 5);
    }

    #[test]
    fn hashes_are_stable_and_separate_their_parts() {
        assert_eq!(fnv1a(&["a"]), 0xaf63_dc4c_8601_ec8c);
        assert_ne!(fnv1a(&["ab", "c"]), fnv1a(&["a", "bc"]));
    }
}
