//! A [`Calendar`] as iCalendar text (RFC 5545): CRLF line ends, lines folded
//! at 75 octets without splitting a character, text values escaped.

use std::fmt::Write;

use chrono::{Days, NaiveDate};

use super::{Calendar, Event};

/// Vietnam's time zone: UTC+7 all year (no daylight saving since 1975).
const TIMEZONE: &str = "BEGIN:VTIMEZONE\r\nTZID:Asia/Ho_Chi_Minh\r\nBEGIN:STANDARD\r\n\
DTSTART:19700101T000000\r\nTZOFFSETFROM:+0700\r\nTZOFFSETTO:+0700\r\nTZNAME:ICT\r\n\
END:STANDARD\r\nEND:VTIMEZONE\r\n";

/// The iCalendar file of `calendar`.
pub(crate) fn to_ics(calendar: &Calendar) -> String {
    let mut out = String::new();
    line(&mut out, "BEGIN:VCALENDAR");
    line(&mut out, "VERSION:2.0");
    line(&mut out, "PRODID:-//plan//Chuong trinh cong tac//VI");
    line(&mut out, "CALSCALE:GREGORIAN");
    line(&mut out, "METHOD:PUBLISH");
    line(&mut out, &format!("X-WR-CALNAME:{}", escape(&calendar.name)));
    line(&mut out, "X-WR-TIMEZONE:Asia/Ho_Chi_Minh");
    out.push_str(TIMEZONE);
    for event in &calendar.events {
        push_event(&mut out, event, calendar.stamp);
    }
    line(&mut out, "END:VCALENDAR");
    out
}

fn push_event(out: &mut String, event: &Event, stamp: NaiveDate) {
    line(out, "BEGIN:VEVENT");
    line(out, &format!("UID:{}", event.uid));
    line(out, &format!("DTSTAMP:{}T000000Z", ymd(stamp)));
    match event.time {
        Some((hour, minute)) => line(
            out,
            &format!(
                "DTSTART;TZID=Asia/Ho_Chi_Minh:{}T{hour:02}{minute:02}00",
                ymd(event.day)
            ),
        ),
        None => {
            line(out, &format!("DTSTART;VALUE=DATE:{}", ymd(event.day)));
            line(out, &format!("DTEND;VALUE=DATE:{}", ymd(event.day + Days::new(1))));
        }
    }
    if let Some(until) = event.weekly_until {
        // UNTIL is UTC when DTSTART has a time: the period's last day ends
        // at 23:59:59 in Vietnam, 16:59:59 UTC.
        let until = match event.time {
            Some(_) => format!("{}T165959Z", ymd(until)),
            None => ymd(until),
        };
        line(out, &format!("RRULE:FREQ=WEEKLY;UNTIL={until}"));
    }
    line(out, &format!("SUMMARY:{}", escape(&event.summary)));
    line(out, &format!("DESCRIPTION:{}", escape(&event.description)));
    line(out, "TRANSP:OPAQUE");
    line(out, "END:VEVENT");
}

fn ymd(day: NaiveDate) -> String {
    day.format("%Y%m%d").to_string()
}

/// TEXT escaping (RFC 5545 §3.3.11): `\`, `;`, `,` and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            c => out.push(c),
        }
    }
    out
}

/// Appends `content` folded into lines of at most 75 octets (§3.1): each
/// continuation starts with one space; a character is never split.
fn line(out: &mut String, content: &str) {
    let mut width = 0;
    for c in content.chars() {
        let len = c.len_utf8();
        if width + len > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += len;
    }
    let _ = write!(out, "\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lines_fold_at_75_octets_between_characters() {
        let mut out = String::new();
        let text = format!("SUMMARY:{}", "Hội nghị Ban Chấp hành Đảng bộ ".repeat(6));
        line(&mut out, &text);
        for physical in out.split("\r\n").filter(|l| !l.is_empty()) {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        let unfolded = out.replace("\r\n ", "");
        assert_eq!(unfolded, format!("{text}\r\n"));
    }

    #[test]
    fn text_is_escaped() {
        assert_eq!(escape("a, b; c\\d\ne"), "a\\, b\\; c\\\\d\\ne");
    }
}
