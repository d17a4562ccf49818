//! Diagnostic snapshots: every fixture in `tests/fixtures/errors/` breaks the
//! rule it is named after, and only that rule; its report (miette, unicode, no
//! colour, width 80) is compared with a reviewed snapshot in `snapshots/`,
//! in English (`NAME.snap`) and in Vietnamese (`NAME.vi.snap`), and the place
//! of every problem (code, line, column) with the table below, so a label
//! that moves fails a test even if someone blesses the snapshot.

// Tests write their own plan files; the atomic writer is for PDFs.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

use plan::diag::{Diagnostic, Severity};
use plan::lang::{Lang, Text};
use plan::source::Sources;

/// The fixtures' folder, relative to the package root (the tests' working
/// directory), so reports name `tests/fixtures/errors/NAME.yaml` on every
/// machine.
const DIR: &str = "tests/fixtures/errors";

/// Every problem of every fixture: code (without `plan::`), 1-based line and column (in
/// characters) of the label's start; `(0, 0)` for a problem with no place.
/// Problems are in report order (file order).
const EXPECTED: &[(&str, &[Place])] = &[
    ("appendix_without_content", &[("appendix_without_content", 21, 12)]),
    ("anniversary_not_positive", &[("anniversary_not_positive", 9, 58)]),
    ("anniversary_outside_period", &[("anniversary_outside_period", 13, 30)]),
    ("anniversary_years_twice", &[("anniversary_years_twice", 13, 47)]),
    ("anniversary_dates_twice", &[("anniversary_dates_twice", 13, 37)]),
    ("by_authority_of_party", &[("by_authority_of_party", 17, 20)]),
    ("comment_in_text", &[("comment_in_text", 11, 28)]),
    ("conflicting_keys", &[("conflicting_keys", 18, 27)]),
    ("control_character", &[("control_character", 11, 53)]),
    ("control_character_escape", &[("control_character", 11, 40)]),
    ("control_character_key", &[("control_character", 7, 4)]),
    ("control_character_nul", &[("control_character", 11, 54)]),
    ("date_after_period", &[("date_after_period", 4, 7)]),
    ("date_long_before_period", &[("date_long_before_period", 4, 7)]),
    ("directive_after_document", &[("directive_after_document", 10, 51)]),
    ("duplicate_id", &[("duplicate_id", 19, 3)]),
    ("duplicate_id_include", &[("duplicate_id", 10, 3)]),
    ("duplicate_key", &[("duplicate_key", 19, 3)]),
    ("empty_file", &[("empty_file", 1, 1)]),
    ("empty_footnote", &[("empty_footnote", 11, 39)]),
    ("empty_meetings", &[("empty_meetings", 13, 3)]),
    ("empty_recipients", &[("empty_recipients", 13, 13)]),
    ("empty_section", &[("empty_section", 12, 12)]),
    ("empty_section_list", &[("empty_section", 8, 11)]),
    ("full_without_about", &[("full_without_about", 17, 39)]),
    ("include_cycle", &[("include_cycle", 1, 11)]),
    ("include_key", &[("include_key", 5, 1)]),
    ("include_not_found", &[("include_not_found", 1, 11)]),
    ("include_unreadable", &[("include_unreadable", 1, 11)]),
    ("invalid_date", &[("invalid_date", 17, 54)]),
    ("invalid_date_swapped", &[("invalid_date", 6, 7)]),
    ("invalid_id", &[("invalid_id", 17, 3)]),
    ("invalid_number", &[("invalid_number", 4, 9)]),
    ("invalid_number_pasted", &[("invalid_number", 6, 9)]),
    ("invalid_numbering", &[("invalid_numbering", 9, 19)]),
    ("invalid_numbering_level", &[("invalid_numbering", 9, 13)]),
    ("item_depth", &[("item_depth", 17, 17)]),
    ("invalid_period", &[("invalid_period", 3, 9)]),
    ("invalid_period_one_month", &[("invalid_period", 3, 9)]),
    ("invalid_period_reversed", &[("invalid_period", 3, 9)]),
    ("invalid_period_school_year", &[("invalid_period", 3, 9)]),
    ("invalid_period_week_54", &[("invalid_period", 3, 9)]),
    ("invalid_time", &[("invalid_time", 18, 30)]),
    ("invalid_time_curly_quotes", &[("invalid_time", 19, 30)]),
    ("invalid_value", &[("invalid_value", 1, 7)]),
    ("legacy_encoding", &[("legacy_encoding", 11, 12)]),
    ("legacy_encoding_vni", &[("legacy_encoding", 11, 12)]),
    ("list_item_joined", &[("list_item_joined", 14, 9)]),
    ("malformed_reference", &[("malformed_reference", 17, 29)]),
    ("malformed_reference_literal", &[("malformed_reference", 20, 32)]),
    ("meeting_on_weekend", &[("meeting_on_weekend", 10, 53)]),
    ("meeting_outside_period", &[("meeting_outside_period", 10, 53)]),
    ("missing_glyph", &[("missing_glyph", 11, 31)]),
    ("missing_key", &[("missing_key", 5, 1)]),
    ("multiple_documents", &[("multiple_documents", 20, 1)]),
    ("nested_footnote", &[("nested_footnote", 11, 44)]),
    ("not_utf8", &[("not_utf8", 3, 9)]),
    ("not_utf8_docx", &[("not_utf8", 1, 1)]),
    ("not_utf8_include", &[("not_utf8", 1, 11)]),
    ("not_utf8_tcvn3", &[("not_utf8", 4, 9)]),
    ("not_utf8_utf16", &[("not_utf8", 1, 1)]),
    ("party_deputy_for", &[("party_deputy_for", 18, 15)]),
    ("abbr_with_type", &[("abbr_with_type", 7, 9)]),
    ("signer_name_title", &[("signer_name_title", 19, 9)]),
    (
        "recipient_looks_like_archive",
        &[
            ("recipient_looks_like_archive", 15, 5),
            ("recipient_looks_like_archive", 16, 5),
        ],
    ),
    ("recipient_split_by_comma", &[("recipient_split_by_comma", 13, 42)]),
    ("rules_ambiguous_month", &[("rules_ambiguous_month", 4, 7)]),
    ("rules_style_mismatch", &[("rules_style_mismatch", 3, 8)]),
    ("run_in_without_intro", &[("run_in_without_intro", 12, 18)]),
    ("section_depth", &[("section_depth", 16, 17)]),
    ("tab_indent", &[("tab_indent", 17, 1)]),
    // Every tab of the file in one run: the reader stopped at the first.
    (
        "tab_indent_many",
        &[("tab_indent", 9, 1), ("tab_indent", 14, 1), ("tab_indent", 22, 1)],
    ),
    ("table_row_cells", &[("table_row_cells", 18, 11)]),
    ("table_row_span", &[("table_row_span", 15, 43)]),
    ("table_row_span_group", &[("table_row_span", 15, 43)]),
    ("table_too_wide", &[("table_too_wide", 11, 7)]),
    ("too_deep", &[("too_deep", 16, 71)]),
    ("too_large_heading", &[("too_large", 6, 9)]),
    ("too_large_includes", &[("too_large", 66, 5)]),
    ("too_large_text", &[("too_large", 181, 19)]),
    ("unclosed_footnote", &[("unclosed_footnote", 11, 39)]),
    ("unknown_key", &[("unknown_key", 4, 1)]),
    ("unknown_key_include", &[("unknown_key", 5, 3)]),
    ("unknown_key_wrong_place", &[("unknown_key", 8, 1), ("unknown_key", 22, 3)]),
    ("unknown_key_required", &[("unknown_key", 8, 1), ("unknown_key", 18, 3)]),
    ("unknown_key_vietnamese", &[("unknown_key", 6, 1), ("unknown_key", 18, 1)]),
    ("unknown_reference", &[("unknown_reference", 17, 39)]),
    ("unknown_reference_crlf_nfd", &[("unknown_reference", 17, 39)]),
    ("unknown_reference_long_line", &[("unknown_reference", 17, 633)]),
    ("unknown_reference_folded", &[("unknown_reference", 19, 46)]),
    ("unknown_reference_form", &[("unknown_reference_form", 17, 39)]),
    ("unused_definition", &[("unused_definition", 14, 3)]),
    ("wrong_type", &[("wrong_type", 4, 7)]),
    ("wrong_type_boolean", &[("wrong_type", 16, 8)]),
    ("wrong_type_date_no_such_day", &[("wrong_type", 6, 7)]),
    ("wrong_type_date_month", &[("wrong_type", 6, 7)]),
    ("wrong_type_date_words", &[("wrong_type", 5, 7)]),
    ("wrong_type_empty_value", &[("wrong_type", 20, 3)]),
    ("wrong_type_empty_list", &[("wrong_type", 11, 5)]),
    ("wrong_type_group_row_in_brackets", &[("wrong_type", 16, 11)]),
    ("wrong_type_list", &[("wrong_type", 13, 13)]),
    ("wrong_type_list_one_line", &[("wrong_type", 15, 13)]),
    ("wrong_type_top_level", &[("wrong_type", 1, 1)]),
    ("wrong_type_text_as_list", &[("wrong_type", 18, 3)]),
    ("yaml_anchor", &[("yaml_anchor", 15, 10)]),
    ("yaml_syntax", &[("yaml_syntax", 12, 56)]),
    ("yaml_syntax_bad_escape", &[("yaml_syntax", 17, 20)]),
    (
        "yaml_syntax_continuation",
        &[("yaml_syntax", 14, 5), ("yaml_syntax", 17, 3), ("yaml_syntax", 19, 1)],
    ),
    ("yaml_syntax_curly_quotes", &[("yaml_syntax", 14, 57)]),
    ("yaml_syntax_fullwidth_colon", &[("yaml_syntax", 6, 6)]),
    ("yaml_syntax_item_shallower", &[("yaml_syntax", 14, 1)]),
    ("yaml_syntax_key_indented", &[("yaml_syntax", 9, 3)]),
    (
        "yaml_syntax_many_slips",
        &[
            ("yaml_syntax", 6, 1),
            ("yaml_syntax", 9, 3),
            ("yaml_syntax", 14, 7),
            ("yaml_syntax", 18, 3),
        ],
    ),
    ("yaml_syntax_missing_colon", &[("yaml_syntax", 6, 1), ("yaml_syntax", 9, 3)]),
    ("yaml_syntax_missing_dash", &[("yaml_syntax", 17, 3)]),
    ("yaml_syntax_quoted_start", &[("yaml_syntax", 13, 9)]),
    ("yaml_syntax_no_braces", &[("yaml_syntax", 20, 7)]),
    ("yaml_syntax_section_no_dash", &[("yaml_syntax", 14, 3)]),
    ("yaml_syntax_unclosed_brace", &[("yaml_syntax", 20, 53)]),
    ("yaml_syntax_no_break_space", &[("yaml_syntax", 6, 7), ("yaml_syntax", 9, 1)]),
    ("yaml_syntax_no_space_after_dash", &[("yaml_syntax", 14, 7)]),
    ("yaml_syntax_no_space_after_key", &[("yaml_syntax", 11, 10)]),
    ("yaml_syntax_word_bullet", &[("yaml_syntax", 17, 3)]),
    ("yaml_tag", &[("yaml_tag", 15, 10)]),
    // The text checks (issue 11, item 2).
    ("common_misspelling", &[("common_misspelling", 11, 17)]),
    ("directive_as_text", &[("directive_as_text", 13, 44)]),
    ("directive_number_mismatch", &[("directive_number_mismatch", 14, 37)]),
    ("double_space", &[("double_space", 11, 24)]),
    ("soft_hyphen", &[("soft_hyphen", 13, 22)]),
    ("invalid_syllable", &[("invalid_syllable", 12, 64)]),
    ("missing_space_after_punctuation", &[("missing_space_after_punctuation", 11, 28)]),
    ("mixed_tone_marks", &[("mixed_tone_marks", 14, 40)]),
    ("repeated_word", &[("repeated_word", 11, 25)]),
    ("space_before_punctuation", &[("space_before_punctuation", 11, 28)]),
    ("unbalanced_bracket", &[("unbalanced_bracket", 13, 13)]),
    ("unbalanced_quote", &[("unbalanced_quote", 11, 34)]),
    ("unknown_allow", &[("unknown_allow", 8, 9)]),
];

/// A problem's code (without `plan::`), line and column.
type Place = (&'static str, usize, usize);

/// A case of the follow-on test: name, edits of `BASE`, the codes expected.
type Case =
    (&'static str, &'static [(&'static str, &'static str)], &'static [&'static str]);

/// Where a diagnostic points: (code, line, column), columns in characters.
fn place(d: &Diagnostic, sources: &Sources) -> (&'static str, usize, usize) {
    let Some(span) = d.span else { return (d.code, 0, 0) };
    let text = &sources.get(span.source).text;
    let before = &text[..span.start];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().unwrap_or("").chars().count() + 1;
    (d.code, line, column)
}

fn fixtures() -> Vec<PathBuf> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(DIR)
        .expect("the fixtures folder exists")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
        .collect();
    paths.sort();
    paths
}

fn stem(path: &Path) -> String {
    path.file_stem().and_then(|s| s.to_str()).expect("UTF-8 name").to_owned()
}

/// Checks a fixture the way `plan check` does.
fn check(path: &Path) -> plan::Checked {
    let bytes = std::fs::read(path).expect("fixture is readable");
    plan::check(path, &bytes, plan::resolve::Options::default())
}

#[test]
fn every_fixture_breaks_its_rule_at_the_expected_place() {
    let paths = fixtures();
    assert!(paths.len() >= 45, "{} fixtures", paths.len());
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for path in &paths {
        let name = stem(path);
        let checked = check(path);
        let sorted = checked.diagnostics.sorted();
        assert!(!sorted.is_empty(), "{name}: no problem found");
        for d in &sorted {
            let rule = d.code.trim_start_matches("plan::");
            if !name.starts_with(rule) {
                failures.push(format!("{name} reports {}: {}", d.code, d.message.en));
            }
            if let Some(span) = d.span {
                let text = &checked.sources.get(span.source).text;
                assert!(text.get(span.start..span.end).is_some(), "{name}: {span:?}");
            }
        }
        // A fixture with an error gives no view; one with warnings only does.
        let has_errors = sorted.iter().any(|d| d.severity == Severity::Error);
        assert_eq!(checked.view.is_none(), has_errors, "{name}");
        let places: Vec<_> = sorted
            .iter()
            .map(|d| {
                let (code, line, column) = place(d, &checked.sources);
                (code.trim_start_matches("plan::"), line, column)
            })
            .collect();
        report.push(format!("    (\"{name}\", &{places:?}),"));
        match EXPECTED.iter().find(|(n, _)| *n == name) {
            Some((_, expected)) if *expected == places.as_slice() => {}
            Some((_, expected)) => {
                failures.push(format!("{name}: expected {expected:?}, found {places:?}"));
            }
            None => failures.push(format!("{name}: not in EXPECTED, found {places:?}")),
        }
    }
    for (name, _) in EXPECTED {
        assert!(
            paths.iter().any(|p| stem(p) == *name),
            "{name} is in EXPECTED but has no fixture"
        );
    }
    assert!(
        failures.is_empty(),
        "{}\n\nall:\n{}",
        failures.join("\n"),
        report.join("\n")
    );
}

#[test]
fn every_fixture_report_matches_its_snapshot() {
    for path in fixtures() {
        let name = stem(&path);
        let checked = check(&path);
        let render = |lang| {
            plan::diag::render(&checked.diagnostics, &checked.sources, 80, false, lang)
        };
        insta::assert_snapshot!(name.clone(), render(Lang::En));
        insta::assert_snapshot!(format!("{name}.vi"), render(Lang::Vi));
    }
}

/// Whether `text` is worded in both languages, differently, or in neither
/// (an absent label).
fn in_both_languages(text: &Text) -> bool {
    (text.vi.is_empty() && text.en.is_empty())
        || (!text.vi.is_empty() && !text.en.is_empty() && text.vi != text.en)
}

/// Issue 11: no message, label or help exists in one language only (or is
/// the English text copied into the Vietnamese slot).
#[test]
fn every_message_of_every_fixture_exists_in_both_languages() {
    let mut failures = Vec::new();
    for path in fixtures() {
        let name = stem(&path);
        for d in check(&path).diagnostics.iter() {
            let help = d.help.clone().unwrap_or_default();
            for (what, text) in
                [("message", &d.message), ("label", &d.label), ("help", &help)]
            {
                if !in_both_languages(text) || text.vi.is_empty() && what == "message" {
                    failures.push(format!("{name} {}: {what} {text:?}", d.code));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// English words that give away an English phrase in a Vietnamese line.
const ENGLISH: &[&str] = &[
    " the ",
    " a ",
    " an ",
    " move ",
    " into ",
    " or ",
    " not ",
    " is ",
    " are ",
    " and ",
    " of ",
    " to ",
    " for ",
    " with ",
    " found",
    " expected",
    " missing",
    " unknown",
    " invalid",
    " cannot",
    " must",
    " line ",
    " help:",
    " did you mean",
    " file ",
];

/// The lines of a report that the tool words: not the lines of the plan it
/// quotes (`12 │ …`), which are data.
fn worded_lines(report: &str) -> impl Iterator<Item = &str> {
    report.lines().filter(|line| {
        let trimmed = line.trim_start();
        let number = trimmed.split(' ').next().unwrap_or("");
        !(number.chars().all(|c| c.is_ascii_digit())
            && !number.is_empty()
            && trimmed[number.len()..].starts_with(" │"))
    })
}

/// Issue 11: the Vietnamese report of every fixture holds no English phrase
/// (quoted plan text and the codes are data and may hold anything).
#[test]
fn vietnamese_reports_do_not_mix_in_english() {
    let mut failures = Vec::new();
    for path in fixtures() {
        let name = stem(&path);
        let checked = check(&path);
        let report = plan::diag::render(
            &checked.diagnostics,
            &checked.sources,
            80,
            false,
            Lang::Vi,
        );
        for line in worded_lines(&report) {
            // Values quoted in backticks are the plan's own words.
            let outside: String =
                line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
            let padded = format!(" {} ", outside.to_lowercase());
            for word in ENGLISH {
                if padded.contains(word) {
                    failures.push(format!("{name}: {word:?} in {line:?}"));
                }
            }
        }
        assert!(
            report.contains("gợi ý:") || !report.contains("help"),
            "{name}\n{report}"
        );
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The scan above finds English when there is some.
#[test]
fn the_english_scan_finds_english() {
    let path = Path::new(DIR).join("meeting_outside_period.yaml");
    let checked = check(&path);
    let report =
        plan::diag::render(&checked.diagnostics, &checked.sources, 80, false, Lang::En);
    let hits = worded_lines(&report)
        .filter(|line| {
            ENGLISH.iter().any(|w| format!(" {} ", line.to_lowercase()).contains(w))
        })
        .count();
    assert!(hits >= 2, "{report}");
}

/// A valid plan with a directive, an anniversary and a meeting, for the tests
/// below to break.
const BASE: &str = "kind: chuong-trinh
style: dang
period: 2024-05
date: 2024-05-02
place: Mỹ Độ
issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU }
directives:
  kl01: { type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }
anniversaries:
  hcm: { name: Ngày sinh Chủ tịch Hồ Chí Minh, date: 1890-05-19 }
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt thực hiện {kl01:dated}.
      - Kỷ niệm {hcm}.
meetings:
  items:
    - { date: 2024-05-28, name: Hội nghị BTV Đảng ủy }
closing: Trên đây là chương trình công tác tháng 5/2024.
recipients:
  - Các chi bộ trực thuộc
archive: VP/ĐU
signer: { on_behalf: Đảng ủy, title: Bí thư, name: Hoàng Trọng Hiếu }
";

/// The codes `plan check` reports for `yaml`, in report order.
fn codes(yaml: &str) -> Vec<&'static str> {
    let checked = plan::check(Path::new("t.yaml"), yaml.as_bytes(), Default::default());
    checked.diagnostics.sorted().iter().map(|d| d.code).collect()
}

/// `BASE` with each `(from, to)` replaced once; `from` must occur.
fn base_with(edits: &[(&str, &str)]) -> String {
    let mut yaml = BASE.to_owned();
    for (from, to) in edits {
        assert!(yaml.contains(from), "{from}");
        yaml = yaml.replacen(from, to, 1);
    }
    yaml
}

#[test]
fn base_plan_is_clean() {
    assert_eq!(codes(BASE), Vec::<&str>::new());
}

/// Issue 4: an unknown key and an unknown `{ref}` elsewhere are reported in
/// one run, with the other checks of the file, in file order.
#[test]
fn load_and_resolve_problems_are_reported_in_one_run() {
    let yaml = base_with(&[
        ("date: 2024-05-02\n", "date: 2024-05-02\nnumbr: 45\n"),
        ("{kl01:dated}", "{kl99}"),
        ("date: 2024-05-28", "date: 2024-06-28"),
        ("signer: { on_behalf: Đảng ủy,", "signer: { deputy_for: Bí thư,"),
    ]);
    assert_eq!(
        codes(&yaml),
        [
            "plan::unknown_key",
            "plan::unused_definition",
            "plan::unknown_reference",
            "plan::meeting_outside_period",
            "plan::party_deputy_for",
        ]
    );
}

/// format-rules.md §1.3 [R]: the deputy head of an advisory body (a ban,
/// a văn phòng) signs "K/T TRƯỞNG BAN", so `deputy_for` warns only on a
/// committee's document, or beside `on_behalf`.
#[test]
fn deputy_for_warns_on_committees_only() {
    let signer = ("signer: { on_behalf: Đảng ủy,", "signer: { deputy_for: Trưởng ban,");
    for advisory in ["Ban Tuyên giáo và Dân vận Thành ủy", "Văn phòng Tỉnh ủy"]
    {
        let issuer = ("name: Đảng ủy phường Mỹ Độ", format!("name: {advisory}"));
        let yaml = base_with(&[(issuer.0, issuer.1.as_str()), signer]);
        assert_eq!(codes(&yaml), Vec::<&str>::new(), "{advisory}");
    }
    for committee in ["Đảng ủy phường Mỹ Độ", "Ban Thường vụ Huyện ủy", "Ban cán sự đảng"]
    {
        let issuer = ("name: Đảng ủy phường Mỹ Độ", format!("name: {committee}"));
        let yaml = base_with(&[(issuer.0, issuer.1.as_str()), signer]);
        assert_eq!(codes(&yaml), ["plan::party_deputy_for"], "{committee}");
    }
    // A collective named with K/T under it is still the mistake.
    let yaml = base_with(&[
        ("name: Đảng ủy phường Mỹ Độ", "name: Ban Tuyên giáo Thành ủy"),
        (
            "signer: { on_behalf: Đảng ủy,",
            "signer: { on_behalf: Đảng ủy, deputy_for: Bí thư,",
        ),
    ]);
    assert_eq!(codes(&yaml), ["plan::party_deputy_for"]);
}

/// The slips that stop the YAML reader (tabs, a Word bullet, a no-break
/// space) are all reported in one run, each at its line and column; a tab
/// used to hide every slip after it, and a bullet every tab.
#[test]
fn every_slip_of_a_file_is_reported_in_one_run() {
    let yaml = base_with(&[
        ("issuer: { name:", "issuer:\n\tname: Đảng ủy phường Mỹ Độ\nx: {"),
        ("      - Kỷ niệm", "\t\t\t- Kỷ niệm"),
        ("  - Các chi bộ trực thuộc\n", "  - Các chi bộ trực thuộc\n  • Các ban\n"),
        ("signer: {", "signer:\n\u{a0} on_behalf: Đảng ủy\nx: {"),
    ]);
    let checked = plan::check(Path::new("t.yaml"), yaml.as_bytes(), Default::default());
    let found: Vec<_> = checked
        .diagnostics
        .sorted()
        .iter()
        .map(|d| {
            let (code, line, column) = place(d, &checked.sources);
            (code, line, column)
        })
        .collect();
    assert_eq!(
        found,
        [
            ("plan::tab_indent", 7, 1),
            ("plan::tab_indent", 17, 1),
            ("plan::yaml_syntax", 24, 3),
            ("plan::yaml_syntax", 27, 1),
        ],
        "{yaml}"
    );
}

/// `plan::party_deputy_for` names the body that signs: an inspection
/// commission (Ủy ban kiểm tra) is a collective but not a cấp ủy ("cấp ủy
/// ký thay mặt tập thể" was said of it), a Party group names itself, and
/// a ban given both `on_behalf` and `deputy_for` is told to keep K/T.
#[test]
fn party_deputy_for_names_the_body_that_signs() {
    let deputy = ("signer: { on_behalf: Đảng ủy,", "signer: { deputy_for: Chủ nhiệm,");
    let both = (
        "signer: { on_behalf: Đảng ủy,",
        "signer: { on_behalf: Ban, deputy_for: Trưởng ban,",
    );
    for (issuer, signer, vi, en) in [
        (
            "Đảng ủy phường Mỹ Độ",
            deputy,
            "cấp ủy ký thay mặt tập thể",
            "a Party committee",
        ),
        (
            "Ủy ban kiểm tra Đảng ủy phường Mỹ Độ",
            deputy,
            "ủy ban kiểm tra ký thay mặt tập thể (T/M), không ký thay (K/T)",
            "an inspection commission signs as the collective",
        ),
        (
            "UBKT Huyện ủy Tân Yên",
            deputy,
            "ủy ban kiểm tra ký",
            "an inspection commission",
        ),
        (
            "Uỷ ban Kiểm tra Tỉnh ủy",
            deputy,
            "ủy ban kiểm tra ký",
            "an inspection commission",
        ),
        ("Đảng đoàn HĐND tỉnh", deputy, "ban cán sự đảng, đảng đoàn ký", "a Party group"),
        (
            "Ban Tuyên giáo Thành ủy",
            both,
            "không ký vừa thay mặt tập thể (T/M) vừa ký thay (K/T)",
            "not signed both T/M and K/T",
        ),
    ] {
        let yaml = base_with(&[
            ("name: Đảng ủy phường Mỹ Độ", &format!("name: {issuer}")),
            signer,
        ]);
        let checked =
            plan::check(Path::new("t.yaml"), yaml.as_bytes(), Default::default());
        let found: Vec<_> = checked
            .diagnostics
            .iter()
            .filter(|d| d.code == "plan::party_deputy_for")
            .collect();
        assert_eq!(found.len(), 1, "{issuer}");
        let d = found[0];
        assert!(d.message.vi.starts_with(vi), "{issuer}: {}", d.message.vi);
        assert!(d.message.en.contains(en), "{issuer}: {}", d.message.en);
        if vi != "cấp ủy ký thay mặt tập thể" {
            let help = d.help.as_ref().expect("help");
            assert!(!d.message.vi.contains("cấp ủy ký"), "{issuer}");
            assert!(!help.vi.starts_with("cấp ủy luôn"), "{issuer}: {}", help.vi);
        }
    }
}

/// 05-HD/VPTW replaces 36-HD/VPTW on 27/5/2026 (format-rules.md): a Party
/// plan dated only by a month that contains that day, with no `rules` pin,
/// warns; a full date, a pin, `allow`, another month or a state plan does not.
#[test]
fn a_signing_month_across_the_party_rules_switch_warns() {
    let may = [
        ("period: 2024-05", "period: 2026-05"),
        ("- { date: 2024-05-28,", "- { date: 2026-05-28,"),
    ];
    let with = |date: &str, extra: &str| {
        let mut edits = may.to_vec();
        let line = format!("date: {date}\n{extra}");
        edits.push(("date: 2024-05-02\n", line.as_str()));
        codes(&base_with(&edits))
    };
    assert_eq!(with("2026-05", ""), ["plan::rules_ambiguous_month"]);
    for (date, extra) in [
        ("2026-05-28", ""),
        ("2026-05-26", ""),
        ("2026-05", "rules: hd36-2018\n"),
        ("2026-05", "rules: hd05-2026\n"),
        ("2026-05", "allow: [rules_ambiguous_month]\n"),
        ("2026-04", ""),
    ] {
        assert_eq!(with(date, extra), Vec::<&str>::new(), "{date} {extra}");
    }
    let state = base_with(&[
        may[0],
        may[1],
        ("style: dang", "style: nha-nuoc"),
        ("date: 2024-05-02", "date: 2026-05"),
    ]);
    assert!(!codes(&state).contains(&"plan::rules_ambiguous_month"));
}

/// A missing or invalid value is reported once: the checks that would need
/// it are skipped, so no follow-on error or warning appears.
#[test]
fn a_broken_value_causes_no_follow_on_problems() {
    let cases: &[Case] = &[
        // No period: no date, meeting or anniversary check against it.
        ("period missing", &[("period: 2024-05\n", "")], &["plan::missing_key"]),
        (
            "period invalid",
            &[("period: 2024-05", "period: 2024-13")],
            &["plan::invalid_period"],
        ),
        // A directive with an error is still defined: `{kl01}` is not unknown.
        (
            "directive incomplete",
            &[(", by: Bộ Chính trị }", " }")],
            &["plan::missing_key"],
        ),
        // A directive with an error is left out with its texts: its `about`
        // citing another directive's number is not "typed out" either.
        (
            "directive field misspelt",
            &[
                (
                    "  kl01: { type: Kết luận, number: 01-KL/TW,",
                    "  ct05: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }\n  kl01: { type: Kết luận, numbr: 01-KL/TW, about: thực hiện Chỉ thị số 05-CT/TW,",
                ),
                ("Kỷ niệm {hcm}.", "Kỷ niệm {hcm}; {ct05}."),
            ],
            &["plan::unknown_key"],
        ),
        // `{kl01:full}` needs `about`, misspelt here: one report.
        (
            "about misspelt",
            &[
                (", by: Bộ Chính trị }", ", by: Bộ Chính trị, abut: x }"),
                ("{kl01:dated}", "{kl01:full}"),
            ],
            &["plan::unknown_key"],
        ),
        // Text that was not read may hold references: no "never referenced".
        (
            "items not a list",
            &[(
                "    items:\n      - Tiếp tục quán triệt thực hiện {kl01:dated}.\n      - Kỷ niệm {hcm}.\n",
                "    items: Thực hiện {kl01} và {hcm}\n",
            )],
            &["plan::wrong_type"],
        ),
        (
            // One mistake, one report: the misspelt key, not also the
            // missing one it was meant to be.
            "sections misspelt",
            &[("sections:", "sectons:")],
            &["plan::unknown_key"],
        ),
        // A section that is not a mapping: `sections` is not "empty".
        (
            "section not a mapping",
            &[(
                "  - title: Công tác xây dựng Đảng\n    items:\n      - Tiếp tục quán triệt thực hiện {kl01:dated}.\n      - Kỷ niệm {hcm}.\n",
                "  - Công tác xây dựng Đảng {kl01} {hcm}\n",
            )],
            &["plan::wrong_type"],
        ),
        // No sections: the definitions they referred to are not "unused".
        (
            "sections missing",
            &[(
                "sections:\n  - title: Công tác xây dựng Đảng\n    items:\n      - Tiếp tục quán triệt thực hiện {kl01:dated}.\n      - Kỷ niệm {hcm}.\n",
                "",
            )],
            &["plan::missing_key"],
        ),
        // An id renamed at its definition: the unknown reference suggests
        // it, and it is not also "never referenced".
        (
            "anniversary id renamed",
            &[("  hcm: {", "  hcmm: {")],
            &["plan::unknown_reference"],
        ),
        // A misspelt `include`: its definitions may be what the text cites.
        (
            "include misspelt",
            &[
                ("kind: chuong-trinh\n", "inclde: [chung.yaml]\nkind: chuong-trinh\n"),
                ("Kỷ niệm {hcm}.", "Kỷ niệm {hcm}; {ct05}."),
            ],
            &["plan::unknown_key"],
        ),
        // With `electronic_recipients` misspelt, `recipients: []` is not
        // reported "empty".
        (
            "electronic recipients misspelt",
            &[(
                "recipients:\n  - Các chi bộ trực thuộc\n",
                "recipients: []\nelectronic_recipent: [Các chi bộ trực thuộc]\n",
            )],
            &["plan::unknown_key"],
        ),
        // `spelling` misspelt: the tone marks are not judged without it.
        (
            "spelling misspelt",
            &[
                ("Kỷ niệm {hcm}.", "Kỷ niệm {hcm}, hòa bình, hoà hợp."),
                ("kind: chuong-trinh\n", "kind: chuong-trinh\nspeling: old\n"),
            ],
            &["plan::unknown_key"],
        ),
        // No recipients key: "missing", not also "`recipients` is empty".
        (
            "recipients missing",
            &[("recipients:\n  - Các chi bộ trực thuộc\n", "")],
            &["plan::missing_key"],
        ),
        ("recipients misspelt", &[("recipients:", "recipient:")], &["plan::unknown_key"]),
        (
            "recipient not text",
            &[("  - Các chi bộ trực thuộc", "  - { a: b }")],
            &["plan::wrong_type"],
        ),
        (
            "style invalid",
            &[
                ("style: dang", "style: Dang"),
                ("signer: { on_behalf: Đảng ủy,", "signer: { deputy_for: Bí thư,"),
            ],
            &["plan::invalid_value"],
        ),
        (
            "signer without name",
            &[(", name: Hoàng Trọng Hiếu }", " }")],
            &["plan::missing_key"],
        ),
        // A misspelt `date` is one report, not also "no `date` or `every`".
        (
            "meeting date misspelt",
            &[("{ date: 2024-05-28,", "{ datex: 2024-05-28,")],
            &["plan::unknown_key"],
        ),
        (
            "meeting every misspelt",
            &[("{ date: 2024-05-28,", "{ evry: monday,")],
            &["plan::unknown_key"],
        ),
        (
            "meeting without name",
            &[(", name: Hội nghị BTV Đảng ủy }", " }")],
            &["plan::missing_key"],
        ),
        // A misspelt top-level key may hold definitions or references.
        ("directives misspelt", &[("directives:", "directves:")], &["plan::unknown_key"]),
        (
            "intro misspelt",
            &[
                ("sections:", "intr: Thực hiện {kl01}.\nsections:"),
                ("{kl01:dated}", "kế hoạch"),
            ],
            &["plan::unknown_key"],
        ),
        // A key in Vietnamese like no key, where one required key is
        // missing: it stands for it, one report, not also "missing".
        ("a Vietnamese key", &[("place: Mỹ Độ", "nơi: Mỹ Độ")], &["plan::unknown_key"]),
        // Content dropped by a repeated key or an alias.
        (
            "directives repeated",
            &[
                (
                    "anniversaries:",
                    "directives:\n  ct05: { type: Chỉ thị, number: 05-CT/TW, date: 2016-05-15, by: Bộ Chính trị }\nanniversaries:",
                ),
                ("Kỷ niệm {hcm}.", "Kỷ niệm {hcm}; {ct05}."),
            ],
            &["plan::duplicate_key"],
        ),
        // Definitions in a file that cannot be read: no reference is unknown.
        (
            "include missing",
            &[
                (
                    "kind: chuong-trinh\n",
                    "include: [khong-co.yaml]\nkind: chuong-trinh\n",
                ),
                ("Kỷ niệm {hcm}.", "Kỷ niệm {hcm}; {ct05}."),
            ],
            &["plan::include_not_found"],
        ),
    ];
    for (name, edits, expected) in cases {
        assert_eq!(codes(&base_with(edits)), *expected, "{name}");
    }
    // The key it stands for is named.
    let yaml = base_with(&[("place: Mỹ Độ", "nơi: Mỹ Độ")]);
    let checked = plan::check(Path::new("t.yaml"), yaml.as_bytes(), Default::default());
    let help = checked.diagnostics.sorted()[0].help.clone().expect("a help line");
    assert!(help.en.contains("the key `place` is missing here"), "{}", help.en);
}

/// A misspelt key is one report: not also the warnings a misspelt setting
/// of the text checks would have silenced, nor a `deputy_for` judged
/// without the issuer's name, nor every row's cells counted against a
/// column more or less (a table's `number`, a cell's `rows`), nor a table
/// measured against a portrait page (an appendix's `landscape`).
#[test]
fn a_misspelt_key_of_the_examples_is_one_report() {
    let cases = [
        // The settings of the text checks: a misspelt or mistyped one
        // leaves the warnings it governs unreported.
        ("examples/text-with-typst-syntax.yaml", "\nwords: [", "\nword: ["),
        ("examples/state-weekly-schedule.yaml", "\nallow: [", "\nalow: ["),
        // Without the issuer's name, whether `deputy_for` suits it is not
        // known.
        (
            "examples/party-advisory-body.yaml",
            "\n  name: Ban Tuyên",
            "\n  nam: Ban Tuyên",
        ),
        ("examples/task-table.yaml", "      number: true", "      numbr: true"),
        ("examples/task-table.yaml", "          - rows: 2", "          - row: 2"),
        ("examples/appendices.yaml", "    landscape: true", "    landscap: true"),
        ("examples/appendices.yaml", "      number: true", "      nuber: true"),
    ];
    // Of the wrong type, they are one report as well.
    let cases = cases.into_iter().chain([
        ("examples/task-table.yaml", "      number: true", "      number: [a, b]"),
        ("examples/appendices.yaml", "    landscape: true", "    landscape: có"),
    ]);
    for (path, from, to) in cases {
        let yaml = std::fs::read_to_string(path).expect("example");
        assert!(yaml.contains(from), "{path}: {from}");
        assert_eq!(codes(&yaml), Vec::<&str>::new(), "{path} as written");
        let found = codes(&yaml.replacen(from, to, 1));
        assert!(
            found == ["plan::unknown_key"] || found == ["plan::wrong_type"],
            "{path}: {to}: {found:?}"
        );
    }
}

/// The text checks' reports of `path`: (code without `plan::`, the
/// characters labelled).
fn text_findings(path: &Path) -> Vec<(String, String)> {
    let checked = check(path);
    checked
        .diagnostics
        .sorted()
        .iter()
        .filter(|d| d.code != "plan::anniversary_outside_period")
        .map(|d| {
            let span = d.span.expect("placed");
            (
                d.code.trim_start_matches("plan::").to_owned(),
                checked.sources.get(span.source).text[span.start..span.end].to_owned(),
            )
        })
        .collect()
}

/// Issue 11: `plan check plans/may-2024.yaml` reports the seed's own
/// mistakes, kept as typed, each at its characters.
#[test]
fn the_seed_reports_its_own_mistakes() {
    let found = text_findings(Path::new("plans/may-2024.yaml"));
    let has = |code: &str, text: &str| found.iter().any(|(c, t)| c == code && t == text);
    assert!(has("unbalanced_bracket", "("), "{found:?}");
    assert_eq!(
        found.iter().filter(|(c, _)| c == "unbalanced_quote").count(),
        2,
        "{found:?}"
    );
    assert!(has("mixed_tone_marks", "xoá"), "{found:?}");
    assert!(has("mixed_tone_marks", "khoá"), "{found:?}");
    assert!(
        !found.iter().any(|(c, t)| c == "mixed_tone_marks" && t == "xóa"),
        "{found:?}"
    );
    assert!(has("common_misspelling", "đơn đốc"), "{found:?}");
    assert!(has("common_misspelling", "lần chiếm"), "{found:?}");
    assert!(has("directive_number_mismatch", "05-CT/ĐU"), "{found:?}");
    assert!(!found.iter().any(|(c, _)| c == "invalid_syllable"), "{found:?}");
    // Warnings only: the build goes on.
    assert!(check(Path::new("plans/may-2024.yaml")).view.is_some());
}

/// The official names of the Central Highlands' provinces and districts
/// are no typing mistakes: a Party plan of Đắk Lắk had six warnings for
/// its own province's name, and `--deny-warnings` refused it.
#[test]
fn place_names_of_the_central_highlands_are_not_misspellings() {
    let names = "Đắk Lắk, Kon Tum, Đăk Glei, Krông Búk, Ea Súp, Cư Jút, Đắk Mil, Pleiku, \
                 Kbang, Ia Grai, Đắk Rlấp, Krông Pắc, Chư Prông, Kon Plông, Mang Yang, \
                 Ea Kar, Cư M'gar, Đắk Glong, Ayun Pa, Chư Păh, Đạ Huoai, Đạ Tẻh";
    let yaml = base_with(&[("place: Mỹ Độ", "place: Buôn Ma Thuột")]);
    let yaml = yaml.replacen("closing: ", &format!("closing: Làm việc tại {names}. "), 1);
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("dak-lak.yaml");
    std::fs::write(&path, &yaml).expect("written");
    let bad: Vec<_> = text_findings(&path)
        .into_iter()
        .filter(|(c, _)| c == "invalid_syllable")
        .collect();
    assert!(bad.is_empty(), "{bad:?}");
    // Still a warning where it is a mistake.
    let typo = yaml.replacen("Làm việc tại", "Lmà việc tại", 1);
    std::fs::write(&path, typo).expect("written");
    assert!(text_findings(&path).iter().any(|(c, _)| c == "invalid_syllable"));
}

/// The syllable check does not fire on any word of the plans and examples.
#[test]
fn plans_and_examples_have_no_impossible_syllables() {
    for dir in ["plans", "examples"] {
        let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "yaml"))
            .collect();
        paths.sort();
        for path in paths {
            let found = text_findings(&path);
            let bad: Vec<_> =
                found.iter().filter(|(c, _)| c == "invalid_syllable").collect();
            assert!(bad.is_empty(), "{}: {bad:?}", path.display());
        }
    }
}

/// `allow` silences warnings by code, with or without `plan::`; an unknown
/// code is an error with the nearest code as its help.
#[test]
fn allow_silences_warnings_by_code() {
    let yaml = base_with(&[("Kỷ niệm {hcm}.", "Kỷ niệm {hcm},các  các nơi.")]);
    assert_eq!(
        codes(&yaml),
        [
            "plan::missing_space_after_punctuation",
            "plan::repeated_word",
            "plan::double_space",
        ]
    );
    let allowed =
        format!("allow: [missing_space_after_punctuation, plan::double_space]\n{yaml}");
    assert_eq!(codes(&allowed), ["plan::repeated_word"]);
    let typo = format!("allow: [dobule_space, unused_definition]\n{yaml}");
    let checked = plan::check(Path::new("t.yaml"), typo.as_bytes(), Default::default());
    let unknown: Vec<_> =
        checked.diagnostics.iter().filter(|d| d.code == "plan::unknown_allow").collect();
    assert_eq!(unknown.len(), 1);
    let help = unknown[0].help.as_ref().map(|h| h.vi.as_str());
    assert_eq!(help, Some("có phải `double_space`?"));
    assert!(checked.view.is_none());
}

/// `spelling` picks the tone placement; without it the majority wins.
#[test]
fn spelling_chooses_the_tone_placement() {
    let yaml = base_with(&[(
        "Kỷ niệm {hcm}.",
        "Kỷ niệm {hcm}; xóa nhà tạm, văn hóa, hoà giải.",
    )]);
    let checked = plan::check(Path::new("t.yaml"), yaml.as_bytes(), Default::default());
    let words: Vec<String> = checked
        .diagnostics
        .iter()
        .map(|d| {
            let s = d.span.unwrap();
            checked.sources.get(s.source).text[s.start..s.end].to_owned()
        })
        .collect();
    assert_eq!(words, ["hoà"]);
    let chosen = format!("spelling: new\n{yaml}");
    let checked = plan::check(Path::new("t.yaml"), chosen.as_bytes(), Default::default());
    // "xóa", "hóa" and the three "Đảng ủy" of `BASE`.
    assert_eq!(checked.diagnostics.len(), 5);
    assert!(checked.diagnostics.iter().all(|d| d.code == "plan::mixed_tone_marks"));
    assert_eq!(codes(&format!("spelling: newer\n{yaml}"))[0], "plan::invalid_value");
}

/// `words` lists foreign words; an included file's list and the plan's join.
#[test]
fn words_skip_the_syllable_check_also_from_an_include() {
    let dir = tempfile::tempdir().unwrap();
    let yaml = base_with(&[("Kỷ niệm {hcm}.", "Kỷ niệm {hcm} qua Zalo và Facebook.")]);
    let plan_file = dir.path().join("p.yaml");
    std::fs::write(&plan_file, &yaml).unwrap();
    let found = |path: &Path| -> Vec<&'static str> {
        let bytes = std::fs::read(path).unwrap();
        let checked = plan::check(path, &bytes, Default::default());
        checked.diagnostics.sorted().iter().map(|d| d.code).collect()
    };
    assert_eq!(found(&plan_file), ["plan::invalid_syllable", "plan::invalid_syllable"]);
    std::fs::write(dir.path().join("chung.yaml"), "words: [zalo]\n").unwrap();
    std::fs::write(
        &plan_file,
        format!("include: [chung.yaml]\nwords: [FACEBOOK]\n{yaml}"),
    )
    .unwrap();
    assert_eq!(found(&plan_file), Vec::<&str>::new());
}

/// A warning of every fixture can be silenced by `allow`.
#[test]
fn every_warning_code_is_allowable() {
    for path in fixtures() {
        for d in check(&path).diagnostics.iter().filter(|d| !d.is_error()) {
            assert!(plan::proofread::ALLOWABLE.contains(&d.code), "{}", d.code);
        }
    }
}

/// The checks read every text, whatever its key: an `outro`, an item
/// written as a mapping and its nested items, a table cell, and texts of an
/// included file, each labelled in its own file.
#[test]
fn text_checks_see_every_text_also_new_keys_and_includes() {
    let yaml = base_with(&[(
        "      - Kỷ niệm {hcm}.\n",
        "      - Kỷ niệm {hcm}.\n      - text: \"Kiện toàn các các chi bộ:\"\n        items:\n          - Chi bộ  thôn Đông.\n    outro: Báo cáo về Đảng ủy ,đúng hạn.\n",
    )]);
    let mut found = codes(&yaml);
    found.sort_unstable();
    assert_eq!(
        found,
        [
            "plan::double_space",
            "plan::missing_space_after_punctuation",
            "plan::repeated_word",
            "plan::space_before_punctuation",
        ]
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("chung.yaml"), "recipients:\n  - TT. Thành ủy (b/c\n")
        .unwrap();
    let plan_file = dir.path().join("p.yaml");
    let yaml = BASE.replace("recipients:\n  - Các chi bộ trực thuộc\n", "");
    std::fs::write(&plan_file, format!("include: [chung.yaml]\n{yaml}")).unwrap();
    let bytes = std::fs::read(&plan_file).unwrap();
    let checked = plan::check(&plan_file, &bytes, Default::default());
    let sorted = checked.diagnostics.sorted();
    assert_eq!(sorted.len(), 1, "{sorted:?}");
    let (code, line, column) = place(sorted[0], &checked.sources);
    assert_eq!((code, line, column), ("plan::unbalanced_bracket", 2, 18));
    assert!(
        checked.sources.get(sorted[0].span.unwrap().source).name.ends_with("chung.yaml")
    );
}

/// The README's table of codes lists each code a plan can get
/// ([`plan::codes::Code::in_codes_table`]) once, and no other: a code added
/// to the enum without a row, or a row naming no code, fails here.
#[test]
fn the_readme_table_lists_every_code_of_the_enum() {
    let readme = std::fs::read_to_string("README.md").unwrap();
    let start = readme.find("| codes (`plan::…`)").expect("the table of codes");
    let table = &readme[start..];
    let table = &table[..table.find("\n\n").unwrap_or(table.len())];
    let mut listed = Vec::new();
    for row in table.lines().skip(2) {
        let first = row.split('|').nth(1).unwrap_or("");
        for name in first.split('`').skip(1).step_by(2) {
            listed.push(format!("plan::{name}"));
        }
    }
    let mut once = listed.clone();
    once.sort();
    once.dedup();
    assert_eq!(once.len(), listed.len(), "a code is listed twice: {listed:?}");
    let mut expected: Vec<String> = plan::codes::Code::ALL
        .iter()
        .filter(|c| c.in_codes_table())
        .map(|c| c.name().to_owned())
        .collect();
    expected.sort();
    assert_eq!(once, expected);
}

/// An anniversary outside the period referenced twice in one text is one
/// problem, reported once; referenced in another text, once more there.
#[test]
fn an_anniversary_outside_the_period_is_reported_once_per_text() {
    let yaml = base_with(&[
        ("date: 1890-05-19", "date: 1945-08-19"),
        ("Kỷ niệm {hcm}.", "Kỷ niệm {hcm:years} năm Cách mạng tháng Tám, {hcm}."),
    ]);
    assert_eq!(codes(&yaml), ["plan::anniversary_outside_period"]);
    let yaml = base_with(&[
        ("date: 1890-05-19", "date: 1945-08-19"),
        (
            "Kỷ niệm {hcm}.",
            "Kỷ niệm {hcm}, {hcm:years} năm.\n      - Tuyên truyền {hcm}.",
        ),
    ]);
    assert_eq!(
        codes(&yaml),
        ["plan::anniversary_outside_period", "plan::anniversary_outside_period"]
    );
}

/// The codes of `BASE` with its anniversary's sentence written as `text`.
fn anniversary_codes(text: &str) -> Vec<&'static str> {
    codes(&base_with(&[("Kỷ niệm {hcm}.", text)]))
}

/// An anniversary's `{id}` prints its count of years: a count written
/// before it, by `{id:years} năm` or by hand, prints twice. Elsewhere in the
/// text, or not a count, it is fine.
#[test]
fn a_count_of_years_before_an_anniversary_warns() {
    for twice in [
        "Kỷ niệm {hcm:years} năm {hcm}.",
        "Kỷ niệm 134 năm {hcm}.",
        "Kỷ niệm **{hcm:years}** Năm {hcm}.",
    ] {
        assert_eq!(
            anniversary_codes(twice),
            ["plan::anniversary_years_twice"],
            "{twice}"
        );
    }
    for once in [
        "Kỷ niệm {hcm:years} năm Ngày sinh Chủ tịch Hồ Chí Minh; {hcm}.",
        "Trong năm {hcm}.",
        "Kỷ niệm {hcm}, 134 năm.",
        "Năm 2024 kỷ niệm {hcm}.",
        // A month, a date or an ordinal before "năm", not a count.
        "Tổ chức hoạt động trong tháng 5 năm {hcm}.",
        "Kỷ niệm 1/5 năm {hcm}.",
        "Chào mừng lần thứ 2 năm {hcm}.",
    ] {
        assert_eq!(anniversary_codes(once), Vec::<&str>::new(), "{once}");
    }
}

/// An anniversary's `{id}` prints its dates in brackets: dates typed in
/// brackets right after it print twice. Other brackets are fine.
#[test]
fn dates_typed_after_an_anniversary_warn() {
    for twice in [
        "Kỷ niệm {hcm} (19/5/1890 - 19/5/2024).",
        "Kỷ niệm {hcm} (1890 – 2024), tuyên truyền.",
        "Kỷ niệm **{hcm}** (19.5.1890-19.5.2024)",
    ] {
        assert_eq!(
            anniversary_codes(twice),
            ["plan::anniversary_dates_twice"],
            "{twice}"
        );
    }
    // Left open, as the seed's clerk typed it: the bracket is reported too.
    assert_eq!(
        anniversary_codes("Kỷ niệm {hcm} (19/5/1890 - 19/5/2024."),
        ["plan::unbalanced_bracket", "plan::anniversary_dates_twice"]
    );
    for once in [
        "Kỷ niệm {hcm:years} năm Ngày sinh Chủ tịch Hồ Chí Minh (19/5/1890 - 19/5/2024).",
        "Kỷ niệm {hcm} (trong 2 ngày 18 và 19/5).",
        "Kỷ niệm {hcm} (lần thứ 3).",
        "Kỷ niệm {hcm}, (19/5/1890 - 19/5/2024).",
        "Kỷ niệm {hcm} (2 ngày).",
    ] {
        assert_eq!(anniversary_codes(once), Vec::<&str>::new(), "{once}");
    }
}

/// A section whose only content is an alias (`items: *chung`, YAML the
/// format refuses) is reported once, for the alias: not also "empty".
#[test]
fn a_section_given_by_an_alias_is_not_also_empty() {
    let dir = tempfile::tempdir().expect("temp dir");
    let plan = "kind: chuong-trinh
style: dang
period: 2024-05
place: Mỹ Độ
issuer: {name: Đảng ủy phường Mỹ Độ, abbr: ĐU}
sections:
  - title: Một
    items: &chung [Việc chung]
  - title: Hai
    items: *chung
closing: Trên đây.
recipients: [Huyện ủy]
archive: VP
signer: {on_behalf: Đảng ủy, title: Bí thư, name: Hà Văn Dũng}
";
    crate::support::cli::write(dir.path(), "plan.yaml", plan);
    let out = crate::support::cli::run_in(
        dir.path(),
        &["check", "--diagnostic-format", "short", "plan.yaml"],
    );
    let report = crate::support::cli::stderr(&out);
    assert!(report.contains("plan::yaml_anchor"), "{report}");
    assert!(!report.contains("plan::empty_section"), "{report}");
}
