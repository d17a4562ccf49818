//! How deep lopdf could nest arrays and dictionaries while parsing a PDF,
//! wherever it starts to parse.
//!
//! lopdf parses arrays, dictionaries and literal strings recursively: a few
//! hundred levels overflow the stack of the thread it parses on (an abort,
//! not an error). It parses an object wherever the cross-reference table
//! says one starts, and that may be anywhere: inside what a reading from the
//! file's first byte takes for a literal string, a comment, a hex string or
//! a stream's data. So no single reading of the bytes tells how deep lopdf
//! goes. [`deepest`] follows every reading at once: one started at each
//! byte, each through the PDF's lexical rules as lopdf applies them
//! (`lopdf::parser`): literal strings `( … )` with `\` escapes and balanced
//! parentheses, hex strings `< … >` of hex digits and white space, comments
//! `% …` to the end of the line, names `/…`, and the other words (numbers,
//! `true`, `null`, `R`, `obj` …). A reading that meets a byte lopdf would
//! refuse there (a `)` outside a string, a byte of 128 or more outside a
//! name or a string, a lone `>`) ends, as lopdf's parse fails. Readings in
//! the same state at the same byte go on alike, so only the deepest of each
//! state is kept: one pass, a handful of numbers a byte.
//!
//! It overestimates, never underestimates: the words are not checked
//! (`12abc` passes), keys and values of a dictionary are not told apart, and
//! a `]` at the outermost level only stops at 0. Compressed data rarely
//! holds a long reading (most of its bytes end one), so `plan`'s own PDFs
//! measure a few levels.

use std::collections::VecDeque;

/// How deep literal strings nest in a reading before it ends: lopdf ends at
/// 101 (`lopdf::reader::MAX_BRACKET`, 100 levels inside the outer string);
/// a larger number only keeps more readings.
const MAX_STRING_NESTING: usize = 128;

/// The deepest any reading of `bytes` nests arrays and dictionaries, or
/// `limit + 1` as soon as one passes `limit`.
///
/// Only readings inside an array or dictionary are kept: one back at the
/// outermost level goes on no deeper than a reading started afresh at its
/// next `[` or `<<` (both are then in the same state), so one is started
/// at each of those, and bytes where no reading is kept are skipped.
pub(super) fn deepest(bytes: &[u8], limit: u32) -> u32 {
    let mut readings = Readings::default();
    let mut at = 0;
    while at < bytes.len() {
        if readings.is_empty() {
            // Nothing nests until the next `[` or `<`.
            match memchr::memchr2(b'[', b'<', &bytes[at..]) {
                Some(skip) => at += skip,
                None => break,
            }
        }
        let byte = bytes[at];
        readings.step(byte);
        // A reading started at this byte.
        if byte == b'[' || (byte == b'<' && at > 0 && bytes[at - 1] == b'<') {
            readings.open(0);
        }
        if readings.max_depth > limit {
            return limit + 1;
        }
        at += 1;
    }
    readings.max_depth
}

/// The deepest nesting of the readings in each lexical state at one byte
/// (0: no reading is in that state; a kept reading is at least 1 deep).
#[derive(Debug, Default)]
struct Readings {
    /// Outside strings, by [`State`].
    states: [u32; State::ALL.len()],
    /// In literal strings, by how deep their parentheses are: the first is
    /// one level inside `(`.
    strings: VecDeque<u32>,
    /// The byte before was a `\` read inside the strings.
    escape: bool,
    /// The deepest nesting reached.
    max_depth: u32,
}

/// PDF white space (ISO 32000-1 §7.2.2, as lopdf reads it).
fn is_white(byte: u8) -> bool {
    matches!(byte, b' ' | b'\t' | b'\n' | b'\r' | b'\0' | b'\x0C')
}

/// A PDF delimiter.
fn is_delimiter(byte: u8) -> bool {
    matches!(byte, b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%')
}

/// A byte of a word other than a name: `12`, `-3.5`, `true`, `R`, `obj`.
fn is_word(byte: u8) -> bool {
    byte.is_ascii_alphanumeric() || matches!(byte, b'+' | b'-' | b'.')
}

impl Readings {
    /// Whether no reading is kept.
    fn is_empty(&self) -> bool {
        self.strings.is_empty() && self.states == [0; State::ALL.len()]
    }

    /// Every reading reads `byte`.
    fn step(&mut self, byte: u8) {
        let now = std::mem::take(&mut self.states);
        // Readings that enter a string at this byte.
        let mut opened = 0;
        for (state, depth) in State::ALL.into_iter().zip(now) {
            if depth > 0 {
                self.code(state, depth, byte, &mut opened);
            }
        }
        let escape = std::mem::take(&mut self.escape);
        self.in_strings(escape, byte, opened);
    }

    /// Keeps a reading in `state` at `depth`, unless it is back at the
    /// outermost level.
    fn keep(&mut self, state: State, depth: u32) {
        let slot = &mut self.states[state as usize];
        *slot = (*slot).max(depth);
    }

    /// A reading in `state` at nesting `depth` reads `byte` outside strings.
    fn code(&mut self, state: State, depth: u32, byte: u8, opened: &mut u32) {
        match state {
            State::Name if !is_white(byte) && !is_delimiter(byte) => {
                self.keep(State::Name, depth);
            }
            State::Word if is_word(byte) => self.keep(State::Word, depth),
            // Another byte that is neither white space nor a delimiter ends
            // the reading (lopdf has no such token).
            State::Word if !is_white(byte) && !is_delimiter(byte) => {}
            State::Comment if byte == b'\n' || byte == b'\r' => {
                self.keep(State::Between, depth);
            }
            State::Comment => self.keep(State::Comment, depth),
            State::Less if byte == b'<' => self.open(depth),
            State::Less | State::Hex => {
                if byte.is_ascii_hexdigit() || is_white(byte) {
                    self.keep(State::Hex, depth);
                } else if byte == b'>' {
                    self.keep(State::Between, depth);
                }
            }
            State::Greater => {
                if byte == b'>' {
                    self.keep(State::Between, depth.saturating_sub(1));
                }
            }
            State::Between | State::Name | State::Word => match byte {
                b'[' => self.open(depth),
                b']' => self.keep(State::Between, depth.saturating_sub(1)),
                b'<' => self.keep(State::Less, depth),
                b'>' => self.keep(State::Greater, depth),
                b'(' => *opened = (*opened).max(depth),
                b'%' => self.keep(State::Comment, depth),
                b'/' => self.keep(State::Name, depth),
                _ if is_white(byte) => self.keep(State::Between, depth),
                _ if is_word(byte) => self.keep(State::Word, depth),
                // `)`, `{`, `}`, `\`, a control character, a byte of 128 or
                // more: lopdf's parse fails here.
                _ => {}
            },
        }
    }

    /// An array or dictionary opens in a reading at `depth`.
    fn open(&mut self, depth: u32) {
        let depth = depth + 1;
        self.max_depth = self.max_depth.max(depth);
        self.keep(State::Between, depth);
    }

    /// The readings inside strings read `byte` (after a `\` when `escape`);
    /// `opened` is the nesting of the readings that open a string at it.
    fn in_strings(&mut self, escape: bool, byte: u8, opened: u32) {
        match byte {
            // The byte is escaped in the strings; a `(` still opens one for
            // the readings outside.
            _ if escape && opened > 0 => match self.strings.front_mut() {
                Some(first) => *first = (*first).max(opened),
                None => self.strings.push_front(opened),
            },
            _ if escape => {}
            b'\\' => self.escape = !self.strings.is_empty(),
            b'(' => {
                self.strings.push_front(opened);
                self.strings.truncate(MAX_STRING_NESTING);
            }
            b')' => {
                if let Some(closed) = self.strings.pop_front() {
                    self.keep(State::Between, closed);
                }
            }
            _ => {}
        }
        while self.strings.back() == Some(&0) {
            self.strings.pop_back();
        }
    }
}

/// A lexical state outside strings.
#[derive(Debug, Clone, Copy)]
enum State {
    /// Between tokens, where an object, a `]` or a `>>` may come.
    Between,
    /// In a name, after its `/`.
    Name,
    /// In another word: a number, `true`, `R`, `obj` …
    Word,
    /// In a comment, after its `%`.
    Comment,
    /// Just after a `<`: a dictionary's `<<` or a hex string.
    Less,
    /// Just after a `>` between tokens: only `>>` may follow.
    Greater,
    /// In a hex string.
    Hex,
}

impl State {
    /// Every state, in the order of their numbers.
    const ALL: [State; 7] = [
        State::Between,
        State::Name,
        State::Word,
        State::Comment,
        State::Less,
        State::Greater,
        State::Hex,
    ];
}

#[cfg(test)]
mod tests {
    use super::*;

    fn depth(bytes: &[u8]) -> u32 {
        deepest(bytes, 1000)
    }

    #[test]
    fn arrays_and_dictionaries_count() {
        assert_eq!(depth(b"1 0 obj << /A [1 [2] << /B 3 >>] >> endobj"), 3);
        assert_eq!(depth(b"[[[]]] [[]]"), 3);
    }

    #[test]
    fn what_lopdf_refuses_ends_a_reading() {
        // A byte of 128 between `[`s: lopdf fails there.
        assert_eq!(depth(b"[[\x80[[\x80[["), 2);
        // A lone `>` ends it too; `>>` closes.
        assert_eq!(depth(b"[[>[[>[["), 2);
        assert_eq!(depth(b"<<<<>><<"), 2);
    }

    #[test]
    fn strings_hide_brackets_from_a_reading_from_outside_but_not_from_one_inside() {
        // Read from the start, the brackets are text; read from inside the
        // string (as a cross-reference entry may ask), they nest.
        assert_eq!(depth(b"(x [[[[ y)"), 4);
        // Escaped and balanced parentheses keep the string open, so the
        // `]` inside do not close anything for the reading from outside.
        assert_eq!(depth(b"[[ (a\\) (b) ]]]] c) [["), 4);
        // Bytes of 128 and more inside strings and names do not end a
        // reading.
        assert_eq!(depth(b"[(\x80)[(\x80)[/\x80[/\x81["), 5);
    }

    #[test]
    fn comments_and_hex_strings_follow_the_rules() {
        // The comment hides the `]` from the reading from outside; one
        // started inside it counts its brackets.
        assert_eq!(depth(b"[[ % ]]]]\n[["), 4);
        assert_eq!(depth(b"% [[[[\n[["), 6);
        assert_eq!(depth(b"[<41 42>[<43>[<>["), 4);
        // A hex string ends at a byte that is not a hex digit.
        assert_eq!(depth(b"[<4x>[[["), 3);
    }

    #[test]
    fn deep_strings_end_as_lopdfs() {
        let parens = "(".repeat(MAX_STRING_NESTING + 10);
        assert_eq!(depth(format!("{parens}[[").as_bytes()), 2);
    }

    #[test]
    fn the_limit_stops_early() {
        assert_eq!(deepest(&b"[".repeat(100_000), 64), 65);
    }
}
