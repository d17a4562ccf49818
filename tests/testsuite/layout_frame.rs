//! Layout of the frame keys (`plan-format.md`, "The frame") in compiled PDFs:
//! "Bản điện tử:" and its list after the "Lưu" line (`electronic_recipients`),
//! in a state plan (`examples/state-plan-electronic-recipients.yaml`) and in a
//! Party program given the same list; the type line of `type_name`. Tolerance
//! ±0.5 pt.

use std::sync::OnceLock;

use crate::support::*;

/// The state example with `recipients: []` and three electronic recipients.
fn state() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| {
        Laid::new(view_of("examples/state-plan-electronic-recipients.yaml"))
    })
}

/// The Party weekly example with an electronic list added to its view.
fn party() -> &'static Laid {
    static LAID: OnceLock<Laid> = OnceLock::new();
    LAID.get_or_init(|| {
        let mut view = view_of("examples/party-weekly-program.yaml");
        view.footer.electronic_label = Some("Bản điện tử:".into());
        view.footer.electronic =
            vec!["- Ban Thường vụ Thành ủy,".into(), "- Các chi bộ trực thuộc.".into()];
        Laid::new(view)
    })
}

/// `plan-format.md`, "`electronic_recipients`": the archive line, then
/// "Bản điện tử:" 12 pt bold italic, then its lines at the recipients' size,
/// upright, flush left, "- …;" and the last "- ….", one recipient pitch apart,
/// all in the left footer cell.
#[test]
fn electronic_recipients_follow_the_archive_line() {
    // (document, recipient size, recipient pitch [P], recipient lines)
    let cases: [(&Laid, f64, f64, &[&str]); 2] = [
        (state(), 11.0, 13.0, &["- Lưu: VT."]),
        (
            party(),
            12.0,
            14.0,
            &["- Thường trực Đảng ủy,", "- Các chi bộ trực thuộc,", "- Lưu VP/ĐU."],
        ),
    ];
    for (laid, size, pitch, recipients) in cases {
        let left = laid.one("plan-recipients-label").x;
        let lines = laid.texts("plan-recipient");
        let texts: Vec<&str> = lines.iter().map(|i| i.run().text.as_str()).collect();
        assert_eq!(texts, recipients);

        let label = laid.one("plan-electronic-label");
        assert_eq!(label.run().text, "Bản điện tử:");
        assert_close(label.run().size, 12.0, "label size");
        assert_eq!(label.run().weight, 700, "label bold");
        assert!(label.run().italic, "label italic");
        assert_close(label.x, left, "label flush left");
        let archive = lines.last().expect("the archive line");
        assert_eq!(label.page, archive.page);
        assert_close(label.y - archive.y, pitch, "label one line under the archive line");

        let items = laid.texts("plan-electronic");
        let texts: Vec<&str> = items.iter().map(|i| i.run().text.as_str()).collect();
        assert_eq!(texts, laid.view.footer.electronic);
        let (last, rest) = texts.split_last().expect("items");
        assert!(last.starts_with("- ") && last.ends_with('.'), "{last}");
        let sep = if size == 11.0 { ';' } else { ',' };
        assert!(rest.iter().all(|t| t.starts_with("- ") && t.ends_with(sep)), "{rest:?}");
        let mut above = label;
        for item in &items {
            assert_close(item.run().size, size, "item size");
            assert!(item.run().weight == 400 && !item.run().italic, "item upright");
            assert_close(item.x, left, "item flush left");
            assert_eq!(item.page, above.page);
            assert_close(item.y - above.y, pitch, "item pitch");
            above = item;
        }
    }
}

/// `plan-format.md`, "`electronic_recipients`": the state example's list reads
/// as its YAML says.
#[test]
fn state_list_is_the_plans() {
    assert_eq!(
        state().view.footer.electronic,
        [
            "- UBND huyện (b/c);",
            "- TT. Đảng ủy, HĐND xã;",
            "- Các ban, ngành, đoàn thể xã."
        ]
    );
}

/// Without `electronic_recipients` nothing is drawn and nothing moves.
#[test]
fn no_label_without_the_list() {
    let plain = Laid::new(view_of("examples/party-weekly-program.yaml"));
    assert!(plain.labelled("plan-electronic-label").is_empty());
    assert!(plain.labelled("plan-electronic").is_empty());
    let with = party();
    assert_close(
        plain.one("plan-signer-name").y,
        with.one("plan-signer-name").y,
        "the signature does not move",
    );
}

/// `plan-format.md`, "`type_name`": `type_name` prints as the type line, upper
/// case; the number keeps "CTr".
#[test]
fn type_name_is_the_type_line() {
    let laid = Laid::new(view_of("examples/party-term-action-program.yaml"));
    assert_eq!(laid.view.doc_type, "CHƯƠNG TRÌNH HÀNH ĐỘNG");
    assert!(laid.view.header.number.ends_with("-CTr/ĐU"), "{}", laid.view.header.number);
    assert_eq!(laid.text_of("plan-doc-type"), "CHƯƠNG TRÌNH HÀNH ĐỘNG");
}
