//! `plan diff`: what changed between two plans, in the plan's own terms.
//!
//! Both plans are checked and resolved ([`crate::stages`]), so references
//! are compared as printed: a directive whose date changed shows in every
//! item that cites it, and in the `directives` group. Each plan becomes a
//! [`Document`] (fields, sections, meetings, recipients, signer, directives,
//! anniversaries); [`compare`] pairs their parts by content
//! (the algorithm in `matching.rs` and the thresholds in [`report`]) and
//! [`output::render`] writes the [`Report`].

pub(crate) mod document;
mod matching;
pub(crate) mod output;
pub(crate) mod report;
pub(crate) mod words;

pub(crate) use document::Document;
pub(crate) use output::{Format, render};
pub(crate) use report::{compare, nothing_in_common};

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::resolve::Options;

    fn document(yaml: &str) -> Document {
        let read = |p: &Path| std::fs::read(p);
        let staged = crate::stages(
            Path::new("t.yaml"),
            yaml.as_bytes(),
            Options::default(),
            &read,
        );
        assert!(!staged.diagnostics.has_errors(), "{:?}", staged.diagnostics);
        Document::new(&staged.stages.expect("no errors"))
    }

    const PLAN: &str = "kind: chuong-trinh
style: dang
period: 2024-05
date: 2024-05-02
place: Mỹ Độ
issuer: { name: Đảng ủy phường Mỹ Độ, abbr: ĐU }
directives:
  kl01: { type: Kết luận, number: 01-KL/TW, date: 2021-05-18, by: Bộ Chính trị }
sections:
  - title: Công tác xây dựng Đảng
    items:
      - Tiếp tục quán triệt thực hiện {kl01} trong toàn Đảng bộ.
      - Chỉ đạo đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng.
closing: Trên đây là chương trình.
recipients: [Các chi bộ]
archive: VP/ĐU
signer: { on_behalf: Đảng ủy, title: Phó Bí thư, name: Hoàng Trọng Hiếu }
";

    #[test]
    fn the_same_plan_has_no_change() {
        assert!(compare(&document(PLAN), &document(PLAN)).is_empty());
    }

    #[test]
    fn a_directive_date_shows_in_the_item_and_in_directives() {
        let new = PLAN.replace("date: 2021-05-18", "date: 2021-05-19");
        let report = compare(&document(PLAN), &document(&new));
        assert_eq!(report.directives.len(), 1);
        assert_eq!(report.directives[0].key, "kl01");
        assert_eq!(report.sections.len(), 1);
        let text = render(
            &report,
            "a",
            "b",
            Format::Human { color: false },
            crate::lang::Lang::En,
        );
        assert!(text.contains("[-18/5/2021-]{+19/5/2021+}"), "{text}");
    }

    #[test]
    fn bold_or_italic_alone_is_a_change() {
        let new = PLAN.replace(
            "      - Chỉ đạo đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng.\n",
            "      - \"**Chỉ đạo** đơn đốc tham gia thi chính luận bảo vệ nền tảng tư tưởng.\"\n",
        );
        let report = compare(&document(PLAN), &document(&new));
        let text = render(
            &report,
            "a",
            "b",
            Format::Human { color: false },
            crate::lang::Lang::En,
        );
        assert!(
            text.contains("~ item 2: [-Chỉ đạo-]{+**Chỉ đạo**+} đơn đốc")
                && text.contains("(bold/italic)"),
            "{text}"
        );
    }
}
