//! The meetings of the body in words (`format-rules.md` §1.4, §2.4):
//! "1. Hội nghị BTV Đảng ủy vào ngày **28/5/2024**.", "3. Hội nghị giao ban
//! Thường trực vào 8 giờ sáng thứ Hai hàng tuần.".

use super::text::{last_worded, merge, one_line};
use crate::resolve::{ResolvedMeeting, ResolvedWhen};
use crate::vi;
use crate::view::Run;

/// "1. Hội nghị BTV Đảng ủy vào ngày **28/5/2024**." /
/// "3. Hội nghị giao ban Thường trực vào 8 giờ sáng thứ Hai hàng tuần."
pub(crate) fn meeting_runs(number: usize, meeting: &ResolvedMeeting) -> Vec<Run> {
    let mut runs = vec![Run::plain(format!("{number}. "))];
    let mut name = one_line(&meeting.name);
    // The "." typed after the name, also before a footnote mark.
    if let Some(last) = last_worded(&mut name) {
        last.text = last.text.trim_end().trim_end_matches('.').to_owned();
    }
    runs.extend(name);
    match meeting.when {
        ResolvedWhen::Dated(date) => {
            let at = match meeting.time {
                Some(t) => format!(" vào {} ngày ", vi::words::clock(t.hour, t.minute)),
                None => " vào ngày ".to_owned(),
            };
            runs.push(Run::plain(at));
            runs.push(Run::strong(vi::dates::short_date(date)));
            runs.push(Run::plain("."));
        }
        ResolvedWhen::Weekly(day) => {
            let at = match meeting.time {
                Some(t) => format!(
                    " vào {} {} {} hàng tuần.",
                    vi::words::clock(t.hour, t.minute),
                    vi::words::part_of_day(t.hour),
                    vi::words::weekday(day)
                ),
                None => format!(" vào {} hàng tuần.", vi::words::weekday(day)),
            };
            runs.push(Run::plain(at));
        }
    }
    merge(runs)
}
