//! The view stage: [`Resolved`] → [`View`], a total function.
//!
//! Decides every printed string that depends on the rule set: heading
//! numbers ("1-" under HD 36, "1." under HD 05 and NĐ 30), the wording of
//! meetings, the end mark of the body, recipient punctuation and the
//! signature lines (`format-rules.md` §1.2–1.5, §2.2–2.4).

use crate::model::Kind;
use crate::numbering::Numbering;
use crate::resolve::{Resolved, ResolvedMeeting, ResolvedSection, ResolvedWhen};
use crate::rules::{EndMark, RuleSet};
use crate::sections::compose_sections;
use crate::vi;
use crate::view::{Block, Footer, Header, Meta, Role, Run, SignerView, View};

/// Builds the view of a resolved plan.
pub fn compose(plan: &Resolved) -> View {
    let rules = plan.rules;
    let doc_type = type_name(plan);
    let summary_text: String =
        one_line(&plan.title).iter().map(|r| r.text.as_str()).collect();
    let day = plan
        .date
        .or_else(|| plan.signing_month.map(|m| m.first_day()))
        .unwrap_or_else(|| plan.period.start());
    let parent = plan.parent.as_deref().map(|p| vi::words::upper(&lines_str(p)));
    let issuer = vi::words::upper(&lines_str(&plan.issuer));
    View {
        style: rules.style.name(),
        rules: rules.id.name(),
        meta: Meta {
            title: format!("{doc_type} {}", lower_first(&summary_text)),
            author: plan.issuer.clone(),
            date: [
                chrono::Datelike::year(&day),
                chrono::Datelike::month(&day) as i32,
                chrono::Datelike::day(&day) as i32,
            ],
        },
        draft: plan.draft,
        header: Header {
            national: rules.national.iter().map(|s| (*s).to_owned()).collect(),
            parent_lines: parent.as_deref().map(vi::names::two_lines),
            parent,
            issuer_lines: vi::names::two_lines(&issuer),
            issuer,
            number: vi::number::number_line(
                rules.party_symbol,
                plan.number,
                type_abbr(plan.kind),
                &plan.issuer_abbr,
            ),
            date: {
                let (month, year) = plan.blank_day_month();
                vi::dates::date_line(&one_line_str(&plan.place), plan.date, month, year)
            },
        },
        doc_type: vi::words::upper(&doc_type),
        summary: lines(&plan.title),
        body: body(plan, rules),
        footer: footer(plan, rules),
        appendices: crate::appendix_view::appendices(plan),
    }
}

/// The document's type name as written in running text: "Chương trình",
/// "Kế hoạch" or the plan's `type_name`. The type line prints it in upper
/// case and the "(Kèm theo …)" line of appendices as it is.
pub(crate) fn type_name(plan: &Resolved) -> String {
    plan.doc_type_name()
}

/// The type part of the document symbol: "CTr" or "KH" (NĐ 30 Phụ lục III
/// [R]; HD 36 practice [S], `format-rules.md` §4).
pub(crate) fn type_abbr(kind: Kind) -> &'static str {
    match kind {
        Kind::ChuongTrinh => "CTr",
        Kind::KeHoach => "KH",
    }
}

fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn body(plan: &Resolved, rules: &RuleSet) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(intro) = &plan.intro {
        push_paragraphs(&mut blocks, Role::Intro, intro);
    }
    blocks.extend(compose_sections(&plan.sections, &plan.numbering));
    if let Some(meetings) = &plan.meetings {
        let title: Vec<Run> = one_line(&meetings.title)
            .iter()
            .map(|r| Run { text: vi::words::upper(&r.text), strong: true, ..r.clone() })
            .collect();
        blocks.push(Block::new(
            Role::MeetingsTitle,
            prepend(Run::strong(rules.meetings_title_prefix), title),
        ));
        for (index, meeting) in meetings.items.iter().enumerate() {
            blocks.push(Block::new(Role::Meeting, meeting_runs(index + 1, meeting)));
        }
        if let Some(note) = &meetings.note {
            let mut runs: Vec<Run> = strip_parentheses(&one_line(note))
                .into_iter()
                .map(|r| Run { emph: true, ..r })
                .collect();
            runs.insert(0, Run::emph("("));
            runs.push(Run::emph(")"));
            blocks.push(Block::new(Role::MeetingsNote, merge(runs)));
        }
    }
    match &plan.closing {
        Some(closing) => {
            let mut closing = paragraphs(closing);
            if let Some(last) = closing.last_mut() {
                *last = end_mark(last, rules.end_mark);
            }
            for runs in closing {
                blocks.push(Block::new(Role::Closing, runs));
            }
        }
        // No `closing` (v2 §2.4): the body ends itself, and the rule set's
        // end mark goes at the end of its last paragraph.
        None => {
            if let Some(last) = blocks.last_mut() {
                last.runs = end_mark(&last.runs, rules.end_mark);
            }
        }
    }
    blocks
}

/// The content of an appendix (`plan-format-v2.md` §1.6), numbered as a
/// document of its own: intro, items, table, then its sections.
pub(crate) fn appendix_body(
    section: &ResolvedSection,
    numbering: &Numbering,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    if let Some(intro) = &section.intro {
        push_paragraphs(&mut blocks, Role::Intro, intro);
    }
    crate::sections::push_items(&mut blocks, &section.items, section.list);
    if let Some(table) = &section.table {
        blocks.push(crate::table_view::table_block(table));
    }
    blocks.extend(compose_sections(&section.sections, numbering));
    if let Some(outro) = &section.outro {
        push_paragraphs(&mut blocks, Role::Item, outro);
    }
    blocks
}

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

/// A text that keeps the line breaks the loader left in it (a `|` block in
/// `title`, `issuer`, `signer` lines: `plan-format-v2.md` §1.8), each line
/// trimmed: "Công tác\nnăm 2024" stays two lines.
fn lines(runs: &[Run]) -> Vec<Run> {
    let runs = runs.iter().map(|r| Run { text: trim_lines(&r.text), ..r.clone() });
    trim(runs.collect())
}

/// [`lines`] for a plain string: "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH".
fn lines_str(text: &str) -> String {
    text.split('\n')
        .map(one_line_str)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}

/// Drops the spaces next to each line break.
fn trim_lines(text: &str) -> String {
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

fn push_paragraphs(blocks: &mut Vec<Block>, role: Role, runs: &[Run]) {
    for runs in paragraphs(runs) {
        blocks.push(Block::new(role, runs));
    }
}

/// "1. Hội nghị BTV Đảng ủy vào ngày **28/5/2024**." /
/// "3. Hội nghị giao ban Thường trực vào 8 giờ sáng thứ Hai hàng tuần."
fn meeting_runs(number: usize, meeting: &ResolvedMeeting) -> Vec<Run> {
    let mut runs = vec![Run::plain(format!("{number}. "))];
    let mut name = one_line(&meeting.name);
    if let Some(last) = name.last_mut() {
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

fn footer(plan: &Resolved, rules: &RuleSet) -> Footer {
    let items: Vec<String> = plan.recipients.iter().map(|r| one_line_str(r)).collect();
    let items: Vec<&str> = items.iter().map(String::as_str).collect();
    let signer = &plan.signer;
    let mut authority = Vec::new();
    let forms = [
        (Some(rules.on_behalf), &signer.on_behalf),
        (Some(rules.deputy_for), &signer.deputy_for),
        (Some(rules.by_order_of), &signer.by_order_of),
        (rules.by_authority_of, &signer.by_authority_of),
    ];
    for (prefix, body) in forms {
        if let (Some(prefix), Some(body)) = (prefix, body) {
            authority.push(format!("{prefix} {}", vi::words::upper(&lines_str(body))));
        }
    }
    let acting = if signer.acting { format!("{} ", rules.acting) } else { String::new() };
    let electronic: Vec<String> =
        plan.electronic_recipients.iter().map(|r| one_line_str(r)).collect();
    let electronic: Vec<&str> = electronic.iter().map(String::as_str).collect();
    let electronic = vi::lists::electronic_lines(&electronic, rules.recipient_sep);
    Footer {
        recipients_label: "Nơi nhận:".to_owned(),
        // v2 §2.5: "Bản điện tử:" and its list after the "Lưu" line.
        electronic_label: (!electronic.is_empty()).then(|| "Bản điện tử:".to_owned()),
        electronic,
        recipients: vi::lists::recipient_lines(
            &items,
            &one_line_str(&plan.archive),
            rules.recipient_sep,
            rules.archive_prefix,
        ),
        signer: SignerView {
            authority,
            title: format!("{acting}{}", vi::words::upper(&lines_str(&signer.title))),
            name: one_line_str(&signer.name),
        },
    }
}

/// Applies the rule set's end mark to the closing paragraph: HD 36 keeps the
/// author's, HD 05 ends with ".", NĐ 30 with "./.".
fn end_mark(closing: &[Run], mark: EndMark) -> Vec<Run> {
    let mut runs = closing.to_vec();
    if mark == EndMark::AsWritten {
        return runs;
    }
    while runs.last().is_some_and(|r| r.footnote.is_none() && r.text.trim().is_empty()) {
        runs.pop();
    }
    // The mark goes after the last words, before a footnote mark that ends
    // the paragraph.
    let Some(last) = runs.iter_mut().rev().find(|r| r.footnote.is_none()) else {
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
    text.push_str(if mark == EndMark::Period { "." } else { "./." });
    last.text = text;
    runs
}

pub(crate) fn ends_with_punctuation(runs: &[Run]) -> bool {
    runs.last()
        .and_then(|r| r.text.trim_end().chars().last())
        .is_some_and(|c| matches!(c, ':' | '.' | ';' | '?' | '!' | '…'))
}

fn strip_parentheses(runs: &[Run]) -> Vec<Run> {
    let mut runs = runs.to_vec();
    let opens = runs.first().is_some_and(|f| f.text.trim_start().starts_with('('));
    let closes = runs.last().is_some_and(|l| l.text.trim_end().ends_with(')'));
    if opens && closes {
        if let Some(first) = runs.first_mut() {
            first.text = first.text.trim_start().trim_start_matches('(').to_owned();
        }
        if let Some(last) = runs.last_mut() {
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

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::model::ListStyle;
    use crate::model::{Period, TimeOfDay};
    use crate::numbering::Numbering;
    use crate::resolve::{
        ResolvedItem, ResolvedMeetings, ResolvedSection, ResolvedSigner,
    };
    use crate::rules::{HD05, HD36, ND30};

    fn runs(text: &str) -> Vec<Run> {
        vec![Run::plain(text)]
    }

    fn section(
        title: &str,
        intro: Option<&str>,
        items: &[&str],
        list: ListStyle,
    ) -> ResolvedSection {
        ResolvedSection {
            title: runs(title),
            heading: None,
            intro: intro.map(runs),
            list,
            items: items.iter().map(|i| ResolvedItem::text(runs(i))).collect(),
            sections: vec![],
            outro: None,
            table: None,
        }
    }

    fn plan(rules: &'static RuleSet) -> Resolved {
        let mut party = section(
            "Hoạt động của chính quyền địa phương",
            None,
            &[],
            ListStyle::Paragraph,
        );
        party.sections = vec![
            section(
                "Thường trực HĐND phường",
                Some("Tăng cường giám sát."),
                &[],
                ListStyle::Paragraph,
            ),
            section(
                "UBND phường",
                Some("Tập trung:"),
                &["Thu ngân sách."],
                ListStyle::Dash,
            ),
        ];
        Resolved {
            rules,
            kind: Kind::ChuongTrinh,
            period: Period::Month(2024, 5),
            number: Some(45),
            date: NaiveDate::from_ymd_opt(2024, 5, 2),
            place: "Mỹ Độ".into(),
            title: runs("Công tác tháng 5 năm 2024"),
            parent: Some("Đảng bộ thành phố Bắc Giang".into()),
            issuer: "Đảng ủy phường Mỹ Độ".into(),
            issuer_abbr: "ĐU".into(),
            intro: Some(runs("Thực hiện chương trình:")),
            sections: vec![
                section(
                    "Công tác xây dựng Đảng",
                    None,
                    &["Tiếp tục quán triệt."],
                    ListStyle::Paragraph,
                ),
                party,
            ],
            numbering: Numbering::new(rules.id, rules.style, &[]),
            meetings: Some(ResolvedMeetings {
                title: runs("Một số cuộc họp chính trong tháng"),
                items: vec![
                    ResolvedMeeting {
                        name: runs("Hội nghị BTV Đảng ủy"),
                        when: ResolvedWhen::Dated(
                            NaiveDate::from_ymd_opt(2024, 5, 28).unwrap(),
                        ),
                        time: None,
                    },
                    ResolvedMeeting {
                        name: runs("Hội nghị Đảng ủy mở rộng"),
                        when: ResolvedWhen::Dated(
                            NaiveDate::from_ymd_opt(2024, 5, 29).unwrap(),
                        ),
                        time: Some(TimeOfDay { hour: 19, minute: 30 }),
                    },
                    ResolvedMeeting {
                        name: runs("Hội nghị giao ban Thường trực"),
                        when: ResolvedWhen::Weekly(chrono::Weekday::Mon),
                        time: Some(TimeOfDay { hour: 8, minute: 0 }),
                    },
                ],
                note: Some(runs("Các cuộc họp đột xuất khác Đảng ủy thông báo sau")),
            }),
            closing: Some(runs("Trên đây là chương trình công tác tháng 5/2024./.")),
            recipients: vec![
                "TT. Thành ủy (b/c)".into(),
                "Các chi bộ trực thuộc,".into(),
            ],
            electronic_recipients: vec![],
            signing_month: None,
            type_name: None,
            archive: "VP/ĐU".into(),
            signer: ResolvedSigner {
                on_behalf: Some("Đảng ủy".into()),
                deputy_for: None,
                by_order_of: None,
                by_authority_of: None,
                acting: false,
                title: "Phó Bí thư".into(),
                name: "Hoàng Trọng Hiếu".into(),
            },
            draft: false,
            appendices: vec![],
        }
    }

    fn plain(block: &Block) -> String {
        block.runs.iter().map(|r| r.text.as_str()).collect()
    }

    fn texts(view: &View) -> Vec<String> {
        view.body.iter().map(plain).collect()
    }

    #[test]
    fn party_header_strings() {
        let view = compose(&plan(&HD36));
        assert_eq!(view.header.national, ["ĐẢNG CỘNG SẢN VIỆT NAM"]);
        assert_eq!(view.header.parent.as_deref(), Some("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG"));
        assert_eq!(view.header.issuer, "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ");
        assert_eq!(view.header.number, "Số 45-CTr/ĐU");
        assert_eq!(view.header.date, "Mỹ Độ, ngày 02 tháng 5 năm 2024");
        assert_eq!(view.doc_type, "CHƯƠNG TRÌNH");
        assert_eq!(view.meta.title, "Chương trình công tác tháng 5 năm 2024");
    }

    #[test]
    fn hd36_body_as_in_the_seed() {
        let view = compose(&plan(&HD36));
        assert_eq!(
            texts(&view),
            [
                "Thực hiện chương trình:",
                "1- Công tác xây dựng Đảng",
                "Tiếp tục quán triệt.",
                "2- Hoạt động của chính quyền địa phương",
                "2.1- Thường trực HĐND phường: Tăng cường giám sát.",
                "2.2- UBND phường: Tập trung:",
                "- Thu ngân sách.",
                "* MỘT SỐ CUỘC HỌP CHÍNH TRONG THÁNG",
                "1. Hội nghị BTV Đảng ủy vào ngày 28/5/2024.",
                "2. Hội nghị Đảng ủy mở rộng vào 19 giờ 30 ngày 29/5/2024.",
                "3. Hội nghị giao ban Thường trực vào 8 giờ sáng thứ Hai hàng tuần.",
                "(Các cuộc họp đột xuất khác Đảng ủy thông báo sau)",
                "Trên đây là chương trình công tác tháng 5/2024./.",
            ]
        );
        // Headings bold, subheadings italic, meeting dates bold, note italic.
        assert!(view.body[1].runs.iter().all(|r| r.strong));
        assert_eq!(view.body[4].runs[0], Run::emph("2.1- Thường trực HĐND phường:"));
        assert_eq!(view.body[8].runs[1], Run::strong("28/5/2024"));
        assert!(view.body[11].runs.iter().all(|r| r.emph));
    }

    #[test]
    fn hd05_numbers_with_periods_and_ends_with_a_period() {
        let view = compose(&plan(&HD05));
        let body = texts(&view);
        assert_eq!(body[1], "1. Công tác xây dựng Đảng");
        assert_eq!(body[4], "2.1. Thường trực HĐND phường: Tăng cường giám sát.");
        assert_eq!(
            body.last().unwrap(),
            "Trên đây là chương trình công tác tháng 5/2024."
        );
        assert_eq!(
            view.footer.recipients,
            ["- TT. Thành ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VP/ĐU."]
        );
    }

    #[test]
    fn hd36_footer() {
        let view = compose(&plan(&HD36));
        assert_eq!(view.footer.recipients_label, "Nơi nhận:");
        assert_eq!(
            view.footer.recipients,
            ["- TT. Thành ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu VP/ĐU."]
        );
        assert_eq!(view.footer.signer.authority, ["T/M ĐẢNG ỦY"]);
        assert_eq!(view.footer.signer.title, "PHÓ BÍ THƯ");
        assert_eq!(view.footer.signer.name, "Hoàng Trọng Hiếu");
    }

    #[test]
    fn state_signature_three_lines_and_end_mark() {
        let mut p = plan(&ND30);
        p.signer.on_behalf = Some("Ủy ban nhân dân".into());
        p.signer.deputy_for = Some("Chủ tịch".into());
        p.signer.title = "Phó Chủ tịch".into();
        p.closing = Some(runs("Trên đây là kế hoạch."));
        p.issuer_abbr = "UBND".into();
        p.archive = "VT, VP".into();
        let view = compose(&p);
        assert_eq!(view.footer.signer.authority, ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]);
        assert_eq!(view.footer.signer.title, "PHÓ CHỦ TỊCH");
        assert_eq!(texts(&view).last().unwrap(), "Trên đây là kế hoạch./.");
        assert_eq!(view.header.number, "Số: 45/CTr-UBND");
        let body = texts(&view);
        assert_eq!(body[1], "I. CÔNG TÁC XÂY DỰNG ĐẢNG");
        assert_eq!(body[3], "II. HOẠT ĐỘNG CỦA CHÍNH QUYỀN ĐỊA PHƯƠNG");
        assert_eq!(body[4], "1. Thường trực HĐND phường: Tăng cường giám sát.");
        assert!(view.body[4].runs[0].strong && !view.body[4].runs[0].emph);
        assert_eq!(body[7], "MỘT SỐ CUỘC HỌP CHÍNH TRONG THÁNG");
        assert_eq!(view.footer.recipients.last().unwrap(), "- Lưu: VT, VP.");
    }

    #[test]
    fn acting_title_and_blank_number() {
        let mut p = plan(&HD36);
        p.signer.acting = true;
        p.signer.title = "Bí thư".into();
        p.number = None;
        p.date = None;
        let view = compose(&p);
        assert_eq!(view.footer.signer.title, "Q. BÍ THƯ");
        assert_eq!(view.header.number, format!("Số {}-CTr/ĐU", vi::BLANK));
        assert!(view.header.date.starts_with("Mỹ Độ, ngày "));
        assert!(view.header.date.ends_with(" tháng 5 năm 2024"));
    }

    #[test]
    fn line_breaks_start_paragraphs_in_body_text_only() {
        let mut p = plan(&HD36);
        p.intro = Some(runs("Dòng một\ndòng hai\n"));
        p.sections[0].items = vec![ResolvedItem::text(runs("A\n\nB"))];
        p.sections[0].list = ListStyle::Dash;
        p.title = runs("Công tác\ntháng 5");
        p.closing = Some(runs("Đoạn một.\nĐoạn hai./."));
        let view = compose(&p);
        let body = texts(&view);
        assert_eq!(
            body[..5],
            ["Dòng một", "dòng hai", "1- Công tác xây dựng Đảng", "- A", "B"]
        );
        assert_eq!(body[body.len() - 2..], ["Đoạn một.", "Đoạn hai./."]);
        // The loader leaves a line break in a title only from a `|` block.
        assert_eq!(view.summary, runs("Công tác\ntháng 5"));
        assert_eq!(view.meta.title, "Chương trình công tác tháng 5");
    }

    #[test]
    fn note_typed_with_parentheses_is_not_doubled() {
        let mut p = plan(&HD36);
        if let Some(m) = p.meetings.as_mut() {
            m.note = Some(runs("(Họp đột xuất thông báo sau)"));
        }
        let view = compose(&p);
        assert!(texts(&view).contains(&"(Họp đột xuất thông báo sau)".to_owned()));
    }

    #[test]
    fn type_name_prints_upper_case_and_the_number_keeps_the_kind() {
        let mut p = plan(&HD36);
        p.type_name = Some("Chương trình hành động".into());
        let view = compose(&p);
        assert_eq!(view.doc_type, "CHƯƠNG TRÌNH HÀNH ĐỘNG");
        assert_eq!(view.header.number, "Số 45-CTr/ĐU");
        assert_eq!(p.doc_type_name(), "Chương trình hành động");
        assert!(view.meta.title.starts_with("Chương trình hành động công tác"));
        p.type_name = None;
        p.kind = Kind::KeHoach;
        assert_eq!(p.doc_type_name(), "Kế hoạch");
    }

    #[test]
    fn signing_month_leaves_the_day_blank() {
        let mut p = plan(&HD05);
        p.date = None;
        p.period = Period::Month(2026, 2);
        p.signing_month = Some(crate::model::YearMonth { year: 2026, month: 1 });
        let view = compose(&p);
        assert_eq!(
            view.header.date,
            "Mỹ Độ, ngày \u{a0}\u{a0}\u{a0}\u{a0}\u{a0}\u{a0} tháng 01 năm 2026"
        );
        assert_eq!(view.meta.date, [2026, 1, 1]);
    }

    #[test]
    fn without_closing_the_end_mark_goes_on_the_last_paragraph() {
        let mut p = plan(&ND30);
        p.closing = None;
        p.meetings = None;
        let view = compose(&p);
        let last = texts(&view).pop().unwrap();
        assert_eq!(last, "- Thu ngân sách./.");
        assert!(view.body.iter().all(|b| b.role != Role::Closing));
        let mut p = plan(&HD05);
        p.closing = None;
        let view = compose(&p);
        assert_eq!(
            texts(&view).pop().unwrap(),
            "(Các cuộc họp đột xuất khác Đảng ủy thông báo sau)."
        );
    }

    #[test]
    fn electronic_recipients_follow_the_archive_line() {
        let mut p = plan(&ND30);
        p.electronic_recipients = vec!["UBND huyện".into(), "Các phòng, ban;".into()];
        let view = compose(&p);
        assert_eq!(view.footer.electronic_label.as_deref(), Some("Bản điện tử:"));
        assert_eq!(view.footer.electronic, ["- UBND huyện;", "- Các phòng, ban."]);
        assert_eq!(view.footer.recipients.last().unwrap(), "- Lưu: VP/ĐU.");
        let view = compose(&plan(&ND30));
        assert_eq!(view.footer.electronic_label, None);
        assert!(view.footer.electronic.is_empty());
    }
}
