//! The checks of one paragraph, and the whole run on small plans.

use std::collections::HashSet;

use super::*;
use crate::model::Spelling;

/// What the paragraph checks find in `value`: (code without `plan::`, the
/// characters reported, the help).
fn findings(value: &str) -> Vec<(&'static str, String, String)> {
    let mut found = Vec::new();
    let mut tones = Vec::new();
    let words = built_in_words();
    for para in prose::paragraphs(value) {
        let list = prose::words(&para);
        marks(&para, &mut found);
        let in_address = prose::in_address(&para);
        spacing(&para, &list, &in_address, &mut found);
        let seen = WordChecks {
            allowed: &words,
            syllables: &mut crate::vi::spelling::syllable::Judged::default(),
        };
        check_words(&para, &list, &in_address, seen, 0, &mut found, &mut tones);
    }
    found
        .into_iter()
        .map(|f| {
            (
                f.diagnostic.code.trim_start_matches("plan::"),
                value[f.range].to_owned(),
                f.diagnostic.help.unwrap_or_default().vi,
            )
        })
        .collect()
}

fn codes(value: &str) -> Vec<(&'static str, String)> {
    findings(value).into_iter().map(|(c, t, _)| (c, t)).collect()
}

#[test]
fn brackets_and_quotes_pair_within_a_paragraph() {
    assert_eq!(
        codes("ngày sinh nhật Bác (19/5/1890 - 19/5/2024. Thành lập"),
        [("unbalanced_bracket", "(".to_owned())]
    );
    assert_eq!(codes("a) Nội dung; b) Cách làm (xem [1])."), []);
    assert_eq!(
        codes("xem ]1["),
        [("unbalanced_bracket", "]".to_owned()), ("unbalanced_bracket", "[".to_owned())]
    );
    // The seed's nesting: two quotations opened, inner ones closed.
    let seed = "về “Đẩy mạnh, biểu hiện “tự diễn biến”, “tự chuyển hóa”; và \
                về “Nâng cao, “tự diễn biến” “tự chuyển hóa”, trong cán bộ.";
    let found = codes(seed);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(c, t)| *c == "unbalanced_quote" && t == "“"));
    assert_eq!(codes("a “b” c” d"), [("unbalanced_quote", "”".to_owned())]);
    // „…“ (German) and „…” (Polish) are pairs; a „ never closed is reported.
    assert_eq!(codes("tiếng Đức „Đức“ và „Ba Lan” nữa"), []);
    assert_eq!(codes("mở „Đức mà không đóng"), [("unbalanced_quote", "„".to_owned())]);
    // A “…” inside an open „ is a quotation of its own: the „ is reported.
    assert_eq!(
        codes("Trích „câu này mở và “câu này” đóng đúng."),
        [("unbalanced_quote", "„".to_owned())]
    );
    assert_eq!(codes("„a “b” c“ d"), []);
    assert_eq!(
        codes("nói \"chào\" và \"tạm biệt"),
        [("unbalanced_quote", "\"".to_owned())]
    );
    // Each paragraph on its own; a reference is not a mark.
    assert_eq!(
        codes("(a\nthêm nữa)"),
        [("unbalanced_bracket", "(".to_owned()), ("unbalanced_bracket", ")".to_owned())]
    );
    assert_eq!(codes("kỷ niệm {hcm} (nhé)"), []);
}

#[test]
fn spacing_slips_and_their_exceptions() {
    assert_eq!(codes("tổ chức  các"), [("double_space", "  ".to_owned())]);
    // Emphasis marks are taken out: the spaces around them still count.
    assert_eq!(codes("tổ chức *rất*  tốt"), [("double_space", "  ".to_owned())]);
    assert_eq!(
        codes("cán bộ , đảng viên"),
        [("space_before_punctuation", " ,".to_owned())]
    );
    assert_eq!(codes("( a )"), [("space_before_punctuation", " )".to_owned())]);
    assert_eq!(
        codes("cán bộ,đảng viên;nhân dân:“Toàn dân”"),
        [
            ("missing_space_after_punctuation", ",đ".to_owned()),
            ("missing_space_after_punctuation", ";n".to_owned()),
            ("missing_space_after_punctuation", ":“".to_owned()),
        ]
    );
    for fine in [
        "tỷ lệ 1,5 lần, lúc 7:30, số 3,4",
        "TT. Thành ủy (b/c), các đ/c",
        "xem https://example.vn/a,b hoặc thư vp@example.vn;x và www.a.vn:b",
        "TDTT... phục vụ; văn nghệ ...",
        "ngày 20/5/2024./.",
        " mở đầu bằng dấu cách",
        // A star that prints is a character, not markup taken out.
        "nhân 2 * 3 = 6, dấu * và ** đơn lẻ",
        "điểm = (A * 2 + B) / 3",
        "* MỘT SỐ CUỘC HỌP và **bốn** ** mục",
    ] {
        assert_eq!(codes(fine), [], "{fine}");
    }
}

#[test]
fn repeated_words_but_not_reduplication() {
    assert_eq!(
        codes("tổ chức các các hoạt động"),
        [("repeated_word", "các các".to_owned())]
    );
    assert_eq!(codes("Các các hoạt động"), [("repeated_word", "Các các".to_owned())]);
    assert_eq!(codes("người người thi đua, nhà nhà thi đua"), []);
    assert_eq!(codes("các, các hoạt động; 2 2"), []);
    // A capital starts a name: the meeting of a board, the congress of an
    // association, as offices write them every week.
    assert_eq!(codes("8 giờ, giao ban Ban Giám đốc Sở"), []);
    assert_eq!(codes("Đại hội Hội Nông dân xã; hội nghị Hội đồng nhân dân"), []);
    assert_eq!(codes("giao ban ban giám đốc"), [("repeated_word", "ban ban".to_owned())]);
    assert_eq!(codes("Ban ban hành"), [("repeated_word", "Ban ban".to_owned())]);
}

#[test]
fn every_misspelling_is_reported_with_its_fix_and_the_fix_is_clean() {
    for entry in &misspell::list().entries {
        let wrong = entry.wrong.join(" ");
        let found = findings(&format!("Chỉ đạo {wrong} ngay."));
        assert!(
            found.iter().any(|(c, t, h)| *c == "common_misspelling"
                && *t == wrong
                && *h == format!("viết “{}”", entry.right)),
            "{wrong}: {found:?}"
        );
        let right = findings(&format!("Chỉ đạo {} ngay.", entry.right));
        assert_eq!(right, [], "{}", entry.right);
        // After a word that makes it a correct phrase: "giám sát nhập khẩu".
        for before in &entry.not_after {
            let text = format!("Chỉ đạo {before} {wrong} ngay.");
            let found = findings(&text);
            assert!(
                found.iter().all(|(c, _, _)| *c != "common_misspelling"),
                "{text}: {found:?}"
            );
        }
    }
    assert_eq!(
        codes("tăng cường giám sát nhập khẩu; vấn đề suất ăn; lịch sử sự kiện"),
        []
    );
    assert_eq!(codes("sát nhập xã"), [("common_misspelling", "sát nhập".to_owned())]);
    // Any case, whole words only, spaces only between.
    assert_eq!(codes("Đơn đốc"), [("common_misspelling", "Đơn đốc".to_owned())]);
    assert_eq!(codes("đơn, đốc"), []);
}

#[test]
fn syllables_are_checked_and_abbreviations_skipped() {
    let found = findings("các truờng học, nghiã vụ");
    assert_eq!(found.len(), 2, "{found:?}");
    assert_eq!(found[0].1, "truờng");
    assert!(found[1].2.starts_with("có phải “nghĩa”?"), "{:?}", found[1]);
    for fine in [
        "HĐND, UBND, TTATGT, khoá XIV, C.Mác, v.v., Tp. Hồ Chí Minh, b/c, đ/c",
        "mạng Internet, email, 3,4 ha, m2, iPhone, số 3A, 1a",
        // The pieces of an address are not words.
        "xem https://dichvucong.gov.vn/dvc-thu-tuc-truc-tuyen.html, thư mot.cua@tan-tien.gov.vn",
        "Lê-nin, Ăng-ghen, Mác",
        // Foreign names as official texts write them, and loanwords.
        "chủ nghĩa Mác - Lênin, Mác-Lênin, V.I. Lênin, Ph. Ăngghen, Campuchia",
        "E-mail, e-mail, Wi-Fi, nguồn gen, số fax, tệp file, đường link",
        // Official names of places and peoples.
        "tỉnh Bắc Kạn, Krông Ana, Chư Pưh, Cư Kuin, Đakrông, đồng bào Khmer, Mnông, Xtiêng",
        // Labels and abbreviations without a full stop.
        "(ii) tuyên truyền; (iv) kiểm tra; viii) báo cáo; Tp Bắc Giang, 250 trđ, Nxb Chính trị",
        // Words of other scripts are not Vietnamese words.
        "tiếng Khmer ភាសាខ្មែរ, tiếng Trung 中文, tiếng Nga Россия",
        // Capitals without a tone mark are abbreviations as before.
        "BCHTƯ, HĐND, UBMTTQ, XIV, PCCC",
    ] {
        assert_eq!(codes(fine), [], "{fine}");
    }
    // A word in capitals with a tone mark is a word: checked.
    assert_eq!(codes("CÔNG TÁC XÂY DỰG ĐẢNG"), [("invalid_syllable", "DỰG".to_owned())]);
    // Short syllables that are also slips stay checked.
    assert_eq!(
        codes("Kông tác, ko"),
        [("invalid_syllable", "Kông".to_owned()), ("invalid_syllable", "ko".to_owned())]
    );
    // A word without a vowel that is no known abbreviation is a slip; a
    // Latin word with a Cyrillic look-alike letter is checked.
    assert_eq!(
        codes("khng có, cng tác, cоng việc"),
        [
            ("invalid_syllable", "khng".to_owned()),
            ("invalid_syllable", "cng".to_owned()),
            ("invalid_syllable", "cоng".to_owned())
        ]
    );
    // Beside a slash, only a short word is part of an abbreviation.
    assert_eq!(
        codes("các truờng/lớp, b/c, đ/c, km/h"),
        [("invalid_syllable", "truờng".to_owned())]
    );
    // A hyphen joins only what is listed whole: "mail" alone is not.
    assert_eq!(
        codes("mail-box"),
        [("invalid_syllable", "mail".to_owned()), ("invalid_syllable", "box".to_owned())]
    );
}

#[test]
fn tone_placements_are_collected() {
    let mut tones = Vec::new();
    for para in prose::paragraphs("xoá nhà, hòa bình, thủy lợi, hoàn thành, quý")
    {
        let list = prose::words(&para);
        let seen = WordChecks {
            allowed: &HashSet::new(),
            syllables: &mut crate::vi::spelling::syllable::Judged::default(),
        };
        check_words(
            &para,
            &list,
            &prose::in_address(&para),
            seen,
            0,
            &mut Vec::new(),
            &mut tones,
        );
    }
    let seen: Vec<(&str, Spelling)> =
        tones.iter().map(|t| (t.word.as_str(), t.placement)).collect();
    assert_eq!(
        seen,
        [("xoá", Spelling::New), ("hòa", Spelling::Old), ("thủy", Spelling::Old)]
    );
}

#[test]
fn directives_typed_out_are_found() {
    let mut d = Directives::default();
    d.exact.insert("05-CT/TW".into(), "ct05");
    d.head.insert("05-CT".into(), ("ct05", "05-CT/TW"));
    let run = |value: &str| {
        let mut found = Vec::new();
        for para in prose::paragraphs(value) {
            d.check(&para, &mut found);
        }
        found
            .into_iter()
            .map(|f| {
                (
                    f.diagnostic.code.trim_start_matches("plan::"),
                    value[f.range].to_owned(),
                )
            })
            .collect::<Vec<_>>()
    };
    assert_eq!(
        run("Chỉ thị số 05-CT/TW ngày 15/5/2016."),
        [("directive_as_text", "05-CT/TW".to_owned())]
    );
    assert_eq!(
        run("Chỉ thị số 05-CT/ĐU, 105-CT/TW, 15/5/2016"),
        [("directive_number_mismatch", "05-CT/ĐU".to_owned())]
    );
    assert_eq!(run("Chỉ thị số 10-CT/TU và {ct05}"), []);
}

/// Any text, however odd, goes through every check and is placed without a
/// panic, each label on character boundaries of its source.
#[test]
fn odd_texts_never_panic() {
    let pieces = [
        "{",
        "}",
        "{{",
        "^[",
        "^^[",
        "]",
        "[",
        "(",
        ")",
        "“",
        "”",
        "\"",
        "*",
        "**",
        "\n",
        " ",
        "  ",
        ",",
        ".",
        ":",
        ";",
        "/",
        "@",
        "://",
        "a",
        "ă",
        "hoà",
        "ngh",
        "gi",
        "qu",
        "1",
        "05-CT/TW",
        "{ct05}",
        "{ab",
        "đơn đốc",
        "các các",
        "Ừ",
        "\u{301}",
        "x\u{309}",
        "Ủy",
        "www.",
    ];
    let mut seed = 0x2545_f491_u64;
    let mut next = |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    let mut d = Directives::default();
    d.exact.insert("05-CT/TW".into(), "ct05");
    d.head.insert("05-CT".into(), ("ct05", "05-CT/TW"));
    for _ in 0..3000 {
        let len = next(12);
        let value: String = (0..len).map(|_| pieces[next(pieces.len())]).collect();
        let mut found = Vec::new();
        let mut tones = Vec::new();
        for para in prose::paragraphs(&value) {
            let list = prose::words(&para);
            marks(&para, &mut found);
            let in_address = prose::in_address(&para);
            spacing(&para, &list, &in_address, &mut found);
            let seen = WordChecks {
                allowed: &HashSet::new(),
                syllables: &mut crate::vi::spelling::syllable::Judged::default(),
            };
            check_words(&para, &list, &in_address, seen, 0, &mut found, &mut tones);
            d.check(&para, &mut found);
        }
        for raw in [value.clone(), format!(">-\n  {value}"), format!("\"{value}\"")] {
            let span = crate::source::Span::new(crate::source::SourceId(0), 0, raw.len());
            let map = locate::Map::new(&value, &raw, span);
            for f in found
                .iter()
                .map(|f| f.range.clone())
                .chain(tones.iter().map(|t| t.range.clone()))
            {
                let at = map.span(&value, f);
                assert!(raw.get(at.start..at.end).is_some(), "{value:?} in {raw:?}");
            }
        }
    }
}
