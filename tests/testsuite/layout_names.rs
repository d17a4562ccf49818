//! Long names wrap between word groups, never inside a word of several
//! syllables (`format-rules.md` §3.3, `src/vi/word_groups.rs`).

use plan::view::View;

use crate::docx::{Package, paragraphs};
use crate::support::library::view_of_text;
use crate::support::plans::{edit, may};
use crate::support::*;

/// The lines of the text labelled `label`, top to bottom, words joined by
/// one space.
fn lines(laid: &Laid, label: &str) -> Vec<String> {
    let items = laid.texts(label);
    baselines(&items)
        .iter()
        .map(|y| {
            let mut line: Vec<&Item> =
                items.iter().copied().filter(|i| (i.y - y).abs() < TOL).collect();
            line.sort_by(|a, b| a.x.total_cmp(&b.x));
            let words: Vec<&str> =
                line.iter().flat_map(|i| i.run().text.split_whitespace()).collect();
            words.join(" ")
        })
        .collect()
}

/// The seed with `place`, `parent`, `name` and `on_behalf` replaced.
pub(crate) fn party(place: &str, parent: &str, name: &str, on_behalf: &str) -> View {
    let text = edit(&may(), "place: Mỹ Độ", &format!("place: {place}"));
    let text =
        edit(&text, "parent: Đảng bộ thành phố Bắc Giang", &format!("parent: {parent}"));
    let text = edit(&text, "name: Đảng ủy phường Mỹ Độ", &format!("name: {name}"));
    let text = edit(&text, "on_behalf: Đảng ủy", &format!("on_behalf: {on_behalf}"));
    view_of_text(&text)
}

/// The state school-year example with `place`, `parent` and `name`.
fn state(place: &str, parent: &str, name: &str) -> View {
    let path =
        concat!(env!("CARGO_MANIFEST_DIR"), "/examples/state-school-year-plan.yaml");
    let text = std::fs::read_to_string(path).expect("the example");
    let text = edit(&text, "place: Lương Minh", &format!("place: {place}"));
    let text = edit(&text, "parent: UBND huyện Lương Minh", &format!("parent: {parent}"));
    let text =
        edit(&text, "name: Trường Trung học cơ sở Lương Minh", &format!("name: {name}"));
    view_of_text(&text)
}

/// The seed under a Party body of Ho Chi Minh City, whose date line
/// narrows the cells of its own row to 50 mm (the names above keep 85 mm),
/// with a long authority line.
pub(crate) fn long_names() -> View {
    party(
        "Thành phố Hồ Chí Minh",
        "Đảng bộ Thành phố Hồ Chí Minh",
        "Trường Trung học cơ sở Lương Minh",
        "Ban Thường vụ Đảng bộ Khối các cơ quan Trung ương",
    )
}

/// Words a clerk never splits across two lines (`format-rules.md` §3.3);
/// kept here apart from `src/vi/word_groups.rs`'s list.
const WHOLE: &[&str] = &[
    "THÀNH PHỐ",
    "HỒ CHÍ MINH",
    "ĐẢNG BỘ",
    "ĐẢNG ỦY",
    "CÁC CƠ QUAN",
    "TRUNG ƯƠNG",
    "THƯỜNG VỤ",
    "TRUNG HỌC",
    "CƠ SỞ",
    "PHỔ THÔNG",
    "ỦY BAN",
    "NHÂN DÂN",
];

/// Asserts that no word of [`WHOLE`] in `text` is split across `lines`,
/// and that the lines spell `text`.
#[track_caller]
fn assert_whole(text: &str, lines: &[String]) {
    assert_eq!(lines.join(" "), text, "the lines spell the text");
    for word in WHOLE.iter().filter(|w| text.contains(*w)) {
        let whole = text.matches(word).count();
        let kept: usize = lines.iter().map(|l| l.matches(word).count()).sum();
        assert_eq!(kept, whole, "`{word}` split across {lines:?}");
    }
}

/// A Party header with a long date line ("Thành phố Hồ Chí Minh, ngày
/// …"): the names wrap between words, never inside one ("ĐẢNG BỘ THÀNH" /
/// "PHỐ HỒ CHÍ MINH" was printed when the date line narrowed the names'
/// cell too; it now keeps 85 mm, where the parent fits on one line).
/// The signature's authority line wraps the same way ("ĐẢNG BỘ KHỐI CÁC
/// CƠ" / "QUAN TRUNG ƯƠNG" was printed).
#[test]
fn party_names_wrap_between_words() {
    let view = long_names();
    let laid = Laid::new(view.clone());
    let parent = lines(&laid, "plan-parent");
    assert_eq!(parent, ["ĐẢNG BỘ THÀNH PHỐ HỒ CHÍ MINH"]);
    assert_whole(view.header.parent.as_deref().unwrap_or_default(), &parent);
    let issuer = lines(&laid, "plan-issuer");
    // Broken before its place, as the state layout breaks it.
    assert_eq!(issuer, ["TRƯỜNG TRUNG HỌC CƠ SỞ", "LƯƠNG MINH"]);
    assert_whole(&view.header.issuer, &issuer);
    let authority = lines(&laid, "plan-authority");
    assert_eq!(
        authority,
        ["T/M BAN THƯỜNG VỤ", "ĐẢNG BỘ KHỐI", "CÁC CƠ QUAN TRUNG ƯƠNG"]
    );
    assert_whole(&view.footer.signer.authority[0], &authority);
    // A parent too long for its 85 mm cell wraps between word groups too.
    let view = party(
        "Thành phố Hồ Chí Minh",
        "Đảng bộ Khối các cơ quan Trung ương Thành phố Hồ Chí Minh",
        "Trường Trung học cơ sở Lương Minh",
        "Ban Thường vụ Đảng bộ Khối các cơ quan Trung ương",
    );
    let laid = Laid::new(view.clone());
    let parent = lines(&laid, "plan-parent");
    assert!(parent.len() > 1, "the long parent wraps: {parent:?}");
    assert_whole(view.header.parent.as_deref().unwrap_or_default(), &parent);
}

/// The state layout (names 12 pt bold in a 70 mm cell), with and without
/// a long date line: "TRƯỜNG TRUNG HỌC CƠ SỞ" / "LƯƠNG MINH", not
/// "TRƯỜNG TRUNG HỌC" / "CƠ SỞ LƯƠNG MINH"; a place that fits stays whole.
#[test]
fn state_names_wrap_between_words() {
    for place in ["Lương Minh", "Thành phố Hồ Chí Minh"] {
        let view = state(
            place,
            "Ủy ban nhân dân Thành phố Hồ Chí Minh",
            "Trường Trung học cơ sở Lương Minh",
        );
        let laid = Laid::new(view.clone());
        let parent = lines(&laid, "plan-parent");
        assert_eq!(parent, ["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HỒ CHÍ MINH"], "{place}");
        let issuer = lines(&laid, "plan-issuer");
        assert_eq!(issuer, ["TRƯỜNG TRUNG HỌC CƠ SỞ", "LƯƠNG MINH"], "{place}");
        assert_whole(&view.header.issuer, &issuer);
    }
}

/// The Word output breaks the same names at the same places
/// (`src/docx/measure.rs` `balance_grouped`).
#[test]
fn word_breaks_names_as_the_pdf() {
    let view = long_names();
    let bytes = plan::docx::docx(&view).expect("docx");
    let xml = Package::read(&bytes).part("word/document.xml").to_owned();
    // The paragraphs of more than one line.
    let texts: Vec<String> = paragraphs(&xml)
        .into_iter()
        .map(|p| p.text)
        .filter(|t| t.contains('\n'))
        .collect();
    for lines in [
        "TRƯỜNG TRUNG HỌC CƠ SỞ\nLƯƠNG MINH",
        "T/M BAN THƯỜNG VỤ\nĐẢNG BỘ KHỐI\nCÁC CƠ QUAN TRUNG ƯƠNG",
    ] {
        assert!(texts.iter().any(|t| t == lines), "{lines:?} in {texts:?}");
    }
    assert!(
        texts.iter().all(|t| !t.contains('\u{a0}') || t.contains("ngày")),
        "{texts:?}"
    );
}

/// Groups that do not spell the name (a view edited by hand) are not used:
/// the name prints as it is.
#[test]
fn groups_of_another_text_are_not_used() {
    let mut view = may_2024_view();
    view.header.issuer = "ĐẢNG ỦY PHƯỜNG ĐÔNG HƯNG THUẬN MỞ RỘNG".to_owned();
    view.header.issuer_lines = view.header.issuer.clone();
    let laid = Laid::new(view.clone());
    let issuer = lines(&laid, "plan-issuer");
    assert_eq!(issuer.join(" "), view.header.issuer);
}

/// Names of real Party bodies of many lengths, in the left cell a long
/// date line narrows ("Thành phố Hồ Chí Minh, ngày …") and in the
/// signature's authority line: "VÀ" never ends a line, it starts the next
/// one with what it joins ("ĐẢNG ỦY KHỐI DOANH NGHIỆP VÀ" / "CÁC CƠ QUAN
/// TỈNH" was printed); a place named after "ĐẢNG ỦY" with no unit word
/// stays whole ("ĐẢNG ỦY XUÂN" / "THỚI THƯỢNG" was printed); the words of
/// [`WHOLE`] stay whole; and the Word file breaks every line where the PDF
/// does (`docx::measure::balance_grouped`).
#[test]
fn real_party_names_wrap_as_a_clerk_breaks_them() {
    let names = [
        "Đảng ủy các cơ quan Đảng tỉnh Bà Rịa - Vũng Tàu",
        "Đảng ủy Khối Doanh nghiệp và các cơ quan tỉnh",
        "Ban Tuyên giáo và Dân vận Thành ủy",
        "Đảng ủy Xuân Thới Thượng",
        "Đảng ủy Mỹ Độ",
        "Ban Thường vụ Huyện ủy Định Hóa",
        "Đảng ủy Công an Thành phố Hồ Chí Minh",
        "Ủy ban Kiểm tra Đảng ủy Khối Doanh nghiệp và Ngân hàng",
        "Đảng ủy Khối các cơ quan và doanh nghiệp tỉnh Quảng Ninh",
    ];
    // A line the rule began with "VÀ": at least one name must wrap there,
    // or the check below that no line ends with it would test nothing.
    let mut starts_with_va = false;
    for name in names {
        let view = party("Thành phố Hồ Chí Minh", "Đảng bộ tỉnh Quảng Ninh", name, name);
        let laid = Laid::new(view.clone());
        let issuer = lines(&laid, "plan-issuer");
        let authority = lines(&laid, "plan-authority");
        assert_whole(&view.header.issuer, &issuer);
        assert_whole(&view.footer.signer.authority[0], &authority);
        for line in issuer.iter().chain(&authority) {
            starts_with_va |= line.starts_with("VÀ ");
            assert!(
                !line.ends_with(" VÀ"),
                "{line:?} ends with VÀ: {issuer:?} {authority:?}"
            );
        }
        let bare = "XUÂN THỚI THƯỢNG";
        if view.header.issuer.contains(bare) {
            assert!(issuer.iter().any(|l| l.contains(bare)), "{issuer:?}");
            assert!(authority.iter().any(|l| l.contains(bare)), "{authority:?}");
        }
        let bytes = plan::docx::docx(&view).expect("docx");
        let xml = Package::read(&bytes).part("word/document.xml").to_owned();
        let texts: Vec<String> = paragraphs(&xml).into_iter().map(|p| p.text).collect();
        for pdf in [&issuer, &authority] {
            let joined = pdf.join("\n");
            assert!(texts.contains(&joined), "{joined:?} not in the Word file");
        }
    }
    assert!(starts_with_va, "no name wrapped before its \"VÀ\"");
}
