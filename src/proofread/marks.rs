//! The marks check: brackets and quotation marks that do not pair up
//! within a paragraph (`unbalanced_bracket`, `unbalanced_quote`), reported
//! at the mark; a list label such as "a)" is not a stray bracket.

use super::prose::Para;
use super::{Found, error, is_full, nowhere, range};

/// Brackets and quotation marks that do not pair up in `para`.
pub(super) fn marks(para: &Para, found: &mut Vec<Found>) {
    let mut parens = Vec::new();
    let mut brackets = Vec::new();
    let mut quotes = Vec::new();
    // „ opens a quotation closed by “ (German) or ” (Polish), as texts
    // quoting those languages write it.
    let mut low = Vec::new();
    let mut straight: Option<usize> = None;
    for (i, &(_, c)) in para.iter().enumerate() {
        if is_full(found) {
            return;
        }
        match c {
            '(' => parens.push(i),
            '[' => brackets.push(i),
            '„' => low.push(i),
            // A “ closes an open „ unless a ” closes it first: in „a “b” c“
            // and „câu “này” đóng, the inner “ opens.
            '“' if !low.is_empty() && next_quote(para, i) != Some('”') => {
                low.pop();
            }
            '“' => quotes.push(i),
            '"' => straight = if straight.is_some() { None } else { Some(i) },
            ')' if parens.pop().is_none() && !is_list_label(para, i) => {
                found.push(Found {
                    range: range(para, i, i + 1),
                    diagnostic: error::stray_bracket(nowhere(), '(', ')'),
                });
            }
            ']' if brackets.pop().is_none() => found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::stray_bracket(nowhere(), '[', ']'),
            }),
            '”' if quotes.pop().is_none() && low.pop().is_none() => found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::stray_quote(nowhere()),
            }),
            _ => {}
        }
    }
    for (open, close, list) in [('(', ')', parens), ('[', ']', brackets)] {
        for i in list {
            found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::unclosed_bracket(nowhere(), open, close),
            });
        }
    }
    for (open, close, list) in [('“', '”', quotes), ('„', '“', low)] {
        for i in list {
            found.push(Found {
                range: range(para, i, i + 1),
                diagnostic: error::unclosed_quote(nowhere(), open, close),
            });
        }
    }
    if let Some(i) = straight {
        found.push(Found {
            range: range(para, i, i + 1),
            diagnostic: error::unclosed_quote(nowhere(), '"', '"'),
        });
    }
}

/// The next quotation mark (“, ” or „) after `i` in `para`.
fn next_quote(para: &Para, i: usize) -> Option<char> {
    para.get(i + 1..)?.iter().map(|&(_, c)| c).find(|c| matches!(c, '“' | '”' | '„'))
}

/// Whether the `)` at `i` ends a list label such as "a)", "2)" or "IV)":
/// one letter, up to three digits or a Roman numeral, at the start of the
/// paragraph or after a space.
fn is_list_label(para: &Para, i: usize) -> bool {
    let mut k = i;
    while k > 0 && para[k - 1].1.is_alphanumeric() {
        k -= 1;
    }
    let label = &para[k..i];
    let fits = label.len() == 1
        || label.len() <= 3 && label.iter().all(|&(_, c)| c.is_ascii_digit())
        || label.len() <= 4 && label.iter().all(|&(_, c)| "IVXivx".contains(c));
    !label.is_empty() && fits && (k == 0 || para[k - 1].1.is_whitespace())
}
