//! Word-level differences inside one changed text.
//!
//! The two texts are split at white space and compared word by word (Myers'
//! diff); a single unchanged word between two changes is folded into them,
//! so "[-a-]{+b+} và [-c-]{+d+}" reads "[-a và c-]{+b và d+}". Long unchanged
//! stretches can be shortened to their ends ([`elide`]).

use similar::{Algorithm, DiffOp, capture_diff_slices};

use super::matching::words;

/// A stretch of a word diff.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Piece {
    /// Words both texts have.
    Same(Vec<String>),
    /// Words of the old text replaced by words of the new (either may be
    /// empty, not both).
    Change {
        /// Removed words.
        old: Vec<String>,
        /// Added words.
        new: Vec<String>,
    },
    /// Unchanged words left out ("…").
    Elided,
}

/// The word diff of `old` and `new`.
pub(crate) fn diff(old: &str, new: &str) -> Vec<Piece> {
    let (a, b) = (words(old), words(new));
    let owned = |ws: &[&str]| ws.iter().map(|w| (*w).to_owned()).collect::<Vec<_>>();
    let mut pieces: Vec<Piece> = Vec::new();
    for op in capture_diff_slices(Algorithm::Myers, &a, &b) {
        let piece = match op {
            DiffOp::Equal { old_index, len, .. } => {
                Piece::Same(owned(&a[old_index..old_index + len]))
            }
            DiffOp::Delete { old_index, old_len, .. } => Piece::Change {
                old: owned(&a[old_index..old_index + old_len]),
                new: vec![],
            },
            DiffOp::Insert { new_index, new_len, .. } => Piece::Change {
                old: vec![],
                new: owned(&b[new_index..new_index + new_len]),
            },
            DiffOp::Replace { old_index, old_len, new_index, new_len } => Piece::Change {
                old: owned(&a[old_index..old_index + old_len]),
                new: owned(&b[new_index..new_index + new_len]),
            },
        };
        push(&mut pieces, piece);
    }
    fold_single_words(pieces)
}

/// Appends `piece`, joining it to the last one when of the same kind.
fn push(pieces: &mut Vec<Piece>, piece: Piece) {
    match (pieces.last_mut(), piece) {
        (Some(Piece::Same(last)), Piece::Same(more)) => last.extend(more),
        (Some(Piece::Change { old, new }), Piece::Change { old: o, new: n }) => {
            old.extend(o);
            new.extend(n);
        }
        (_, piece) => pieces.push(piece),
    }
}

/// Folds each one-word [`Piece::Same`] between two changes into them.
fn fold_single_words(pieces: Vec<Piece>) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let mut rest = pieces.into_iter().peekable();
    while let Some(piece) = rest.next() {
        let between = matches!(out.last(), Some(Piece::Change { .. }))
            && matches!(rest.peek(), Some(Piece::Change { .. }));
        match piece {
            Piece::Same(words) if words.len() == 1 && between => {
                push(&mut out, Piece::Change { old: words.clone(), new: words });
            }
            piece => push(&mut out, piece),
        }
    }
    out
}

/// Shortens unchanged stretches to `context` words beside each change:
/// longer ones become [`Piece::Elided`].
pub(crate) fn elide(pieces: Vec<Piece>, context: usize) -> Vec<Piece> {
    let count = pieces.len();
    let mut out = Vec::with_capacity(count);
    for (index, piece) in pieces.into_iter().enumerate() {
        let Piece::Same(words) = piece else {
            out.push(piece);
            continue;
        };
        let (first, last) = (index == 0, index + 1 == count);
        let keep_head = if first { 0 } else { context };
        let keep_tail = if last { 0 } else { context };
        if words.len() <= keep_head + keep_tail + 1 || (first && last) {
            out.push(Piece::Same(words));
            continue;
        }
        if keep_head > 0 {
            out.push(Piece::Same(words[..keep_head].to_vec()));
        }
        out.push(Piece::Elided);
        if keep_tail > 0 {
            out.push(Piece::Same(words[words.len() - keep_tail..].to_vec()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(ws: &str) -> Piece {
        Piece::Same(words(ws).into_iter().map(str::to_owned).collect())
    }

    fn change(old: &str, new: &str) -> Piece {
        Piece::Change {
            old: words(old).into_iter().map(str::to_owned).collect(),
            new: words(new).into_iter().map(str::to_owned).collect(),
        }
    }

    #[test]
    fn one_word_replaced() {
        assert_eq!(
            diff("Chỉ đạo đơn đốc tham gia", "Chỉ đạo đôn đốc tham gia"),
            vec![same("Chỉ đạo"), change("đơn", "đôn"), same("đốc tham gia"),]
        );
    }

    #[test]
    fn insertion_and_deletion() {
        assert_eq!(
            diff("a b c d", "a x b c"),
            vec![same("a"), change("", "x"), same("b c"), change("d", "")]
        );
    }

    #[test]
    fn a_lone_common_word_between_changes_is_folded() {
        assert_eq!(
            diff("p a và c q", "p b và d q"),
            vec![same("p"), change("a và c", "b và d"), same("q"),]
        );
    }

    #[test]
    fn equal_texts_are_one_piece() {
        assert_eq!(diff("a  b\nc", "a b c"), vec![same("a b c")]);
        assert_eq!(diff("", ""), Vec::<Piece>::new());
    }

    #[test]
    fn elide_keeps_context_around_changes() {
        let pieces = vec![same("1 2 3 4 5 6"), change("a", "b"), same("7 8 9 10 11 12")];
        assert_eq!(
            elide(pieces, 2),
            vec![
                Piece::Elided,
                same("5 6"),
                change("a", "b"),
                same("7 8"),
                Piece::Elided,
            ]
        );
        let middle = vec![change("a", "b"), same("1 2 3 4 5 6 7"), change("c", "d")];
        assert_eq!(
            elide(middle, 2),
            vec![
                change("a", "b"),
                same("1 2"),
                Piece::Elided,
                same("6 7"),
                change("c", "d"),
            ]
        );
        let short = vec![change("a", "b"), same("1 2 3 4 5"), change("c", "d")];
        assert_eq!(elide(short.clone(), 2), short);
    }
}
