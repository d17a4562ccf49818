//! Tests of the loader: a full plan, every error with its place, hostile
//! input, includes.

use std::io::Write;
use std::path::Path;
use std::time::{Duration, Instant};

use chrono::NaiveDate;

use super::{load_partial_with, read_from_disk};
use crate::diag::{Diagnostic, Diagnostics};
use crate::model::{
    Kind, ListStyle, Look, Pattern, Period, Plan, RuleSetId, Style, TimeOfDay, Weekday,
    When,
};
use crate::source::{Sources, Span};

/// A plan that sets every key.
const FULL: &str = r#"# yaml-language-server: $schema=../plan.schema.json
kind: chuong-trinh          # CTr
style: dang
rules: hd36-2018
period: 2024-05
number: 45
date: 2024-05-02
place: Mỹ Độ
title: Công tác tháng 5 năm 2024

issuer:
  parent: Đảng bộ thành phố Bắc Giang
  name: Đảng ủy phường Mỹ Độ
  abbr: ĐU

directives:
  kl01:
    type: Kết luận
    number: 01-KL/TW
    date: 2021-05-18
    by: Bộ Chính trị
    about: tiếp tục đẩy mạnh thực hiện Chỉ thị số 05-CT/TW
  ct05:
    type: Chỉ thị
    number: 05-CT/TW
    date: 2016-05-15
    by: Bộ Chính trị

anniversaries:
  cmac: { name: Ngày sinh C.Mác, date: 1818-05-05 }
  hcm:  { name: Ngày sinh Chủ tịch Hồ Chí Minh, date: 1890-05-19 }

intro: >-
  Thực hiện Chương trình công tác năm 2024, Đảng ủy phường Mỹ Độ
  tập trung lãnh đạo, chỉ đạo thực hiện một số nhiệm vụ chủ yếu như sau:

sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt thực hiện {kl01:dated} về thực hiện {ct05}.
      - Chỉ đạo tổ chức các hoạt động kỷ niệm {cmac}; kỷ niệm {hcm}.
  - title: Hoạt động của chính quyền địa phương
    sections:
      - title: Thường trực HĐND phường
        intro: Tăng cường giám sát việc triển khai Nghị quyết.
      - title: UBND phường
        intro: "Tập trung chỉ đạo các nhiệm vụ sau:"
        list: dash
        items:
          - Hoàn thành việc xây dựng nhà ở cho hộ cận nghèo.
  - title: 45

meetings:
  title: Một số cuộc họp chính trong tháng
  items:
    - { date: 2024-05-28, name: Hội nghị BTV Đảng ủy }
    - { date: 2024-05-29, time: "19:30", name: Hội nghị Đảng ủy mở rộng }
    - { every: monday, time: "08:00", name: Hội nghị giao ban Thường trực }
  note: Các cuộc họp đột xuất khác Đảng ủy thông báo sau

closing: |
  Trên đây là chương trình công tác tháng 5/2024.
  Đề nghị các cấp ủy triển khai thực hiện.

recipients:
  - TT. Thành ủy (b/c)
  - 'Các chi bộ trực thuộc'
archive: VP/ĐU

signer:
  on_behalf: Đảng ủy
  deputy_for: Bí thư
  by_order_of: Ban Thường vụ
  by_authority_of: Chủ tịch
  acting: true
  title: Phó Bí thư
  name: Hoàng Trọng Hiếu
draft: false
"#;

/// A small valid plan for error tests to break.
const MINIMAL: &str = "kind: chuong-trinh
style: dang
period: 2024-05
place: Mỹ Độ
issuer:
  name: Đảng ủy phường Mỹ Độ
  abbr: ĐU
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt thực hiện các nghị quyết.
closing: Trên đây là chương trình công tác tháng 5/2024.
recipients:
  - Các chi bộ trực thuộc
archive: VP/ĐU
signer:
  on_behalf: Đảng ủy
  title: Bí thư
  name: Hoàng Trọng Hiếu
";

fn load(yaml: &str) -> (Option<Plan>, Diagnostics, Sources) {
    load_path(Path::new("plan.yaml"), yaml.as_bytes())
}

fn load_path(path: &Path, bytes: &[u8]) -> (Option<Plan>, Diagnostics, Sources) {
    let mut sources = Sources::new();
    let (partial, diags) = load_partial_with(path, bytes, &mut sources, &read_from_disk);
    // A plan with a load error is never printed: none is given.
    let plan = partial.filter(|_| !diags.has_errors()).map(|(plan, ..)| plan);
    (plan, diags, sources)
}

/// One error, flattened for assertions.
#[derive(Debug, Clone)]
struct Found {
    code: &'static str,
    slice: String,
    message: String,
    help: String,
    /// The Vietnamese message and help.
    vi: (String, String),
}

fn flatten(diags: &Diagnostics, sources: &Sources) -> Vec<Found> {
    diags
        .sorted()
        .into_iter()
        .map(|d: &Diagnostic| Found {
            code: d.code,
            slice: d.span.map(|s| sources.slice(s).to_owned()).unwrap_or_default(),
            message: d.message.en.clone(),
            help: d.help.clone().unwrap_or_default().en,
            vi: (d.message.vi.clone(), d.help.clone().unwrap_or_default().vi),
        })
        .collect()
}

/// The errors of `yaml`, which must not load.
fn errors(yaml: &str) -> Vec<Found> {
    let (plan, diags, sources) = load(yaml);
    assert!(plan.is_none(), "loaded despite {diags:?}");
    assert!(diags.has_errors());
    flatten(&diags, &sources)
}

/// The only error of `yaml`.
fn error(yaml: &str) -> Found {
    let found = errors(yaml);
    assert_eq!(found.len(), 1, "{found:#?}");
    found.into_iter().next().unwrap()
}

/// [`MINIMAL`] with `from` replaced by `to` (which must occur).
fn minimal_with(from: &str, to: &str) -> String {
    assert!(MINIMAL.contains(from), "{from}");
    MINIMAL.replacen(from, to, 1)
}

fn ymd(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn slice(sources: &Sources, span: Span) -> &str {
    sources.slice(span)
}

// ---- a valid plan ----------------------------------------------------------

#[test]
fn full_plan_loads_every_key() {
    let (plan, diags, s) = load(FULL);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    assert_eq!(plan.kind.value, Kind::ChuongTrinh);
    assert_eq!(slice(&s, plan.kind.span), "chuong-trinh");
    assert_eq!(plan.style.value, Style::Dang);
    assert_eq!(plan.rules.map(|r| r.value), Some(RuleSetId::Hd36));
    assert_eq!(plan.period.value, Period::Month(2024, 5));
    assert_eq!(slice(&s, plan.period.span), "2024-05");
    assert_eq!(plan.number.as_ref().map(|n| n.value), Some(45));
    assert_eq!(plan.date.as_ref().map(|d| d.value), Some(ymd(2024, 5, 2)));
    assert_eq!(plan.place.value, "Mỹ Độ");
    assert_eq!(slice(&s, plan.place.span), "Mỹ Độ");
    assert_eq!(plan.title.as_ref().unwrap().value, "Công tác tháng 5 năm 2024");

    assert_eq!(plan.issuer.parent.as_ref().unwrap().value, "Đảng bộ thành phố Bắc Giang");
    assert_eq!(plan.issuer.name.value, "Đảng ủy phường Mỹ Độ");
    assert_eq!(slice(&s, plan.issuer.abbr.span), "ĐU");

    let ids: Vec<&str> = plan.directives.iter().map(|d| d.id.value.as_str()).collect();
    assert_eq!(ids, ["kl01", "ct05"]);
    let kl01 = &plan.directives[0];
    assert_eq!(slice(&s, kl01.id.span), "kl01");
    assert_eq!(kl01.doc_type.value, "Kết luận");
    assert_eq!(kl01.number.value, "01-KL/TW");
    assert_eq!(kl01.date.value, ymd(2021, 5, 18));
    assert_eq!(kl01.by.value, "Bộ Chính trị");
    assert!(kl01.about.is_some());
    assert!(plan.directives[1].about.is_none());

    // A value after Vietnamese letters on the same line, in a flow mapping.
    let cmac = &plan.anniversaries[0];
    assert_eq!(cmac.name.value, "Ngày sinh C.Mác");
    assert_eq!(slice(&s, cmac.name.span), "Ngày sinh C.Mác");
    assert_eq!(slice(&s, cmac.date.span), "1818-05-05");
    assert_eq!(plan.anniversaries[1].date.value, ymd(1890, 5, 19));

    let intro = plan.intro.as_ref().unwrap();
    assert_eq!(
        intro.value,
        "Thực hiện Chương trình công tác năm 2024, Đảng ủy phường Mỹ Độ tập trung lãnh \
         đạo, chỉ đạo thực hiện một số nhiệm vụ chủ yếu như sau:"
    );
    let written = slice(&s, intro.span);
    assert!(written.starts_with(">-\n  Thực hiện"), "{written:?}");
    assert!(written.ends_with("như sau:"), "{written:?}");

    let sections = &plan.sections.value;
    assert_eq!(sections.len(), 3);
    assert_eq!(sections[0].title.value, "Công tác xây dựng Đảng");
    assert_eq!(sections[0].items.len(), 2);
    assert_eq!(sections[0].list.value, ListStyle::Paragraph);
    assert_eq!(
        slice(&s, sections[0].items[0].span),
        "Tiếp tục quán triệt thực hiện {kl01:dated} về thực hiện {ct05}."
    );
    let sub = &sections[1].sections;
    assert_eq!(sub.len(), 2);
    assert_eq!(sub[1].list.value, ListStyle::Dash);
    assert_eq!(slice(&s, sub[1].list.span), "dash");
    assert_eq!(
        sub[1].intro.as_ref().unwrap().value,
        "Tập trung chỉ đạo các nhiệm vụ sau:"
    );
    assert_eq!(
        slice(&s, sub[1].intro.as_ref().unwrap().span),
        "\"Tập trung chỉ đạo các nhiệm vụ sau:\""
    );
    // A number as a title is text.
    assert_eq!(sections[2].title.value, "45");

    let meetings = plan.meetings.as_ref().unwrap();
    assert_eq!(
        meetings.title.as_ref().unwrap().value,
        "Một số cuộc họp chính trong tháng"
    );
    assert_eq!(meetings.items.len(), 3);
    let first = &meetings.items[0];
    match &first.when {
        When::Dated(date) => {
            assert_eq!(date.value, ymd(2024, 5, 28));
            assert_eq!(slice(&s, date.span), "2024-05-28");
        }
        When::Weekly(_) => panic!("dated"),
    }
    assert_eq!(slice(&s, first.name.span), "Hội nghị BTV Đảng ủy");
    assert_eq!(slice(&s, first.span), "{ date: 2024-05-28, name: Hội nghị BTV Đảng ủy }");
    assert!(first.time.is_none());
    let second = &meetings.items[1];
    assert_eq!(second.time.as_ref().unwrap().value, TimeOfDay { hour: 19, minute: 30 });
    assert_eq!(slice(&s, second.time.as_ref().unwrap().span), "\"19:30\"");
    let weekly = &meetings.items[2];
    assert!(matches!(&weekly.when, When::Weekly(d) if d.value == Weekday::Monday));
    assert_eq!(weekly.time.as_ref().unwrap().value, TimeOfDay { hour: 8, minute: 0 });
    assert_eq!(
        meetings.note.as_ref().unwrap().value,
        "Các cuộc họp đột xuất khác Đảng ủy thông báo sau"
    );

    let closing = plan.closing.as_ref().expect("a closing");
    assert_eq!(
        closing.value,
        "Trên đây là chương trình công tác tháng 5/2024.\nĐề nghị các cấp ủy triển khai thực hiện.\n"
    );
    let closing = slice(&s, closing.span);
    assert!(closing.starts_with("|\n  Trên đây"), "{closing:?}");
    assert!(closing.ends_with("triển khai thực hiện."), "{closing:?}");

    let recipients: Vec<&str> =
        plan.recipients.value.iter().map(|r| r.value.as_str()).collect();
    assert_eq!(recipients, ["TT. Thành ủy (b/c)", "Các chi bộ trực thuộc"]);
    assert_eq!(slice(&s, plan.recipients.value[1].span), "'Các chi bộ trực thuộc'");
    assert_eq!(plan.archive.value, "VP/ĐU");

    let signer = &plan.signer;
    assert_eq!(signer.on_behalf.as_ref().unwrap().value, "Đảng ủy");
    assert_eq!(signer.deputy_for.as_ref().unwrap().value, "Bí thư");
    assert_eq!(signer.by_order_of.as_ref().unwrap().value, "Ban Thường vụ");
    assert_eq!(signer.by_authority_of.as_ref().unwrap().value, "Chủ tịch");
    assert_eq!(signer.acting.as_ref().map(|a| a.value), Some(true));
    assert_eq!(signer.title.value, "Phó Bí thư");
    assert_eq!(slice(&s, signer.name.span), "Hoàng Trọng Hiếu");
    assert_eq!(plan.draft.as_ref().map(|d| d.value), Some(false));
}

#[test]
fn minimal_plan_loads_with_defaults() {
    let (plan, diags, s) = load(MINIMAL);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    assert!(plan.number.is_none() && plan.date.is_none() && plan.title.is_none());
    assert!(plan.meetings.is_none() && plan.draft.is_none() && plan.rules.is_none());
    assert!(plan.directives.is_empty() && plan.anniversaries.is_empty());
    assert!(slice(&s, plan.sections.value[0].list.span).starts_with("title: Công tác"));
}

#[test]
fn crlf_bom_and_nfd_input_is_normalised_before_spans() {
    use unicode_normalization::UnicodeNormalization;
    let nfd: String = MINIMAL.nfd().collect();
    let mut bytes = b"\xEF\xBB\xBF".to_vec();
    bytes.extend(nfd.replace('\n', "\r\n").as_bytes());
    let (plan, diags, s) = load_path(Path::new("plan.yaml"), &bytes);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    assert_eq!(plan.place.value, "Mỹ Độ");
    assert_eq!(slice(&s, plan.signer.name.span), "Hoàng Trọng Hiếu");
}

#[test]
fn other_period_forms_and_numbers() {
    let yaml =
        minimal_with("period: 2024-05", "period: 2024-Q2\nnumber: \"05\"\ndraft: TRUE");
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    assert_eq!(plan.period.value, Period::Quarter(2024, 2));
    assert_eq!(plan.number.unwrap().value, 5);
    assert!(plan.draft.unwrap().value);
    let (plan, _, _) = load(&minimal_with("period: 2024-05", "period: 2024"));
    assert_eq!(plan.unwrap().period.value, Period::Year(2024));
}

// ---- YAML-level errors ------------------------------------------------------

/// A space copied in front of the first line (from a chat or an e-mail)
/// was "YAML cannot be read here" at the second line, with no help: it is
/// named at the spaces, with the fix.
#[test]
fn an_indented_first_line_is_named_at_its_spaces() {
    for yaml in [format!("  {MINIMAL}"), format!("# Kế hoạch\n\n {MINIMAL}")] {
        let f = error(&yaml);
        assert_eq!(f.code, "plan::yaml_syntax");
        assert!(f.message.starts_with("the first line is indented by"), "{f:#?}");
        assert!(f.slice.chars().all(|c| c == ' ') && !f.slice.is_empty(), "{f:#?}");
    }
    // An indented key further down is the other report, at that key, named
    // with the key above it (`src/load/slips.rs`).
    let f = error(&minimal_with("place: Mỹ Độ", "  place: Mỹ Độ"));
    assert!(
        f.message.starts_with("the key `place` is indented 2 more spaces than `"),
        "{f:#?}"
    );
}

#[test]
fn syntax_error_points_at_the_scanner_marker() {
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ: x"));
    assert_eq!(f.code, "plan::yaml_syntax");
    assert_eq!(f.slice, ":");
    assert_eq!(f.message, "unexpected `:`");
    let f = error("kind: \"chuong-trinh\nstyle: dang\n");
    assert_eq!(f.code, "plan::yaml_syntax");
    let f = error("a: [1, 2\nb: 1\n");
    assert_eq!(f.code, "plan::yaml_syntax");
    let f = error("x: @foo\n");
    assert_eq!((f.code, f.slice.as_str()), ("plan::yaml_syntax", "@"));
    assert_eq!(f.message, "`@` cannot start a value");
}

#[test]
fn tabs_are_reported_in_plain_words_at_the_tab() {
    for yaml in ["issuer:\n\tname: x\n", "a: 1\n\tb: 2\n", "a: |\n\tfoo\n"] {
        let f = error(yaml);
        assert_eq!(f.code, "plan::tab_indent", "{yaml:?}");
        assert_eq!(f.message, "tabs cannot indent YAML; use spaces");
        assert_eq!(f.slice, "\t");
    }
}

#[test]
fn empty_files_are_errors() {
    for yaml in ["", "# only a comment\n", "---\n", "\n\n"] {
        let f = error(yaml);
        assert_eq!(f.code, "plan::empty_file", "{yaml:?}");
        assert_eq!(f.message, "the file is empty");
        let (_, diags, sources) = load(yaml);
        let report =
            crate::diag::render(&diags, &sources, 80, false, crate::lang::Lang::En);
        assert!(report.contains("the file is empty"), "{report}");
    }
}

#[test]
fn top_level_must_be_a_mapping() {
    let f = error("- kind: dang\n");
    assert_eq!(f.code, "plan::wrong_type");
    assert_eq!(
        f.message,
        "expected a mapping of keys at the top of the file, found a list"
    );
    let f = error("chương trình công tác\n");
    assert_eq!(f.slice, "chương trình công tác");
}

#[test]
fn a_second_document_is_an_error() {
    let f = error(&format!("{MINIMAL}---\nkind: ke-hoach\n"));
    assert_eq!(f.code, "plan::multiple_documents");
    assert_eq!(f.slice, "---");
}

#[test]
fn duplicate_keys_point_at_the_second() {
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\nplace: Bắc Giang"));
    assert_eq!(f.code, "plan::duplicate_key");
    assert_eq!(f.message, "duplicate key `place`");
    assert_eq!(f.help, "`place` is already set on line 4; keep one of them");
    let (_, diags, s) =
        load(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\nplace: Bắc Giang"));
    let d = diags.iter().next().unwrap();
    assert_eq!(s.slice(d.span.unwrap()), "place");
    assert_eq!(
        d.span.unwrap().start,
        // The second `place` takes the line where `issuer` was.
        MINIMAL.find("issuer").unwrap()
    );
    // In a flow mapping too, after Vietnamese letters.
    let f = error(&minimal_with(
        "issuer:\n  name: Đảng ủy phường Mỹ Độ\n  abbr: ĐU",
        "issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU, name: Đảng ủy }",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::duplicate_key", "name"));
    assert_eq!(f.help, "`name` is already set on line 5; keep one of them");
}

#[test]
fn anchors_aliases_and_tags_are_rejected() {
    let f = error(&minimal_with("archive: VP/ĐU", "archive: &a VP/ĐU\nintro: *a"));
    assert_eq!(f.code, "plan::yaml_anchor");
    assert_eq!(f.slice, "&a");
    assert_eq!(f.message, "anchors and aliases are not supported");
    assert!(f.help.starts_with("write the value out"), "{}", f.help);
    let f = error(&minimal_with("archive: VP/ĐU", "archive: *nowhere"));
    assert_eq!(f.code, "plan::yaml_anchor");
    let f = error(&minimal_with("archive: VP/ĐU", "archive: !important VP/ĐU"));
    assert_eq!(f.code, "plan::yaml_tag");
    assert_eq!(f.slice, "!important");
}

/// A clerk's italic or bold at the start of an item reads as a YAML alias:
/// the help says to quote it.
#[test]
fn a_star_at_the_start_of_a_text_says_to_quote_it() {
    let f = error(&minimal_with(
        "      - Tiếp tục quán triệt thực hiện các nghị quyết.",
        "      - *Lưu ý:* tiếp tục quán triệt thực hiện các nghị quyết.",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::yaml_anchor", "*Lưu"));
    assert!(f.help.starts_with("text that starts with `*` (italic"), "{}", f.help);
    assert!(f.vi.1.starts_with("chữ bắt đầu bằng `*`"), "{}", f.vi.1);
}

/// `- {kh12} đã …` and `intro: [Ghi chú] …` are read as a `{ … }` mapping
/// and a `[ … ]` list: the report says so and shows the text quoted, not
/// "this line does not line up".
#[test]
fn text_that_starts_with_a_bracket_says_to_quote_it() {
    let f = error(&minimal_with(
        "      - Tiếp tục quán triệt thực hiện các nghị quyết.",
        "      - {kh12} đã được triển khai.",
    ));
    assert_eq!(
        (f.code, f.slice.as_str()),
        ("plan::yaml_syntax", "{kh12} đã được triển khai.")
    );
    assert_eq!(f.message, "text that starts with `{` was read as a `{ … }` mapping");
    assert_eq!(
        f.help,
        "put the whole text in double quotes: `\"{kh12} đã được triển khai.\"`"
    );
    assert_eq!(f.vi.0, "đoạn chữ bắt đầu bằng `{` bị đọc thành nhóm `{ … }`");
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nintro: [Ghi chú] nội dung",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::yaml_syntax", "[Ghi chú] nội dung"));
    assert_eq!(f.message, "text that starts with `[` was read as a `[ … ]` list");
}

/// `- #3 nội dung`: YAML reads the whole text as a comment and the item is
/// empty; besides the empty value, a warning says why.
#[test]
fn a_text_that_starts_with_a_hash_is_explained() {
    let (_, diags, sources) = load(&minimal_with(
        "      - Tiếp tục quán triệt thực hiện các nghị quyết.",
        "      - #3 nội dung cần làm",
    ));
    let found = flatten(&diags, &sources);
    let comment =
        found.iter().find(|f| f.code == "plan::comment_in_text").expect("{found:#?}");
    assert_eq!(comment.slice, "#3 nội dung cần làm");
    // A comment written as one, after a key with no value, is left alone.
    let (_, diags, sources) =
        load(&minimal_with("archive: VP/ĐU", "archive: VP/ĐU\nintro:   # ghi chú"));
    let found = flatten(&diags, &sources);
    assert!(found.iter().all(|f| f.code != "plan::comment_in_text"), "{found:#?}");
}

/// A time written as in running text ("14h00", "8 giờ 30") is shown as
/// HH:MM in the help; other mistakes get the general help.
#[test]
fn times_written_as_in_running_text_suggest_hh_mm() {
    for (typed, meant) in [
        ("14h00", "14:00"),
        ("8h30", "08:30"),
        ("7h", "07:00"),
        ("8 giờ 30", "08:30"),
        ("14g30", "14:30"),
        ("7:30 sáng", "07:30"),
        ("2 giờ chiều", "14:00"),
        ("7h30 tối", "19:30"),
    ] {
        let f = error(&minimal_with(
            "archive: VP/ĐU",
            &format!(
                "archive: VP/ĐU\nmeetings:\n  items:\n    - {{ date: 2024-05-28, time: {typed}, name: Họp }}"
            ),
        ));
        assert_eq!(f.code, "plan::invalid_time", "{typed}");
        assert_eq!(
            f.help,
            format!(
                "did you mean `time: \"{meant}\"`? write the time as HH:MM, in quotes"
            ),
            "{typed}"
        );
    }
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { date: 2024-05-28, time: 25h00, name: Họp }",
    ));
    assert!(f.help.starts_with("write the time as HH:MM from 00:00"), "{}", f.help);
}

#[test]
fn alias_bomb_is_rejected_quickly() {
    let mut yaml = String::from(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n",
    );
    for (prev, name) in ["a", "b", "c", "d", "e", "f", "g", "h"]
        .iter()
        .zip(["b", "c", "d", "e", "f", "g", "h", "i"])
    {
        let refs = vec![format!("*{prev}"); 9].join(",");
        yaml.push_str(&format!("{name}: &{name} [{refs}]\n"));
    }
    let started = Instant::now();
    let found = errors(&yaml);
    assert!(started.elapsed() < Duration::from_secs(2));
    // One report for all of them (the rest of the file is checked too).
    let anchors: Vec<&Found> =
        found.iter().filter(|f| f.code == "plan::yaml_anchor").collect();
    assert_eq!(anchors.len(), 1, "{found:#?}");
    assert_eq!(anchors[0].slice, "&a");
    assert!(
        anchors[0].help.contains("(this file has 80 more anchors or aliases)"),
        "{}",
        anchors[0].help
    );
}

/// Runs `f` on a thread with a 256 KiB stack: deep input must not recurse.
fn on_small_stack(f: impl FnOnce() + Send + 'static) {
    std::thread::Builder::new().stack_size(256 * 1024).spawn(f).unwrap().join().unwrap();
}

#[test]
fn deep_flow_sequences_are_a_clean_error() {
    on_small_stack(|| {
        let yaml = "[".repeat(100_000);
        let f = error(&yaml);
        assert_eq!(f.code, "plan::too_deep");
        assert_eq!(f.message, "nested too deeply (more than 64 levels)");
    });
}

#[test]
fn deep_flow_mappings_are_a_clean_error() {
    on_small_stack(|| {
        // 50 000 deep: 100 000 would pass the file size limit.
        let yaml = format!("{}1{}", "{a: ".repeat(50_000), "}".repeat(50_000));
        let f = error(&yaml);
        assert_eq!(f.code, "plan::too_deep");
    });
}

#[test]
fn deep_block_nesting_is_a_clean_error() {
    on_small_stack(|| {
        let yaml = format!("{}x\n", "- ".repeat(100_000));
        let f = error(&yaml);
        assert_eq!(f.code, "plan::too_deep");
        let mut yaml = String::new();
        for depth in 0..200 {
            yaml.push_str(&" ".repeat(depth));
            yaml.push_str("a:\n");
        }
        let f = error(&yaml);
        assert_eq!(f.code, "plan::too_deep");
    });
}

#[test]
fn a_plan_just_under_the_size_limit_loads() {
    let mut yaml =
        MINIMAL.replace("      - Tiếp tục quán triệt thực hiện các nghị quyết.\n", "");
    let mut items = String::new();
    let mut n = 0;
    let line = "      - Nội dung công việc số 000000 của Đảng ủy phường Mỹ Độ, tập trung lãnh đạo.\n";
    while yaml.len() + items.len() + line.len() < crate::source::MAX_FILE_BYTES {
        items.push_str(&format!(
            "      - Nội dung công việc số {n} của Đảng ủy phường Mỹ Độ, tập trung lãnh đạo.\n"
        ));
        n += 1;
    }
    yaml = yaml.replace("    items:\n", &format!("    items:\n{items}"));
    let started = Instant::now();
    let (plan, diags, s) = load(&yaml);
    assert!(diags.is_empty(), "{diags:?}");
    let plan = plan.unwrap();
    let items = &plan.sections.value[0].items;
    assert_eq!(items.len(), n);
    let last = items.last().unwrap();
    assert_eq!(slice(&s, last.span), last.text.value);
    assert!(started.elapsed() < Duration::from_secs(30), "{:?}", started.elapsed());
}

#[test]
fn a_file_over_the_size_limit_is_an_error() {
    let yaml = format!("{MINIMAL}# {}\n", "x".repeat(crate::source::MAX_FILE_BYTES));
    let f = error(&yaml);
    assert_eq!(f.code, "plan::too_large");
    assert_eq!(f.message, "the file `plan.yaml` is larger than 640 KiB");
}

#[test]
fn not_utf8_points_at_the_first_bad_byte() {
    let (plan, diags, sources) =
        load_path(Path::new("plan.yaml"), b"kind: dang\nplace: M\xF5 \xD0\xE9\n");
    assert!(plan.is_none());
    let d: Vec<_> = diags.iter().collect();
    assert_eq!(d.len(), 1);
    assert_eq!(d[0].code, "plan::not_utf8");
    // The file is shown decoded with U+FFFD; the label sits on the first one.
    let span = d[0].span.unwrap();
    assert_eq!(sources.slice(span), "\u{FFFD}");
    assert_eq!(span.start, "kind: dang\nplace: M".len());
    // After a byte-order mark too.
    let (_, diags, sources) =
        load_path(Path::new("plan.yaml"), b"\xEF\xBB\xBFplace: M\xF5\n");
    let span = diags.iter().next().unwrap().span.unwrap();
    assert_eq!(sources.slice(span), "\u{FFFD}");
    assert_eq!(span.start, "place: M".len());
    assert_eq!(
        d[0].message.en,
        "the file `plan.yaml` is not UTF-8 text (line 2, column 9)"
    );
    assert!(d[0].help.as_ref().unwrap().en.contains("TCVN3/VNI"));
    assert_eq!(sources.iter().count(), 1);
}

/// A whole file saved in TCVN3: the bytes of "title: Chương trình công tác
/// tháng 5 của Đảng ủy", made with `iconv -f UTF-8 -t TCVN5712-1` (glibc;
/// for these letters the same bytes as the `.VnTime` fonts' table in
/// `vi/spelling/legacy.rs`).
const TCVN3_TITLE: &[u8] =
    b"title: Ch\xAD\xACng tr\xD7nh c\xABng t\xB8c th\xB8ng 5 c\xF1a \xA7\xB6ng \xF1y\n";

/// The one report of loading `bytes` as `plan.yaml`, which loads no plan.
#[track_caller]
fn the_one_report(bytes: &[u8]) -> crate::diag::Diagnostic {
    let (plan, diags, _) = load_path(Path::new("plan.yaml"), bytes);
    assert!(plan.is_none());
    let mut all: Vec<_> = diags.iter().cloned().collect();
    assert_eq!(all.len(), 1, "{all:?}");
    all.remove(0)
}

#[test]
fn a_file_saved_in_tcvn3_is_named_so() {
    let bytes = [b"kind: dang\n".as_slice(), TCVN3_TITLE].concat();
    let d = the_one_report(&bytes);
    assert_eq!(d.code, "plan::not_utf8");
    assert_eq!(
        d.message.vi,
        "tệp `plan.yaml` có vẻ được lưu ở bảng mã cũ TCVN3 (ABC), không phải UTF-8 \
         (dòng 2, cột 10)"
    );
    let help = &d.help.as_ref().expect("a help").vi;
    assert!(
        help.starts_with(
            "đọc theo TCVN3, dòng 2 là “title: Chương trình công tác tháng 5 của Đảng ủy”; \
             chuyển tệp sang Unicode"
        ),
        "{help}"
    );
    assert!(help.contains("Unikey"), "{help}");
}

/// The same title typed with a VNI font and saved so: VNI writes "ư" as
/// the byte 0xF6 ("ö"), "ô" as "o" then 0xE2 ("â"), "á" as "a" then 0xF9
/// ("ù"); the bytes are those of `vi/spelling/legacy.rs`'s VNI test text.
#[test]
fn a_file_saved_in_vni_is_named_so() {
    let bytes = b"kind: dang\ntitle: Ch\xF6\xF4ng tr\xECnh co\xE2ng ta\xF9c\n";
    let d = the_one_report(bytes);
    assert_eq!(
        d.message.vi,
        "tệp `plan.yaml` có vẻ được lưu ở bảng mã cũ VNI, không phải UTF-8 (dòng 2, cột 10)"
    );
    assert!(
        d.help
            .as_ref()
            .expect("a help")
            .vi
            .starts_with("đọc theo VNI, dòng 2 là “title: Chương trình công tác”"),
        "{:?}",
        d.help
    );
}

/// A Latin-1 file of French and Portuguese words is not Vietnamese in any
/// encoding ("São" reads as a syllable in TCVN3, one word is not enough):
/// the general message stays.
#[test]
fn a_latin_1_file_keeps_the_general_message() {
    let bytes = b"kind: dang\nplace: Caf\xE9 M\xFCller, No\xEBl, S\xE3o Tom\xE9\n";
    let d = the_one_report(bytes);
    assert_eq!(d.message.vi, "tệp `plan.yaml` không phải chữ UTF-8 (dòng 2, cột 11)");
    assert!(d.help.as_ref().expect("a help").vi.starts_with("lưu tệp ở bảng mã UTF-8"));
}

// ---- keys ----------------------------------------------------------------

#[test]
fn unknown_keys_suggest_the_nearest() {
    // `sigener` is unknown; `signer`, then missing, is not reported as
    // well: one mistake, one report.
    let found = errors(&MINIMAL.replace("signer:", "sigener:"));
    assert_eq!(found.len(), 1, "{found:#?}");
    let unknown = found.iter().find(|f| f.code == "plan::unknown_key").unwrap();
    assert_eq!(unknown.message, "unknown key `sigener`");
    assert_eq!(unknown.help, "did you mean `signer`?");
    assert_eq!(unknown.slice, "sigener");
    // Far from every key: the list of keys.
    let f = error(&minimal_with("archive: VP/ĐU", "archive: VP/ĐU\nzzz: 1"));
    assert_eq!(f.code, "plan::unknown_key");
    assert!(
        f.help.starts_with("the keys allowed here are `kind`, `style`"),
        "{}",
        f.help
    );
    // On nested mappings too.
    let f = error(&minimal_with("  abbr: ĐU", "  abbr: ĐU\n  nmae: x"));
    assert_eq!((f.code, f.slice.as_str()), ("plan::unknown_key", "nmae"));
    assert_eq!(f.help, "did you mean `name`?");
    let f = error(&minimal_with(
        "  - title: Công tác xây dựng Đảng",
        "  - title: Công tác xây dựng Đảng\n    item: []",
    ));
    assert_eq!(f.help, "did you mean `items`?");
}

/// `{ name: Họp phòng, chống dịch }`: YAML reads the words after the comma
/// as a key; the report says so and shows the value quoted.
#[test]
fn text_split_by_a_comma_in_braces_says_to_quote_it() {
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { date: 2024-05-28, name: Họp Ban Chỉ đạo phòng, chống dịch }",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::unknown_key", "chống dịch"));
    assert_eq!(f.message, "unknown key `chống dịch`");
    assert_eq!(
        f.help,
        "inside `{ … }` a comma separates keys: put the whole text that holds the comma \
         in double quotes, e.g. `name: \"Họp Ban Chỉ đạo phòng, chống dịch\"`"
    );
    assert!(
        f.vi.1.starts_with("trong `{ … }`, dấu phẩy ngăn cách các khóa"),
        "{}",
        f.vi.1
    );
    // Words after two commas: one report, whose help quotes the whole text.
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { date: 2024-05-28, name: Họp phòng, chống dịch, bão lụt }",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::unknown_key", "chống dịch, bão lụt"));
    assert!(
        f.help.ends_with("e.g. `name: \"Họp phòng, chống dịch, bão lụt\"`"),
        "{}",
        f.help
    );
    // A key typed wrong is still a key: the nearest is suggested.
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { date: 2024-05-28, name: Họp, tme }",
    ));
    assert_eq!(f.help, "did you mean `time`?");
}

#[test]
fn missing_keys_point_at_the_owner() {
    let f = error(&minimal_with("  abbr: ĐU\n", ""));
    assert_eq!(f.code, "plan::missing_key");
    assert_eq!(f.message, "missing key `abbr` in `issuer`");
    assert_eq!(f.slice, "issuer");
    assert!(f.help.contains("document number"), "{}", f.help);
    let f = error(&minimal_with("archive: VP/ĐU\n", ""));
    assert_eq!(f.message, "missing key `archive`");
    assert_eq!(f.slice, "kind");
    // `closing` is optional (`plan-format.md`, "`closing` is optional").
    let (plan, diags, _) = load(&minimal_with(
        "closing: Trên đây là chương trình công tác tháng 5/2024.\n",
        "",
    ));
    assert!(!diags.has_errors() && plan.is_some_and(|p| p.closing.is_none()));
    // A one-line list item: the whole item.
    let yaml = minimal_with(
        "  - title: Công tác xây dựng Đảng\n    items:\n      - Tiếp tục quán triệt thực hiện các nghị quyết.\n",
        "  - { items: [a] }\n",
    );
    let f = error(&yaml);
    assert_eq!(f.message, "missing key `title` in a section");
    assert_eq!(f.slice, "{ items: [a] }");
}

#[test]
fn several_errors_are_all_reported() {
    let yaml = MINIMAL
        .replace("kind: chuong-trinh", "kind: chuong_trinh")
        .replace("period: 2024-05", "period: 2024-13\ndate: 2024-02-30\nnumber: 0")
        .replace("  abbr: ĐU\n", "  abrr: ĐU\n")
        .replace("archive: VP/ĐU", "archive: [VP]");
    let found = errors(&yaml);
    let codes: Vec<&str> = found.iter().map(|f| f.code).collect();
    assert_eq!(
        codes,
        [
            "plan::invalid_value",
            "plan::invalid_period",
            "plan::invalid_date",
            "plan::invalid_number",
            // `abrr` is `abbr` misspelt: no "missing key `abbr`" as well.
            "plan::unknown_key",
            "plan::wrong_type",
        ],
        "{found:#?}"
    );
}

// ---- values ----------------------------------------------------------------

#[test]
fn closed_sets_suggest_the_right_spelling() {
    let f = error(&minimal_with("kind: chuong-trinh", "kind: chuong_trinh"));
    assert_eq!(f.code, "plan::invalid_value");
    assert_eq!(f.message, "invalid value `chuong_trinh` for `kind`");
    assert_eq!(f.help, "did you mean `chuong-trinh`?");
    assert_eq!(f.slice, "chuong_trinh");
    let f = error(&minimal_with("style: dang", "style: Đảng"));
    assert_eq!(f.help, "did you mean `dang`?");
    let f = error(&minimal_with("style: dang", "style: dang\nrules: nd30"));
    assert_eq!(
        (f.code, f.help.as_str()),
        ("plan::invalid_value", "did you mean `nd30-2020`?")
    );
    let f = error(&minimal_with("    items:", "    list: bullet\n    items:"));
    assert_eq!(
        f.help,
        "`list` is one of `paragraph`, `dash`, `plus`, `numbered` or `letter`"
    );
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { every: mondy, name: Giao ban }",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::invalid_value", "mondy"));
    assert_eq!(f.help, "did you mean `monday`?");
}

#[test]
fn wrong_types_name_what_was_expected() {
    let f = error(&minimal_with("place: Mỹ Độ", "place: [Mỹ Độ]"));
    assert_eq!(f.code, "plan::wrong_type");
    assert_eq!(f.message, "expected text for `place`, found a list");
    assert_eq!(f.slice, "[Mỹ Độ]");
    let f = error(&minimal_with("place: Mỹ Độ", "place:"));
    assert_eq!(f.message, "expected text for `place`, found nothing");
    assert_eq!(f.slice, "place");
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\ndate: 02/05/2024"));
    assert_eq!(
        f.message,
        "expected a date like 2024-05-02 for `date`, found `02/05/2024`"
    );
    assert_eq!(f.help, "did you mean `2024-05-02`? dates are written year-month-day");
    let f = error(&minimal_with("  - Các chi bộ trực thuộc", "  - { name: x }"));
    assert_eq!(f.message, "expected text for an item of `recipients`, found a mapping");
    let f = error(&minimal_with(
        "      - Tiếp tục quán triệt thực hiện các nghị quyết.",
        "      - Hội nghị sơ kết: đánh giá kết quả",
    ));
    assert_eq!(f.message, "expected text for an item of `items`, found a mapping");
    assert_eq!(f.slice, "Hội nghị sơ kết: đánh giá kết quả");
    assert!(
        f.help.ends_with("must be quoted: `\"Hội nghị sơ kết: đánh giá kết quả\"`"),
        "{}",
        f.help
    );
    let f = error(&minimal_with("  - Các chi bộ trực thuộc", "  Các chi bộ trực thuộc"));
    assert_eq!(
        f.message,
        "expected a list for `recipients`, found `Các chi bộ trực thuộc`"
    );
    let f = error(&minimal_with(
        "signer:\n  on_behalf: Đảng ủy\n  title: Bí thư\n  name: Hoàng Trọng Hiếu",
        "signer: Hoàng Trọng Hiếu",
    ));
    assert_eq!(f.message, "expected a mapping for `signer`, found `Hoàng Trọng Hiếu`");
    assert_eq!(f.slice, "Hoàng Trọng Hiếu");
    assert!(f.help.starts_with("`signer` holds"), "{}", f.help);
}

#[test]
fn booleans_are_true_or_false_only() {
    let f = error(&minimal_with("archive: VP/ĐU", "archive: VP/ĐU\ndraft: yes"));
    assert_eq!(f.code, "plan::wrong_type");
    assert_eq!(f.message, "expected `true` or `false` for `draft`, found `yes`");
    assert!(f.help.contains("`yes`"), "{}", f.help);
    let f = error(&minimal_with("  title: Bí thư", "  title: Bí thư\n  acting: on"));
    assert_eq!((f.code, f.slice.as_str()), ("plan::wrong_type", "on"));
}

#[test]
fn invalid_dates_explain_in_vietnamese() {
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\ndate: 2024-02-30"));
    assert_eq!(f.code, "plan::invalid_date");
    assert_eq!(f.message, "invalid date `2024-02-30`");
    assert_eq!(f.help, "month 2 has no day 30");
    assert_eq!(f.vi.0, "ngày `2024-02-30` không hợp lệ");
    assert_eq!(f.vi.1, "ngày 30 tháng 2 không tồn tại");
    assert_eq!(f.slice, "2024-02-30");
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\ndate: 2023-02-29"));
    assert_eq!(f.vi.1, "năm 2023 không phải năm nhuận: tháng 2 chỉ có 28 ngày");
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\ndate: 2024-13-01"));
    // Read as year-day-month, 13 January exists: the help offers it.
    assert_eq!(
        f.vi.1,
        "tháng 13 không tồn tại; có phải `2024-01-13`? ngày viết theo thứ tự năm-tháng-ngày"
    );
    let f = error(&minimal_with("place: Mỹ Độ", "place: Mỹ Độ\ndate: 2024-13-40"));
    assert_eq!(f.vi.1, "tháng 13 không tồn tại");
    // After Vietnamese letters on the same line.
    let yaml = minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nanniversaries:\n  hcm: { name: Ngày sinh Chủ tịch Hồ Chí Minh, date: 1890-05-32 }",
    );
    let f = error(&yaml);
    assert_eq!((f.code, f.slice.as_str()), ("plan::invalid_date", "1890-05-32"));
}

#[test]
fn invalid_periods_show_every_form() {
    // `2024-5` and `05/2024` get `2024-05` instead (the next test).
    for bad in ["2024-13", "2024-Q5", "tháng 5", "2024-H3"] {
        let f = error(&minimal_with("period: 2024-05", &format!("period: {bad}")));
        assert_eq!(f.code, "plan::invalid_period", "{bad}");
        assert_eq!(f.slice, bad);
        assert_eq!(
            f.vi.1,
            "viết tháng `2024-05`, quý `2024-Q2`, năm `2024`, 6 tháng `2024-H1`, tuần \
             `2024-W22`, năm học `2020-2021`, các tháng `2024-04..2024-12` hoặc các năm \
             `2025..2030`"
        );
    }
}

#[test]
fn invalid_periods_say_why() {
    let cases = [
        ("2024-12..2024-04", "kỳ `2024-12..2024-04` có điểm cuối đứng trước điểm đầu"),
        ("2024-05..2024-05", "kỳ `2024-05..2024-05` chỉ gồm một tháng hoặc một năm"),
        ("2020-2022", "năm học `2020-2022` không phải hai năm liền nhau"),
        ("2026-W54", "năm 2026 không có tuần này: năm 2026 có 53 tuần"),
        ("2024-W53", "năm 2024 không có tuần này: năm 2024 có 52 tuần"),
    ];
    for (bad, message) in cases {
        let f = error(&minimal_with("period: 2024-05", &format!("period: {bad}")));
        assert_eq!((f.code, f.vi.0.as_str()), ("plan::invalid_period", message));
    }
}

#[test]
fn a_signing_month_is_read_as_a_month() {
    let yaml = minimal_with("period: 2024-05", "period: 2024-05\ndate: 2024-04");
    let (plan, diags, _) = load(&yaml);
    assert!(!diags.has_errors());
    let plan = plan.expect("a plan");
    assert!(plan.date.is_none());
    let month = plan.frame.signing_month.expect("a month");
    assert_eq!((month.value.year, month.value.month), (2024, 4));
    let f = error(&minimal_with("period: 2024-05", "period: 2024-05\ndate: 2024-13"));
    assert_eq!((f.code, f.slice.as_str()), ("plan::invalid_date", "2024-13"));
}

#[test]
fn numbers_are_1_to_9999() {
    for bad in ["0", "10000", "99999999999999999999", "-1", "4.5", "12a", "\"\""] {
        let f = error(&minimal_with(
            "period: 2024-05",
            &format!("period: 2024-05\nnumber: {bad}"),
        ));
        assert_eq!(f.code, "plan::invalid_number", "{bad}");
        assert_eq!(f.slice, bad);
    }
    let f = error(&minimal_with("period: 2024-05", "period: 2024-05\nnumber: [1]"));
    assert_eq!(f.code, "plan::wrong_type");
    // Typed blank to leave a blank: told to leave the key out.
    for blank in ["\"\"", "\"  \"", "''"] {
        let f = error(&minimal_with(
            "period: 2024-05",
            &format!("period: 2024-05\nnumber: {blank}"),
        ));
        assert_eq!(f.code, "plan::invalid_number", "{blank}");
        assert_eq!(f.vi.0, "số văn bản để trống", "{blank}");
        assert!(f.vi.1.contains("xóa cả dòng `number`"), "{blank}: {}", f.vi.1);
    }
}

#[test]
fn a_number_typed_with_its_symbol_is_told_to_keep_the_number() {
    for (typed, number, symbol) in
        [("12-CTr/UBKTHU", "12", "CTr/UBKTHU"), ("45/KH-UBND", "45", "KH-UBND")]
    {
        let f = error(&minimal_with(
            "period: 2024-05",
            &format!("period: 2024-05\nnumber: {typed}"),
        ));
        assert_eq!(f.code, "plan::invalid_number", "{typed}");
        assert!(f.vi.1.contains(&format!("`number: {number}`")), "{typed}: {}", f.vi.1);
        assert!(f.vi.1.contains(symbol), "{typed}: {}", f.vi.1);
    }
    // Not a number with a symbol: the general help.
    let f = error(&minimal_with("period: 2024-05", "period: 2024-05\nnumber: 12a"));
    assert!(f.help.contains("1 to 9999"), "{}", f.help);
}

#[test]
fn a_period_written_as_in_running_text_gets_its_form() {
    for (typed, meant) in [
        ("\"quý I/2025\"", "2025-Q1"),
        ("Quý 4 năm 2024", "2024-Q4"),
        ("Q2/2025", "2025-Q2"),
        ("2025-QIII", "2025-Q3"),
        ("tháng 10/2025", "2025-10"),
        ("10/2025", "2025-10"),
        ("3-2026", "2026-03"),
        ("05/2024", "2024-05"),
        ("2024-5", "2024-05"),
    ] {
        let f = error(&minimal_with("period: 2024-05", &format!("period: {typed}")));
        assert_eq!(f.code, "plan::invalid_period", "{typed}");
        assert!(f.vi.1.contains(&format!("có phải `{meant}`?")), "{typed}: {}", f.vi.1);
    }
    for typed in ["2025-10-01", "13/2025", "quý V/2025", "Q1"] {
        let f = error(&minimal_with("period: 2024-05", &format!("period: {typed}")));
        assert_eq!(f.code, "plan::invalid_period", "{typed}");
        assert!(!f.vi.1.contains("có phải"), "{typed}: {}", f.vi.1);
    }
}

/// The document's date typed as the date line reads ("ngày 02 tháng 5 năm
/// 2024") gets the date; typed as a month ("05/2024", "tháng 5/2024"), the
/// month form `date` also takes, with the full date beside it.
#[test]
fn a_date_written_as_on_the_page_gets_its_form() {
    for (typed, meant) in [
        ("ngày 02 tháng 5 năm 2024", "có phải `2024-05-02`?"),
        ("\"Mỹ Độ, ngày 2 tháng 5 năm 2024\"", "có phải `2024-05-02`?"),
        ("05/2024", "có phải `2024-05`? chưa có ngày ký"),
        ("tháng 5/2024", "có phải `2024-05`? chưa có ngày ký"),
    ] {
        let f = error(&minimal_with(
            "period: 2024-05",
            &format!("period: 2024-05\ndate: {typed}"),
        ));
        assert_eq!(f.code, "plan::wrong_type", "{typed}");
        assert!(f.vi.1.starts_with(meant), "{typed}: {}", f.vi.1);
    }
    // A month is not a meeting's date: the month hint is the document's.
    let f = error(&minimal_with(
        "period: 2024-05",
        "period: 2024-05\ndate: ngày 31 tháng 4 năm 2024",
    ));
    assert!(f.vi.1.starts_with("ngày 31 tháng 4 không tồn tại"), "{}", f.vi.1);
}

/// A typographic dash where a hyphen is meant (Word's autocorrect, a value
/// copied from a document): the help gives the value as it should be
/// typed, for periods and for dates.
#[test]
fn a_typographic_dash_gets_the_hyphen() {
    for (typed, meant) in [
        ("2024–2025", "2024-2025"),
        ("2024—2025", "2024-2025"),
        ("2024−2025", "2024-2025"),
        ("2024–05", "2024-05"),
        ("2024–Q2", "2024-Q2"),
        ("2024-04–2024-12", "2024-04..2024-12"),
        ("2025 – 2030", "2025..2030"),
        ("“2024–2025”", "2024-2025"),
    ] {
        let f = error(&minimal_with("period: 2024-05", &format!("period: {typed}")));
        assert_eq!(f.code, "plan::invalid_period", "{typed}");
        assert!(
            f.vi.1.starts_with(&format!("có phải `{meant}`?")),
            "{typed}: {}",
            f.vi.1
        );
    }
    let f = error(&minimal_with("period: 2024-05", "period: 2024–2025"));
    assert_eq!(
        f.vi.1,
        "có phải `2024-2025`? ở đây dùng dấu gạch nối `-` trên bàn phím, không dùng dấu `–` \
         (Word hay tự đổi `-` thành `–`)"
    );
    let f = error(&minimal_with("period: 2024-05", "period: 2024–2026"));
    assert_eq!(
        f.vi.1,
        "có phải `2024..2026`? các năm hoặc các tháng liền nhau viết với hai dấu chấm `..`, \
         không dùng dấu `–`"
    );
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { date: 2024–05–28, name: Họp }",
    ));
    assert_eq!(f.slice, "2024–05–28");
    assert!(f.vi.1.starts_with("có phải `2024-05-28`?"), "{}", f.vi.1);
    // The document's date, as a day or as the month form
    // (`plan-format.md`, "`date: YYYY-MM`: the signing month").
    for (typed, meant) in [
        ("2026–01", "2026-01"),
        ("2026—01", "2026-01"),
        ("“2026-01”", "2026-01"),
        ("2026–01–15", "2026-01-15"),
    ] {
        let f = error(&minimal_with(
            "period: 2024-05",
            &format!("period: 2024-05\ndate: {typed}"),
        ));
        assert!(f.vi.1.contains(&format!("`{meant}`")), "{typed}: {}", f.vi.1);
    }
    let f = error(&minimal_with("period: 2024-05", "period: 2024-05\ndate: 2026–13"));
    assert!(!f.vi.1.contains("có phải"), "{}", f.vi.1);
    // A dash that is not the slip: no guess.
    let f = error(&minimal_with("period: 2024-05", "period: 2024–13"));
    assert!(!f.vi.1.contains("có phải"), "{}", f.vi.1);
}

/// `meetings` with a `note` and no `items`: the contract (plan-format.md)
/// lists `items` as a key of `meetings` and only `note` as optional, so
/// `items` is required; the help says how to give a note alone, which
/// then loads.
#[test]
fn meetings_with_a_note_alone_need_empty_items() {
    let alone = "archive: VP/ĐU\nmeetings:\n  note: Lịch họp Đảng ủy thông báo sau";
    let f = error(&minimal_with("archive: VP/ĐU", alone));
    assert_eq!(f.code, "plan::missing_key");
    assert!(
        f.vi.1.ends_with("chỉ có lời ghi chú (`note`) thì viết `items: []`"),
        "{}",
        f.vi.1
    );
    let with_items = alone.replace("  note", "  items: []\n  note");
    let (plan, diags, _) = load(&minimal_with("archive: VP/ĐU", &with_items));
    assert!(!diags.has_errors(), "{diags:?}");
    let meetings = plan.expect("a plan").meetings.expect("meetings");
    assert!(meetings.items.is_empty());
}

#[test]
fn times_are_hh_mm() {
    for bad in ["\"24:00\"", "\"08:60\"", "\"8h\"", "\"08:5\"", "0800"] {
        let yaml = minimal_with(
            "archive: VP/ĐU",
            &format!(
                "archive: VP/ĐU\nmeetings:\n  items:\n    - {{ every: friday, time: {bad}, name: Giao ban }}"
            ),
        );
        let f = error(&yaml);
        assert_eq!((f.code, f.slice.as_str()), ("plan::invalid_time", bad));
    }
    let yaml = minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nmeetings:\n  items:\n    - { every: friday, time: 8:00, name: Giao ban }",
    );
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:?}");
    let time = plan.unwrap().meetings.unwrap().items[0].time.clone().unwrap();
    assert_eq!(time.value, TimeOfDay { hour: 8, minute: 0 });
}

#[test]
fn a_meeting_has_date_or_every() {
    let meeting = |m: &str| {
        minimal_with(
            "archive: VP/ĐU",
            &format!("archive: VP/ĐU\nmeetings:\n  items:\n    - {m}"),
        )
    };
    let f = error(&meeting("{ date: 2024-05-28, every: monday, name: Họp }"));
    assert_eq!((f.code, f.slice.as_str()), ("plan::conflicting_keys", "every"));
    let f = error(&meeting("{ name: Họp }"));
    assert_eq!(f.code, "plan::missing_key");
    assert_eq!(f.message, "missing key `date` or `every` in a meeting");
    assert_eq!(f.slice, "{ name: Họp }");
    let f = error(&meeting("{ date: 2024-05-28 }"));
    assert_eq!(f.message, "missing key `name` in a meeting");
    let f =
        error(&minimal_with("archive: VP/ĐU", "archive: VP/ĐU\nmeetings:\n  title: Họp"));
    assert_eq!(
        (f.message.as_str(), f.slice.as_str()),
        ("missing key `items` in `meetings`", "meetings")
    );
}

#[test]
fn ids_are_checked() {
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nanniversaries:\n  1hcm: { name: Ngày sinh Bác Hồ, date: 1890-05-19 }",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::invalid_id", "1hcm"));
    let f = error(&minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\nanniversaries:\n  bác: { name: Ngày sinh Bác Hồ, date: 1890-05-19 }",
    ));
    assert_eq!((f.code, f.slice.as_str()), ("plan::invalid_id", "bác"));
    let yaml = minimal_with(
        "archive: VP/ĐU",
        "archive: VP/ĐU\ndirectives:\n  hcm: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }\nanniversaries:\n  hcm: { name: Ngày sinh Chủ tịch Hồ Chí Minh, date: 1890-05-19 }",
    );
    let f = error(&yaml);
    assert_eq!(f.code, "plan::duplicate_id");
    assert_eq!(f.message, "id `hcm` is defined twice");
    assert_eq!(f.help, "`hcm` is also a directive (line 17); rename one of them");
    let (_, diags, s) = load(&yaml);
    let span = diags.iter().next().unwrap().span.unwrap();
    assert_eq!(s.slice(span), "hcm");
    assert!(span.start > yaml.find("anniversaries").unwrap());
}

#[test]
fn sections_nest_four_levels() {
    let deep = "  - title: A\n    sections:\n      - title: B\n        sections:\n          \
                - title: C\n            sections:\n              - title: D\n                \
                sections:\n                  - title: E\n  - title: Công tác xây dựng Đảng\n";
    let f = error(&minimal_with("  - title: Công tác xây dựng Đảng\n", deep));
    assert_eq!(f.code, "plan::section_depth");
    assert_eq!(f.slice, "sections");
}

// ---- includes ----------------------------------------------------------------

fn write(path: &Path, text: &[u8]) {
    let mut file = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .open(path)
        .unwrap();
    file.write_all(text).unwrap();
}

fn load_file(path: &Path) -> (Option<Plan>, Diagnostics, Sources) {
    let bytes = std::fs::read(path).unwrap();
    load_path(path, &bytes)
}

const SHARED: &str = "issuer:
  parent: Đảng bộ thành phố Bắc Giang
  name: Đảng ủy phường Mỹ Độ
  abbr: ĐU
signer:
  on_behalf: Đảng ủy
  title: Bí thư
  name: Hoàng Trọng Hiếu
recipients:
  - Các chi bộ trực thuộc
  - Lưu
directives:
  ct05: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }
";

fn plan_without_shared() -> String {
    MINIMAL.replace("issuer:\n  name: Đảng ủy phường Mỹ Độ\n  abbr: ĐU\n", "").replace(
        "signer:\n  on_behalf: Đảng ủy\n  title: Bí thư\n  name: Hoàng Trọng Hiếu\n",
        "",
    )
}

#[test]
fn includes_merge_under_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("chung")).unwrap();
    write(&dir.path().join("chung/shared.yaml"), SHARED.as_bytes());
    let plan_path = dir.path().join("plan.yaml");
    let yaml = format!(
        "include: [chung/shared.yaml]\n{}issuer:\n  name: Đảng ủy phường Mỹ Độ mở rộng\ndirectives:\n  kl01: {{ type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }}\n",
        plan_without_shared()
    );
    write(&plan_path, yaml.as_bytes());
    let (plan, diags, s) = load_file(&plan_path);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    // The plan wins, key by key.
    assert_eq!(plan.issuer.name.value, "Đảng ủy phường Mỹ Độ mở rộng");
    assert_eq!(plan.issuer.name.span.source, crate::source::SourceId(0));
    // Keys only in the included file come through, with spans into it.
    assert_eq!(plan.issuer.abbr.value, "ĐU");
    assert_eq!(plan.issuer.abbr.span.source, crate::source::SourceId(1));
    assert_eq!(s.slice(plan.issuer.abbr.span), "ĐU");
    assert_eq!(plan.signer.name.value, "Hoàng Trọng Hiếu");
    // Lists are replaced, not concatenated.
    assert_eq!(plan.recipients.value.len(), 1);
    // Mappings of directives merge.
    let ids: Vec<&str> = plan.directives.iter().map(|d| d.id.value.as_str()).collect();
    assert_eq!(ids, ["ct05", "kl01"]);
}

#[test]
fn nested_includes_and_errors_inside_them() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("inner.yaml"),
        "signer:\n  title: Bí thư\n  name: Hoàng Trọng Hiếu\n  nmae: x\n".as_bytes(),
    );
    write(
        &dir.path().join("outer.yaml"),
        "include: [inner.yaml]\nissuer:\n  name: Đảng ủy\n  abbr: ĐU\nsections: []\n"
            .as_bytes(),
    );
    let plan_path = dir.path().join("plan.yaml");
    write(
        &plan_path,
        format!("include:\n  - outer.yaml\n{}", plan_without_shared()).as_bytes(),
    );
    let (plan, diags, s) = load_file(&plan_path);
    assert!(plan.is_none());
    let found = flatten(&diags, &s);
    assert_eq!(found.len(), 2, "{found:#?}");
    // Errors point into the file they are in.
    let key = diags.iter().find(|d| d.code == "plan::include_key").unwrap();
    assert!(s.get(key.span.unwrap().source).path.ends_with("outer.yaml"));
    assert_eq!(s.slice(key.span.unwrap()), "sections");
    assert_eq!(key.message.en, "`sections` cannot be set in an included file");
    let unknown = diags.iter().find(|d| d.code == "plan::unknown_key").unwrap();
    assert!(s.get(unknown.span.unwrap().source).path.ends_with("inner.yaml"));
    assert_eq!(s.slice(unknown.span.unwrap()), "nmae");
}

/// A path copied from Windows Explorer, `chung\\mo-do.yaml`, opens on
/// Windows only: the help names it with `/` when that file exists.
#[test]
fn an_include_written_with_backslashes_is_given_with_slashes() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("chung")).unwrap();
    write(&dir.path().join("chung/mo-do.yaml"), b"directives: {}\n");
    let plan_path = dir.path().join("plan.yaml");
    let plan = format!("include: [chung\\mo-do.yaml, khac\\x.yaml]\n{MINIMAL}");
    write(&plan_path, plan.as_bytes());
    let (_, diags, s) = load_file(&plan_path);
    let found = flatten(&diags, &s);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].code, "plan::include_not_found");
    assert!(found[0].help.starts_with("write `chung/mo-do.yaml`"), "{:#?}", found[0]);
    // No file with `/` either: the usual help.
    assert!(found[1].help.starts_with("include paths are relative"), "{:#?}", found[1]);
}

#[test]
fn include_cycles_and_missing_files_point_at_the_entry() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("a.yaml"), b"include: [b.yaml]\n");
    write(&dir.path().join("b.yaml"), b"include: [a.yaml]\n");
    let plan_path = dir.path().join("plan.yaml");
    write(&plan_path, format!("include: [a.yaml, missing.yaml]\n{MINIMAL}").as_bytes());
    let (plan, diags, s) = load_file(&plan_path);
    assert!(plan.is_none());
    let found = flatten(&diags, &s);
    assert_eq!(found.len(), 2, "{found:#?}");
    let cycle = found.iter().find(|f| f.code == "plan::include_cycle").unwrap();
    assert_eq!(cycle.slice, "a.yaml");
    assert!(cycle.message.ends_with("a.yaml` includes itself"), "{}", cycle.message);
    let missing = found.iter().find(|f| f.code == "plan::include_not_found").unwrap();
    assert_eq!(missing.slice, "missing.yaml");
    // The cycle is reported in b.yaml, where it closes.
    let d = diags.iter().find(|d| d.code == "plan::include_cycle").unwrap();
    assert!(s.get(d.span.unwrap().source).path.ends_with("b.yaml"));
    // A file that includes itself.
    write(&plan_path, format!("include: [plan.yaml]\n{MINIMAL}").as_bytes());
    let (_, diags, s) = load_file(&plan_path);
    let found = flatten(&diags, &s);
    assert_eq!(found.len(), 1);
    assert_eq!(
        (found[0].code, found[0].slice.as_str()),
        ("plan::include_cycle", "plan.yaml")
    );
}

#[test]
fn included_files_must_be_utf8_mappings() {
    let dir = tempfile::tempdir().unwrap();
    write(&dir.path().join("tcvn3.yaml"), b"place: M\xF5 \xD0\xE9\n");
    write(&dir.path().join("list.yaml"), "- Mỹ Độ\n".as_bytes());
    let plan_path = dir.path().join("plan.yaml");
    write(&plan_path, format!("include: [tcvn3.yaml, list.yaml]\n{MINIMAL}").as_bytes());
    let (plan, diags, s) = load_file(&plan_path);
    assert!(plan.is_none());
    let found = flatten(&diags, &s);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert_eq!(found[0].code, "plan::not_utf8");
    assert_eq!(found[0].slice, "tcvn3.yaml");
    assert!(found[0].message.contains("(line 1, column 9)"), "{}", found[0].message);
    assert_eq!(found[1].code, "plan::wrong_type");
    assert_eq!(found[1].slice, "- Mỹ Độ");
}

#[test]
fn include_must_be_a_list() {
    let f = error(&format!("include: shared.yaml\n{MINIMAL}"));
    assert_eq!((f.code, f.slice.as_str()), ("plan::wrong_type", "shared.yaml"));
    assert_eq!(f.message, "expected a list of files for `include`, found `shared.yaml`");
}

// ---- limits ----------------------------------------------------------------

#[test]
fn hostile_shapes_are_fast_and_capped() {
    let size = crate::source::MAX_FILE_BYTES - 100;
    let keys: String = (0..size / 10).map(|i| format!("k{i}: 1\n")).collect();
    let shapes: Vec<(&str, String)> = vec![
        ("unknown keys", keys[..size.min(keys.len())].to_owned()),
        ("duplicate keys", "a: 1\n".repeat(size / 5)),
        ("flow list", format!("intro: [{}]\n", "a, ".repeat(size / 3))),
        ("long text", format!("intro: \"{}\"\n", "ạ".repeat(size / 3))),
        ("long key", format!("{}: 1\n", "k".repeat(size))),
        ("nested lists", format!("{}x\n", "- ".repeat(60)).repeat(size / 122)),
        ("aliases", format!("a: &a x\nb: [{}]\n", "*a, ".repeat(size / 4))),
    ];
    for (name, yaml) in shapes {
        let started = Instant::now();
        let (plan, diags, _) = load(&yaml);
        assert!(plan.is_none(), "{name}");
        assert!(diags.len() <= super::error::MAX_PROBLEMS + 1, "{name}: {}", diags.len());
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "{name}: {:?}",
            started.elapsed()
        );
    }
}

#[test]
fn problems_stop_at_the_cap() {
    let yaml: String = (0..1000).map(|i| format!("k{i}: 1\n")).collect();
    let (_, diags, _) = load(&yaml);
    assert_eq!(diags.len(), super::error::MAX_PROBLEMS + 1);
    let last = diags.iter().last().unwrap();
    assert_eq!(last.code, "plan::too_many_problems");
    assert_eq!(last.message.en, "stopped after 200 problems");
}

#[test]
fn too_many_values_is_an_error() {
    // Past the file size limit: the parser itself must still stop.
    let yaml = format!("recipients:\n{}", "  - a\n".repeat(super::yaml::MAX_NODES + 10));
    let mut sources = Sources::new();
    let id = sources.add(Path::new("t.yaml"), yaml.clone());
    let mut diags = Diagnostics::new();
    assert!(super::yaml::parse(&yaml, id, &mut diags).is_none());
    let found = flatten(&diags, &sources);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].code, "plan::too_large");
    assert_eq!(found[0].message, "the file holds more than 200000 values");
}

// ---- spans of scalars ----------------------------------------------------------

/// The text each scalar value of `yaml` covers, in order.
fn scalar_slices(yaml: &str) -> Vec<String> {
    let mut sources = Sources::new();
    let id = sources.add(Path::new("t.yaml"), yaml.to_owned());
    let mut diags = Diagnostics::new();
    let root = super::yaml::parse(yaml, id, &mut diags).unwrap();
    assert!(diags.is_empty(), "{diags:?}");
    let mut out = Vec::new();
    let mut stack = vec![&root];
    while let Some(node) = stack.pop() {
        match &node.kind {
            super::yaml::NodeKind::Scalar(..) => {
                out.push(sources.slice(node.span).to_owned());
            }
            super::yaml::NodeKind::Seq(items) => stack.extend(items.iter().rev()),
            super::yaml::NodeKind::Map(entries) => {
                stack.extend(entries.iter().rev().flat_map(|(k, v)| [v, k]));
            }
            super::yaml::NodeKind::Invalid => {}
        }
    }
    out
}

#[test]
fn scalar_spans_cover_the_value_as_written() {
    let yaml = "a: \"Tập trung: x\"  # chú thích\nb: 'it''s'\nc: |- # giữ\n  dòng một\n\n  dòng hai\n\n\nd:\n  - >+\n    gấp\n\n  - \"x\\\"y\"\ne: đa\n  dòng\nf: { g: Hồ Chí Minh, h: [ạ, 'ư'] }\n";
    assert_eq!(
        scalar_slices(yaml),
        [
            "a",
            "\"Tập trung: x\"",
            "b",
            "'it''s'",
            "c",
            "|- # giữ\n  dòng một\n\n  dòng hai",
            "d",
            ">+\n    gấp",
            "\"x\\\"y\"",
            "e",
            "đa\n  dòng",
            "f",
            "g",
            "Hồ Chí Minh",
            "h",
            "ạ",
            "'ư'",
        ]
    );
}

#[test]
fn offsets_convert_characters_to_bytes() {
    // Past the 64-character checkpoints, after multi-byte letters.
    let line = "ạ".repeat(100);
    let yaml = format!("a: {line}\nb: Mỹ Độ\n");
    let slices = scalar_slices(&yaml);
    assert_eq!(slices, ["a", line.as_str(), "b", "Mỹ Độ"]);
}

// ---- value parsers ---------------------------------------------------------------

#[test]
fn value_parsers() {
    use super::convert::is_id;
    use super::scalar::{DateError, parse_date, parse_number, parse_time};
    assert_eq!(parse_date("2024-02-29"), Ok(ymd(2024, 2, 29)));
    assert_eq!(
        parse_date("2/5/2024"),
        Err(DateError::Shape(Some("2024-05-02".to_owned())))
    );
    assert_eq!(
        parse_date("2024/05/02"),
        Err(DateError::Shape(Some("2024-05-02".to_owned())))
    );
    assert_eq!(
        parse_date("30/2/2024"),
        Err(DateError::ShapeNoSuchDay(crate::lang::t(
            "ngày 30 tháng 2 không tồn tại",
            "month 2 has no day 30"
        )))
    );
    assert_eq!(
        parse_date("29/2/2025"),
        Err(DateError::ShapeNoSuchDay(crate::lang::t(
            "năm 2025 không phải năm nhuận: tháng 2 chỉ có 28 ngày",
            "2025 is not a leap year: February has 28 days"
        )))
    );
    assert_eq!(
        parse_date("30/5/24"),
        Err(DateError::Shape(Some("2024-05-30".to_owned())))
    );
    assert_eq!(
        parse_date("2024-06-05 14:00"),
        Err(DateError::Shape(Some("2024-06-05".to_owned())))
    );
    // Written month first: the day and month swapped.
    assert_eq!(
        parse_date("06/30/2024"),
        Err(DateError::Shape(Some("2024-06-30".to_owned())))
    );
    assert_eq!(
        parse_date("2024-30-05"),
        Err(DateError::NoSuchDay(crate::lang::t(
            "tháng 30 không tồn tại; có phải `2024-05-30`? ngày viết theo thứ tự năm-tháng-ngày",
            "there is no month 30; did you mean `2024-05-30`? dates are written year-month-day"
        )))
    );
    assert_eq!(
        parse_date("2024-5-2"),
        Err(DateError::Shape(Some("2024-05-02".to_owned())))
    );
    assert_eq!(parse_date("hôm nay"), Err(DateError::Shape(None)));
    assert_eq!(
        parse_date("2024-04-31"),
        Err(DateError::NoSuchDay(crate::lang::t(
            "ngày 31 tháng 4 không tồn tại",
            "month 4 has no day 31"
        )))
    );
    assert_eq!(
        parse_date("2024-05-00"),
        Err(DateError::NoSuchDay(crate::lang::t(
            "ngày 0 không tồn tại",
            "there is no day 0"
        )))
    );
    assert_eq!(parse_number("45"), Some(45));
    assert_eq!(parse_number("0005"), Some(5));
    assert_eq!(parse_number("9999"), Some(9999));
    for bad in ["", "0", "000", "10000", "+5", "5.0", "0x10", " 5", "٥"] {
        assert_eq!(parse_number(bad), None, "{bad:?}");
    }
    assert_eq!(parse_time("00:00"), Some(TimeOfDay { hour: 0, minute: 0 }));
    assert_eq!(parse_time("23:59"), Some(TimeOfDay { hour: 23, minute: 59 }));
    assert_eq!(parse_time("7:30"), Some(TimeOfDay { hour: 7, minute: 30 }));
    for bad in ["24:00", "12:60", "12", "12:5", "123:00", ":30", "12:30:00", "ab:cd"] {
        assert_eq!(parse_time(bad), None, "{bad:?}");
    }
    for good in ["kl01", "hcm", "CT-05", "a_b"] {
        assert!(is_id(good), "{good}");
    }
    for bad in ["", "1a", "_a", "-a", "bác", "a b", "a:b", "a.b"] {
        assert!(!is_id(bad), "{bad}");
    }
}

#[test]
fn errors_in_an_included_file_point_into_it() {
    let dir = tempfile::tempdir().unwrap();
    write(
        &dir.path().join("shared.yaml"),
        "issuer:\n  name: Đảng ủy: phường\n".as_bytes(),
    );
    let plan_path = dir.path().join("plan.yaml");
    write(&plan_path, format!("include: [shared.yaml]\n{MINIMAL}").as_bytes());
    let (plan, diags, s) = load_file(&plan_path);
    assert!(plan.is_none());
    let d: Vec<_> = diags.iter().collect();
    assert_eq!(d.len(), 1, "{d:#?}");
    assert_eq!(d[0].code, "plan::yaml_syntax");
    let span = d[0].span.unwrap();
    assert!(s.get(span.source).path.ends_with("shared.yaml"));
    assert_eq!(s.slice(span), ":");
    assert_eq!(span.start, "issuer:\n  name: Đảng ủy".len());
}

/// Mutated plans [`mutated_plans_never_panic`] loads: `PLAN_FUZZ_CASES`, or
/// 800 (a few seconds unoptimised; CI runs the default). README, "Hostile
/// input, fuzzing, benchmarks".
fn fuzz_cases() -> usize {
    std::env::var("PLAN_FUZZ_CASES").ok().and_then(|n| n.parse().ok()).unwrap_or(800)
}

/// The seed of the mutations: `PLAN_FUZZ_SEED`, or a fixed one so that
/// every run loads the same cases.
fn fuzz_seed() -> u64 {
    std::env::var("PLAN_FUZZ_SEED")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(0x706c_616e_2d66_757a)
}

/// The next number of SplitMix64 from `state`: small, seeded, portable.
fn split_mix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Mutations of a full plan (a character inserted or removed, the text cut
/// short, at a random place) never panic, and every span they report is a
/// valid range. Seeded: the same cases every run unless `PLAN_FUZZ_SEED`
/// says otherwise.
#[test]
fn mutated_plans_never_panic() {
    let boundaries: Vec<usize> = FULL.char_indices().map(|(i, _)| i).collect();
    let inserts = [
        ":", "\t", "\"", "'", "[", "{", "}", "&a ", "*a", "!", "|", "- ", "#", "\n ", "ạ",
    ];
    let seed = fuzz_seed();
    let mut state = seed;
    for case in 0..fuzz_cases() {
        let at = boundaries[(split_mix(&mut state) % boundaries.len() as u64) as usize];
        let kind = (split_mix(&mut state) % (inserts.len() as u64 + 2)) as usize;
        let yaml = match kind.checked_sub(2) {
            Some(n) => {
                let mut v = FULL.to_owned();
                v.insert_str(at, inserts[n]);
                v
            }
            None if kind == 0 => {
                let mut v = FULL.to_owned();
                v.remove(at);
                v
            }
            None => FULL[..at].to_owned(),
        };
        let (plan, diags, sources) = load(&yaml);
        let context = format!("case {case} of seed {seed} (PLAN_FUZZ_SEED)");
        assert_eq!(plan.is_some(), !diags.has_errors(), "{context}");
        for d in diags.iter() {
            if let Some(span) = d.span {
                let text = &sources.get(span.source).text;
                assert!(
                    text.get(span.start..span.end).is_some(),
                    "{context}: {d:?} in {yaml:?}"
                );
            }
        }
        if case % 50 == 0 {
            let _ =
                crate::diag::render(&diags, &sources, 80, false, crate::lang::Lang::En);
        }
    }
}

// ---- the key tables ----------------------------------------------------------

/// The missing keys reported for `yaml`, as (owner label, key).
fn missing(yaml: &str) -> Vec<(String, String)> {
    let (_, diags, _) = load(yaml);
    let mut out: Vec<(String, String)> = diags
        .iter()
        .filter(|d| d.code == "plan::missing_key")
        .filter_map(|d| {
            let rest = d.message.en.strip_prefix("missing key `")?;
            let (key, owner) = rest.split_once('`')?;
            let owner = owner.strip_prefix(" in ").unwrap_or("the plan");
            Some((owner.to_owned(), key.to_owned()))
        })
        .collect();
    out.sort();
    out
}

/// What the table of `owner` marks required, labelled as the loader does.
fn required(owner: crate::model::keys::Owner, label: &str) -> Vec<(String, String)> {
    owner
        .keys()
        .iter()
        .filter(|k| k.required)
        .map(|k| (label.to_owned(), k.name.to_owned()))
        .collect()
}

#[test]
fn missing_keys_are_the_tables_required_keys() {
    use crate::model::keys::Owner;
    let mut want = required(Owner::Plan, "the plan");
    want.sort();
    assert_eq!(missing("{}\n"), want);
    let yaml = MINIMAL
        .replace("issuer:\n  name: Đảng ủy phường Mỹ Độ\n  abbr: ĐU\n", "issuer: {}\n")
        .replace(
            "signer:\n  on_behalf: Đảng ủy\n  title: Bí thư\n  name: Hoàng Trọng Hiếu\n",
            "signer: {}\n",
        )
        .replace(
            "  - title: Công tác xây dựng Đảng\n    items:\n      - Tiếp tục quán triệt thực hiện các nghị quyết.\n",
            "  - {}\n",
        )
        + "directives: { d: {} }\nanniversaries: { a: {} }\nmeetings: { items: [ { date: 2024-05-28 } ] }\n";
    let mut want: Vec<(String, String)> = [
        required(Owner::Issuer, "`issuer`"),
        required(Owner::Signer, "`signer`"),
        required(Owner::Section, "a section"),
        required(Owner::Directive, "directive `d`"),
        required(Owner::Anniversary, "anniversary `a`"),
        required(Owner::Meeting, "a meeting"),
    ]
    .concat();
    want.sort();
    assert_eq!(missing(&yaml), want);
    let yaml = MINIMAL.to_owned() + "meetings: { title: Họp }\n";
    assert_eq!(missing(&yaml), required(Owner::Meetings, "`meetings`"));
}

// ---- body structure (format version 2) --------------------------------------

#[test]
fn numbering_reads_patterns_and_looks() {
    let yaml = format!(
        "{MINIMAL}numbering: [\"I.\", {{ pattern: \"1.1.\", look: bold-italic }}, a), \"*\"]\n"
    );
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:#?}");
    let numbering = plan.unwrap().numbering.unwrap().value;
    let patterns: Vec<Pattern> = numbering.iter().map(|l| l.pattern.value).collect();
    assert_eq!(
        patterns,
        [
            Pattern::Roman('.'),
            Pattern::Nested('.'),
            Pattern::Letter(')'),
            Pattern::Mark('*')
        ]
    );
    assert_eq!(numbering[1].look.as_ref().map(|l| l.value), Some(Look::BoldItalic));
}

#[test]
fn roman_with_a_hyphen_is_a_pattern() {
    // The Party's "I- NHIỆM VỤ TRỌNG TÂM" (format-rules.md §1.4).
    let (plan, diags, _) = load(&format!("{MINIMAL}numbering: [I-, 1-]\n"));
    assert!(diags.is_empty(), "{diags:#?}");
    let numbering = plan.unwrap().numbering.unwrap().value;
    assert_eq!(numbering[0].pattern.value, Pattern::Roman('-'));
}

#[test]
fn unknown_pattern_lists_the_accepted_ones() {
    let f = error(&format!("{MINIMAL}numbering: [\"1)\"]\n"));
    assert_eq!(f.code, "plan::invalid_numbering");
    assert_eq!(f.slice, "\"1)\"");
    assert!(f.help.contains("`1.1.1.`") && f.help.contains("`none`"), "{}", f.help);
}

#[test]
fn nested_patterns_need_their_parents() {
    let f = error(&format!("{MINIMAL}numbering: [\"1.\", \"1.1.1.\"]\n"));
    assert_eq!(f.code, "plan::invalid_numbering");
    assert!(f.vi.0.contains("cấp 2"), "{}", f.vi.0);
    assert!(f.message.contains("level 2"), "{}", f.message);
    let f = error(&format!("{MINIMAL}numbering: [\"1.\", a), \"-\", \"+\", none]\n"));
    assert_eq!(f.code, "plan::invalid_numbering");
    assert_eq!(f.slice, "none");
}

#[test]
fn items_nest_two_levels_with_their_lists() {
    let yaml = minimal_with(
        "      - Tiếp tục quán triệt thực hiện các nghị quyết.\n",
        "      - text: Một\n        list: numbered\n        items:\n          - text: Hai\n            \
         items: [Ba]\n          - Bốn\n",
    );
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    let item = &plan.sections.value[0].items[0];
    assert_eq!(item.text.value, "Một");
    assert_eq!(item.list.as_ref().map(|l| l.value), Some(ListStyle::Numbered));
    assert_eq!(item.items.len(), 2);
    assert_eq!(item.items[0].items[0].text.value, "Ba");
}

#[test]
fn run_in_needs_an_intro() {
    let f = error(&minimal_with(
        "    items:\n",
        "    heading: run-in\n    outro: Cuối.\n    items:\n",
    ));
    assert_eq!(f.code, "plan::run_in_without_intro");
    assert_eq!(f.slice, "run-in");
}

/// A key its owner does not have is one report, the unknown key: its
/// value is not read as well (`heading: run-in` on an appendix without
/// `intro` was also `run_in_without_intro`).
#[test]
fn an_unknown_key_is_reported_once_and_not_read() {
    let mut yaml = MINIMAL.to_owned();
    yaml +=
        "appendices:\n  - title: Danh mục\n    heading: run-in\n    items: [Một việc.]\n";
    let f = error(&yaml);
    assert_eq!(f.code, "plan::unknown_key");
    assert_eq!(f.slice, "heading");
}

/// A text with no words (`""`, `"  "`) is refused as an empty value is,
/// at the value: `place: ""` printed ", ngày …" and `title: ""` a bare
/// "I."; a table cell or a column title may be blank (a form to fill in).
#[test]
fn a_blank_text_is_refused_except_in_a_table() {
    let yaml = minimal_with("place: Mỹ Độ\n", "place: \"\"\n")
        .replace("  - title: Công tác xây dựng Đảng\n", "  - title: \"  \"\n")
        .replace("  - Các chi bộ trực thuộc\n", "  - ''\n");
    let found = errors(&yaml);
    let codes: Vec<&str> = found.iter().map(|f| f.code).collect();
    assert_eq!(codes, ["plan::wrong_type"; 3], "{found:#?}");
    let slices: Vec<&str> = found.iter().map(|f| f.slice.as_str()).collect();
    assert_eq!(slices, ["\"\"", "\"  \"", "''"]);
    assert_eq!(found[0].vi.0, "`place` cần chữ, nhưng lại để trống");
    let table = "    table:\n      columns: [{ title: \"\" }, { title: Việc }]\n      \
                 rows: [[\"\", \" \"], [{ text: \"\", rows: 1 }, x]]\n";
    let yaml = minimal_with("    items:\n", &format!("{table}    items:\n"));
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:#?}");
    assert!(plan.is_some());
}

#[test]
fn literal_blocks_keep_line_breaks_in_header_names_only() {
    let yaml = minimal_with(
        "  name: Đảng ủy phường Mỹ Độ\n",
        "  name: |\n    Ban Chấp hành Đảng bộ\n    phường Mỹ Độ\n  parent: >\n    Đảng bộ\n    thành phố\n",
    );
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:#?}");
    let plan = plan.unwrap();
    assert_eq!(plan.issuer.name.value, "Ban Chấp hành Đảng bộ\nphường Mỹ Độ");
    assert_eq!(plan.issuer.parent.unwrap().value, "Đảng bộ thành phố ");
}

/// A blank line in a `|` title or name is no line: the summary title
/// printed a gap of a line in the middle, the issuer's name none.
#[test]
fn blank_lines_in_literal_blocks_are_no_lines() {
    let yaml = minimal_with(
        "place: Mỹ Độ\n",
        "place: Mỹ Độ\ntitle: |+\n\n  Công tác tuyên truyền\n\n \n  năm 2024\n\n",
    );
    let (plan, diags, _) = load(&yaml);
    assert!(diags.is_empty(), "{diags:#?}");
    let title = plan.unwrap().title.expect("a title").value;
    let lines: Vec<&str> = title.split('\n').map(str::trim).collect();
    assert_eq!(lines, ["Công tác tuyên truyền", "năm 2024"], "{title:?}");
}

#[test]
fn curly_quotes_are_told_from_the_value_inside() {
    use super::scalar::curly_inner;
    assert_eq!(curly_inner("“08:00”"), Some("08:00"));
    assert_eq!(curly_inner("‘2024-05-02’"), Some("2024-05-02"));
    assert_eq!(curly_inner("„45“"), Some("45"));
    assert_eq!(curly_inner("\"08:00\""), None);
    assert_eq!(curly_inner("“Toàn dân” đoàn kết"), None);
}

/// A month `period` and a weekday written as offices write them get the
/// value the key takes in the help.
#[test]
fn months_and_weekdays_written_in_vietnamese_suggest_the_key_s_form() {
    for typed in
        ["6/2024", "06/2024", "2024-6", "tháng 6/2024", "tháng 6 năm 2024", "T6/2024"]
    {
        let f = error(&minimal_with("period: 2024-05", &format!("period: {typed}")));
        assert_eq!(f.code, "plan::invalid_period", "{typed}");
        assert_eq!(
            f.help, "did you mean `2024-06`? a month is written year-month, with zeros",
            "{typed}"
        );
    }
    let f = error(&minimal_with("period: 2024-05", "period: 2024-13"));
    assert!(f.help.starts_with("write a month `2024-05`"), "{}", f.help);
    for (typed, meant) in [
        ("thứ hai", "monday"),
        ("Thứ 7", "saturday"),
        ("T4", "wednesday"),
        ("chủ nhật", "sunday"),
    ] {
        let f = error(&minimal_with(
            "archive: VP/ĐU",
            &format!(
                "archive: VP/ĐU\nmeetings:\n  items:\n    - {{ every: {typed}, name: Họp }}"
            ),
        ));
        assert_eq!(f.code, "plan::invalid_value", "{typed}");
        assert_eq!(f.help, format!("did you mean `{meant}`?"), "{typed}");
    }
}

/// Items that YAML misreads because of their first character each get a
/// help that says how to write them: in quotes (`[`, `- `, `|`, `>`, `&`),
/// or with text after the `- `.
#[test]
fn items_misread_by_their_first_character_say_how_to_write_them() {
    let item = "      - Tiếp tục quán triệt thực hiện các nghị quyết.";
    for (typed, help) in [
        ("      - [Kèm theo]", "as in `- \"[Kèm theo]\"`"),
        ("      - - Hoàn thành", "as in `- \"- Hoàn thành\"`"),
        ("      - ", "write the text after `- `, or delete the line"),
        ("      - ~", "write the text after `- `, or delete the line"),
        ("      - | Hoàn thành", "quote it: `- \"> …\"`"),
        ("      - & Hoàn thành", "text that starts with `&` must be in double quotes"),
    ] {
        let f = error(&minimal_with(item, typed));
        assert!(f.help.contains(help), "{typed:?}: {} / {}", f.message, f.help);
    }
}
