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
    refuse_by_names(bytes)?;
    refuse_xref_streams(bytes)?;
    refuse_deep_nesting(bytes)?;
    super::budget::check(bytes)?;
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
/// keyword, the spaces and tabs lopdf allows there, and an end of line
/// (also after `endstream`: trying there costs little, and no stream is
/// missed whatever comes before its keyword).
fn stream_starts(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    let keyword = b"stream";
    memchr::memmem::find_iter(bytes, keyword).filter_map(move |at| {
        let after = at + keyword.len();
        let spaces =
            bytes[after..].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
        let eol = match &bytes[after + spaces..] {
            [b'\r', b'\n', ..] => 2,
            [b'\r' | b'\n', ..] => 1,
            _ => return None,
        };
        Some(after + spaces + eol)
    })
}

/// Refuses, by the names a PDF holds, what lopdf would read without a
/// bound that [`check`] sees: encryption, the LZW and ASCII85 filters,
/// compressed object streams, a cross-reference stream (`/Prev` or
/// `/XRefStm` naming an offset that is not a cross-reference table; see
/// [`refuse_xref_streams`]) and more than [`MAX_LENGTH_REFERENCES`]
/// stream lengths given as references. Every name is looked at, also where
/// a reading from the first byte sees a string or stream data (lopdf may
/// parse an object anywhere, [`super::nesting`]), also when written with
/// `#` escapes (`/LZW#44ecode` is `/LZWDecode`).
fn refuse_by_names(bytes: &[u8]) -> Result<(), ArchiveError> {
    let unsupported = |vi: &str, en: &str| ArchiveError::Unsupported { what: t(vi, en) };
    let mut length_references = 0usize;
    for slash in memchr::memchr_iter(b'/', bytes) {
        let raw = &bytes[slash + 1..];
        let len = raw.iter().take(MAX_NAME + 1).take_while(|b| is_regular(**b)).count();
        if len > MAX_NAME {
            continue; // longer than any name looked for
        }
        let after = &raw[len..];
        let name = decode_name(&raw[..len]);
        match name.as_ref() {
            b"Encrypt" => {
                return Err(unsupported("tệp PDF được mã hóa", "the PDF is encrypted"));
            }
            b"LZWDecode" | b"ASCII85Decode" => {
                return Err(unsupported(
                    "tệp PDF dùng cách nén LZW hoặc ASCII85, plan không đọc",
                    "the PDF uses LZW or ASCII85 encoding, which plan does not read",
                ));
            }
            // lopdf would inflate them and parse the objects inside
            // without a bound.
            b"ObjStm" => {
                return Err(unsupported(
                    "tệp PDF dùng luồng đối tượng nén (object stream), plan không đọc",
                    "the PDF uses compressed object streams, which plan does not read",
                ));
            }
            b"Prev" | b"XRefStm" => {
                if let Some(offset) = integer_after(after) {
                    refuse_xref_stream_at(bytes, offset)?;
                }
            }
            b"Length" if reference_after(after) => {
                length_references += 1;
                if length_references > MAX_LENGTH_REFERENCES {
                    return Err(ArchiveError::Unsupported {
                        what: t(
                            format!(
                                "tệp PDF ghi độ dài luồng bằng tham chiếu hơn \
                                 {MAX_LENGTH_REFERENCES} lần"
                            ),
                            format!(
                                "the PDF gives more than {MAX_LENGTH_REFERENCES} stream \
                                 lengths as references"
                            ),
                        ),
                    });
                }
            }
            _ => {}
        }
    }
    Ok(())
}

/// The most stream lengths a PDF may give as references (`/Length 12 0 R`):
/// lopdf reads such a length while it parses the stream, recursively, so a
/// chain of streams each measured by the next one overflowed its stack at
/// 700 links. Typst writes every length as a number.
const MAX_LENGTH_REFERENCES: usize = 64;

/// Refuses a cross-reference stream, which lopdf decodes without a bound
/// (its inflated data, and field widths it allocates as given): every
/// offset a `startxref` line gives (as lopdf reads one: the keyword, an end
/// of line, spaces, the number), and every one `/Prev` and `/XRefStm` give
/// ([`refuse_by_names`]), must be a cross-reference table (`xref`). Typst
/// writes a table.
fn refuse_xref_streams(bytes: &[u8]) -> Result<(), ArchiveError> {
    let keyword = b"startxref";
    for at in memchr::memmem::find_iter(bytes, keyword) {
        let rest = &bytes[at + keyword.len()..];
        let eol = match rest {
            [b'\r', b'\n', ..] => 2,
            [b'\r' | b'\n', ..] => 1,
            _ => continue,
        };
        let rest = &rest[eol..];
        let spaces = rest.iter().take_while(|b| **b == b' ').count();
        if let Some(offset) = integer(&rest[spaces..]) {
            refuse_xref_stream_at(bytes, offset)?;
        }
    }
    Ok(())
}

/// An error unless the cross-reference section lopdf would read at
/// `offset` is a table (or `offset` is past the end, which lopdf refuses).
fn refuse_xref_stream_at(bytes: &[u8], offset: usize) -> Result<(), ArchiveError> {
    if offset > bytes.len() || bytes[offset..].starts_with(b"xref") {
        return Ok(());
    }
    Err(ArchiveError::Unsupported {
        what: t(
            "tệp PDF dùng bảng tham chiếu chéo dạng luồng (cross-reference stream), plan \
             không đọc",
            "the PDF uses a cross-reference stream, which plan does not read",
        ),
    })
}

/// The unsigned number `bytes` start with (a sign makes it negative or
/// plain: lopdf refuses a negative offset, so only `+` is kept).
fn integer(bytes: &[u8]) -> Option<usize> {
    let digits = bytes.strip_prefix(b"+").unwrap_or(bytes);
    let len = digits.iter().take_while(|b| b.is_ascii_digit()).count();
    std::str::from_utf8(&digits[..len]).ok()?.parse().ok()
}

/// `bytes` without the white space and comments they start with.
fn skip_space(mut bytes: &[u8]) -> &[u8] {
    loop {
        match bytes.first() {
            Some(b) if is_white(*b) => bytes = &bytes[1..],
            Some(b'%') => {
                let end = memchr::memchr2(b'\n', b'\r', bytes).unwrap_or(bytes.len());
                bytes = &bytes[end..];
            }
            _ => return bytes,
        }
    }
}

/// The number a name's value is, after white space and comments.
fn integer_after(bytes: &[u8]) -> Option<usize> {
    integer(skip_space(bytes))
}

/// Whether a name's value is a reference: `12 0 R`.
fn reference_after(bytes: &[u8]) -> bool {
    let digits = |b: &[u8]| b.iter().take_while(|b| b.is_ascii_digit()).count();
    let rest = skip_space(bytes);
    let n = digits(rest);
    if n == 0 {
        return false;
    }
    let rest = skip_space(&rest[n..]);
    let n = digits(rest);
    n > 0 && skip_space(&rest[n..]).starts_with(b"R")
}

/// PDF white space.
fn is_white(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

/// How deep arrays and dictionaries may nest: lopdf parses them
/// recursively, and a few hundred levels overflowed its stack (an abort, not
/// an error); `plan`'s PDFs nest fewer than ten.
pub const MAX_NESTING: u32 = 64;

/// Refuses arrays and dictionaries that lopdf could nest more than
/// [`MAX_NESTING`] deep, wherever it starts to parse ([`super::nesting`]).
fn refuse_deep_nesting(bytes: &[u8]) -> Result<(), ArchiveError> {
    if super::nesting::deepest(bytes, MAX_NESTING) <= MAX_NESTING {
        return Ok(());
    }
    Err(ArchiveError::Unsupported {
        what: t(
            format!("tệp PDF có mảng hoặc từ điển lồng nhau quá {MAX_NESTING} tầng"),
            format!("the PDF nests arrays or dictionaries more than {MAX_NESTING} deep"),
        ),
    })
}

/// The longest raw name looked at: 32 characters, each escaped.
const MAX_NAME: usize = 32 * 3;

/// `raw` with each `#XX` replaced by the byte it stands for.
fn decode_name(raw: &[u8]) -> std::borrow::Cow<'_, [u8]> {
    if !raw.contains(&b'#') {
        return raw.into();
    }
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
    out.into()
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
    fn deep_nesting_is_refused_wherever_it_hides() {
        let deep = |open: &str, close: &str| {
            let n = MAX_NESTING as usize + 1;
            format!("{}1{}", open.repeat(n), close.repeat(n))
        };
        for nest in [deep("[", "]"), deep("<< /a ", " >>"), deep("[(\u{80})", "]")] {
            for hidden in [
                format!("%PDF-1.7\n1 0 obj\n{nest}\nendobj\n"),
                format!("%PDF-1.7\n<< >>\nstream\n\u{1}{nest}\nendstream\n"),
                format!("%PDF-1.7\n1 0 obj\n(2 0 obj {nest} endobj)\nendobj\n"),
                format!("%PDF-1.7\n% 2 0 obj {nest} endobj\n"),
            ] {
                assert!(check(hidden.as_bytes()).is_err(), "{hidden:.40}");
            }
        }
        // As deep as allowed passes.
        let n = MAX_NESTING as usize;
        let deepest = format!("%PDF-1.7\n{}{}\n", "[".repeat(n), "]".repeat(n));
        assert_eq!(check(deepest.as_bytes()), Ok(()));
    }

    #[test]
    fn stream_lengths_given_as_references_are_limited() {
        let pdf = |n: usize, length: &str| {
            let mut pdf = b"%PDF-1.7\n".to_vec();
            for i in 0..n {
                let object = format!("{i} 0 obj << {length} {} 0 R >> endobj\n", i + 1);
                pdf.extend_from_slice(object.as_bytes());
            }
            pdf
        };
        assert_eq!(check(&pdf(MAX_LENGTH_REFERENCES, "/Length")), Ok(()));
        for length in ["/Length", "/Len#67th", "/Length %c\n"] {
            assert!(
                matches!(
                    check(&pdf(MAX_LENGTH_REFERENCES + 1, length)),
                    Err(ArchiveError::Unsupported { .. })
                ),
                "{length}"
            );
        }
        // Lengths written as numbers are not counted.
        let direct = "<< /Length 5 >>\n".repeat(MAX_LENGTH_REFERENCES * 2);
        assert_eq!(check(format!("%PDF-1.7\n{direct}").as_bytes()), Ok(()));
    }

    #[test]
    fn cross_reference_streams_are_refused() {
        let table = b"%PDF-1.7\nxref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 1 \
                      >>\nstartxref\n9\n%%EOF\n";
        assert_eq!(check(table), Ok(()));
        let stream = b"%PDF-1.7\n1 0 obj << /Type /XRef >> endobj\nstartxref\n9\n%%EOF\n";
        assert!(check(stream).is_err());
        for name in ["/Prev", "/XRefStm", "/Pr#65v"] {
            let pdf = format!("%PDF-1.7\n1 0 obj << >> endobj\ntrailer << {name} 9 >>\n");
            assert!(check(pdf.as_bytes()).is_err(), "{name}");
        }
    }

    #[test]
    fn a_stream_keyword_followed_by_spaces_is_still_inflated() {
        let bomb = zlib(&vec![0u8; MAX_STREAM_BYTES + 1]);
        let mut pdf = b"%PDF-1.7\n<< >>\nstream \t\r\n".to_vec();
        pdf.extend_from_slice(&bomb);
        assert_eq!(check(&pdf), Err(ArchiveError::Inflates { limit: MAX_STREAM_BYTES }));
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
