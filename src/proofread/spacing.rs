//! The spacing checks: `double_space`, `space_before_punctuation`,
//! `missing_space_after_punctuation` and `repeated_word` (a word written
//! twice, except the words doubled on purpose and a word followed by the
//! same word starting a name: "giao ban Ban Giám đốc").

use super::prose::{self, Para, Word};
use super::{Found, error, is_full, nowhere, range};

/// Words not reported as repeated: doubled on purpose ("người người", "nhà
/// nhà"), or ending one compound and starting the next ("ý kiến kiến nghị",
/// "học sinh sinh viên", "tài chính chính sách").
const DOUBLED: [&str; 22] = [
    "người", "nhà", "ngày", "đời", "ai", "đâu", "lớp", "năm", "tháng", "từng", "kiến",
    "sinh", "chính", "hiện", "lý", "thể", "dân", "động", "lực", "viên", "hội", "trị",
];

/// Doubled spaces, spaces before punctuation, missing spaces after it,
/// and a word written twice. Inside an address (`in_address`, one flag
/// per character of `para`), punctuation is not spacing.
pub(super) fn spacing(
    para: &Para,
    words: &[Word],
    in_address: &[bool],
    found: &mut Vec<Found>,
) {
    let n = para.len();
    let mut i = 0;
    while i < n && !is_full(found) {
        let c = para[i].1;
        if c == ' ' {
            let mut j = i;
            while j < n && para[j].1 == ' ' {
                j += 1;
            }
            let next = para.get(j).map(|&(_, c)| c);
            if j - i >= 2 && i > 0 && next.is_some() {
                found.push(Found {
                    range: range(para, i, j),
                    diagnostic: error::double_space(nowhere(), j - i),
                });
            }
            if let Some(mark) = next
                && i > 0
                && ",.;:?!)".contains(mark)
                && !para[i - 1].1.is_whitespace()
            {
                let after = para.get(j + 1).map(|&(_, c)| c);
                let ellipsis_or_decimal =
                    mark == '.' && after.is_some_and(|a| a == '.' || a.is_alphanumeric());
                if !ellipsis_or_decimal && !in_address[j] {
                    found.push(Found {
                        range: range(para, i, j + 1),
                        diagnostic: error::space_before_punctuation(nowhere(), mark),
                    });
                }
            }
            i = j;
            continue;
        }
        if ",;:".contains(c)
            && i > 0
            && !in_address[i]
            && para
                .get(i + 1)
                .is_some_and(|&(_, a)| a.is_alphabetic() || a == '“' || a == '(')
        {
            found.push(Found {
                range: range(para, i, i + 2),
                diagnostic: error::missing_space_after_punctuation(nowhere(), c),
            });
        }
        i += 1;
    }
    for pair in words.windows(2) {
        if is_full(found) {
            return;
        }
        let (a, b) = (pair[0], pair[1]);
        if !para[a.end..b.start].iter().all(|&(_, c)| c == ' ') {
            continue;
        }
        // Compared letter by letter first: most pairs differ, and differ
        // early, with nothing to allocate.
        let letters = |w: Word| para[w.start..w.end].iter().map(|&(_, c)| c);
        if !letters(a).any(char::is_alphabetic)
            || !letters(a)
                .flat_map(char::to_lowercase)
                .eq(letters(b).flat_map(char::to_lowercase))
        {
            continue;
        }
        // "giao ban Ban Giám đốc", "đại hội Hội Nông dân": the capital
        // starts the name of a body, which the same word runs into.
        let capital = |w: Word| para[w.start].1.is_uppercase();
        if capital(b) && !capital(a) {
            continue;
        }
        let first = prose::text(para, a);
        let lower = first.to_lowercase();
        if !DOUBLED.contains(&lower.as_str()) {
            found.push(Found {
                range: range(para, a.start, b.end),
                diagnostic: error::repeated_word(nowhere(), &first),
            });
        }
    }
}
