//! The curated list of common misspellings (`misspellings.txt`, kept as
//! data): "đơn đốc" → "đôn đốc", "lần chiếm" → "lấn chiếm" … A match is
//! whole words, any case, separated by spaces only. An entry may end with
//! `| not after: giám`: the words after which its wrong form is part of a
//! correct phrase ("giám sát nhập khẩu" holds "sát nhập").

use std::collections::HashMap;
use std::sync::OnceLock;

/// The list as shipped.
const DATA: &str = include_str!("misspellings.txt");

/// One entry: the wrong words, lower case, and the right spelling.
#[derive(Debug)]
pub(crate) struct Entry {
    /// "đơn", "đốc".
    pub(crate) wrong: Vec<&'static str>,
    /// "đôn đốc".
    pub(crate) right: &'static str,
    /// The words (lower case) after which the wrong form is no mistake:
    /// "giám" for "sát nhập".
    pub(crate) not_after: Vec<&'static str>,
}

/// Every entry, and the entries by their first word.
pub(crate) struct List {
    /// In file order.
    pub(crate) entries: Vec<Entry>,
    by_first: HashMap<&'static str, Vec<usize>>,
}

/// The list, parsed once.
pub(crate) fn list() -> &'static List {
    static LIST: OnceLock<List> = OnceLock::new();
    LIST.get_or_init(|| {
        let mut entries = Vec::new();
        let mut by_first: HashMap<&str, Vec<usize>> = HashMap::new();
        for line in DATA.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((wrong, right)) = line.split_once("->") else { continue };
            let (right, not_after) = match right.split_once("| not after:") {
                Some((right, words)) => {
                    (right, words.split(',').map(str::trim).collect())
                }
                None => (right, Vec::new()),
            };
            let wrong: Vec<&str> = wrong.split_whitespace().collect();
            let Some(first) = wrong.first() else { continue };
            by_first.entry(*first).or_default().push(entries.len());
            entries.push(Entry { wrong, right: right.trim(), not_after });
        }
        List { entries, by_first }
    })
}

impl List {
    /// The entry matching `words` from its start (lower case words; `joined`
    /// says whether each word follows the one before it after spaces only),
    /// unless `before`, the word right before them, is one after which the
    /// entry is no mistake.
    pub(crate) fn find(
        &self,
        before: Option<&str>,
        words: &[String],
        joined: &[bool],
    ) -> Option<&Entry> {
        let first = words.first()?;
        let candidates = self.by_first.get(first.as_str())?;
        candidates.iter().map(|&i| &self.entries[i]).find(|e| {
            e.wrong.len() <= words.len()
                && e.wrong.iter().zip(words).all(|(w, word)| *w == word.as_str())
                && joined[1..e.wrong.len()].iter().all(|j| *j)
                && !before.is_some_and(|b| e.not_after.contains(&b))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::list;

    #[test]
    fn the_list_is_read_whole() {
        let lines = super::DATA
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .count();
        assert_eq!(list().entries.len(), lines);
        assert!(lines >= 25, "{lines}");
        for e in &list().entries {
            assert_ne!(e.wrong.join(" "), e.right);
            assert!(e.wrong.len() >= 2, "{:?}", e.wrong);
            assert!(!e.right.contains('|'), "{:?}", e.right);
            assert!(e.not_after.iter().all(|w| !w.is_empty() && !w.contains(' ')));
        }
    }
}
