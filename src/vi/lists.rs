//! Recipient lines ("Nơi nhận").

/// The finished recipient lines: each starts with `"- "`, ends with `sep`,
/// and the archive line comes last ending with `"."`.
///
/// Whatever dash or end punctuation the author typed is stripped first, so
/// `["TT. Thành ủy (b/c),", "- Các chi bộ trực thuộc"]`, archive `"VP/ĐU"`,
/// `sep = ","`, `archive_prefix = "Lưu "` give
/// `["- TT. Thành ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu VP/ĐU."]`.
pub fn recipient_lines(items: &[&str], archive: &str, sep: &str, archive_prefix: &str) -> Vec<String> {
    let _ = (items, archive, sep, archive_prefix);
    Vec::new()
}
