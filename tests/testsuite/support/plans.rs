//! Plan texts the tests start from, and the edits they make to them.

use super::cli::root;

/// The May 2024 program's YAML.
pub(crate) fn may() -> String {
    std::fs::read_to_string(root().join("plans/may-2024.yaml")).expect("the May plan")
}

/// `text` with `from` (which must occur exactly once) replaced by `to`.
#[track_caller]
pub(crate) fn edit(text: &str, from: &str, to: &str) -> String {
    assert_eq!(text.matches(from).count(), 1, "`{from}` occurs once");
    text.replacen(from, to, 1)
}

/// June 2024, made from May as a clerk would: the period and dates moved
/// on, one item reworded ("đơn đốc" → "đôn đốc").
pub(crate) fn june() -> String {
    let text = may();
    let text = edit(&text, "period: 2024-05", "period: 2024-06");
    let text = edit(&text, "date: 2024-05-02", "date: 2024-06-03");
    let text = edit(&text, "date: 2024-05-28", "date: 2024-06-25");
    let text = edit(&text, "date: 2024-05-29", "date: 2024-06-26");
    let text = edit(
        &text,
        "Chỉ đạo\n        đơn đốc thực hiện",
        "Chỉ đạo\n        đôn đốc thực hiện",
    );
    edit(
        &text,
        "chương trình công tác tháng 5/2024",
        "chương trình công tác tháng 6/2024",
    )
}
