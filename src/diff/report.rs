//! What changed between two [`Document`]s.

use super::document::{Document, Field, List, Section, Text};
use super::matching::{Aligned, WordCounts, align, similarity, similarity_above};

/// Items (of sections, meetings, recipients) pair when their words are at
/// least this similar (the word ratio of `matching.rs`); below, they are
/// removed and added.
pub(crate) const ITEM_THRESHOLD: f64 = 0.5;

/// Sections pair when `(title similarity + content similarity) / 2`
/// reaches this (sections with equal titles always pair first).
pub(crate) const SECTION_THRESHOLD: f64 = 0.5;

/// Above this many words of old section contents × words of new ones,
/// sections are scored by the words their contents share instead of a word
/// diff of every pair ([`compare_sections`]).
const MAX_SECTION_WORDS: usize = 50_000_000;

/// An item removed from one section and added to another is shown as moved
/// when the two texts are at least this similar.
pub(crate) const CROSS_MOVE_THRESHOLD: f64 = 0.8;

/// One value, old and new.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Edit {
    /// Unchanged (for items and sections that moved, or sections whose
    /// content changed).
    Same(Text),
    /// Only in the new plan.
    Added(Text),
    /// Only in the old plan.
    Removed(Text),
    /// In both, different.
    Changed(Text, Text),
}

impl Edit {
    fn between(old: &Text, new: &Text) -> Self {
        if old == new {
            Self::Same(new.clone())
        } else {
            Self::Changed(old.clone(), new.clone())
        }
    }

    /// Whether the value is unchanged.
    pub(crate) fn is_same(&self) -> bool {
        matches!(self, Self::Same(_))
    }

    /// The text as it is now (the old text when removed).
    pub(crate) fn text(&self) -> &Text {
        match self {
            Self::Same(t) | Self::Added(t) | Self::Removed(t) | Self::Changed(_, t) => t,
        }
    }
}

/// A changed field: `period`, `signer.name`, directive `kl01`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct FieldChange {
    /// The field's name.
    pub key: String,
    /// Never [`Edit::Same`].
    pub edit: Edit,
}

/// Where a moved item was.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Move {
    /// Another place in the same list.
    Within,
    /// Another section: its number and title in the old plan.
    From(String),
}

/// A changed entry of a list: a section item, a meeting, a recipient.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ItemChange {
    /// Its index in the old list (in the old section when moved across).
    pub old: Option<usize>,
    /// Its index in the new list.
    pub new: Option<usize>,
    /// What happened to its text ([`Edit::Same`] only when moved).
    pub edit: Edit,
    /// Where it came from, when it moved.
    pub moved: Option<Move>,
}

/// A section that changed, or holds changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SectionChange {
    /// Its number in the old plan ("2.1"), unless added.
    pub old_number: Option<String>,
    /// Its number in the new plan, unless removed.
    pub new_number: Option<String>,
    /// The title: same, renamed, or the whole section added or removed.
    pub title: Edit,
    /// Whether it changed place among its neighbours.
    pub moved: bool,
    /// Changed `intro` and `list`.
    pub fields: Vec<FieldChange>,
    /// Changed items, in new order (removed ones where they were).
    pub items: Vec<ItemChange>,
    /// Changed table rows, the same way.
    pub rows: Vec<ItemChange>,
    /// Changed subsections.
    pub sections: Vec<SectionChange>,
}

impl SectionChange {
    fn is_empty(&self) -> bool {
        self.title.is_same()
            && !self.moved
            && self.fields.is_empty()
            && self.items.is_empty()
            && self.rows.is_empty()
            && self.sections.is_empty()
    }

    /// "2.1 UBND phường", by its old number and title.
    fn old_label(&self) -> String {
        let title = match &self.title {
            Edit::Changed(old, _) => old,
            other => other.text(),
        };
        format!("{} {}", self.old_number.as_deref().unwrap_or("?"), title.plain)
    }
}

/// A list's changes: its own fields and its entries.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct ListChange {
    /// Changed fields of the block (`meetings.title`, `archive`).
    pub fields: Vec<FieldChange>,
    /// Changed entries.
    pub items: Vec<ItemChange>,
}

impl ListChange {
    /// Whether nothing changed.
    pub(crate) fn is_empty(&self) -> bool {
        self.fields.is_empty() && self.items.is_empty()
    }
}

/// Everything that changed, grouped as the plan is.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Report {
    /// The document's own fields.
    pub document: Vec<FieldChange>,
    /// `sections`.
    pub sections: Vec<SectionChange>,
    /// `appendices`, paired as sections are; each named by its label.
    pub appendices: Vec<SectionChange>,
    /// `meetings`.
    pub meetings: ListChange,
    /// `recipients` and `archive`.
    pub recipients: ListChange,
    /// `signer`.
    pub signer: Vec<FieldChange>,
    /// `directives`.
    pub directives: Vec<FieldChange>,
    /// `anniversaries`.
    pub anniversaries: Vec<FieldChange>,
}

impl Report {
    /// Whether the two plans say the same.
    pub(crate) fn is_empty(&self) -> bool {
        self.document.is_empty()
            && self.sections.is_empty()
            && self.appendices.is_empty()
            && self.meetings.is_empty()
            && self.recipients.is_empty()
            && self.signer.is_empty()
            && self.directives.is_empty()
            && self.anniversaries.is_empty()
    }
}

/// Whether the two plans have no section in common: every section of the
/// old plan is reported removed and every one of the new plan added, both
/// having some. Two months of one office's program keep most headings;
/// plans with none shared are most likely two unrelated files compared by
/// mistake, and `plan diff` says so.
pub(crate) fn nothing_in_common(old: &Document, new: &Document, report: &Report) -> bool {
    let count = |removed: bool| {
        report
            .sections
            .iter()
            .filter(|s| {
                if removed {
                    matches!(s.title, Edit::Removed(_))
                } else {
                    matches!(s.title, Edit::Added(_))
                }
            })
            .count()
    };
    !old.sections.is_empty()
        && !new.sections.is_empty()
        && count(true) == old.sections.len()
        && count(false) == new.sections.len()
}

/// Compares two documents.
pub(crate) fn compare(old: &Document, new: &Document) -> Report {
    let mut sections = compare_sections(&old.sections, &new.sections, "", "");
    move_across_sections(&mut sections);
    Report {
        document: compare_fields(&old.fields, &new.fields),
        sections,
        appendices: compare_sections(&old.appendices, &new.appendices, "", ""),
        meetings: compare_list(&old.meetings, &new.meetings),
        recipients: compare_list(&old.recipients, &new.recipients),
        signer: compare_fields(&old.signer, &new.signer),
        directives: compare_fields(&old.directives, &new.directives),
        anniversaries: compare_fields(&old.anniversaries, &new.anniversaries),
    }
}

/// Fields by name: changed and added in new order, then removed ones.
fn compare_fields(old: &[Field], new: &[Field]) -> Vec<FieldChange> {
    let find = |fields: &[Field], key: &str| {
        fields.iter().find(|(k, _)| k == key).map(|(_, t)| t.clone())
    };
    let mut out = Vec::new();
    for (key, text) in new {
        let edit = match find(old, key) {
            None => Edit::Added(text.clone()),
            Some(before) if &before != text => Edit::Changed(before, text.clone()),
            Some(_) => continue,
        };
        out.push(FieldChange { key: key.clone(), edit });
    }
    for (key, text) in old {
        if find(new, key).is_none() {
            out.push(FieldChange { key: key.clone(), edit: Edit::Removed(text.clone()) });
        }
    }
    out
}

fn compare_list(old: &List, new: &List) -> ListChange {
    ListChange {
        fields: compare_fields(&old.fields, &new.fields),
        items: compare_items(&old.items, &new.items),
    }
}

/// Items matched by content ([`align`]), in new order with removed ones
/// after the item that preceded them.
fn compare_items(old: &[Text], new: &[Text]) -> Vec<ItemChange> {
    let aligned = align(
        old,
        new,
        |t| &t.marked,
        |a, b| similarity_above(&a.plain, &b.plain, ITEM_THRESHOLD),
        ITEM_THRESHOLD,
    );
    let mut keyed: Vec<((usize, usize), ItemChange)> = Vec::new();
    for pair in &aligned.pairs {
        let edit = Edit::between(&old[pair.old], &new[pair.new]);
        if edit.is_same() && !pair.moved {
            continue;
        }
        keyed.push((
            (2 * pair.new + 1, pair.old),
            ItemChange {
                old: Some(pair.old),
                new: Some(pair.new),
                edit,
                moved: pair.moved.then_some(Move::Within),
            },
        ));
    }
    for &j in &aligned.added {
        keyed.push((
            (2 * j + 1, 0),
            ItemChange {
                old: None,
                new: Some(j),
                edit: Edit::Added(new[j].clone()),
                moved: None,
            },
        ));
    }
    for &i in &aligned.removed {
        keyed.push((
            (removed_place(&aligned, i), i),
            ItemChange {
                old: Some(i),
                new: None,
                edit: Edit::Removed(old[i].clone()),
                moved: None,
            },
        ));
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, c)| c).collect()
}

/// Where a removed entry goes among the new ones: right after the new
/// entry paired with the last old entry before it that stayed in order (or
/// first), before any entry added there, as a unified diff puts `-` before
/// `+`. New entries sort at `2j + 1`, so a removed one sorts at `2j + 2`.
fn removed_place(aligned: &Aligned, old_index: usize) -> usize {
    aligned
        .pairs
        .iter()
        .filter(|p| !p.moved && p.old < old_index)
        .map(|p| 2 * p.new + 2)
        .max()
        .unwrap_or(0)
}

/// A section with its content, as [`compare_sections`] scores it.
struct Keyed<'s> {
    section: &'s Section,
    /// [`Section::content`].
    content: &'s str,
    /// The content's words counted, when contents are compared by the
    /// words they share only; `None` when they are diffed.
    counted: Option<WordCounts<'s>>,
}

impl<'s> Keyed<'s> {
    /// `sections` beside their `contents`; with `count`, each content's
    /// words are counted.
    fn all(
        sections: &'s [Section],
        contents: &'s [(String, usize)],
        count: bool,
    ) -> Vec<Self> {
        sections
            .iter()
            .zip(contents)
            .map(|(section, (content, _))| Keyed {
                section,
                content,
                counted: count.then(|| WordCounts::of(content)),
            })
            .collect()
    }
}

fn compare_sections(
    old: &[Section],
    new: &[Section],
    old_prefix: &str,
    new_prefix: &str,
) -> Vec<SectionChange> {
    // Every old section is scored against every new one. With a word diff
    // of their whole contents each time, two plans of 150 sections of 500
    // words took minutes (debug build: 11 min); past MAX_SECTION_WORDS word
    // pairs in all, contents are compared by the words they share (the
    // bound `similarity` starts from), which needs no diff.
    let contents = |sections: &[Section]| -> Vec<(String, usize)> {
        sections
            .iter()
            .map(|s| {
                let content = s.content();
                let words = content.split_whitespace().count();
                (content, words)
            })
            .collect()
    };
    let (old_contents, new_contents) = (contents(old), contents(new));
    let words = |c: &[(String, usize)]| c.iter().map(|(_, n)| n).sum::<usize>();
    let shared_only =
        words(&old_contents).saturating_mul(words(&new_contents)) > MAX_SECTION_WORDS;
    // Each content's words are counted once, not once per pair: 150
    // sections a side are 22 500 pairs (`bench/hostile.sh`, many-sections:
    // 3.3 s of CPU when each pair split and counted both contents again).
    let old_keyed = Keyed::all(old, &old_contents, shared_only);
    let new_keyed = Keyed::all(new, &new_contents, shared_only);
    let aligned = align(
        &old_keyed,
        &new_keyed,
        |k| &k.section.title.marked,
        |a, b| {
            let title = similarity(&a.section.title.plain, &b.section.title.plain);
            let content = match (&a.counted, &b.counted) {
                // The shared-word bound, no diff.
                (Some(a), Some(b)) => a.shared_bound(b),
                _ => similarity(a.content, b.content),
            };
            (title + content) / 2.0
        },
        SECTION_THRESHOLD,
    );
    let mut keyed: Vec<((usize, usize), SectionChange)> = Vec::new();
    for pair in &aligned.pairs {
        let (o, n) = (&old[pair.old], &new[pair.new]);
        let old_number = name(o, old_prefix, pair.old);
        let new_number = name(n, new_prefix, pair.new);
        let change = SectionChange {
            title: Edit::between(&o.title, &n.title),
            moved: pair.moved,
            fields: compare_fields(&o.fields, &n.fields),
            items: compare_items(&o.items, &n.items),
            rows: compare_items(&o.rows, &n.rows),
            sections: compare_sections(
                &o.sections,
                &n.sections,
                &format!("{old_number}."),
                &format!("{new_number}."),
            ),
            old_number: Some(old_number),
            new_number: Some(new_number),
        };
        if !change.is_empty() {
            keyed.push(((2 * pair.new + 1, pair.old), change));
        }
    }
    for &j in &aligned.added {
        let number = name(&new[j], new_prefix, j);
        keyed.push(((2 * j + 1, 0), whole_section(&new[j], number, false)));
    }
    for &i in &aligned.removed {
        let number = name(&old[i], old_prefix, i);
        keyed.push((
            (removed_place(&aligned, i), i),
            whole_section(&old[i], number, true),
        ));
    }
    keyed.sort_by_key(|(k, _)| *k);
    keyed.into_iter().map(|(_, c)| c).collect()
}

/// How a report names the section at `index` under a parent named
/// `prefix` ("2."): by its printed number ("II", "2.1", "đ"), or, for a
/// mark or `none`, by its place under the parent ("2.1.3").
fn name(section: &Section, prefix: &str, index: usize) -> String {
    section.number.clone().unwrap_or_else(|| format!("{prefix}{}", index + 1))
}

/// A section added (or removed) whole: every field, item and subsection
/// added (or removed).
fn whole_section(s: &Section, number: String, removed: bool) -> SectionChange {
    let edit = |t: &Text| {
        if removed { Edit::Removed(t.clone()) } else { Edit::Added(t.clone()) }
    };
    let index = |i: usize| if removed { (Some(i), None) } else { (None, Some(i)) };
    let whole = |entries: &[Text]| -> Vec<ItemChange> {
        entries
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let (old, new) = index(i);
                ItemChange { old, new, edit: edit(t), moved: None }
            })
            .collect()
    };
    SectionChange {
        old_number: removed.then(|| number.clone()),
        new_number: (!removed).then(|| number.clone()),
        title: edit(&s.title),
        moved: false,
        fields: s
            .fields
            .iter()
            // The look of a section that is gone (`list: dash`) is no
            // change a reader needs told: only its words are listed.
            .filter(|(k, t)| match k.as_str() {
                "list" => !removed && t.plain != "paragraph",
                "heading" => !removed,
                // An appendix's page look, when it is not the usual one;
                // its numbering shows in its sections' numbers.
                "landscape" | "header" => !removed && t.plain != "false",
                "numbering" => false,
                _ => true,
            })
            .map(|(k, t)| FieldChange { key: k.clone(), edit: edit(t) })
            .collect(),
        items: whole(&s.items),
        rows: whole(&s.rows),
        sections: s
            .sections
            .iter()
            .enumerate()
            .map(|(i, sub)| {
                whole_section(sub, name(sub, &format!("{number}."), i), removed)
            })
            .collect(),
    }
}

/// The place of an item in the section tree: section indices from the top,
/// then the item's index in that section's changes.
type ItemPath = (Vec<usize>, usize);

/// An item removed from one section and added to another becomes one moved
/// item at its new place, when the texts are at least
/// [`CROSS_MOVE_THRESHOLD`] similar (equal texts first).
fn move_across_sections(sections: &mut Vec<SectionChange>) {
    let mut removed: Vec<ItemPath> = Vec::new();
    let mut added: Vec<ItemPath> = Vec::new();
    collect(sections, &mut Vec::new(), &mut removed, &mut added);
    if removed.is_empty() || added.is_empty() {
        return;
    }
    let text_at = |sections: &Vec<SectionChange>, (path, i): &ItemPath| -> Option<Text> {
        section_at(sections, path)
            .and_then(|s| s.items.get(*i))
            .map(|c| c.edit.text().clone())
    };
    let removed_texts: Vec<Text> =
        removed.iter().filter_map(|p| text_at(sections, p)).collect();
    let added_texts: Vec<Text> =
        added.iter().filter_map(|p| text_at(sections, p)).collect();
    if removed_texts.len() != removed.len() || added_texts.len() != added.len() {
        return;
    }
    let aligned = align(
        &removed_texts,
        &added_texts,
        |t| &t.marked,
        |a, b| similarity_above(&a.plain, &b.plain, CROSS_MOVE_THRESHOLD),
        CROSS_MOVE_THRESHOLD,
    );
    let mut moved_away: Vec<ItemPath> = Vec::new();
    for pair in &aligned.pairs {
        let (from, to) = (&removed[pair.old], &added[pair.new]);
        if from.0 == to.0 {
            continue; // Same section: compare_items already decided.
        }
        let Some(source) = section_at(sections, &from.0) else { continue };
        let label = source.old_label();
        let old_index = source.items.get(from.1).and_then(|c| c.old);
        let old_text = removed_texts[pair.old].clone();
        let Some(target) =
            section_at_mut(sections, &to.0).and_then(|s| s.items.get_mut(to.1))
        else {
            continue;
        };
        target.edit = Edit::between(&old_text, target.edit.text());
        target.old = old_index;
        target.moved = Some(Move::From(label));
        moved_away.push(from.clone());
    }
    // Remove the moved-away entries, last first so indices stay valid.
    moved_away.sort_by(|a, b| b.cmp(a));
    for (path, i) in moved_away {
        if let Some(s) = section_at_mut(sections, &path)
            && i < s.items.len()
        {
            s.items.remove(i);
        }
    }
    prune(sections);
}

fn collect(
    sections: &[SectionChange],
    path: &mut Vec<usize>,
    removed: &mut Vec<ItemPath>,
    added: &mut Vec<ItemPath>,
) {
    for (index, s) in sections.iter().enumerate() {
        path.push(index);
        for (i, item) in s.items.iter().enumerate() {
            match item.edit {
                Edit::Removed(_) => removed.push((path.clone(), i)),
                Edit::Added(_) => added.push((path.clone(), i)),
                _ => {}
            }
        }
        collect(&s.sections, path, removed, added);
        path.pop();
    }
}

fn section_at<'a>(
    sections: &'a [SectionChange],
    path: &[usize],
) -> Option<&'a SectionChange> {
    let (first, rest) = path.split_first()?;
    let s = sections.get(*first)?;
    if rest.is_empty() { Some(s) } else { section_at(&s.sections, rest) }
}

fn section_at_mut<'a>(
    sections: &'a mut [SectionChange],
    path: &[usize],
) -> Option<&'a mut SectionChange> {
    let (first, rest) = path.split_first()?;
    let s = sections.get_mut(*first)?;
    if rest.is_empty() { Some(s) } else { section_at_mut(&mut s.sections, rest) }
}

/// Drops sections left with nothing to show.
fn prune(sections: &mut Vec<SectionChange>) {
    for s in sections.iter_mut() {
        prune(&mut s.sections);
    }
    sections.retain(|s| !s.is_empty());
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Text {
        Text::plain(s)
    }

    fn section(title: &str, items: &[&str]) -> Section {
        Section {
            number: None,
            title: t(title),
            fields: vec![("list".into(), t("paragraph"))],
            items: items.iter().map(|i| t(i)).collect(),
            rows: vec![],
            sections: vec![],
        }
    }

    #[test]
    fn inserted_item_is_the_only_change() {
        let old = [t("một hai ba bốn"), t("năm sáu bảy tám"), t("chín mười")];
        let new = [
            t("một hai ba bốn"),
            t("hoàn toàn mới ở đây"),
            t("năm sáu bảy tám"),
            t("chín mười"),
        ];
        let changes = compare_items(&old, &new);
        assert_eq!(changes.len(), 1, "{changes:#?}");
        assert_eq!(changes[0].edit, Edit::Added(t("hoàn toàn mới ở đây")));
        assert_eq!(changes[0].new, Some(1));
    }

    #[test]
    fn removed_items_sit_where_they_were() {
        let old = [t("a a a"), t("b b b"), t("c c c")];
        let new = [t("a a a"), t("x y z"), t("c c c")];
        let changes = compare_items(&old, &new);
        let edits: Vec<&Edit> = changes.iter().map(|c| &c.edit).collect();
        assert_eq!(edits, [&Edit::Removed(t("b b b")), &Edit::Added(t("x y z"))]);
    }

    #[test]
    fn item_moved_to_another_section() {
        let old = [
            section("Một", &["đi đi đi đi", "ở lại một"]),
            section("Hai", &["ở lại hai"]),
        ];
        let new = [
            section("Một", &["ở lại một"]),
            section("Hai", &["ở lại hai", "đi đi đi đi"]),
        ];
        let mut changes = compare_sections(&old, &new, "", "");
        move_across_sections(&mut changes);
        assert_eq!(changes.len(), 1, "{changes:#?}");
        assert_eq!(changes[0].new_number.as_deref(), Some("2"));
        let item = &changes[0].items[0];
        assert_eq!(item.moved, Some(Move::From("1 Một".into())));
        assert_eq!(item.edit, Edit::Same(t("đi đi đi đi")));
        assert_eq!((item.old, item.new), (Some(0), Some(1)));
    }

    #[test]
    fn renamed_section_keeps_its_items() {
        let old = [section("Công tác cũ", &["việc một hai ba", "việc bốn năm sáu"])];
        let new = [section("Tên mới hẳn", &["việc một hai ba", "việc bốn năm sáu"])];
        let changes = compare_sections(&old, &new, "", "");
        assert_eq!(changes.len(), 1);
        assert_eq!(changes[0].title, Edit::Changed(t("Công tác cũ"), t("Tên mới hẳn")));
        assert!(changes[0].items.is_empty());
    }

    #[test]
    fn swapped_sections_show_one_move() {
        let old = [
            section("Một", &["a b c"]),
            section("Hai", &["d e f"]),
            section("Ba", &["g h i"]),
        ];
        let new = [old[1].clone(), old[0].clone(), old[2].clone()];
        let changes = compare_sections(&old, &new, "", "");
        assert_eq!(changes.len(), 1, "{changes:#?}");
        assert!(
            changes[0].moved && changes[0].title.is_same() && changes[0].items.is_empty()
        );
    }

    #[test]
    fn unrelated_sections_are_removed_and_added() {
        let old = [section("Một", &["a b c"])];
        let new = [section("Khác", &["x y z"])];
        let changes = compare_sections(&old, &new, "", "");
        assert_eq!(changes.len(), 2);
        assert!(matches!(changes[0].title, Edit::Removed(_)));
        assert!(matches!(changes[1].title, Edit::Added(_)));
    }

    #[test]
    fn fields_by_key() {
        let old = vec![("a".to_owned(), t("1")), ("b".to_owned(), t("2"))];
        let new = vec![("b".to_owned(), t("3")), ("c".to_owned(), t("4"))];
        let keys: Vec<(String, Edit)> =
            compare_fields(&old, &new).into_iter().map(|c| (c.key, c.edit)).collect();
        assert_eq!(
            keys,
            vec![
                ("b".to_owned(), Edit::Changed(t("2"), t("3"))),
                ("c".to_owned(), Edit::Added(t("4"))),
                ("a".to_owned(), Edit::Removed(t("1"))),
            ]
        );
    }
}
