//! How much lopdf would parse, counted before it does.
//!
//! lopdf parses every object the cross-reference tables list, all into
//! memory at once: each number of an array is a value of about 120 bytes
//! there (a 28 MiB PDF holding one array of numbers took 1.8 GB and 41 s to
//! refuse in a debug build), and an object is parsed again for every entry
//! that leads to it (the same object under many numbers, or many offsets
//! into the white space before it or into a string holding its text). So before lopdf runs,
//! [`check`] reads the tables as lopdf does (`lopdf::parser::xref`) and
//! walks, once per place, the object each entry points at with lopdf's
//! grammar (`lopdf::parser`), keeping nothing, and refuses the file when
//! what lopdf would hold passes one of these limits, each far above what
//! `plan`'s own PDFs need (the yearly plan of `bench/yearly.sh`, 168 pages
//! with its source attached: 2 331 objects, 95 000 values, 1 607 in the
//! largest array, 0.5 MB of objects):
//!
//! - [`MAX_XREF_ENTRIES`] entries in all the tables together;
//! - [`MAX_NUMBERS_AT_ONE_PLACE`] object numbers whose entries give the same
//!   offset;
//! - [`MAX_ELEMENTS`] values in one array or dictionary (keys counted);
//! - [`MAX_VALUES`] values in all the objects, each counted as many times
//!   as lopdf parses it;
//! - [`MAX_OBJECT_BYTES`] of text read into objects, counted likewise: a
//!   stream's data for its length, and, for a stream whose length is a
//!   reference (lopdf may copy it from the stream's start to the file's end),
//!   all the bytes after its start.
//!
//! A stream length given as a reference must lead to a plain number:
//! lopdf parses that object again for every stream measured by it.
//!
//! Every table lopdf may read starts at a `xref` keyword ([`super::scan`]
//! refuses a cross-reference stream), so the tables at every `xref` in the
//! file are read, and every object any of them lists is counted, also where
//! lopdf would keep only the newest table's entry: more than lopdf parses,
//! never less. The walk of one object follows lopdf's rules for where a
//! value ends (`truetrue` is two values, `1 0 R` one) and stops where
//! lopdf's parse fails, after counting what lopdf made before failing.

use std::collections::HashMap;

use super::ArchiveError;
use crate::lang::t;

/// The most entries all the cross-reference tables may hold together: the
/// yearly plan's PDF has 2 332.
pub const MAX_XREF_ENTRIES: usize = 100_000;

/// The most object numbers whose entries may give one offset: `plan`'s PDFs
/// list each object once.
pub const MAX_NUMBERS_AT_ONE_PLACE: usize = 8;

/// The most values one array or dictionary may hold, keys counted: the
/// yearly plan's PDF has 1 607 in its largest.
pub const MAX_ELEMENTS: usize = 100_000;

/// The most values lopdf may parse in all, an array counting for
/// [`ARRAY_ROOM`] more: the yearly plan's PDF has about 95 000. lopdf holds
/// a value in 120 to 160 bytes: a million numbers, names, strings or empty
/// arrays took 122 to 154 MB and at most 1.3 s (release build).
pub const MAX_VALUES: usize = 1_000_000;

/// The most bytes of text lopdf may read into objects: 48 MiB, half as much
/// again as the largest PDF read ([`super::MAX_PDF_BYTES`]), whose objects,
/// each read once, come to less than its size.
pub const MAX_OBJECT_BYTES: usize = 48 * 1024 * 1024;

/// The values an array counts for besides itself: lopdf's parser (nom's
/// `many0`) makes room for four before the first, so `[]` takes 600 bytes
/// (900 000 of them took 545 MB).
const ARRAY_ROOM: usize = 4;

/// How deep lopdf nests literal strings inside a string
/// (`lopdf::reader::MAX_BRACKET`, not public): one level more fails.
const LOPDF_MAX_BRACKET: usize = 100;

/// Refuses the PDF `bytes` when lopdf would parse more than the limits
/// allow (see the module's documentation).
pub(super) fn check(bytes: &[u8]) -> Result<(), ArchiveError> {
    // lopdf reads from the header on, its offsets counted from there.
    let buffer = memchr::memmem::find(bytes, b"%PDF-").map_or(bytes, |at| &bytes[at..]);
    let listed = Listed::read(buffer)?;
    let mut budget = Budget::default();
    for &at in &listed.trailers {
        budget.add(&Walk::value_at(buffer, at)?, 1)?;
    }
    let mut by_id: Option<HashMap<(u32, u16), Vec<u32>>> = None;
    for group in listed.objects.chunk_by(|a, b| a.offset == b.offset) {
        let numbers = group.len();
        if numbers > MAX_NUMBERS_AT_ONE_PLACE {
            return Err(refused(
                format!(
                    "tệp PDF có hơn {MAX_NUMBERS_AT_ONE_PLACE} mục của bảng tham chiếu \
                     chéo trỏ vào cùng một chỗ"
                ),
                format!(
                    "the PDF has more than {MAX_NUMBERS_AT_ONE_PLACE} cross-reference \
                     entries pointing at one place"
                ),
            ));
        }
        let object = Walk::object_at(buffer, group[0].offset as usize)?;
        budget.add(&object, numbers)?;
        let Some(length) = object.length_reference else { continue };
        // lopdf parses the object the length refers to for each parse of
        // the stream.
        let by_id = by_id.get_or_insert_with(|| listed.by_id());
        for &offset in by_id.get(&length).into_iter().flatten() {
            let length = Walk::object_at(buffer, offset as usize)?;
            if !length.integer {
                return Err(refused(
                    "tệp PDF ghi độ dài của một luồng bằng tham chiếu tới thứ không phải \
                     một số",
                    "the PDF gives a stream's length as a reference to something other \
                     than a number",
                ));
            }
            budget.add(&length, numbers)?;
        }
    }
    Ok(())
}

/// The PDF is refused for `vi` / `en`.
fn refused(vi: impl Into<String>, en: impl Into<String>) -> ArchiveError {
    ArchiveError::Unsupported { what: t(vi.into(), en.into()) }
}

/// What lopdf would parse, summed over the objects.
#[derive(Debug, Default)]
struct Budget {
    /// Values, as [`MAX_VALUES`] counts them.
    values: usize,
    /// Bytes, as [`MAX_OBJECT_BYTES`] counts them.
    bytes: usize,
}

impl Budget {
    /// Adds `walked`, parsed `times` times.
    fn add(&mut self, walked: &Walked, times: usize) -> Result<(), ArchiveError> {
        self.values = self.values.saturating_add(walked.values.saturating_mul(times));
        self.bytes = self.bytes.saturating_add(walked.bytes.saturating_mul(times));
        if self.values > MAX_VALUES {
            return Err(refused(
                format!(
                    "tệp PDF có hơn {MAX_VALUES} giá trị phải đọc (số, tên, chuỗi …)"
                ),
                format!(
                    "the PDF holds more than {MAX_VALUES} values to read (numbers, names, \
                     strings …)"
                ),
            ));
        }
        if self.bytes > MAX_OBJECT_BYTES {
            let limit = crate::source::size_text(MAX_OBJECT_BYTES);
            return Err(refused(
                format!(
                    "các đối tượng của tệp PDF, đọc theo bảng tham chiếu chéo, dài hơn \
                     {limit}"
                ),
                format!(
                    "the PDF's objects, read as its cross-reference table lists them, come \
                     to more than {limit}"
                ),
            ));
        }
        Ok(())
    }
}

/// One object a cross-reference table lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Entry {
    /// Where lopdf parses it.
    offset: u32,
    /// Its number.
    number: u32,
    /// Its generation.
    generation: u16,
}

/// What the cross-reference tables list.
#[derive(Debug, Default)]
struct Listed {
    /// The objects in use, by offset then number, each pair once.
    objects: Vec<Entry>,
    /// Where each table's trailer dictionary starts.
    trailers: Vec<usize>,
}

impl Listed {
    /// The tables at every `xref` keyword of `buffer`.
    fn read(buffer: &[u8]) -> Result<Self, ArchiveError> {
        let mut listed = Listed::default();
        let mut entries = 0usize;
        for at in memchr::memmem::find_iter(buffer, b"xref") {
            if let Some(trailer) = table(buffer, at, &mut entries, &mut listed.objects)? {
                listed.trailers.push(trailer);
            }
        }
        // An object listed at the same offset under the same number (by two
        // tables, or twice in one) is parsed once.
        listed.objects.sort_unstable();
        listed.objects.dedup_by_key(|e| (e.offset, e.number));
        Ok(listed)
    }

    /// The offsets each object id is listed at.
    fn by_id(&self) -> HashMap<(u32, u16), Vec<u32>> {
        let mut by_id: HashMap<_, Vec<u32>> = HashMap::new();
        for entry in &self.objects {
            by_id.entry((entry.number, entry.generation)).or_default().push(entry.offset);
        }
        by_id
    }
}

/// Reads the cross-reference table at `at` as lopdf does (`xref`, an end of
/// line, then sections: a first number and a count, then entries
/// `0000000017 00000 n ` each ended by ` \r`, ` \n` or `\r\n`; lopdf reads
/// the entries that are there, whatever the count says), pushing the
/// entries in use into `objects` and counting every entry into `entries`.
/// Returns where the trailer's dictionary starts, when one follows.
fn table(
    buffer: &[u8],
    at: usize,
    entries: &mut usize,
    objects: &mut Vec<Entry>,
) -> Result<Option<usize>, ArchiveError> {
    let Some(mut at) = eol(buffer, at + b"xref".len()) else {
        return Ok(None);
    };
    let mut sections = 0;
    // A section's first line: `0 12`, maybe a space, an end of line.
    while let Some((first, after)) = uint::<u32>(buffer, at)
        .and_then(|(first, after)| {
            Some((first, after + usize::from(buffer.get(after)? == &b' ')))
        })
        .and_then(|(first, after)| Some((first, uint::<u32>(buffer, after)?.1)))
        .and_then(|(first, after)| {
            let after = after + usize::from(buffer.get(after) == Some(&b' '));
            Some((first, eol(buffer, after)?))
        })
    {
        sections += 1;
        at = after;
        let mut index = 0u32;
        while let Some((entry, after)) = xref_entry(buffer, at) {
            *entries += 1;
            if *entries > MAX_XREF_ENTRIES {
                return Err(refused(
                    format!(
                        "tệp PDF có hơn {MAX_XREF_ENTRIES} mục trong bảng tham chiếu chéo \
                         (xref)"
                    ),
                    format!(
                        "the PDF has more than {MAX_XREF_ENTRIES} cross-reference entries"
                    ),
                ));
            }
            if let Some((offset, generation)) = entry {
                objects.push(Entry {
                    offset,
                    number: first.wrapping_add(index),
                    generation,
                });
            }
            index = index.wrapping_add(1);
            at = after;
        }
    }
    if sections == 0 {
        return Ok(None);
    }
    let at = skip_space(buffer, at);
    Ok(buffer[at..].starts_with(b"trailer").then(|| skip_space(buffer, at + 7)))
}

/// One entry of a table at `at`: `Some((offset, generation))` when in use
/// (`n`, a generation lopdf keeps), and where the next starts.
fn xref_entry(buffer: &[u8], at: usize) -> Option<(Option<(u32, u16)>, usize)> {
    let (offset, at) = uint::<u32>(buffer, at)?;
    let at = expect(buffer, at, b" ")?;
    let (generation, at) = uint::<u32>(buffer, at)?;
    let at = expect(buffer, at, b" ")?;
    let used = match buffer.get(at)? {
        b'n' => true,
        b'f' => false,
        _ => return None,
    };
    let at = at + 1;
    let at =
        [&b" \r"[..], b" \n", b"\r\n"].iter().find_map(|end| expect(buffer, at, end))?;
    let used = used.then(|| Some((offset, u16::try_from(generation).ok()?))).flatten();
    Some((used, at))
}

/// The position after `word` when `buffer` has it at `at`.
fn expect(buffer: &[u8], at: usize, word: &[u8]) -> Option<usize> {
    buffer.get(at..)?.starts_with(word).then_some(at + word.len())
}

/// The position after the end of line at `at` (`\r\n`, `\n` or `\r`).
fn eol(buffer: &[u8], at: usize) -> Option<usize> {
    match buffer.get(at..)? {
        [b'\r', b'\n', ..] => Some(at + 2),
        [b'\r' | b'\n', ..] => Some(at + 1),
        _ => None,
    }
}

/// The unsigned number of type `N` at `at` (digits, as lopdf's
/// `unsigned_int`: one too large for `N` is no number) and where it ends.
fn uint<N: std::str::FromStr>(buffer: &[u8], at: usize) -> Option<(N, usize)> {
    let digits = buffer.get(at..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let text = std::str::from_utf8(&buffer[at..at + digits]).ok()?;
    if digits == 0 {
        return None;
    }
    Some((text.parse().ok()?, at + digits))
}

/// PDF white space, as lopdf reads it.
fn is_white(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

/// A byte of a name or a word: not white space, not a delimiter.
fn is_regular(byte: u8) -> bool {
    !is_white(byte)
        && !matches!(
            byte,
            b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
        )
}

/// Where the white space and comments at `at` end (lopdf's `space`: a
/// comment runs to an end of line; one without stops the space before it).
fn skip_space(buffer: &[u8], mut at: usize) -> usize {
    loop {
        match buffer.get(at) {
            Some(byte) if is_white(*byte) => at += 1,
            Some(b'%') => match memchr::memchr2(b'\r', b'\n', &buffer[at..]) {
                Some(end) => at += end,
                None => return at,
            },
            _ => return at,
        }
    }
}

/// What lopdf would make of one object.
#[derive(Debug, Default)]
struct Walked {
    /// The values it parses (the object itself counted).
    values: usize,
    /// The bytes it reads, and copies strings nested in strings again.
    bytes: usize,
    /// The object is a stream whose `/Length` is this reference.
    length_reference: Option<(u32, u16)>,
    /// The object is one integer.
    integer: bool,
}

/// An open array or dictionary.
#[derive(Debug)]
struct Open {
    /// A dictionary (else an array).
    dictionary: bool,
    /// The values it holds so far.
    elements: usize,
    /// In a dictionary: the next value is a key.
    key_next: bool,
}

/// What a top-level dictionary says of its stream's length.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Length {
    /// No `/Length`, or one that is not an integer or a reference.
    Unknown,
    /// `/Length 1234`.
    Direct(u64),
    /// `/Length 12 0 R`.
    Reference(u32, u16),
}

/// A walk through the values of one object, counting.
struct Walk<'a> {
    /// The PDF, from its header on.
    buffer: &'a [u8],
    /// Where the walk is.
    at: usize,
    /// The values walked.
    values: usize,
    /// Bytes copied again for strings nested in strings.
    copies: usize,
    /// The arrays and dictionaries open, the innermost last.
    open: Vec<Open>,
}

/// The kind of the first value walked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Top {
    /// Not read, or lopdf's parse failed.
    Failed,
    /// An integer.
    Integer,
    /// A dictionary, with what it says of a stream's length.
    Dictionary(Length),
    /// Anything else.
    Other,
}

impl<'a> Walk<'a> {
    /// The object lopdf parses at `offset` for a cross-reference entry: its
    /// header `12 0 obj`, a value, and a stream's data after a dictionary.
    fn object_at(buffer: &'a [u8], offset: usize) -> Result<Walked, ArchiveError> {
        let header = || {
            let at = skip_space(buffer, offset);
            let (_, at) = uint::<u32>(buffer, at)?;
            let at = skip_space(buffer, at);
            let (_, at) = uint::<u16>(buffer, at)?;
            let at = skip_space(buffer, at);
            Some(skip_space(buffer, expect(buffer, at, b"obj")?))
        };
        let Some(start) = header() else {
            return Ok(Walked { values: 1, ..Walked::default() });
        };
        let mut walk = Walk { buffer, at: start, values: 1, copies: 0, open: Vec::new() };
        let top = walk.value()?;
        let mut end = walk.at;
        let mut length_reference = None;
        if let Top::Dictionary(length) = top {
            match walk.stream_data() {
                Some(data) => match length {
                    Length::Direct(length) => {
                        let length = usize::try_from(length).unwrap_or(usize::MAX);
                        end = data.saturating_add(length).min(buffer.len());
                    }
                    Length::Reference(number, generation) => {
                        end = buffer.len();
                        length_reference = Some((number, generation));
                    }
                    Length::Unknown => end = data,
                },
                // lopdf tries a stream first, then parses the dictionary
                // again as a plain value.
                None => walk.values = walk.values.saturating_mul(2),
            }
        }
        Ok(Walked {
            values: walk.values,
            bytes: end.saturating_sub(offset).saturating_add(walk.copies),
            length_reference,
            integer: top == Top::Integer,
        })
    }

    /// The value lopdf parses at `at`, alone (a trailer's dictionary).
    fn value_at(buffer: &'a [u8], at: usize) -> Result<Walked, ArchiveError> {
        let mut walk = Walk { buffer, at, values: 0, copies: 0, open: Vec::new() };
        walk.value()?;
        let bytes = walk.at.saturating_sub(at).saturating_add(walk.copies);
        Ok(Walked { values: walk.values, bytes, ..Walked::default() })
    }

    /// After a dictionary: where a stream's data starts, when the
    /// `stream` keyword follows as lopdf reads it (white space, `stream`,
    /// spaces or tabs, an end of line).
    fn stream_data(&self) -> Option<usize> {
        let at = expect(self.buffer, skip_space(self.buffer, self.at), b"stream")?;
        let spaces =
            self.buffer[at..].iter().take_while(|b| matches!(b, b' ' | b'\t')).count();
        eol(self.buffer, at + spaces)
    }

    /// Walks one value and everything inside it, leaving `at` after it
    /// (or where lopdf's parse fails).
    fn value(&mut self) -> Result<Top, ArchiveError> {
        let mut top = Top::Failed;
        // In a top-level dictionary: the key just read is `/Length`, and
        // what the last `/Length` said (lopdf keeps the last of a key).
        let mut length_key = false;
        let mut length = Length::Unknown;
        let done = |top: Top, length: Length| match top {
            Top::Dictionary(_) => Top::Dictionary(length),
            other => other,
        };
        loop {
            self.at = skip_space(self.buffer, self.at);
            let rest = self.buffer.get(self.at..).unwrap_or_default();
            let Some(&byte) = rest.first() else { return Ok(Top::Failed) };
            // Closing brackets end a value; they are not one.
            let closes = match byte {
                b']' => Some(false),
                b'>' if rest.starts_with(b">>") => Some(true),
                _ => None,
            };
            if let Some(dictionary) = closes {
                let Some(open) = self.open.last() else { return Ok(Top::Failed) };
                if open.dictionary != dictionary || (dictionary && !open.key_next) {
                    return Ok(Top::Failed);
                }
                self.open.pop();
                self.at += if dictionary { 2 } else { 1 };
                if self.open.is_empty() {
                    return Ok(done(top, length));
                }
                continue;
            }
            // A value starts: it counts in the array or dictionary around it.
            let depth = self.open.len();
            let mut key = false;
            if let Some(open) = self.open.last_mut() {
                open.elements += 1;
                if open.elements > MAX_ELEMENTS {
                    return Err(refused(
                        format!(
                            "tệp PDF có một mảng hoặc từ điển hơn {MAX_ELEMENTS} phần tử"
                        ),
                        format!(
                            "the PDF has an array or dictionary of more than \
                             {MAX_ELEMENTS} elements"
                        ),
                    ));
                }
                if open.dictionary {
                    key = open.key_next;
                    open.key_next = !open.key_next;
                    if key && byte != b'/' {
                        return Ok(Top::Failed);
                    }
                }
            }
            let in_top_dictionary = depth == 1 && matches!(top, Top::Dictionary(_));
            // What this value would say as a stream's length.
            let (kind, as_length) = match byte {
                b'[' => {
                    self.at += 1;
                    self.values += ARRAY_ROOM;
                    self.open.push(Open {
                        dictionary: false,
                        elements: 0,
                        key_next: false,
                    });
                    (Top::Other, Length::Unknown)
                }
                b'<' if rest.starts_with(b"<<") => {
                    self.at += 2;
                    self.open.push(Open {
                        dictionary: true,
                        elements: 0,
                        key_next: true,
                    });
                    (Top::Dictionary(Length::Unknown), Length::Unknown)
                }
                b'<' => {
                    let digits = rest[1..]
                        .iter()
                        .take_while(|b| b.is_ascii_hexdigit() || is_white(**b))
                        .count();
                    if rest.get(1 + digits) != Some(&b'>') {
                        return Ok(Top::Failed);
                    }
                    self.at += digits + 2;
                    (Top::Other, Length::Unknown)
                }
                b'(' => {
                    if !self.string() {
                        return Ok(Top::Failed);
                    }
                    (Top::Other, Length::Unknown)
                }
                b'/' => {
                    let len = rest[1..].iter().take_while(|b| is_regular(**b)).count();
                    if in_top_dictionary && key {
                        length_key = decoded_is(&rest[1..1 + len], b"Length");
                    }
                    self.at += 1 + len;
                    (Top::Other, Length::Unknown)
                }
                _ => match self.word() {
                    Some(Word::Integer(n)) => (
                        Top::Integer,
                        u64::try_from(n).map_or(Length::Unknown, Length::Direct),
                    ),
                    Some(Word::Reference(number, generation)) => {
                        (Top::Other, Length::Reference(number, generation))
                    }
                    Some(Word::Other) => (Top::Other, Length::Unknown),
                    None => return Ok(Top::Failed),
                },
            };
            self.values += 1;
            if in_top_dictionary && !key && length_key {
                length = as_length;
            }
            if depth == 0 {
                top = kind;
            }
            if self.open.is_empty() {
                return Ok(done(top, length));
            }
        }
    }

    /// Walks the literal string at `at` (`(`), as lopdf reads one: `\`
    /// escapes the next byte, parentheses nest up to 100 levels inside it.
    /// Each byte inside nested parentheses is copied again for each level
    /// (lopdf builds each nested string, then copies it into the one
    /// around it), counted in `copies`. `false` where lopdf fails.
    fn string(&mut self) -> bool {
        let mut level = 0usize;
        while let Some(&byte) = self.buffer.get(self.at) {
            self.at += 1;
            match byte {
                b'\\' => self.at += 1,
                b'(' => {
                    level += 1;
                    if level > 1 + LOPDF_MAX_BRACKET {
                        return false;
                    }
                }
                b')' => {
                    level -= 1;
                    if level == 0 {
                        return true;
                    }
                }
                _ => {}
            }
            self.copies = self.copies.saturating_add(2 * level.saturating_sub(1));
        }
        false
    }

    /// Walks one value of the word at `at`, as lopdf's parse takes it:
    /// `null`, `true`, `false`, a reference `12 0 R`, a real `-1.5` or `.5`,
    /// an integer; `None` for anything else, where lopdf fails.
    fn word(&mut self) -> Option<Word> {
        let rest = self.buffer.get(self.at..).unwrap_or_default();
        for keyword in [&b"null"[..], b"true", b"false"] {
            if rest.starts_with(keyword) {
                self.at += keyword.len();
                return Some(Word::Other);
            }
        }
        if let Some((number, at)) = uint::<u32>(self.buffer, self.at) {
            let at = skip_space(self.buffer, at);
            if let Some((generation, at)) = uint::<u16>(self.buffer, at) {
                let at = skip_space(self.buffer, at);
                if let Some(at) = expect(self.buffer, at, b"R") {
                    self.at = at;
                    return Some(Word::Reference(number, generation));
                }
            }
        }
        let sign = usize::from(matches!(rest.first(), Some(b'+' | b'-')));
        let digits = |from: usize| {
            rest.get(from..)
                .map_or(0, |r| r.iter().take_while(|b| b.is_ascii_digit()).count())
        };
        let whole = digits(sign);
        if rest.get(sign + whole) == Some(&b'.') {
            let fraction = digits(sign + whole + 1);
            if whole + fraction == 0 {
                return None;
            }
            self.at += sign + whole + 1 + fraction;
            return Some(Word::Other);
        }
        if whole == 0 {
            return None;
        }
        let text = std::str::from_utf8(&rest[..sign + whole]).ok()?;
        self.at += sign + whole;
        // lopdf fails on an integer too large for 64 bits.
        text.parse().ok().map(Word::Integer)
    }
}

/// A value made of words.
enum Word {
    /// `-12`.
    Integer(i64),
    /// `12 0 R`.
    Reference(u32, u16),
    /// `null`, `true`, `false`, a real.
    Other,
}

/// Whether the raw name `raw` (after its `/`) is `name` once its `#XX`
/// escapes are decoded, without decoding more than `name` is long.
fn decoded_is(raw: &[u8], name: &[u8]) -> bool {
    let mut at = 0;
    for &expected in name {
        let byte = match raw.get(at) {
            Some(b'#') => {
                let hex =
                    raw.get(at + 1..at + 3).and_then(|h| std::str::from_utf8(h).ok());
                let Some(byte) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) else {
                    return false;
                };
                at += 3;
                byte
            }
            Some(byte) => {
                at += 1;
                *byte
            }
            None => return false,
        };
        if byte != expected {
            return false;
        }
    }
    at == raw.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What lopdf would make of the object at the start of `bytes`.
    fn walked(bytes: &[u8]) -> Walked {
        Walk::object_at(bytes, 0).expect("within the limits")
    }

    /// A PDF of `bodies`, objects 1, 2 …, listed by a table that lists as
    /// well, under the next numbers, the offsets `more` gives from the
    /// objects' offsets.
    fn pdf(bodies: &[&[u8]], more: impl Fn(&[usize]) -> Vec<usize>) -> Vec<u8> {
        let mut pdf = b"%PDF-1.7\n".to_vec();
        let mut offsets = Vec::new();
        for (i, body) in bodies.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
            pdf.extend_from_slice(body);
            pdf.extend_from_slice(b"\nendobj\n");
        }
        let extra = more(&offsets);
        offsets.extend(extra);
        let xref = pdf.len();
        pdf.extend_from_slice(
            format!("xref\n0 {}\n0000000000 65535 f \n", offsets.len() + 1).as_bytes(),
        );
        for offset in &offsets {
            pdf.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        pdf.extend_from_slice(
            format!(
                "trailer\n<< /Size {} >>\nstartxref\n{xref}\n%%EOF\n",
                offsets.len() + 1
            )
            .as_bytes(),
        );
        pdf
    }

    fn english(result: Result<(), ArchiveError>) -> String {
        match result {
            Err(ArchiveError::Unsupported { what }) => what.en,
            other => format!("{other:?}"),
        }
    }

    #[test]
    fn values_are_counted_as_lopdf_parses_them() {
        // The object itself, the array and the room it makes, three numbers.
        assert_eq!(walked(b"1 0 obj [1 2 3] endobj").values, 1 + 5 + 3);
        // A reference is one value; `truetrue` and `.5.5` are two each.
        assert_eq!(walked(b"1 0 obj [1 0 R truetrue .5.5] endobj").values, 1 + 5 + 5);
        // Strings, hex strings, names and comments.
        assert_eq!(walked(b"1 0 obj [(a(b)c\\)) <41 42> /N % ] [\n] endobj").values, 9);
        // A dictionary not followed by `stream` is parsed twice.
        assert_eq!(
            walked(b"1 0 obj << /A 1 /B [2] >> endobj").values,
            2 * (1 + 1 + 4 + 5)
        );
    }

    #[test]
    fn a_stream_counts_its_data() {
        let object = b"1 0 obj << /Length 5 >> stream\nhello\nendstream endobj";
        let walked = walked(object);
        assert_eq!(walked.values, 4);
        assert_eq!(walked.bytes, object.len() - b"\nendstream endobj".len());
        assert_eq!(walked.length_reference, None);
        // The last `/Length` counts, also written with escapes.
        let object = b"1 0 obj << /Length 1 /Len#67th 7 0 R >> stream\nhello\nendstream";
        let walked = Walk::object_at(object, 0).expect("walked");
        assert_eq!(walked.length_reference, Some((7, 0)));
        // A length given by reference may be copied up to the file's end.
        assert_eq!(walked.bytes, object.len());
    }

    #[test]
    fn a_walk_stops_where_lopdf_fails() {
        assert_eq!(walked(b"1 0 obj [1 2 ) 3 4 5 6 7] endobj").values, 1 + 5 + 2);
        assert_eq!(walked(b"1 0 obj << 1 2 3 4 >> endobj").values, 2);
        assert_eq!(walked(b"1 0 obj [\x80 1 2 3] endobj").values, 1 + 5);
        assert_eq!(walked(b"no object here [1 2 3]").values, 1);
        // Parentheses nest 100 levels inside a string, not 101.
        let nested =
            |n: usize| format!("1 0 obj [({}{}) 1 2]", "(".repeat(n), ")".repeat(n));
        assert_eq!(walked(nested(100).as_bytes()).values, 1 + 5 + 3);
        assert_eq!(walked(nested(101).as_bytes()).values, 1 + 5);
    }

    #[test]
    fn a_plain_pdf_passes() {
        let pdf = pdf(&[b"<< /Type /Catalog >>", b"[1 2 3]", b"42"], |_| Vec::new());
        assert_eq!(check(&pdf), Ok(()));
    }

    #[test]
    fn one_huge_array_or_dictionary_is_refused() {
        let array = |n: usize| format!("[{}]", "1 ".repeat(n));
        assert_eq!(
            check(&pdf(&[array(MAX_ELEMENTS).as_bytes()], |_| Vec::new())),
            Ok(())
        );
        let refused = check(&pdf(&[array(MAX_ELEMENTS + 1).as_bytes()], |_| Vec::new()));
        assert!(english(refused).contains("more than 100000 elements"));
        let dictionary = |n: usize| {
            let pairs: String = (0..n).map(|i| format!("/k{i} 1 ")).collect();
            format!("<<{pairs}>>")
        };
        let fits = dictionary(MAX_ELEMENTS / 2);
        assert_eq!(check(&pdf(&[fits.as_bytes()], |_| Vec::new())), Ok(()));
        let huge = dictionary(MAX_ELEMENTS / 2 + 1);
        let refused = check(&pdf(&[huge.as_bytes()], |_| Vec::new()));
        assert!(english(refused).contains("more than 100000 elements"));
    }

    #[test]
    fn many_entries_into_one_object_are_refused() {
        let at_one = |n: usize| pdf(&[b"[1 2 3]"], move |offsets| vec![offsets[0]; n]);
        assert_eq!(check(&at_one(MAX_NUMBERS_AT_ONE_PLACE - 1)), Ok(()));
        let refused = english(check(&at_one(MAX_NUMBERS_AT_ONE_PLACE)));
        assert!(refused.contains("more than 8 cross-reference entries pointing at one"));
        // Entries into the white space before one object each lead to it.
        let body = format!("({})", "x".repeat(64 * 1024));
        let spaces =
            pdf(&[body.as_bytes()], |offsets| (0..1000).map(|_| offsets[0]).collect());
        assert!(check(&spaces).is_err());
        let mut spaced = b"%PDF-1.7\n".to_vec();
        spaced.extend_from_slice(&[b' '; 1000]);
        let start = b"%PDF-1.7\n".len();
        let object = spaced.len();
        spaced.extend_from_slice(format!("1 0 obj {body} endobj\n").as_bytes());
        let xref = spaced.len();
        spaced.extend_from_slice(b"xref\n0 1001\n0000000000 65535 f \n");
        for offset in start..object {
            spaced.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
        }
        spaced.extend_from_slice(
            format!("trailer << >>\nstartxref\n{xref}\n%%EOF\n").as_bytes(),
        );
        assert!(english(check(&spaced)).contains("come to more than 48 MiB"));
    }

    #[test]
    fn too_many_entries_are_refused() {
        let numbers = vec![&b"1"[..]; MAX_XREF_ENTRIES];
        let refused = english(check(&pdf(&numbers, |_| Vec::new())));
        assert!(
            refused.contains("more than 100000 cross-reference entries"),
            "{refused}"
        );
        assert_eq!(check(&pdf(&numbers[1..], |_| Vec::new())), Ok(()));
    }

    #[test]
    fn too_many_values_in_all_are_refused() {
        let array = format!("[{}]", "1 ".repeat(MAX_ELEMENTS - 1));
        let arrays = |n: usize| pdf(&vec![array.as_bytes(); n], |_| Vec::new());
        assert_eq!(check(&arrays(9)), Ok(()));
        assert!(english(check(&arrays(11))).contains("more than 1000000 values"));
    }

    #[test]
    fn a_length_must_refer_to_a_number() {
        let stream = b"<< /Length 2 0 R >> stream\nhello\nendstream";
        assert_eq!(check(&pdf(&[stream, b"5"], |_| Vec::new())), Ok(()));
        let refused = english(check(&pdf(&[stream, b"[5]"], |_| Vec::new())));
        assert!(
            refused.contains("reference to something other than a number"),
            "{refused}"
        );
    }
}
