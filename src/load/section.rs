//! The body's structure: `sections` (four levels), their `heading`, `list`,
//! `items` (texts or `{ text, items, list }`, two nested levels) and
//! `outro`, and the top-level `numbering` (`plan-format.md`, "Body structure").
//!
//! Same conventions as `convert.rs`: every problem is reported, the caller
//! goes on with the siblings.

use super::error;
use super::fields::{Cx, Fields, Place, item_anchor};
use super::scalar::{read_choice, read_list, read_scalar, read_text};
use super::yaml::{Node, NodeKind};
use crate::lang::t;
use crate::model::keys::Owner;
use crate::model::{
    HeadingMode, Item, ListStyle, Look, NumberingLevel, Pattern, Section,
};
use crate::numbering::LEVELS;
use crate::source::{Span, Spanned};

/// How deep items nest under a section's items (`plan-format.md`,
/// "Lists and nested items").
const ITEM_LEVELS: usize = 2;

/// The `sections` list at `depth` (0 for the top level).
pub(super) fn read_sections(
    key: &Node,
    node: &Node,
    depth: usize,
    cx: &mut Cx<'_>,
) -> Option<Spanned<Vec<Section>>> {
    let items = read_list(node, Place::Key(key, "sections"), cx)?;
    let mut out = Vec::new();
    for item in items {
        out.extend(read_section(item, depth, cx));
    }
    Some(Spanned::new(out, node.span))
}

fn read_section(node: &Node, depth: usize, cx: &mut Cx<'_>) -> Option<Section> {
    let before = cx.seen;
    let section = read_section_fields(node, depth, cx);
    if cx.seen > before || has_reported_value(node) {
        cx.gaps.broken_sections.push(node.span);
    }
    section
}

/// Whether a key of the section `node` has a value already reported while
/// the YAML was read (an alias, `items: *chung`): the section is then not
/// also reported empty (one mistake, one report).
fn has_reported_value(node: &Node) -> bool {
    match &node.kind {
        NodeKind::Map(entries) => {
            entries.iter().any(|(_, v)| v.kind == NodeKind::Invalid)
        }
        _ => false,
    }
}

fn read_section_fields(node: &Node, depth: usize, cx: &mut Cx<'_>) -> Option<Section> {
    let anchor = item_anchor(node, cx.sources);
    let label = t("một mục", "a section");
    let f =
        Fields::open(node, Owner::Section, anchor, label, Place::Item("sections"), cx)?;
    Some(section_from(&f, node, anchor, depth + 1, cx))
}

/// The section the keys of `f` describe (a section's, or an appendix's,
/// whose body keys are a section's); `children` is the level its own
/// `sections` are at: 1 under a top-level section, 0 in an appendix (whose
/// sections are numbered as a document of their own, four levels too).
pub(super) fn section_from(
    f: &Fields<'_>,
    node: &Node,
    anchor: Span,
    children: usize,
    cx: &mut Cx<'_>,
) -> Section {
    let title = f.req("title", cx, read_text);
    let heading = f.opt("heading", cx, |v, p, cx| {
        read_choice(v, p, &HeadingMode::NAMES, HeadingMode::from_name, cx)
    });
    let intro = f.opt("intro", cx, read_text);
    if let Some(heading) = &heading
        && heading.value == HeadingMode::RunIn
        && f.get("intro").is_none()
    {
        cx.push(error::run_in_without_intro(heading.span));
    }
    let list = match f.get("list") {
        Some((k, v)) => read_choice(
            v,
            Place::Key(k, "list"),
            &ListStyle::NAMES,
            ListStyle::from_name,
            cx,
        ),
        None => Some(Spanned::new(ListStyle::default(), node.span)),
    };
    let items = f
        .get("items")
        .and_then(|(k, v)| read_items(v, Place::Key(k, "items"), 0, cx))
        .unwrap_or_default();
    let sections = match f.get("sections") {
        None => Vec::new(),
        Some((k, v)) if children < LEVELS => {
            read_sections(k, v, children, cx).map(|s| s.value).unwrap_or_default()
        }
        Some((k, _)) => {
            cx.push(error::section_depth(k.span));
            Vec::new()
        }
    };
    let outro = f.opt("outro", cx, read_text);
    let width = cx.text_width_um;
    let table =
        f.get("table").and_then(|(k, v)| super::table::read_table(k, v, width, cx));
    Section {
        span: node.span,
        // A placeholder past an error: the plan is only checked, never printed.
        title: title.unwrap_or_else(|| Spanned::new(String::new(), anchor)),
        heading,
        intro,
        list: list.unwrap_or(Spanned::new(ListStyle::default(), node.span)),
        items,
        sections,
        outro,
        table,
    }
}

/// An `items` list at `depth` (0 for a section's items): each entry a text
/// or a mapping `{ text, items, list }`.
fn read_items(
    node: &Node,
    place: Place<'_>,
    depth: usize,
    cx: &mut Cx<'_>,
) -> Option<Vec<Item>> {
    let entries = read_list(node, place, cx)?;
    let mut out = Vec::with_capacity(entries.len());
    for entry in entries {
        if let NodeKind::Map(entries) = &entry.kind
            && !is_colon_text(entries)
        {
            out.extend(read_item_map(entry, depth, cx));
        } else if let Some(text) = read_text(entry, Place::Item("items"), cx) {
            out.push(Item { span: entry.span, text, list: None, items: Vec::new() });
        }
    }
    Some(out)
}

/// `- Hội nghị sơ kết: đánh giá kết quả`: text that YAML read as a mapping
/// of one key because of its `: `, not an item mapping (none of its keys is
/// an item's). Read as text, it gets the "quote it" help.
fn is_colon_text(entries: &[(Node, Node)]) -> bool {
    match entries {
        [(key, value)] => {
            key.as_str().is_some_and(|k| Owner::Item.key(k).is_none())
                && value.as_str().is_some()
        }
        _ => false,
    }
}

fn read_item_map(node: &Node, depth: usize, cx: &mut Cx<'_>) -> Option<Item> {
    let anchor = item_anchor(node, cx.sources);
    let label = t("một ý", "an item");
    let f = Fields::open(node, Owner::Item, anchor, label, Place::Item("items"), cx)?;
    let text = f.req("text", cx, read_text);
    let list = f.opt("list", cx, |v, p, cx| {
        read_choice(v, p, &ListStyle::NAMES, ListStyle::from_name, cx)
    });
    let items = match f.get("items") {
        None => Vec::new(),
        Some((k, v)) if depth < ITEM_LEVELS => {
            read_items(v, Place::Key(k, "items"), depth + 1, cx).unwrap_or_default()
        }
        Some((k, _)) => {
            cx.push(error::item_depth(k.span));
            Vec::new()
        }
    };
    Some(Item {
        span: node.span,
        text: text.unwrap_or_else(|| Spanned::new(String::new(), anchor)),
        list,
        items,
    })
}

/// The top-level `numbering`: a list of at most four patterns, each a
/// pattern (`"1."`) or `{ pattern, look }`.
pub(super) fn read_numbering(
    key: &Node,
    node: &Node,
    cx: &mut Cx<'_>,
) -> Option<Spanned<Vec<NumberingLevel>>> {
    let entries = read_list(node, Place::Key(key, "numbering"), cx)?;
    let mut out = Vec::new();
    for (index, entry) in entries.iter().enumerate() {
        if index == LEVELS {
            cx.push(error::too_many_levels(entry.span));
            break;
        }
        let level = match entry.kind {
            NodeKind::Map(_) => read_level_map(entry, index + 1, cx),
            _ => read_pattern(entry, Place::Item("numbering"), index + 1, cx)
                .map(|pattern| NumberingLevel { pattern, look: None }),
        };
        out.extend(level);
    }
    Some(Spanned::new(out, node.span))
}

fn read_level_map(node: &Node, level: usize, cx: &mut Cx<'_>) -> Option<NumberingLevel> {
    let anchor = item_anchor(node, cx.sources);
    let label = t("một dòng của `numbering`", "a `numbering` entry");
    let f =
        Fields::open(node, Owner::Level, anchor, label, Place::Item("numbering"), cx)?;
    let pattern = f.req("pattern", cx, |v, p, cx| read_pattern(v, p, level, cx));
    let look = f
        .opt("look", cx, |v, p, cx| read_choice(v, p, &Look::NAMES, Look::from_name, cx));
    Some(NumberingLevel { pattern: pattern?, look })
}

/// One pattern of `plan-format.md`, "Numbering", and one that fits its level:
/// `1.1.` needs a parent, `1.1.1.` a grandparent.
fn read_pattern(
    node: &Node,
    place: Place<'_>,
    level: usize,
    cx: &mut Cx<'_>,
) -> Option<Spanned<Pattern>> {
    let text =
        read_scalar(node, place, t("một kiểu đánh số", "a numbering pattern"), cx)?;
    let Some(pattern) = Pattern::from_name(text.trim()) else {
        cx.push(error::unknown_pattern(node.span, text, &Pattern::NAMES));
        return None;
    };
    let fits = match pattern {
        Pattern::Nested(_) => level >= 2,
        Pattern::Nested3 => level >= 3,
        _ => true,
    };
    if !fits {
        cx.push(error::pattern_level(node.span, text.trim(), level));
        return None;
    }
    Some(Spanned::new(pattern, node.span))
}
