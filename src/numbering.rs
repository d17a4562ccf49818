//! Section numbers and heading looks (`plan-format.md`, "Numbering",
//! "Headings"): which pattern each of the four levels uses, what a section's
//! number prints ("II.", "2.1-", "đ)", "- "), and how its heading looks.
//!
//! Pure functions over the resolved patterns; `compose` places the strings,
//! `diff` names sections by them. The patterns themselves are read by `load`.

use crate::model::{Look, NumberingLevel, Pattern, RuleSetId, Style};
use crate::vi;

/// How many levels sections nest (`plan-format.md`, "Sections: four levels"): a
/// fifth is `section_depth`.
pub(crate) const LEVELS: usize = 4;

/// One level's pattern and the look of its headings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Level {
    /// The number pattern.
    pub pattern: Pattern,
    /// How the heading prints.
    pub look: Look,
}

/// The patterns of the four levels, defaults filled in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Numbering {
    /// Level 1 first.
    pub levels: [Level; LEVELS],
}

impl Numbering {
    /// The numbering of a plan of `rules` with `written` (the `numbering`
    /// entries, possibly fewer than four): the entries given, the rule set's
    /// defaults for the levels left out, each look the entry's or its
    /// pattern's.
    pub fn new(rules: RuleSetId, style: Style, written: &[NumberingLevel]) -> Self {
        let defaults = default_patterns(rules);
        let levels = std::array::from_fn(|i| match written.get(i) {
            Some(entry) => Level {
                pattern: entry.pattern.value,
                look: entry
                    .look
                    .as_ref()
                    .map_or(default_look(entry.pattern.value, style), |l| l.value),
            },
            None => {
                Level { pattern: defaults[i], look: default_look(defaults[i], style) }
            }
        });
        Self { levels }
    }

    /// The level `depth` (0 for top-level sections); the deepest one past it.
    pub fn level(&self, depth: usize) -> Level {
        self.levels[depth.min(LEVELS - 1)]
    }
}

/// The rule set's patterns (`plan-format.md`, "Numbering"): HD 36
/// `[1-, 1.1-, a), -]` (`format-rules.md` §1.4 [P]: the May 2024 program's
/// "1-", "2.1-"), HD 05 `[1., 1.1., a), -]` (§1.5 [P*]: Arabic levels take
/// a period), NĐ 30 `[I., 1., a), -]` (§2.4 [R], documents without
/// articles: "I. NHỮNG KẾT QUẢ …", then "1.").
pub(crate) fn default_patterns(rules: RuleSetId) -> [Pattern; LEVELS] {
    match rules {
        RuleSetId::Hd36 => [
            Pattern::Arabic('-'),
            Pattern::Nested('-'),
            Pattern::Letter(')'),
            Pattern::Mark('-'),
        ],
        RuleSetId::Hd05 => [
            Pattern::Arabic('.'),
            Pattern::Nested('.'),
            Pattern::Letter(')'),
            Pattern::Mark('-'),
        ],
        RuleSetId::Nd30 => [
            Pattern::Roman('.'),
            Pattern::Arabic('.'),
            Pattern::Letter(')'),
            Pattern::Mark('-'),
        ],
    }
}

/// The look of a heading numbered with `pattern` (§1.2 [P]): `A.`, `I.` bold
/// upper case; `1.` bold; `1.1.` bold in state documents, italic in Party
/// ones (the seed's "2.1- …"); `a)` italic; marks and `none` regular.
pub(crate) fn default_look(pattern: Pattern, style: Style) -> Look {
    match pattern {
        Pattern::Roman(_) | Pattern::UpperLetter => Look::UpperBold,
        Pattern::Arabic(_) => Look::Bold,
        Pattern::Nested(_) | Pattern::Nested3 => match style {
            Style::NhaNuoc => Look::Bold,
            Style::Dang => Look::Italic,
        },
        Pattern::Letter(_) => Look::Italic,
        Pattern::Mark(_) | Pattern::None => Look::Regular,
    }
}

/// A section's number as printed, and what its subsections build on.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(crate) struct Number {
    /// What prints before the title, without the space: "II.", "2.1-",
    /// "đ)", "-"; empty for `none`.
    pub printed: String,
    /// The Arabic numbers a `1.1.` subsection starts from: `[2]` for
    /// "II." and "2-", `[2, 1]` for "2.1.".
    pub chain: Vec<u32>,
}

impl Number {
    /// The number as `plan diff` names the section: "II", "2.1", "đ";
    /// `None` for a mark or `none`.
    pub(crate) fn name(&self) -> Option<String> {
        let name = self.printed.trim_end_matches(['.', '-', ')']);
        (!name.is_empty() && !matches!(name, "+" | "*")).then(|| name.to_owned())
    }
}

/// The number of the `position`th section (from 1) of a level numbered
/// with `pattern`, under a parent numbered `parent` (`None` at the top)
/// whose own parent is `grandparent`: "II." (`I.`, 2), "2.1." (`1.1.`
/// under "II."), "2.3.1." (`1.1.1.`), "đ)" (`a)`, 5), "-" (`-`).
pub(crate) fn number(
    pattern: Pattern,
    position: u32,
    parent: Option<&Number>,
    grandparent_position: Option<u32>,
) -> Number {
    let parent_chain: &[u32] = parent.map_or(&[], |p| p.chain.as_slice());
    let own = vec![position];
    let (printed, chain) = match pattern {
        Pattern::Roman(end) => (format!("{}{end}", vi::words::roman(position)), own),
        Pattern::Arabic(end) => (format!("{position}{end}"), own),
        Pattern::Nested(end) => {
            // At the top (refused by the loader) it prints as `1.`.
            let mut chain = parent_chain.to_vec();
            chain.push(position);
            (format!("{}{end}", join(&chain)), chain)
        }
        Pattern::Nested3 => {
            // Under a parent printed with three numbers ("1.1.1.", or a
            // `1.1.` under a `1.1.`), three numbers would repeat the
            // parent's: the parent's whole number, then the own, as `1.1.`.
            let mut chain: Vec<u32> = if parent_chain.len() >= 3 {
                parent_chain.to_vec()
            } else {
                let parent_position = parent_chain.last().copied();
                grandparent_position.into_iter().chain(parent_position).collect()
            };
            chain.push(position);
            (format!("{}.", join(&chain)), chain)
        }
        Pattern::Letter(end) => (format!("{}{end}", vi::letters::letter(position)), own),
        Pattern::UpperLetter => {
            (format!("{}.", vi::letters::upper_letter(position)), own)
        }
        Pattern::Mark(mark) => (mark.to_string(), own),
        Pattern::None => (String::new(), own),
    };
    Number { printed, chain }
}

fn join(numbers: &[u32]) -> String {
    numbers.iter().map(u32::to_string).collect::<Vec<_>>().join(".")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::source::{Span, Spanned};

    fn printed(pattern: Pattern, position: u32, parent: Option<&Number>) -> String {
        number(pattern, position, parent, None).printed
    }

    #[test]
    fn every_pattern_prints_its_first_numbers() {
        let two = number(Pattern::Roman('.'), 2, None, None);
        assert_eq!(two.printed, "II.");
        assert_eq!(printed(Pattern::Roman('.'), 4, None), "IV.");
        assert_eq!(printed(Pattern::Arabic('.'), 3, None), "3.");
        assert_eq!(printed(Pattern::Arabic('-'), 3, None), "3-");
        // "II" → "2.1.": the parent's Arabic position.
        assert_eq!(printed(Pattern::Nested('.'), 1, Some(&two)), "2.1.");
        assert_eq!(printed(Pattern::Nested('-'), 2, Some(&two)), "2.2-");
        assert_eq!(printed(Pattern::Letter(')'), 5, None), "đ)");
        assert_eq!(printed(Pattern::Letter('-'), 7, None), "g-");
        assert_eq!(printed(Pattern::UpperLetter, 2, None), "B.");
        assert_eq!(printed(Pattern::Mark('+'), 9, None), "+");
        assert_eq!(printed(Pattern::None, 9, None), "");
    }

    #[test]
    fn roman_with_a_hyphen_prints_the_party_form() {
        // format-rules.md §1.4: "I- NHIỆM VỤ TRỌNG TÂM", then "1-", "2.1-".
        let three = number(Pattern::Roman('-'), 3, None, None);
        assert_eq!(three.printed, "III-");
        assert_eq!(three.name().as_deref(), Some("III"));
        assert_eq!(printed(Pattern::Nested('-'), 1, Some(&three)), "3.1-");
        assert_eq!(default_look(Pattern::Roman('-'), Style::Dang), Look::UpperBold);
    }

    #[test]
    fn three_numbers_take_grandparent_parent_and_own() {
        let two = number(Pattern::Roman('.'), 2, None, None);
        let letter_c = number(Pattern::Letter(')'), 3, Some(&two), None);
        assert_eq!(
            number(Pattern::Nested3, 1, Some(&letter_c), Some(2)).printed,
            "2.3.1."
        );
        let nested = number(Pattern::Nested('.'), 3, Some(&two), None);
        assert_eq!(nested.printed, "2.3.");
        assert_eq!(
            number(Pattern::Nested('.'), 4, Some(&nested), Some(2)).printed,
            "2.3.4."
        );
    }

    /// A level-4 `1.1.1.` under a parent that already prints three numbers
    /// does not repeat the parent's number: "1.1.1." then "1.1.1.1.".
    #[test]
    fn three_numbers_under_three_numbers_take_the_whole_parent() {
        let one = number(Pattern::Roman('.'), 1, None, None);
        let letter_a = number(Pattern::Letter(')'), 1, Some(&one), None);
        let third = number(Pattern::Nested3, 2, Some(&letter_a), Some(1));
        assert_eq!(third.printed, "1.1.2.");
        assert_eq!(
            number(Pattern::Nested3, 1, Some(&third), Some(1)).printed,
            "1.1.2.1."
        );
        let arabic = number(Pattern::Arabic('.'), 1, None, None);
        let second = number(Pattern::Nested('.'), 3, Some(&arabic), None);
        let third = number(Pattern::Nested('.'), 1, Some(&second), Some(1));
        assert_eq!(third.printed, "1.3.1.");
        assert_eq!(
            number(Pattern::Nested3, 2, Some(&third), Some(3)).printed,
            "1.3.1.2."
        );
    }

    #[test]
    fn defaults_keep_version_1_numbers_and_looks() {
        let hd36 = Numbering::new(RuleSetId::Hd36, Style::Dang, &[]);
        assert_eq!(
            hd36.levels[0],
            Level { pattern: Pattern::Arabic('-'), look: Look::Bold }
        );
        assert_eq!(
            hd36.levels[1],
            Level { pattern: Pattern::Nested('-'), look: Look::Italic }
        );
        let nd30 = Numbering::new(RuleSetId::Nd30, Style::NhaNuoc, &[]);
        assert_eq!(nd30.levels[0].look, Look::UpperBold);
        assert_eq!(
            nd30.levels[1],
            Level { pattern: Pattern::Arabic('.'), look: Look::Bold }
        );
        assert_eq!(nd30.levels[3].look, Look::Regular);
    }

    #[test]
    fn entries_override_the_first_levels_and_their_looks() {
        let at = Span::new(crate::source::SourceId(0), 0, 0);
        let written = [
            NumberingLevel {
                pattern: Spanned::new(Pattern::Arabic('.'), at),
                look: None,
            },
            NumberingLevel {
                pattern: Spanned::new(Pattern::Nested('.'), at),
                look: Some(Spanned::new(Look::BoldItalic, at)),
            },
        ];
        let n = Numbering::new(RuleSetId::Nd30, Style::NhaNuoc, &written);
        assert_eq!(n.levels[0].pattern, Pattern::Arabic('.'));
        assert_eq!(n.levels[1].look, Look::BoldItalic);
        assert_eq!(n.levels[2].pattern, Pattern::Letter(')'));
        assert_eq!(n.level(7), n.levels[3]);
    }

    #[test]
    fn diff_names_drop_the_end_mark() {
        assert_eq!(
            number(Pattern::Roman('.'), 2, None, None).name().as_deref(),
            Some("II")
        );
        assert_eq!(
            number(Pattern::Letter(')'), 5, None, None).name().as_deref(),
            Some("đ")
        );
        assert_eq!(number(Pattern::Mark('-'), 1, None, None).name(), None);
        assert_eq!(number(Pattern::None, 1, None, None).name(), None);
    }
}
