//! Line ends and the byte-order mark restored: the edits of the normalised
//! text applied to the bytes as read, so a file with CRLF or CR line ends,
//! or a mark, keeps them.

use super::editor::Edit;

/// The bytes of the new file: `edits` applied to the bytes read, so that
/// the mark and the line ends stay as they were. A source not in NFC is
/// written from `edited` (the normalised text), with its mark and its most
/// common line end; the flag says so.
pub(super) fn encode(
    original: &[u8],
    normalised: &str,
    edits: &[Edit],
    edited: &str,
) -> (Vec<u8>, bool) {
    const BOM: &[u8] = b"\xEF\xBB\xBF";
    let bom = original.starts_with(BOM);
    let body = original.strip_prefix(BOM).unwrap_or(original);
    // Where the normalised text has "\n" for a "\r\n" of the file.
    let mut crlf = Vec::new();
    let mut lone_cr = 0usize;
    let mut lf = 0usize;
    let (mut i, mut n) = (0usize, 0usize);
    while i < body.len() {
        match (body[i], body.get(i + 1)) {
            (b'\r', Some(b'\n')) => {
                crlf.push(n);
                i += 2;
            }
            (b'\r', _) => {
                lone_cr += 1;
                i += 1;
            }
            (b'\n', _) => {
                lf += 1;
                i += 1;
            }
            _ => i += 1,
        }
        n += 1;
    }
    let same_text = std::str::from_utf8(body)
        .map(|b| b.replace("\r\n", "\n").replace('\r', "\n") == normalised)
        .unwrap_or(false);
    let newline = if crlf.len() >= lf.max(lone_cr) && !crlf.is_empty() {
        "\r\n"
    } else if lone_cr > lf {
        "\r"
    } else {
        "\n"
    };
    let mut out = Vec::with_capacity(original.len());
    if bom {
        out.extend_from_slice(BOM);
    }
    if !same_text {
        out.extend_from_slice(edited.replace('\n', newline).as_bytes());
        return (out, true);
    }
    let to_file = |pos: usize| pos + crlf.partition_point(|&at| at < pos);
    let mut sorted: Vec<&Edit> = edits.iter().collect();
    sorted.sort_by_key(|e| e.start);
    let mut at = 0usize;
    for edit in sorted {
        let (start, end) = (to_file(edit.start), to_file(edit.end));
        if start < at || end < start || end > body.len() {
            continue;
        }
        out.extend_from_slice(&body[at..start]);
        out.extend_from_slice(edit.text.replace('\n', newline).as_bytes());
        at = end;
    }
    out.extend_from_slice(&body[at..]);
    (out, false)
}
