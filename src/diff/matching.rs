//! Matching the entries of two lists by content, not by position.
//!
//! [`align`] pairs the entries of an old and a new list in four steps:
//!
//! 1. entries with equal keys, in order: the longest common subsequence of
//!    the keys (Myers' diff), so an inserted entry leaves the rest paired;
//! 2. entries with equal keys out of order (an entry moved up or down);
//! 3. the remaining entries by similarity: every old × new pair scoring at
//!    least the threshold is a candidate, and the best pairs are taken
//!    greedily (highest score first, then the pair nearest in position);
//! 4. the pairs that are out of order are marked moved: those outside the
//!    longest increasing run of new positions taken in old order.
//!
//! Unpaired old entries are removed, unpaired new entries added.
//! [`similarity`] is the word-level ratio `2 × common words / all words`
//! (the common words being the longest common subsequence of the two texts'
//! words), between 0 and 1.

use std::collections::{HashMap, VecDeque};

use similar::{Algorithm, DiffOp, capture_diff_slices, get_diff_ratio};

/// Above this many old × new pairs, step 3 is skipped: the lists are compared
/// by equal keys only (thousands of entries are not a plan's).
const MAX_CANDIDATE_PAIRS: usize = 40_000;

/// Above this many words × words, [`similarity`] is estimated from the
/// shared words instead of a diff.
const MAX_WORD_PRODUCT: usize = 4_000_000;

/// How the entries of two lists correspond.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Aligned {
    /// Paired entries, in old order.
    pub(crate) pairs: Vec<Pair>,
    /// Old entries with no partner, in order.
    pub(crate) removed: Vec<usize>,
    /// New entries with no partner, in order.
    pub(crate) added: Vec<usize>,
}

/// An old entry and its new partner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Pair {
    /// Index in the old list.
    pub(crate) old: usize,
    /// Index in the new list.
    pub(crate) new: usize,
    /// Whether the entry changed place relative to the other pairs.
    pub(crate) moved: bool,
}

/// Pairs `old` and `new` (see the module docs). `key` gives the text that
/// must be equal for step 1 and 2; `score` the similarity for step 3, where
/// pairs below `threshold` are not taken.
pub(crate) fn align<T>(
    old: &[T],
    new: &[T],
    key: impl Fn(&T) -> &str,
    score: impl Fn(&T, &T) -> f64,
    threshold: f64,
) -> Aligned {
    let old_keys: Vec<&str> = old.iter().map(&key).collect();
    let new_keys: Vec<&str> = new.iter().map(&key).collect();
    let mut old_partner: Vec<Option<usize>> = vec![None; old.len()];
    let mut new_taken = vec![false; new.len()];

    // 1. Equal keys, in order.
    for op in capture_diff_slices(Algorithm::Myers, &old_keys, &new_keys) {
        if let DiffOp::Equal { old_index, new_index, len } = op {
            for k in 0..len {
                old_partner[old_index + k] = Some(new_index + k);
                new_taken[new_index + k] = true;
            }
        }
    }

    // 2. Equal keys, out of order.
    let mut waiting: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (i, k) in old_keys.iter().enumerate() {
        if old_partner[i].is_none() {
            waiting.entry(k).or_default().push_back(i);
        }
    }
    for (j, k) in new_keys.iter().enumerate() {
        if new_taken[j] {
            continue;
        }
        if let Some(i) = waiting.get_mut(k).and_then(VecDeque::pop_front) {
            old_partner[i] = Some(j);
            new_taken[j] = true;
        }
    }

    // 3. The best similar pairs.
    let free_old: Vec<usize> =
        (0..old.len()).filter(|&i| old_partner[i].is_none()).collect();
    let free_new: Vec<usize> = (0..new.len()).filter(|&j| !new_taken[j]).collect();
    if free_old.len().saturating_mul(free_new.len()) <= MAX_CANDIDATE_PAIRS {
        let mut candidates: Vec<(f64, usize, usize)> = Vec::new();
        for &i in &free_old {
            for &j in &free_new {
                let s = score(&old[i], &new[j]);
                if s >= threshold {
                    candidates.push((s, i, j));
                }
            }
        }
        candidates.sort_by(|a, b| {
            b.0.total_cmp(&a.0)
                .then(a.1.abs_diff(a.2).cmp(&b.1.abs_diff(b.2)))
                .then(a.1.cmp(&b.1))
                .then(a.2.cmp(&b.2))
        });
        for (_, i, j) in candidates {
            if old_partner[i].is_none() && !new_taken[j] {
                old_partner[i] = Some(j);
                new_taken[j] = true;
            }
        }
    }

    // 4. Out-of-order pairs are moved.
    let mut pairs: Vec<Pair> = old_partner
        .iter()
        .enumerate()
        .filter_map(|(i, p)| p.map(|j| Pair { old: i, new: j, moved: false }))
        .collect();
    let news: Vec<usize> = pairs.iter().map(|p| p.new).collect();
    let in_order = longest_increasing(&news);
    for (index, pair) in pairs.iter_mut().enumerate() {
        pair.moved = !in_order[index];
    }
    Aligned {
        pairs,
        removed: (0..old.len()).filter(|&i| old_partner[i].is_none()).collect(),
        added: (0..new.len()).filter(|&j| !new_taken[j]).collect(),
    }
}

/// Marks the members of one longest strictly increasing subsequence of
/// `values` (patience sorting, O(n log n)); of equally long ones, the one
/// ending earliest.
fn longest_increasing(values: &[usize]) -> Vec<bool> {
    // tails[k]: index of the smallest tail of an increasing run of length k+1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; values.len()];
    for (i, &v) in values.iter().enumerate() {
        let at = tails.partition_point(|&t| values[t] < v);
        previous[i] = at.checked_sub(1).map(|k| tails[k]);
        if at == tails.len() {
            tails.push(i);
        } else {
            tails[at] = i;
        }
    }
    let mut member = vec![false; values.len()];
    let mut cursor = tails.last().copied();
    while let Some(i) = cursor {
        member[i] = true;
        cursor = previous[i];
    }
    member
}

/// The words of `text`, split at white space.
pub(crate) fn words(text: &str) -> Vec<&str> {
    text.split_whitespace().collect()
}

/// How alike two texts are, word by word: `2 × common / (words of a + words
/// of b)`, 1 for equal texts (and for two empty ones), 0 with no word in
/// common.
pub(crate) fn similarity(a: &str, b: &str) -> f64 {
    similarity_of_words(&words(a), &words(b), 0.0)
}

/// [`similarity`] when it may reach `floor`; otherwise a cheap upper bound
/// below `floor` (the words the texts share), without a diff.
pub(crate) fn similarity_above(a: &str, b: &str, floor: f64) -> f64 {
    similarity_of_words(&words(a), &words(b), floor)
}

/// The words of a text counted, made once for a text compared with many:
/// [`WordCounts::shared_bound`] is [`similarity_above`] with a floor no
/// text reaches, without splitting either text again.
#[derive(Debug, Clone)]
pub(crate) struct WordCounts<'a> {
    /// How many times each word occurs.
    counts: HashMap<&'a str, usize>,
    /// How many words there are in all.
    total: usize,
}

impl<'a> WordCounts<'a> {
    /// The words of `text`, split at white space, counted.
    pub(crate) fn of(text: &'a str) -> Self {
        let mut counts: HashMap<&str, usize> = HashMap::new();
        let mut total = 0;
        for word in text.split_whitespace() {
            *counts.entry(word).or_default() += 1;
            total += 1;
        }
        Self { counts, total }
    }

    /// `2 × shared words / all words` of the two texts, the shared words
    /// counted as multisets (1 for two empty texts): the bound
    /// [`similarity`] starts from, equal to `similarity_above(a, b,
    /// f64::INFINITY)`.
    pub(crate) fn shared_bound(&self, other: &Self) -> f64 {
        let total = self.total + other.total;
        if total == 0 {
            return 1.0;
        }
        let (small, large) = match self.counts.len() <= other.counts.len() {
            true => (&self.counts, &other.counts),
            false => (&other.counts, &self.counts),
        };
        let shared: usize = small
            .iter()
            .map(|(word, n)| large.get(word).map_or(0, |m| (*n).min(*m)))
            .sum();
        2.0 * shared as f64 / total as f64
    }
}

/// [`similarity_above`] of two lists of words.
fn similarity_of_words(a: &[&str], b: &[&str], floor: f64) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    // The shared words (as multisets) bound the common subsequence: a cheap
    // first look that also answers the hopeless and the huge cases.
    let mut counts: HashMap<&str, isize> = HashMap::new();
    for w in a {
        *counts.entry(w).or_default() += 1;
    }
    let mut shared = 0usize;
    for w in b {
        if let Some(c) = counts.get_mut(w)
            && *c > 0
        {
            *c -= 1;
            shared += 1;
        }
    }
    let bound = 2.0 * shared as f64 / total as f64;
    if shared == 0 || bound < floor || a.len().saturating_mul(b.len()) > MAX_WORD_PRODUCT
    {
        return bound;
    }
    let ops = capture_diff_slices(Algorithm::Myers, a, b);
    f64::from(get_diff_ratio(&ops, a.len(), b.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(old: &[&str], new: &[&str]) -> Aligned {
        align(old, new, |s| s, |a, b| similarity(a, b), 0.5)
    }

    fn pair(old: usize, new: usize, moved: bool) -> Pair {
        Pair { old, new, moved }
    }

    #[test]
    fn an_inserted_entry_is_one_addition() {
        let a = run(
            &["một hai ba", "bốn năm sáu", "bảy tám chín"],
            &["một hai ba", "hoàn toàn khác", "bốn năm sáu", "bảy tám chín"],
        );
        assert_eq!(
            a.pairs,
            vec![pair(0, 0, false), pair(1, 2, false), pair(2, 3, false)]
        );
        assert_eq!(a.added, vec![1]);
        assert!(a.removed.is_empty());
    }

    #[test]
    fn a_reworded_entry_pairs_with_its_old_self() {
        let a = run(
            &["Chỉ đạo đơn đốc tham gia thi chính luận", "Khác hẳn"],
            &["Chỉ đạo đôn đốc tham gia thi chính luận", "Khác hẳn"],
        );
        assert_eq!(a.pairs, vec![pair(0, 0, false), pair(1, 1, false)]);
        assert!(a.added.is_empty() && a.removed.is_empty());
    }

    #[test]
    fn a_moved_entry_is_moved_not_removed_and_added() {
        let a = run(&["a b", "c d", "e f", "g h"], &["c d", "e f", "g h", "a b"]);
        assert_eq!(a.pairs[0], pair(0, 3, true));
        assert!(a.pairs[1..].iter().all(|p| !p.moved));
        assert!(a.added.is_empty() && a.removed.is_empty());
    }

    #[test]
    fn dissimilar_entries_are_removed_and_added() {
        let a = run(&["một hai ba bốn"], &["năm sáu bảy tám"]);
        assert!(a.pairs.is_empty());
        assert_eq!((a.removed, a.added), (vec![0], vec![0]));
    }

    #[test]
    fn the_best_pair_wins() {
        // The second new entry is closer to the only old one.
        let a = run(
            &["Hội nghị BTV Đảng ủy vào ngày 28/5/2024."],
            &[
                "Hội nghị Đảng ủy mở rộng vào ngày 25/6/2024.",
                "Hội nghị BTV Đảng ủy vào ngày 25/6/2024.",
            ],
        );
        assert_eq!(a.pairs, vec![pair(0, 1, false)]);
        assert_eq!(a.added, vec![0]);
    }

    #[test]
    fn duplicates_pair_in_order() {
        let a = run(&["x", "x", "y"], &["x", "y", "x"]);
        assert_eq!(a.pairs.len(), 3);
        assert_eq!(a.pairs.iter().filter(|p| p.moved).count(), 1);
    }

    #[test]
    fn similarity_counts_common_words() {
        assert_eq!(similarity("", ""), 1.0);
        assert_eq!(similarity("a b", "a b"), 1.0);
        assert_eq!(similarity("a b", "c d"), 0.0);
        assert_eq!(similarity("a b c d", "a b x y"), 0.5);
        assert!(similarity("a b", "") == 0.0);
        // Below the floor, the bound: 2 shared of 8 words, though out of order.
        assert_eq!(similarity_above("a b c d", "d c x y", 0.6), 0.5);
        assert_eq!(similarity_above("a b c d", "d c x y", 0.0), 0.25);
    }

    #[test]
    fn counted_words_give_the_shared_word_bound() {
        let texts = [
            "",
            "a",
            "a b c d",
            "d c x y",
            "a a a b",
            "b a  a\tc a",
            "Công tác tổ chức hội nghị tổ chức",
            "hội nghị  công tác",
        ];
        for a in texts {
            for b in texts {
                let counted = WordCounts::of(a).shared_bound(&WordCounts::of(b));
                assert_eq!(counted, similarity_above(a, b, f64::INFINITY), "{a:?} {b:?}");
            }
        }
        assert_eq!(
            WordCounts::of("a a a b").shared_bound(&WordCounts::of("b a a c")),
            0.75
        );
    }

    #[test]
    fn longest_increasing_marks_one_run() {
        assert_eq!(longest_increasing(&[3, 0, 1, 2]), vec![false, true, true, true]);
        assert_eq!(longest_increasing(&[]), Vec::<bool>::new());
        assert_eq!(longest_increasing(&[0, 1]), vec![true, true]);
    }
}
