//! Limits checked on a PDF's raw bytes before lopdf parses it.
//!
//! lopdf inflates two kinds of stream while it loads a file (cross-reference
//! streams and object streams) and does so without a limit: a few kilobytes
//! of Flate data can ask for gigabytes. So before lopdf sees the file, every
//! stream in it (after every `stream` keyword) is inflated here as
//! zlib data through a bounded reader, and again while the result is itself
//! zlib data (a chain of Flate filters): a stream past
//! [`MAX_STREAM_BYTES`], or all of them together past
//! [`MAX_INFLATED_BYTES`], refuses the file without holding more than the
//! limit. Filters that could be chained around Flate without being seen
//! here (LZW, ASCII85) and encryption are refused: `plan` writes neither.
//!
//! Attached files are inflated later, each through a reader bounded by a
//! plan file's limit (`read.rs`).

use std::io::Read;

use super::ArchiveError;
use crate::lang::t;

/// The most bytes one stream may inflate to: 16 MiB (the largest stream of
/// the yearly plan's PDF, a font or a page, is far smaller).
pub const MAX_STREAM_BYTES: usize = 16 * 1024 * 1024;

/// The most bytes all streams together may inflate to: 64 MiB.
pub const MAX_INFLATED_BYTES: usize = 64 * 1024 * 1024;

/// The most compressed streams (layers counted) a PDF may have: the
/// yearly plan's PDF of 168 pages has a few hundred.
const MAX_STREAMS: usize = 50_000;

/// How many Flate layers of one stream are followed.
const MAX_LAYERS: usize = 4;

/// Checks the raw PDF `bytes` (see the module's documentation).
pub fn check(bytes: &[u8]) -> Result<(), ArchiveError> {
    refuse_unsupported(bytes)?;
    refuse_deep_nesting(bytes)?;
    let mut total = 0usize;
    let mut inflated_streams = 0usize;
    for start in stream_starts(bytes) {
        // The raw data is the first layer; each layer that is zlib data is
        // inflated, bounded.
        let mut layer: Option<Vec<u8>> = None;
        for _ in 0..MAX_LAYERS {
            let data = layer.as_deref().unwrap_or(&bytes[start..]);
            if !looks_like_zlib(data) {
                break;
            }
            inflated_streams += 1;
            if inflated_streams > MAX_STREAMS {
                return Err(ArchiveError::Unsupported {
                    what: t(
                        format!("tệp PDF có hơn {MAX_STREAMS} luồng nén"),
                        format!("the PDF has more than {MAX_STREAMS} compressed streams"),
                    ),
                });
            }
            let inflated = inflate_bounded(data, MAX_STREAM_BYTES)
                .ok_or(ArchiveError::Inflates { limit: MAX_STREAM_BYTES })?;
            total = total.saturating_add(inflated.len());
            if total > MAX_INFLATED_BYTES {
                return Err(ArchiveError::Inflates { limit: MAX_INFLATED_BYTES });
            }
            layer = Some(inflated);
        }
    }
    Ok(())
}

/// Inflates the zlib data `data` (trailing bytes ignored) into at most
/// `limit` bytes; `None` when it would give more. A broken stream gives what
/// inflated before the break, as lopdf keeps it.
pub fn inflate_bounded(data: &[u8], limit: usize) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let decoder = flate2::read::ZlibDecoder::new(data);
    // An error ends the stream; what was read so far stays in `out`.
    let _ = decoder.take(limit as u64 + 1).read_to_end(&mut out);
    (out.len() <= limit).then_some(out)
}

/// Whether `data` starts with a zlib header (RFC 1950: deflate, the check
/// bits right).
fn looks_like_zlib(data: &[u8]) -> bool {
    match data {
        [cmf, flg, ..] => {
            cmf & 0x0f == 8
                && (u16::from(*cmf) * 256 + u16::from(*flg)).is_multiple_of(31)
        }
        _ => false,
    }
}

/// The offsets where each stream's data may start: after every `stream`
/// keyword and its end of line (also after `endstream`: trying there costs
/// little, and no stream is missed whatever comes before its keyword).
fn stream_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let keyword = b"stream";
    memchr::memmem::find_iter(bytes, keyword).filter_map(move |at| {
        let rest = &bytes[at + keyword.len()..];
        let eol = if rest.starts_with(b"\r\n") {
            2
        } else if rest.starts_with(b"\n") || rest.starts_with(b"\r") {
            1
        } else {
            return None;
        };
        Some(at + keyword.len() + eol)
    })
}

/// Refuses what lopdf would decode without a bound that [`check`] cannot
/// see: encryption and the LZW and ASCII85 filters, also when their names
/// are written with `#` escapes (`/LZW#44ecode` is `/LZWDecode`). The
/// whole file is searched, stream data too, where an object could hide from
/// a scan that skipped it (a stray match in compressed data would need
/// these exact bytes). More than [`MAX_ESCAPES`] `#` characters refuse the
/// file: each one's name is looked at.
fn refuse_unsupported(bytes: &[u8]) -> Result<(), ArchiveError> {
    let encrypted = || ArchiveError::Unsupported {
        what: t("tệp PDF được mã hóa", "the PDF is encrypted"),
    };
    let filters = || ArchiveError::Unsupported {
        what: t(
            "tệp PDF dùng cách nén LZW hoặc ASCII85, plan không đọc",
            "the PDF uses LZW or ASCII85 encoding, which plan does not read",
        ),
    };
    // lopdf would inflate them and parse the objects inside, which the
    // nesting check of the raw bytes does not see.
    let object_streams = || ArchiveError::Unsupported {
        what: t(
            "tệp PDF dùng luồng đối tượng nén (object stream), plan không đọc",
            "the PDF uses compressed object streams, which plan does not read",
        ),
    };
    let has = |needle: &[u8]| memchr::memmem::find(bytes, needle).is_some();
    if has(b"/Encrypt") {
        return Err(encrypted());
    }
    if has(b"/LZWDecode") || has(b"/ASCII85Decode") {
        return Err(filters());
    }
    if has(b"/ObjStm") {
        return Err(object_streams());
    }
    let mut last_slash = None;
    for (count, hash) in memchr::memchr_iter(b'#', bytes).enumerate() {
        if count >= MAX_ESCAPES {
            return Err(ArchiveError::Unsupported {
                what: t(
                    "tệp PDF có quá nhiều dấu `#`",
                    "the PDF has too many `#` characters",
                ),
            });
        }
        let from = hash.saturating_sub(MAX_NAME);
        let Some(slash) = memchr::memrchr(b'/', &bytes[from..hash]).map(|i| from + i)
        else {
            continue;
        };
        if last_slash == Some(slash) {
            continue;
        }
        last_slash = Some(slash);
        let token = &bytes[slash + 1..(slash + 1 + MAX_NAME).min(bytes.len())];
        let len = token.iter().take_while(|b| is_regular(**b)).count();
        if slash + 1 + len <= hash {
            continue; // the `#` is not in this name
        }
        match decode_name(&token[..len]).as_slice() {
            b"Encrypt" => return Err(encrypted()),
            b"LZWDecode" | b"ASCII85Decode" => return Err(filters()),
            b"ObjStm" => return Err(object_streams()),
            _ => {}
        }
    }
    Ok(())
}

/// How deep arrays and dictionaries may nest: lopdf parses them
/// recursively, and a few hundred levels overflowed its stack (an abort, not
/// an error); `plan`'s PDFs nest fewer than ten.
pub const MAX_NESTING: usize = 64;

/// Refuses arrays and dictionaries nested more than [`MAX_NESTING`] deep.
///
/// Outside stream data, literal strings are skipped (their brackets are
/// text). Inside stream data, where compressed bytes may hold anything,
/// brackets are counted and any byte that cannot stand outside a string in
/// PDF syntax (a control character, a byte of 128 or more) starts the count
/// again: compressed data never nests deep so, while an object hidden there
/// and reached through the cross-reference table still counts, unless its
/// strings hold such bytes (a known gap, README).
fn refuse_deep_nesting(bytes: &[u8]) -> Result<(), ArchiveError> {
    let too_deep = || ArchiveError::Unsupported {
        what: t(
            format!("tệp PDF có mảng hoặc từ điển lồng nhau quá {MAX_NESTING} tầng"),
            format!("the PDF nests arrays or dictionaries more than {MAX_NESTING} deep"),
        ),
    };
    // Where stream data starts, and where it ends (the next `endstream`).
    let mut streams = stream_starts(bytes).peekable();
    let mut depth = 0usize;
    let mut at = 0;
    while at < bytes.len() {
        if streams.peek().is_some_and(|start| *start <= at) {
            // The stream began at or before `at`: its data is read from here.
            streams.next();
            let start = at;
            let end = memchr::memmem::find(&bytes[start..], b"endstream")
                .map_or(bytes.len(), |i| start + i);
            if nesting_in_data(&bytes[start..end]) > MAX_NESTING {
                return Err(too_deep());
            }
            at = end + b"endstream".len();
            while streams.peek().is_some_and(|s| *s < at) {
                streams.next();
            }
            continue;
        }
        match bytes[at] {
            b'[' => depth += 1,
            b'<' if bytes.get(at + 1) == Some(&b'<') => {
                depth += 1;
                at += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if bytes.get(at + 1) == Some(&b'>') => {
                depth = depth.saturating_sub(1);
                at += 1;
            }
            b'(' => at = string_end(bytes, at),
            b'%' => {
                at += memchr::memchr2(b'\n', b'\r', &bytes[at..])
                    .unwrap_or(bytes.len() - at);
            }
            _ => {}
        }
        if depth > MAX_NESTING {
            return Err(too_deep());
        }
        at += 1;
    }
    Ok(())
}

/// The deepest run of brackets in stream data, counted again after any
/// byte that cannot stand outside a string.
fn nesting_in_data(data: &[u8]) -> usize {
    let (mut depth, mut deepest) = (0usize, 0usize);
    let mut bytes = data.iter().peekable();
    while let Some(byte) = bytes.next() {
        match byte {
            b'[' => depth += 1,
            b'<' if bytes.peek() == Some(&&b'<') => {
                bytes.next();
                depth += 1;
            }
            b']' => depth = depth.saturating_sub(1),
            b'>' if bytes.peek() == Some(&&b'>') => {
                bytes.next();
                depth = depth.saturating_sub(1);
            }
            b if *b >= 0x80 || (*b < 0x20 && !b.is_ascii_whitespace() && *b != 0) => {
                depth = 0;
            }
            _ => {}
        }
        deepest = deepest.max(depth);
    }
    deepest
}

/// The offset of the `)` that closes the literal string opening at `open`
/// (nested parentheses and `\` escapes followed), or the end of `bytes`.
fn string_end(bytes: &[u8], open: usize) -> usize {
    let mut depth = 0usize;
    let mut at = open;
    while at < bytes.len() {
        match bytes[at] {
            b'\\' => at += 1,
            b'(' => depth += 1,
            b')' => {
                depth -= 1;
                if depth == 0 {
                    return at;
                }
            }
            _ => {}
        }
        at += 1;
    }
    bytes.len()
}

/// The longest raw name looked at: 32 characters, each escaped.
const MAX_NAME: usize = 32 * 3;

/// The most `#` characters a PDF may hold: random compressed data has one
/// byte in 256, so 131 072 in a PDF of 32 MiB.
const MAX_ESCAPES: usize = 1_000_000;

/// `raw` with each `#XX` replaced by the byte it stands for.
fn decode_name(raw: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        let hex = raw.get(i + 1..i + 3).and_then(|h| std::str::from_utf8(h).ok());
        match (raw[i], hex.and_then(|h| u8::from_str_radix(h, 16).ok())) {
            (b'#', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (byte, _) => {
                out.push(byte);
                i += 1;
            }
        }
    }
    out
}

/// A PDF regular character (not white space, not a delimiter).
fn is_regular(byte: u8) -> bool {
    !byte.is_ascii_whitespace()
        && byte != 0
        && !matches!(
            byte,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
        )
}

#[cfg(test)]
mod tests {
    use std::io::Write;

    use super::*;

    fn zlib(data: &[u8]) -> Vec<u8> {
        let mut encoder =
            flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::best());
        encoder.write_all(data).unwrap();
        encoder.finish().unwrap()
    }

    fn pdf_with_stream(data: &[u8]) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n1 0 obj\n<< /Filter /FlateDecode >>\nstream\n".to_vec();
        pdf.extend_from_slice(data);
        pdf.extend_from_slice(b"\nendstream\nendobj\n");
        pdf
    }

    #[test]
    fn a_small_stream_passes() {
        assert_eq!(check(&pdf_with_stream(&zlib(b"hello"))), Ok(()));
    }

    #[test]
    fn a_bomb_is_refused_without_holding_it() {
        let bomb = zlib(&vec![0u8; MAX_STREAM_BYTES + 1]);
        assert!(bomb.len() < 64 * 1024, "{}", bomb.len());
        assert_eq!(
            check(&pdf_with_stream(&bomb)),
            Err(ArchiveError::Inflates { limit: MAX_STREAM_BYTES })
        );
    }

    #[test]
    fn a_chained_bomb_is_refused() {
        // Each layer small, the inner one huge.
        let inner = zlib(&vec![0u8; MAX_STREAM_BYTES + 1]);
        let outer = zlib(&inner);
        assert!(check(&pdf_with_stream(&outer)).is_err());
    }

    #[test]
    fn deep_nesting_is_refused_also_inside_stream_data() {
        let deep = |open: &str, close: &str| {
            format!("{}1{}", open.repeat(MAX_NESTING + 1), close.repeat(MAX_NESTING + 1))
        };
        for nest in [deep("[", "]"), deep("<< /a ", " >>")] {
            let top = format!("%PDF-1.7\n1 0 obj\n{nest}\nendobj\n");
            assert!(check(top.as_bytes()).is_err(), "{nest:.20}");
            let hidden = format!("%PDF-1.7\n<< >>\nstream\n\u{1}{nest}\nendstream\n");
            assert!(check(hidden.as_bytes()).is_err(), "{nest:.20}");
        }
        // Brackets in a string are text; binary data starts the count again.
        let text = format!("%PDF-1.7\n<< /T ({}) >>\n", "[".repeat(500));
        assert_eq!(check(text.as_bytes()), Ok(()));
        let mut binary = b"%PDF-1.7\n<< >>\nstream\n".to_vec();
        for _ in 0..500 {
            binary.extend_from_slice(b"[\x80");
        }
        binary.extend_from_slice(b"\nendstream\n");
        assert_eq!(check(&binary), Ok(()));
    }

    #[test]
    fn other_filters_are_refused_also_when_escaped() {
        for pdf in [
            &b"%PDF-1.7\n<< /Filter /LZWDecode >>\n"[..],
            b"%PDF-1.7\n<< /Filter [/FlateDecode /ASCII85#44ecode] >>\n",
            b"%PDF-1.7\ntrailer << /Encr#79pt 5 0 R >>\n",
            b"%PDF-1.7\n<< /Type /Obj#53tm >>\n",
        ] {
            assert!(matches!(check(pdf), Err(ArchiveError::Unsupported { .. })));
        }
        // A MIME type is a name with an escaped `/`: allowed.
        let mime = b"%PDF-1.7\n<< /Subtype /application#2Fyaml >>\n";
        assert_eq!(check(mime), Ok(()));
    }
}
