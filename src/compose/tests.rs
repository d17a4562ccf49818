//! The view stage on hand-built resolved plans: numbers, meetings, end
//! marks, signature lines.

use chrono::NaiveDate;

use super::*;
use crate::model::ListStyle;
use crate::model::{Period, TimeOfDay};
use crate::numbering::Numbering;
use crate::resolve::{
    ResolvedItem, ResolvedMeeting, ResolvedMeetings, ResolvedSection, ResolvedSigner,
    ResolvedWhen,
};
use crate::rules::{EndMark, HD05, HD36, ND30};

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
    let mut party =
        section("Hoạt động của chính quyền địa phương", None, &[], ListStyle::Paragraph);
    party.sections = vec![
        section(
            "Thường trực HĐND phường",
            Some("Tăng cường giám sát."),
            &[],
            ListStyle::Paragraph,
        ),
        section("UBND phường", Some("Tập trung:"), &["Thu ngân sách."], ListStyle::Dash),
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
        recipients: vec!["TT. Thành ủy (b/c)".into(), "Các chi bộ trực thuộc,".into()],
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
    assert_eq!(body.last().unwrap(), "Trên đây là chương trình công tác tháng 5/2024.");
    assert_eq!(
        view.footer.recipients,
        ["- TT. Thành ủy (b/c);", "- Các chi bộ trực thuộc;", "- Lưu VP/ĐU."]
    );
}

/// HD 05 ends the text with "." in place of what was typed, but keeps a
/// closing "!" or "?" ("… thắng lợi!" never becomes "thắng lợi!.").
#[test]
fn hd05_end_mark_keeps_an_exclamation() {
    for (typed, printed) in [
        ("Quyết tâm hoàn thành thắng lợi!", "Quyết tâm hoàn thành thắng lợi!"),
        ("Quyết tâm hoàn thành thắng lợi!./.", "Quyết tâm hoàn thành thắng lợi!"),
        ("Có làm được không?", "Có làm được không?"),
        ("báo cáo kết quả./.", "báo cáo kết quả."),
        ("báo cáo kết quả;", "báo cáo kết quả."),
    ] {
        assert_eq!(end_mark(&runs(typed), EndMark::Period), runs(printed), "{typed}");
    }
    assert_eq!(
        end_mark(&runs("thắng lợi!"), EndMark::PeriodSlash),
        runs("thắng lợi!./.")
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
fn signing_forms_typed_by_the_author_are_not_doubled() {
    // A clerk copying last year's signature block types the forms too.
    let mut p = plan(&ND30);
    p.signer.on_behalf = Some("TM. Thường trực HĐND".into());
    p.signer.deputy_for = Some("KT. Chủ tịch".into());
    p.signer.title = "Phó Chủ tịch".into();
    let view = compose(&p);
    assert_eq!(view.footer.signer.authority, ["TM. THƯỜNG TRỰC HĐND", "KT. CHỦ TỊCH"]);
    let mut p = plan(&HD36);
    p.signer.on_behalf = Some("T/M Ủy ban Kiểm tra".into());
    p.signer.acting = true;
    p.signer.title = "Q. Chủ nhiệm".into();
    let view = compose(&p);
    assert_eq!(view.footer.signer.authority, ["T/M ỦY BAN KIỂM TRA"]);
    assert_eq!(view.footer.signer.title, "Q. CHỦ NHIỆM");
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

/// A footnote at the end of a meeting's name or of the note does not hide
/// the "." or the parentheses typed before it: "1. Hội nghị BTV¹ vào ngày
/// …", "(Họp đột xuất²)", not "Hội nghị BTV.¹ vào …", "((Họp …)²)".
#[test]
fn a_final_footnote_does_not_hide_the_typed_period_or_parentheses() {
    let mut p = plan(&HD36);
    if let Some(m) = p.meetings.as_mut() {
        m.items[0].name =
            vec![Run::plain("Hội nghị BTV Đảng ủy."), Run::footnote(runs("Mở rộng."))];
        m.note = Some(vec![
            Run::plain("(Họp đột xuất thông báo sau)"),
            Run::footnote(runs("Qua điện thoại.")),
        ]);
    }
    let text = texts(&compose(&p));
    assert!(
        text.contains(&"1. Hội nghị BTV Đảng ủy vào ngày 28/5/2024.".to_owned()),
        "{text:#?}"
    );
    assert!(text.contains(&"(Họp đột xuất thông báo sau)".to_owned()), "{text:#?}");
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

/// A name typed in a `|` block keeps its break on the page only; the PDF's
/// author and title are one line (`plan-format.md`,
/// "Explicit line breaks in one-line texts").
#[test]
fn metadata_is_one_line_when_names_hold_line_breaks() {
    let mut p = plan(&HD36);
    p.issuer = "Đảng ủy xã\nLương Minh".into();
    p.title = runs("Thực hiện Nghị quyết\nnhiệm kỳ 2025-2030");
    let view = compose(&p);
    assert_eq!(view.header.issuer, "ĐẢNG ỦY XÃ\nLƯƠNG MINH");
    assert_eq!(view.meta.author, "Đảng ủy xã Lương Minh");
    assert_eq!(view.meta.title, "Chương trình thực hiện Nghị quyết nhiệm kỳ 2025-2030");
}

/// `plan-format.md`, "Headings": a run-in title that ends in ":" then a
/// footnote gets no second colon ("Nhiệm vụ:¹ Tăng cường …", not
/// "Nhiệm vụ:¹: …").
#[test]
fn run_in_title_ending_in_a_colon_then_a_footnote_gets_no_second_colon() {
    let mut p = plan(&HD36);
    let sub = &mut p.sections[1].sections[0];
    sub.title = vec![
        Run::plain("Thường trực HĐND phường:"),
        Run::footnote(vec![Run::plain("Khóa XXI.")]),
    ];
    let view = compose(&p);
    let text = texts(&view);
    assert!(
        text.iter().any(|t| t == "2.1- Thường trực HĐND phường: Tăng cường giám sát."),
        "{text:#?}"
    );
    p.sections[1].sections[0].title =
        vec![Run::plain("Thường trực"), Run::footnote(vec![Run::plain("Khóa XXI.")])];
    let text = texts(&compose(&p));
    assert!(
        text.iter().any(|t| t == "2.1- Thường trực: Tăng cường giám sát."),
        "{text:#?}"
    );
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

/// `plan-format.md`, "`appendices` (top level)": the "(Kèm theo …)" line prints
/// the date as the header does, so a signing month before the period names that
/// month (and its year: a week-1 program signed in December).
#[test]
fn appendix_reference_names_the_signing_month() {
    let mut p = plan(&HD05);
    p.date = None;
    p.number = None;
    p.period = Period::Month(2027, 1);
    p.signing_month = Some(crate::model::YearMonth { year: 2026, month: 12 });
    p.appendices = vec![short_appendix(&p)];
    let view = compose(&p);
    assert!(view.header.date.ends_with("tháng 12 năm 2026"), "{}", view.header.date);
    // (The reference joins its date with no-break spaces.)
    let reference = view.appendices[0].reference.replace('\u{a0}', " ");
    assert!(reference.contains("tháng 12 năm 2026 của"), "{reference}");
    assert!(!reference.contains("tháng 01"), "{reference}");
}

/// A portrait appendix of one short paragraph, numbered as `p`.
fn short_appendix(p: &Resolved) -> crate::resolve::ResolvedAppendix {
    crate::resolve::ResolvedAppendix {
        body: section("Danh mục", Some("Nội dung."), &[], ListStyle::Paragraph),
        numbering: p.numbering,
        landscape: false,
        header: false,
    }
}

/// An issuer typed in capitals, as the header prints it
/// (`name: | ỦY BAN MTTQ VIỆT NAM …`), reads as running text in the
/// "(Kèm theo …)" line, while the header keeps its capitals and its line
/// break (`plan-format.md`, "`appendices` (top level)").
#[test]
fn appendix_reference_writes_a_capitals_issuer_as_running_text() {
    let mut p = plan(&ND30);
    p.issuer = "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH".to_owned();
    p.appendices = vec![short_appendix(&p)];
    let view = compose(&p);
    let reference = &view.appendices[0].reference;
    assert!(
        reference.ends_with(" của Ủy ban MTTQ Việt Nam xã Lương Minh)"),
        "{reference}"
    );
    assert_eq!(view.header.issuer, "ỦY BAN MTTQ VIỆT NAM\nXÃ LƯƠNG MINH");
}

/// A body that ends with a table and no `closing`: the end mark is a
/// paragraph of its own under the table (NĐ 30 "./.", HD 05 "."), not lost
/// on the table block; HD 36 keeps what the author wrote, so adds none.
#[test]
fn without_closing_a_body_ending_with_a_table_ends_with_the_mark() {
    let column = |title: &str| crate::resolve::ResolvedColumn {
        title: runs(title),
        width_um: None,
        align: crate::model::Align::Left,
        group: None,
    };
    let table = crate::resolve::ResolvedTable {
        columns: vec![column("TT"), column("Nội dung")],
        number: false,
        rows: vec![crate::resolve::ResolvedRow::Cells(vec![
            crate::resolve::ResolvedCell { column: 0, runs: runs("1"), rows: 1 },
            crate::resolve::ResolvedCell { column: 1, runs: runs("Rà soát"), rows: 1 },
        ])],
    };
    for (rules, mark) in [(&ND30, Some("./.")), (&HD05, Some(".")), (&HD36, None)] {
        let mut p = plan(rules);
        p.closing = None;
        p.meetings = None;
        let mut last = section("Nhiệm vụ", None, &[], ListStyle::Paragraph);
        last.table = Some(table.clone());
        p.sections.push(last);
        let view = compose(&p);
        let end = view.body.last().unwrap();
        match mark {
            Some(mark) => {
                assert_eq!((end.role, plain(end).as_str()), (Role::Closing, mark));
                assert_eq!(view.body[view.body.len() - 2].role, Role::Table);
            }
            None => assert_eq!(end.role, Role::Table),
        }
    }
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
}

/// Without a closing, the end mark ends the text: with a meetings note,
/// the note, the body's last paragraph, takes it (the contract's "end of
/// the last body paragraph"); the last meeting had it once, which left the
/// note after the end of the text.
#[test]
fn without_closing_the_end_mark_ends_the_meetings_note() {
    for (rules, end) in [(&ND30, "./."), (&HD05, ".")] {
        let mut p = plan(rules);
        p.closing = None;
        let view = compose(&p);
        let texts = texts(&view);
        let [.., meeting, note] = texts.as_slice() else { panic!("{texts:?}") };
        assert_eq!(
            note,
            &format!("(Các cuộc họp đột xuất khác Đảng ủy thông báo sau){end}")
        );
        assert!(meeting.ends_with("hàng tuần."), "{meeting}");
        assert!(!meeting.ends_with("./."), "{meeting}");
    }
}

/// The end mark comes after a footnote mark that ends the text: "… đề
/// ra¹./.", not "… đề ra./.¹"; an end mark typed before the footnote mark
/// moves after it.
#[test]
fn the_end_mark_follows_a_final_footnote_mark() {
    let note = Run::footnote(runs("Theo Kết luận số 01-KL/TW."));
    for (mark, end) in [(EndMark::PeriodSlash, "./."), (EndMark::Period, ".")] {
        for typed in
            ["Thực hiện các chỉ tiêu đã đề ra", "Thực hiện các chỉ tiêu đã đề ra./."]
        {
            let marked = end_mark(&[Run::plain(typed), note.clone()], mark);
            assert_eq!(
                marked,
                [
                    Run::plain("Thực hiện các chỉ tiêu đã đề ra"),
                    note.clone(),
                    Run::plain(end)
                ],
                "{typed}"
            );
        }
    }
    // The mark takes the style of the words; "!" keeps its place under HD 05.
    let marked = end_mark(&[Run::emph("Thắng lợi!"), note.clone()], EndMark::Period);
    assert_eq!(marked, [Run::emph("Thắng lợi!"), note.clone()]);
    let marked = end_mark(&[Run::emph("Chú ý"), note.clone()], EndMark::PeriodSlash);
    assert_eq!(marked, [Run::emph("Chú ý"), note.clone(), Run::emph("./.")]);
    // Words after the footnote mark take the mark themselves.
    let marked =
        end_mark(&[note.clone(), Run::plain(" thực hiện.")], EndMark::PeriodSlash);
    assert_eq!(marked, [note, Run::plain(" thực hiện./.")]);
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
    // ";" in every rule set, as the format writes them: under HD 36 too,
    // whose recipients above end with ",".
    for rules in [&HD36, &HD05] {
        let mut p = plan(rules);
        p.electronic_recipients = vec!["Văn phòng Thành ủy".into(), "Các chi bộ".into()];
        let view = compose(&p);
        assert_eq!(view.footer.electronic, ["- Văn phòng Thành ủy;", "- Các chi bộ."]);
    }
    let hd36 = compose(&plan(&HD36));
    assert!(hd36.footer.recipients.first().is_some_and(|r| r.ends_with(',')));
}
