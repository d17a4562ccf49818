//! Section composition: resolved sections → body blocks, numbered
//! (`plan-format.md`, "Body structure"; `format-rules.md` §1.4, §2.4, §6.1).
//!
//! A heading prints its number ("II.", "2.1-", "đ)", "-"), then its title
//! exactly as written, in the look of its pattern; on its own line, or run
//! in with the section's first `intro` paragraph ("2.1- Thường trực HĐND
//! phường: Tăng cường …", a ":" added only when the title does not end in
//! punctuation). Then the rest of the intro, the items (lists and nested
//! items), the subsections and the `outro`. Appendices with their own
//! `numbering` compose their bodies with the same [`compose_sections`].

use super::{ends_with_punctuation, merge, one_line, paragraphs, prepend};
use crate::model::{HeadingMode, ListStyle, Look};
use crate::numbering::{self, Level, Number, Numbering};
use crate::resolve::{ResolvedItem, ResolvedSection};
use crate::vi;
use crate::view::{Block, Role, Run};

/// The blocks of `sections`, numbered with `numbering`.
pub(super) fn compose_sections(
    sections: &[ResolvedSection],
    numbering: &Numbering,
) -> Vec<Block> {
    let mut blocks = Vec::new();
    push_sections(&mut blocks, sections, 0, None, None, numbering);
    blocks
}

/// The sections of one level under `parent` (whose own parent is at
/// `grandparent_position`).
fn push_sections(
    blocks: &mut Vec<Block>,
    sections: &[ResolvedSection],
    depth: usize,
    parent: Option<&Number>,
    grandparent_position: Option<u32>,
    numbering: &Numbering,
) {
    let level = numbering.level(depth);
    let parent_position = parent.and_then(|p| p.chain.last().copied());
    for (index, section) in sections.iter().enumerate() {
        let number = numbering::number(
            level.pattern,
            index as u32 + 1,
            parent,
            grandparent_position,
        );
        push_section(blocks, section, depth, &number, level);
        push_sections(
            blocks,
            &section.sections,
            depth + 1,
            Some(&number),
            parent_position,
            numbering,
        );
        if let Some(outro) = &section.outro {
            for runs in paragraphs(outro) {
                blocks.push(Block::new(Role::Item, runs));
            }
        }
    }
}

/// Whether the heading of `section` at `depth` runs in (§1.2): as chosen,
/// or by default when the level's default is run-in (every level below
/// the top, as the seed's "2.1- …") and the section has an `intro`.
pub(super) fn runs_in(section: &ResolvedSection, depth: usize) -> bool {
    match section.heading {
        Some(mode) => mode == HeadingMode::RunIn && section.intro.is_some(),
        None => depth > 0 && section.intro.is_some(),
    }
}

/// One section's own blocks before its subsections: heading, intro, items.
fn push_section(
    blocks: &mut Vec<Block>,
    section: &ResolvedSection,
    depth: usize,
    number: &Number,
    level: Level,
) {
    let heading = heading_runs(section, number, level);
    let mut intro =
        section.intro.as_deref().map(paragraphs).unwrap_or_default().into_iter();
    if runs_in(section, depth) {
        let mut runs = heading;
        if !ends_with_punctuation(&runs)
            && let Some(last) = runs.last_mut()
        {
            last.text.push(':');
        }
        if let Some(first) = intro.next() {
            runs.push(Run::plain(" "));
            runs.extend(first);
        }
        blocks.push(Block::new(Role::Subheading, merge(runs)));
    } else {
        blocks.push(Block::new(Role::Heading, merge(heading)));
    }
    for runs in intro {
        blocks.push(Block::new(Role::Item, runs));
    }
    push_items(blocks, &section.items, section.list);
    if let Some(table) = &section.table {
        blocks.push(super::table::table_block(table));
    }
}

/// The number and title of a heading, in the level's look.
fn heading_runs(section: &ResolvedSection, number: &Number, level: Level) -> Vec<Run> {
    let (strong, emph, upper) = match level.look {
        Look::Bold => (true, false, false),
        Look::Italic => (false, true, false),
        Look::BoldItalic => (true, true, false),
        Look::Regular => (false, false, false),
        Look::UpperBold => (true, false, true),
    };
    let mut runs = Vec::new();
    if !number.printed.is_empty() {
        runs.push(Run::styled(format!("{} ", number.printed), strong, emph));
    }
    runs.extend(one_line(&section.title).iter().map(|r| Run {
        text: if upper { vi::words::upper(&r.text) } else { r.text.clone() },
        strong: r.strong || strong,
        emph: r.emph || emph,
        footnote: r.footnote.clone(),
    }));
    runs
}

/// Items of one list level: the mark of `list` before each item's first
/// paragraph, nested items right after their item (§1.4). Nested items
/// keep the body's first-line indent; only the mark changes.
pub(super) fn push_items(
    blocks: &mut Vec<Block>,
    items: &[ResolvedItem],
    list: ListStyle,
) {
    for (index, item) in items.iter().enumerate() {
        let mark = item_mark(list, index as u32 + 1);
        for (at, runs) in paragraphs(&item.text).into_iter().enumerate() {
            let runs = match &mark {
                Some(mark) if at == 0 => prepend(Run::plain(mark.clone()), runs),
                _ => runs,
            };
            blocks.push(Block::new(Role::Item, runs));
        }
        if !item.items.is_empty() {
            let nested = item.list.unwrap_or(match list {
                ListStyle::Dash => ListStyle::Plus,
                _ => ListStyle::Dash,
            });
            push_items(blocks, &item.items, nested);
        }
    }
}

/// "- ", "+ ", "3. ", "đ) "; `None` for paragraphs.
fn item_mark(list: ListStyle, position: u32) -> Option<String> {
    match list {
        ListStyle::Paragraph => None,
        ListStyle::Dash => Some("- ".to_owned()),
        ListStyle::Plus => Some("+ ".to_owned()),
        ListStyle::Numbered => Some(format!("{position}. ")),
        ListStyle::Letter => Some(format!("{}) ", vi::letters::letter(position))),
    }
}
