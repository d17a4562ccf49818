//! The document as plain text: [`View`] → `String`, for `plan text` and so
//! for `git diff` through a textconv driver.
//!
//! One paragraph a line, in reading order: the header (national heading,
//! parent body, issuer, number, date line), the document type and summary,
//! every body paragraph (runs joined, no bold or italic marks), "Nơi nhận:"
//! and the recipient lines, then the signature lines. Groups are separated
//! by one empty line. The same view always gives the same text, which ends
//! with a newline. A line break inside a text value becomes a space, so a
//! paragraph is never split over two lines.

use crate::view::{DRAFT_MARK, Run, View};

/// The plain text of `view`.
pub fn render(view: &View) -> String {
    let mut groups: Vec<Vec<String>> = Vec::new();

    let header = &view.header;
    let mut top: Vec<String> = header.national.iter().map(|l| one_line(l)).collect();
    top.extend(header.parent.iter().map(|p| one_line(p)));
    top.push(one_line(&header.issuer));
    top.push(one_line(&header.number));
    top.push(one_line(&header.date));
    if view.draft {
        top.push(DRAFT_MARK.to_owned());
    }
    groups.push(top);

    groups.push(vec![one_line(&view.doc_type), runs_line(&view.summary)]);
    groups.push(view.body.iter().map(|block| runs_line(&block.runs)).collect());

    let footer = &view.footer;
    let mut recipients = vec![one_line(&footer.recipients_label)];
    recipients.extend(footer.recipients.iter().map(|r| one_line(r)));
    groups.push(recipients);

    let signer = &footer.signer;
    let mut signature: Vec<String> =
        signer.authority.iter().map(|a| one_line(a)).collect();
    signature.push(one_line(&signer.title));
    signature.push(one_line(&signer.name));
    groups.push(signature);

    let mut out = String::new();
    for (index, group) in groups.iter().filter(|g| !g.is_empty()).enumerate() {
        if index > 0 {
            out.push('\n');
        }
        for line in group {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// The text of `runs`, joined, on one line.
pub fn runs_line(runs: &[Run]) -> String {
    let joined: String = runs.iter().map(|r| r.text.as_str()).collect();
    one_line(&joined)
}

/// `text` with every line break (and the spaces around it) made one space,
/// and no spaces at either end.
fn one_line(text: &str) -> String {
    if !text.contains(['\n', '\r']) {
        return text.trim().to_owned();
    }
    text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::{Block, Footer, Header, Meta, Role, SignerView};

    fn view() -> View {
        View {
            style: "dang",
            rules: "hd36-2018",
            meta: Meta { title: "t".into(), author: "a".into(), date: [2024, 5, 2] },
            draft: false,
            header: Header {
                national: vec!["ĐẢNG CỘNG SẢN VIỆT NAM".into()],
                parent: None,
                parent_lines: None,
                issuer: "ĐẢNG ỦY PHƯỜNG MỸ ĐỘ".into(),
                issuer_lines: "ĐẢNG ỦY\nPHƯỜNG MỸ ĐỘ".into(),
                number: "Số 45-CTr/ĐU".into(),
                date: "Mỹ Độ, ngày 02 tháng 5 năm 2024".into(),
            },
            doc_type: "CHƯƠNG TRÌNH".into(),
            summary: vec![Run::plain("Công tác tháng 5 năm 2024")],
            body: vec![
                Block {
                    role: Role::Heading,
                    runs: vec![Run::strong("1- Công tác xây dựng Đảng:")],
                },
                Block {
                    role: Role::Item,
                    runs: vec![
                        Run::plain("Một "),
                        Run::strong("hai"),
                        Run::emph(" ba\n  bốn"),
                    ],
                },
            ],
            footer: Footer {
                recipients_label: "Nơi nhận:".into(),
                recipients: vec!["- Các chi bộ,".into(), "- Lưu VP/ĐU.".into()],
                signer: SignerView {
                    authority: vec!["T/M ĐẢNG ỦY".into()],
                    title: "PHÓ BÍ THƯ".into(),
                    name: "Hoàng Trọng Hiếu".into(),
                },
            },
        }
    }

    #[test]
    fn one_paragraph_a_line_no_markup() {
        let text = render(&view());
        assert_eq!(
            text,
            "ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG ỦY PHƯỜNG MỸ ĐỘ\nSố 45-CTr/ĐU\n\
             Mỹ Độ, ngày 02 tháng 5 năm 2024\n\nCHƯƠNG TRÌNH\nCông tác tháng 5 năm 2024\n\n\
             1- Công tác xây dựng Đảng:\nMột hai ba bốn\n\n\
             Nơi nhận:\n- Các chi bộ,\n- Lưu VP/ĐU.\n\n\
             T/M ĐẢNG ỦY\nPHÓ BÍ THƯ\nHoàng Trọng Hiếu\n"
        );
    }

    #[test]
    fn parent_and_draft_lines() {
        let mut v = view();
        v.header.parent = Some("ĐẢNG BỘ THÀNH PHỐ BẮC GIANG".into());
        v.header.parent_lines = Some("ĐẢNG BỘ\nTHÀNH PHỐ BẮC GIANG".into());
        v.draft = true;
        let text = render(&v);
        assert!(
            text.starts_with(
                "ĐẢNG CỘNG SẢN VIỆT NAM\nĐẢNG BỘ THÀNH PHỐ BẮC GIANG\nĐẢNG ỦY PHƯỜNG MỸ ĐỘ\n"
            ),
            "{text}"
        );
        assert!(text.contains("năm 2024\nDỰ THẢO\n\nCHƯƠNG TRÌNH\n"), "{text}");
    }

    #[test]
    fn empty_parts_leave_no_double_blank_and_the_text_ends_with_a_newline() {
        let mut v = view();
        v.body.clear();
        v.footer.signer.authority.clear();
        let text = render(&v);
        assert!(!text.contains("\n\n\n"), "{text}");
        assert!(text.ends_with("PHÓ BÍ THƯ\nHoàng Trọng Hiếu\n"));
    }
}
