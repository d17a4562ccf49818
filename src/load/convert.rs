//! The node tree → [`Plan`], reporting every problem rather than the first.
//!
//! Each `read_*` function returns `None` only after it has reported why (or
//! when the node was already reported, [`NodeKind::Invalid`]); the caller
//! keeps going with the siblings. Past an error the plan is still built,
//! with placeholders that [`Gaps`] names, so `resolve` can check the rest of
//! the file in the same run; `load_bytes` gives no plan when any error was
//! reported. The walk follows the format's fixed shape, so its depth is
//! bounded by the format, not by the input.

use std::collections::HashMap;

use chrono::NaiveDate;

use super::error;
use super::section::{read_numbering, read_sections};
use super::yaml::{Node, NodeKind, line_of};
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::t;
use crate::model::text;
use crate::model::{
    Anniversary, Appendix, Directive, Gaps, Issuer, Kind, Meeting, Meetings, Period,
    Plan, Proofing, RuleSetId, Signer, Spelling, Style, Text, TimeOfDay, Weekday, When,
};
use crate::source::{Sources, Span, Spanned};
use saphyr_parser::ScalarStyle;

/// What the conversion reads and writes besides the tree.
pub(crate) struct Cx<'a> {
    /// Every file read so far, for line numbers in messages.
    pub(crate) sources: &'a Sources,
    /// Where problems go.
    pub(crate) diags: &'a mut Diagnostics,
    /// What the plan lacks because of the errors found so far.
    pub(crate) gaps: Gaps,
    /// Errors found, also those past [`error::MAX_PROBLEMS`].
    pub(crate) seen: usize,
    /// The width of the text block tables are read for, in micrometres:
    /// landscape inside a `landscape: true` appendix.
    pub(crate) text_width_um: u32,
    /// Every text value read so far, for the text checks ([`Plan::texts`]).
    pub(crate) texts: Vec<Text>,
}

impl<'a> Cx<'a> {
    /// A conversion that reports into `diags`.
    pub(crate) fn new(sources: &'a Sources, diags: &'a mut Diagnostics) -> Self {
        Self {
            sources,
            diags,
            gaps: Gaps::default(),
            seen: 0,
            text_width_um: super::table::PORTRAIT_WIDTH_UM,
            texts: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, diagnostic: Diagnostic) {
        self.seen += 1;
        error::report(self.diags, diagnostic);
    }

    /// Whether no more problems will be recorded: skip costly checks.
    fn full(&self) -> bool {
        self.diags.is_full()
    }
}

use crate::model::key_help;
use crate::model::keys::Owner;

/// Where a value sits, for messages and for the place of a label.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Place<'a> {
    /// The value of a key: the key node and its name.
    Key(&'a Node, &'a str),
    /// An item of the list under a key.
    Item(&'a str),
}

impl Place<'_> {
    /// "`date`" or "một dòng của `items`" / "an item of `items`".
    pub(super) fn describe(self) -> crate::lang::Text {
        match self {
            Self::Key(_, key) => t(format!("`{key}`"), format!("`{key}`")),
            Self::Item(key) => {
                t(format!("một dòng của `{key}`"), format!("an item of `{key}`"))
            }
        }
    }

    /// Where to put a label about `value`: the value itself, or its key when
    /// the value is empty (`date:` with nothing after it).
    pub(super) fn span_of(self, value: &Node) -> Span {
        match self {
            Self::Key(key, _) if value.span.is_empty() => key.span,
            _ => value.span,
        }
    }
}

/// An opened mapping: its entries, checked against the known keys.
pub(super) struct Fields<'n> {
    entries: &'n [(Node, Node)],
    /// Where "missing key" points.
    anchor: Span,
    owner: Owner,
    /// "the plan", "`issuer`", "a section", for messages.
    label: crate::lang::Text,
}

impl<'n> Fields<'n> {
    /// Opens `node` as a mapping of `owner`, reporting a wrong type or every
    /// unknown key.
    pub(super) fn open(
        node: &'n Node,
        owner: Owner,
        anchor: Span,
        label: crate::lang::Text,
        place: Place<'_>,
        cx: &mut Cx<'_>,
    ) -> Option<Self> {
        let entries = match &node.kind {
            NodeKind::Map(entries) => entries,
            NodeKind::Invalid => return None,
            _ => {
                cx.push(
                    error::wrong_type(
                        place.span_of(node),
                        t("một nhóm khóa", "a mapping"),
                        place.describe(),
                        node.found(),
                    )
                    .with_help(key_help::mapping_help(owner)),
                );
                return None;
            }
        };
        let known = owner.names();
        // Keys an unknown key looks like a misspelling of (`sectons:` for
        // `sections`): one mistake, reported once, as the unknown key.
        let mut misspelt: Vec<&str> = Vec::new();
        for (key, value) in entries {
            if cx.full() {
                break;
            }
            match &key.kind {
                NodeKind::Invalid => {}
                NodeKind::Scalar(name, _) if !key.is_null() => {
                    if !known.contains(&name.as_str()) {
                        misspelt
                            .extend(crate::suggest::nearest(name, known.iter().copied()));
                        cx.push(error::unknown_key(key.span, name, known));
                        if owner == Owner::Plan {
                            // `directves:` or `intr:` may hold definitions or
                            // references that are now not read.
                            cx.gaps.definitions |= may_define(value);
                            cx.gaps.texts |= may_refer(value);
                        }
                    }
                }
                _ => cx.push(error::key_not_text(key.span, &key.found())),
            }
        }
        let fields = Self { entries, anchor, owner, label };
        // Missing keys come from the same table (`model::keys`) as the schema.
        for key in owner.keys().iter().filter(|k| k.required) {
            if cx.full() {
                break;
            }
            if fields.get(key.name).is_none() && !misspelt.contains(&key.name) {
                fields.report_missing(key.name, cx);
            }
        }
        Some(fields)
    }

    /// The entry of `key`.
    pub(super) fn get(&self, key: &str) -> Option<(&'n Node, &'n Node)> {
        self.entries.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(k, v)| (k, v))
    }

    /// The entry of `key`, which the table marks required: [`Fields::open`]
    /// has reported it when missing (reported here only if the table
    /// disagrees, so a missing value is never silent).
    pub(super) fn require(
        &self,
        key: &str,
        cx: &mut Cx<'_>,
    ) -> Option<(&'n Node, &'n Node)> {
        let entry = self.get(key);
        if entry.is_none() && !self.owner.key(key).is_some_and(|k| k.required) {
            self.report_missing(key, cx);
        }
        entry
    }

    fn report_missing(&self, key: &str, cx: &mut Cx<'_>) {
        let role = key_help::key_role(self.owner, key);
        cx.push(error::missing_key(self.anchor, key, &self.label, role));
    }

    /// Reads the optional `key` with `read`.
    pub(super) fn opt<T>(
        &self,
        key: &'static str,
        cx: &mut Cx<'_>,
        read: impl FnOnce(&'n Node, Place<'n>, &mut Cx<'_>) -> Option<T>,
    ) -> Option<T> {
        let (k, v) = self.get(key)?;
        read(v, Place::Key(k, key), cx)
    }

    /// Reads the required `key` with `read`.
    pub(super) fn req<T>(
        &self,
        key: &'static str,
        cx: &mut Cx<'_>,
        read: impl FnOnce(&'n Node, Place<'n>, &mut Cx<'_>) -> Option<T>,
    ) -> Option<T> {
        let (k, v) = self.require(key, cx)?;
        read(v, Place::Key(k, key), cx)
    }
}

/// Whether a value under an unknown key may be definitions: a mapping of
/// mappings, as `directives` and `anniversaries` are.
fn may_define(value: &Node) -> bool {
    match &value.kind {
        NodeKind::Map(entries) => {
            entries.iter().any(|(_, v)| matches!(v.kind, NodeKind::Map(_)))
        }
        NodeKind::Invalid => true,
        _ => false,
    }
}

/// Whether a value under an unknown key may hold `{id}` references: some
/// text in it has a `{`. The walk is bounded by the tree's depth limit.
fn may_refer(value: &Node) -> bool {
    let mut stack = vec![value];
    while let Some(node) = stack.pop() {
        match &node.kind {
            NodeKind::Scalar(text, _) if text.contains('{') => return true,
            NodeKind::Scalar(..) => {}
            NodeKind::Invalid => return true,
            NodeKind::Seq(items) => stack.extend(items),
            NodeKind::Map(entries) => stack.extend(entries.iter().map(|(_, v)| v)),
        }
    }
    false
}

/// Where "missing key" points for a mapping with no key of its own (a list
/// item, the top level): the whole mapping when it fits on one line, else
/// its first key.
pub(crate) fn item_anchor(node: &Node, sources: &Sources) -> Span {
    match &node.kind {
        NodeKind::Map(entries) if sources.slice(node.span).contains('\n') => {
            entries.first().map_or(node.span, |(k, _)| k.span)
        }
        _ => node.span,
    }
}

/// Converts the top-level mapping (includes already merged) into a plan.
///
/// Past errors the plan is still built, with placeholders where a value is
/// missing or invalid, and `cx.gaps` names them (see [`Gaps`]); `None` only
/// when the top level is not a mapping.
pub(crate) fn read_plan(root: &Node, anchor: Span, cx: &mut Cx<'_>) -> Option<Plan> {
    let f = Fields::open(
        root,
        Owner::Plan,
        anchor,
        error::the_plan(),
        Place::Item("the file"),
        cx,
    )?;
    let kind = f
        .req("kind", cx, |v, p, cx| read_choice(v, p, &Kind::NAMES, Kind::from_name, cx));
    let style = f.req("style", cx, |v, p, cx| {
        read_choice(v, p, &Style::NAMES, Style::from_name, cx)
    });
    let rules = f.opt("rules", cx, |v, p, cx| {
        read_choice(v, p, &RuleSetId::NAMES, RuleSetId::from_name, cx)
    });
    let period = f.req("period", cx, read_period);
    let number = f.opt("number", cx, read_number);
    let (date, signing_month) = super::frame::read_date(&f, cx);
    let place = f.req("place", cx, read_text);
    let texts_before = cx.seen;
    let title = f.opt("title", cx, read_line_text);
    let texts_lost = cx.seen > texts_before;
    let issuer = f.require("issuer", cx).and_then(|(k, v)| read_issuer(k, v, cx));
    let (directives, directive_ids) =
        f.get("directives").map(|(k, v)| read_directives(k, v, cx)).unwrap_or_default();
    let (anniversaries, anniversary_ids) = f
        .get("anniversaries")
        .map(|(k, v)| read_anniversaries(k, v, cx))
        .unwrap_or_default();
    check_ids(&directive_ids, &anniversary_ids, cx);
    let texts_before = cx.seen;
    let intro = f.opt("intro", cx, read_text);
    let sections_before = cx.seen;
    let sections =
        f.require("sections", cx).and_then(|(k, v)| read_sections(k, v, 0, cx));
    let numbering = f.get("numbering").and_then(|(k, v)| read_numbering(k, v, cx));
    // A section that could not be read leaves the list short: not "empty".
    let sections_lost = cx.seen > sections_before;
    let meetings = f.get("meetings").and_then(|(k, v)| read_meetings(k, v, cx));
    let closing = f.opt("closing", cx, read_text);
    let texts_lost = texts_lost || cx.seen > texts_before;
    let recipients_before = cx.seen;
    let recipients = f.req("recipients", cx, |v, p, cx| {
        read_text_list(v, p, "recipients", cx).map(|list| Spanned::new(list, v.span))
    });
    let recipients_lost = cx.seen > recipients_before;
    let archive = f.req("archive", cx, read_text);
    let signer = f.require("signer", cx).and_then(|(k, v)| read_signer(k, v, cx));
    let draft = f.opt("draft", cx, read_bool);
    let appendices_before = cx.seen;
    let appendices =
        f.get("appendices").map(|(k, v)| read_appendices(k, v, cx)).unwrap_or_default();
    let texts_lost = texts_lost || cx.seen > appendices_before;
    let frame = super::frame::read(&f, signing_month, cx);
    let proofing = read_proofing(&f, cx);

    // Placeholders for what could not be read; `Gaps` says which they are.
    let gaps = &mut cx.gaps;
    gaps.style = style.is_none();
    gaps.period = period.is_none();
    gaps.sections = sections_lost || sections.is_none();
    gaps.recipients = recipients_lost;
    gaps.texts |= texts_lost;
    let blank = || Spanned::new(String::new(), anchor);
    Some(Plan {
        kind: kind.unwrap_or(Spanned::new(Kind::ChuongTrinh, anchor)),
        style: style.unwrap_or(Spanned::new(Style::Dang, anchor)),
        rules,
        period: period.unwrap_or(Spanned::new(Period::Year(2000), anchor)),
        number,
        date,
        place: place.unwrap_or_else(blank),
        title,
        issuer: issuer.unwrap_or_else(|| Issuer {
            parent: None,
            name: blank(),
            abbr: blank(),
        }),
        directives,
        anniversaries,
        intro,
        sections: sections.unwrap_or_else(|| Spanned::new(Vec::new(), anchor)),
        numbering,
        meetings,
        closing,
        recipients: recipients.unwrap_or_else(|| Spanned::new(Vec::new(), anchor)),
        archive: archive.unwrap_or_else(blank),
        signer: signer.unwrap_or_else(|| Signer {
            span: anchor,
            on_behalf: None,
            deputy_for: None,
            by_order_of: None,
            by_authority_of: None,
            acting: None,
            title: blank(),
            name: blank(),
        }),
        draft,
        appendices,
        frame,
        proofing,
        texts: std::mem::take(&mut cx.texts),
    })
}

/// `allow`, `spelling` and `words`: settings, not text, so the text checks
/// do not read them.
fn read_proofing(f: &Fields<'_>, cx: &mut Cx<'_>) -> Proofing {
    let before = cx.texts.len();
    let allow = f.opt("allow", cx, |v, p, cx| read_text_list(v, p, "allow", cx));
    let words = f.opt("words", cx, |v, p, cx| read_text_list(v, p, "words", cx));
    cx.texts.truncate(before);
    let spelling = f.opt("spelling", cx, |v, p, cx| {
        read_choice(v, p, &Spelling::NAMES, Spelling::from_name, cx)
    });
    Proofing {
        allow: allow.unwrap_or_default(),
        spelling,
        words: words.unwrap_or_default(),
    }
}

fn read_issuer(key: &Node, node: &Node, cx: &mut Cx<'_>) -> Option<Issuer> {
    let label = t("`issuer`", "`issuer`");
    let f = Fields::open(
        node,
        Owner::Issuer,
        key.span,
        label,
        Place::Key(key, "issuer"),
        cx,
    )?;
    let parent = f.opt("parent", cx, read_line_text);
    let name = f.req("name", cx, read_line_text);
    let abbr = f.req("abbr", cx, read_text);
    let blank = || Spanned::new(String::new(), key.span);
    Some(Issuer {
        parent,
        name: name.unwrap_or_else(blank),
        abbr: abbr.unwrap_or_else(blank),
    })
}

/// The entries of a mapping of entries by id (`directives`, `anniversaries`).
fn id_entries<'n>(
    key: &'n Node,
    node: &'n Node,
    name: &'static str,
    cx: &mut Cx<'_>,
) -> &'n [(Node, Node)] {
    match &node.kind {
        NodeKind::Map(entries) => entries,
        NodeKind::Invalid => {
            cx.gaps.definitions = true;
            &[]
        }
        _ => {
            cx.gaps.definitions = true;
            let place = Place::Key(key, name);
            cx.push(error::wrong_type(
                place.span_of(node),
                t("một nhóm các mục theo mã", "a mapping of entries by id"),
                place.describe(),
                node.found(),
            ));
            &[]
        }
    }
}

/// Reads an id key: text of the form `[A-Za-z][A-Za-z0-9_-]*`.
fn read_id(key: &Node, cx: &mut Cx<'_>) -> Option<Spanned<String>> {
    let text = match &key.kind {
        NodeKind::Invalid => return None,
        NodeKind::Scalar(text, _) if !key.is_null() => text,
        _ => {
            cx.push(error::key_not_text(key.span, &key.found()));
            return None;
        }
    };
    if is_id(text) {
        Some(Spanned::new(text.clone(), key.span))
    } else {
        cx.push(error::invalid_id(key.span, text));
        None
    }
}

/// Whether `text` is an id: an ASCII letter, then letters, digits, `_`, `-`.
pub(crate) fn is_id(text: &str) -> bool {
    let mut chars = text.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

type WithIds<T> = (Vec<T>, Vec<Spanned<String>>);

fn read_directives(key: &Node, node: &Node, cx: &mut Cx<'_>) -> WithIds<Directive> {
    let mut out = Vec::new();
    let mut ids = Vec::new();
    for (id_key, value) in id_entries(key, node, "directives", cx) {
        let id = read_id(id_key, cx);
        let name = id_key.as_str().unwrap_or_default();
        let label = t(format!("văn bản chỉ đạo `{name}`"), format!("directive `{name}`"));
        let place = Place::Key(id_key, name);
        // An entry with any error (an unknown `abut:`, say) is left out and
        // its id remembered, so references to it raise nothing more.
        let before = cx.seen;
        let Some(f) =
            Fields::open(value, Owner::Directive, id_key.span, label, place, cx)
        else {
            cx.gaps.failed_ids.extend(id.iter().map(|i| i.value.clone()));
            ids.extend(id);
            continue;
        };
        let doc_type = f.req("type", cx, read_text);
        let number = f.req("number", cx, read_text);
        let date = f.req("date", cx, read_date);
        let by = f.req("by", cx, read_text);
        let about = f.opt("about", cx, read_text);
        match (id.clone(), doc_type, number, date, by) {
            (Some(id), Some(doc_type), Some(number), Some(date), Some(by))
                if cx.seen == before =>
            {
                out.push(Directive { id, doc_type, number, date, by, about });
            }
            (Some(id), ..) => cx.gaps.failed_ids.push(id.value),
            _ => {}
        }
        ids.extend(id);
    }
    (out, ids)
}

fn read_anniversaries(key: &Node, node: &Node, cx: &mut Cx<'_>) -> WithIds<Anniversary> {
    let mut out = Vec::new();
    let mut ids = Vec::new();
    for (id_key, value) in id_entries(key, node, "anniversaries", cx) {
        let id = read_id(id_key, cx);
        let name = id_key.as_str().unwrap_or_default();
        let label = t(format!("ngày kỷ niệm `{name}`"), format!("anniversary `{name}`"));
        let place = Place::Key(id_key, name);
        // An entry with any error (an unknown `abut:`, say) is left out and
        // its id remembered, so references to it raise nothing more.
        let before = cx.seen;
        let Some(f) =
            Fields::open(value, Owner::Anniversary, id_key.span, label, place, cx)
        else {
            cx.gaps.failed_ids.extend(id.iter().map(|i| i.value.clone()));
            ids.extend(id);
            continue;
        };
        let event = f.req("name", cx, read_text);
        let date = f.req("date", cx, read_date);
        match (id.clone(), event, date) {
            (Some(id), Some(name), Some(date)) if cx.seen == before => {
                out.push(Anniversary { id, name, date });
            }
            (Some(id), ..) => cx.gaps.failed_ids.push(id.value),
            _ => {}
        }
        ids.extend(id);
    }
    (out, ids)
}

/// An id must not name both a directive and an anniversary: reports the
/// second of the two (the later one in the same file, else the anniversary).
fn check_ids(
    directives: &[Spanned<String>],
    anniversaries: &[Spanned<String>],
    cx: &mut Cx<'_>,
) {
    let by_id: HashMap<&str, &Spanned<String>> =
        directives.iter().map(|d| (d.value.as_str(), d)).collect();
    for ann in anniversaries {
        let Some(dir) = by_id.get(ann.value.as_str()) else { continue };
        if cx.full() {
            return;
        }
        let (second, first, first_is) =
            if dir.span.source == ann.span.source && dir.span.start > ann.span.start {
                (*dir, ann, error::definition_kind(false))
            } else {
                (ann, *dir, error::definition_kind(true))
            };
        let file = cx.sources.get(first.span.source);
        let line = line_of(&file.text, first.span.start);
        let at = if first.span.source == second.span.source {
            error::line_in(line, None)
        } else {
            error::line_in(line, Some(&file.name))
        };
        cx.push(error::duplicate_id(second.span, &ann.value, &first_is, &at));
    }
}

fn read_appendices(key: &Node, node: &Node, cx: &mut Cx<'_>) -> Vec<Appendix> {
    let Some(items) = read_list(node, Place::Key(key, "appendices"), cx) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for item in items {
        let before = cx.seen;
        out.extend(read_appendix(item, cx));
        if cx.seen > before {
            cx.gaps.broken_sections.push(item.span);
        }
    }
    out
}

fn read_appendix(node: &Node, cx: &mut Cx<'_>) -> Option<Appendix> {
    let anchor = item_anchor(node, cx.sources);
    let label = t("một phụ lục", "an appendix");
    let place = Place::Item("appendices");
    let f = Fields::open(node, Owner::Appendix, anchor, label, place, cx)?;
    let landscape = f.opt("landscape", cx, read_bool).is_some_and(|b| b.value);
    let header = f.opt("header", cx, read_bool).is_some_and(|b| b.value);
    if landscape {
        cx.text_width_um = super::table::LANDSCAPE_WIDTH_UM;
    }
    let numbering =
        f.get("numbering").and_then(|(k, v)| super::section::read_numbering(k, v, cx));
    let body = super::section::section_from(&f, node, anchor, 0, cx);
    cx.text_width_um = super::table::PORTRAIT_WIDTH_UM;
    Some(Appendix { span: node.span, landscape, header, numbering, body })
}

fn read_meetings(key: &Node, node: &Node, cx: &mut Cx<'_>) -> Option<Meetings> {
    let label = t("`meetings`", "`meetings`");
    let place = Place::Key(key, "meetings");
    let f = Fields::open(node, Owner::Meetings, key.span, label, place, cx)?;
    let title = f.opt("title", cx, read_text);
    let items = f.req("items", cx, |v, p, cx| {
        let list = read_list(v, p, cx)?;
        Some(list.iter().filter_map(|item| read_meeting(item, cx)).collect::<Vec<_>>())
    });
    let note = f.opt("note", cx, read_text);
    Some(Meetings { span: node.span, title, items: items.unwrap_or_default(), note })
}

fn read_meeting(node: &Node, cx: &mut Cx<'_>) -> Option<Meeting> {
    let anchor = item_anchor(node, cx.sources);
    let label = t("một cuộc họp", "a meeting");
    let f = Fields::open(node, Owner::Meeting, anchor, label, Place::Item("items"), cx)?;
    let name = f.req("name", cx, read_text);
    let when = match (f.get("date"), f.get("every")) {
        (Some((date_key, _)), Some((every_key, _))) => {
            let second = if every_key.span.start > date_key.span.start {
                every_key
            } else {
                date_key
            };
            cx.push(error::date_and_every(second.span));
            None
        }
        (Some((k, v)), None) => read_date(v, Place::Key(k, "date"), cx).map(When::Dated),
        (None, Some((k, v))) => read_choice(
            v,
            Place::Key(k, "every"),
            &Weekday::NAMES,
            Weekday::from_name,
            cx,
        )
        .map(When::Weekly),
        (None, None) => {
            cx.push(error::meeting_without_when(anchor));
            None
        }
    };
    let time = f.opt("time", cx, read_time);
    // Without a name the meeting is still checked against the period.
    let name = name.unwrap_or_else(|| Spanned::new(String::new(), anchor));
    Some(Meeting { span: node.span, name, when: when?, time })
}

fn read_signer(key: &Node, node: &Node, cx: &mut Cx<'_>) -> Option<Signer> {
    let label = t("`signer`", "`signer`");
    let f = Fields::open(
        node,
        Owner::Signer,
        key.span,
        label,
        Place::Key(key, "signer"),
        cx,
    )?;
    let on_behalf = f.opt("on_behalf", cx, read_line_text);
    let deputy_for = f.opt("deputy_for", cx, read_line_text);
    let by_order_of = f.opt("by_order_of", cx, read_text);
    let by_authority_of = f.opt("by_authority_of", cx, read_text);
    let acting = f.opt("acting", cx, read_bool);
    let title = f.req("title", cx, read_line_text);
    let name = f.req("name", cx, read_text);
    let blank = || Spanned::new(String::new(), key.span);
    Some(Signer {
        span: node.span,
        on_behalf,
        deputy_for,
        by_order_of,
        by_authority_of,
        acting,
        title: title.unwrap_or_else(blank),
        name: name.unwrap_or_else(blank),
    })
}

// ---- values ---------------------------------------------------------------

/// The text of a scalar, reporting anything else as not `expected`.
pub(super) fn read_scalar<'n>(
    node: &'n Node,
    place: Place<'_>,
    expected: crate::lang::Text,
    cx: &mut Cx<'_>,
) -> Option<&'n str> {
    match &node.kind {
        NodeKind::Invalid => None,
        NodeKind::Scalar(text, _) if !node.is_null() => Some(text),
        kind => {
            let mut d = error::wrong_type(
                place.span_of(node),
                expected,
                place.describe(),
                node.found(),
            );
            // `- Hội nghị: sơ kết` reads as a mapping of one key.
            if let NodeKind::Map(entries) = kind
                && let [(key, value)] = entries.as_slice()
                && let (Some(key), Some(value)) = (key.as_str(), value.as_str())
            {
                d = d.with_help(error::colon_in_text(key, value));
            }
            cx.push(d);
            None
        }
    }
}

/// A list's items.
pub(super) fn read_list<'n>(
    node: &'n Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<&'n [Node]> {
    match &node.kind {
        NodeKind::Seq(items) => Some(items),
        NodeKind::Invalid => None,
        _ => {
            cx.push(
                error::wrong_type(
                    place.span_of(node),
                    t("một danh sách", "a list"),
                    place.describe(),
                    node.found(),
                )
                .with_help(t(
                    "viết mỗi dòng của danh sách trên một dòng riêng, bắt đầu bằng `- `",
                    "write each item on its own line, starting with `- `",
                )),
            );
            None
        }
    }
}

/// Text, as written (any scalar: `45` as a title is text too).
///
/// A control character (C0 but tab and line feed, DEL, C1) is an error at
/// its place: it would print as nothing or as a box, and usually comes from
/// text pasted out of another program (U+000B is Word's manual line break).
pub(super) fn read_text(node: &Node, place: Place<'_>, cx: &mut Cx<'_>) -> Option<Text> {
    let text = read_scalar(node, place, t("chữ", "text"), cx)?;
    let mut controls = text.char_indices().filter(|&(_, c)| is_control(c));
    if let Some((at, c)) = controls.next() {
        let more = controls.count();
        // The label lands on the character written as itself, or else on
        // its escape in a double-quoted value (`"\a"`), or else on the value.
        let raw = cx.sources.slice(node.span);
        let mut span = text::locate(text, raw, node.span, at..at + c.len_utf8());
        if span == node.span
            && let Some(escape) = control_escape(raw)
        {
            span = Span::new(
                node.span.source,
                node.span.start + escape.start,
                node.span.start + escape.end,
            );
        }
        cx.push(error::control_character(span, c, more));
    }
    let text = Spanned::new(text.to_owned(), node.span);
    cx.texts.push(text.clone());
    Some(text)
}

/// A one-line text that may be broken into lines (`plan-format-v2.md`
/// §1.8): a literal block (`|`) keeps its line breaks, without the final
/// one; any other value has them as spaces, as every one-line text of
/// version 1 has ("Ủy ban nhân dân\nphường" prints "Ủy ban nhân dân phường").
pub(super) fn read_line_text(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Text> {
    let mut text = read_text(node, place, cx)?;
    if matches!(node.kind, NodeKind::Scalar(_, ScalarStyle::Literal)) {
        let kept = text.value.trim_end_matches('\n').len();
        text.value.truncate(kept);
    } else {
        // Same length: positions inside the text still map onto the file.
        text.value = text.value.replace('\n', " ");
    }
    Some(text)
}

/// The byte range of the first escape in a double-quoted scalar `raw`
/// (`"a\x07b"`) that stands for a control character [`is_control`] refuses.
fn control_escape(raw: &str) -> Option<std::ops::Range<usize>> {
    if !raw.starts_with('"') {
        return None;
    }
    let mut chars = raw.char_indices();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            continue;
        }
        let Some((_, kind)) = chars.next() else { break };
        let hex = |n: usize, chars: &mut std::str::CharIndices<'_>| {
            let digits: String = chars.by_ref().take(n).map(|(_, d)| d).collect();
            u32::from_str_radix(&digits, 16).ok().and_then(char::from_u32)
        };
        let decoded = match kind {
            '0' => Some('\0'),
            'a' => Some('\u{7}'),
            'b' => Some('\u{8}'),
            'v' => Some('\u{B}'),
            'f' => Some('\u{C}'),
            'r' => Some('\r'),
            'e' => Some('\u{1B}'),
            'N' => Some('\u{85}'),
            'x' => hex(2, &mut chars),
            'u' => hex(4, &mut chars),
            'U' => hex(8, &mut chars),
            _ => None,
        };
        if decoded.is_some_and(is_control) {
            let end = chars.clone().next().map_or(raw.len(), |(i, _)| i);
            return Some(at..end);
        }
    }
    None
}

/// Whether `c` is a control character a text may not hold: C0 but tab and
/// line feed, DEL and C1.
pub(crate) fn is_control(c: char) -> bool {
    c.is_control() && c != '\t' && c != '\n'
}

/// A list of texts under `key`.
pub(super) fn read_text_list(
    node: &Node,
    place: Place<'_>,
    key: &str,
    cx: &mut Cx<'_>,
) -> Option<Vec<Text>> {
    let items = read_list(node, place, cx)?;
    let mut out = Vec::with_capacity(items.len());
    for item in items {
        out.extend(read_text(item, Place::Item(key), cx));
    }
    Some(out)
}

/// One of the YAML names of a closed set.
pub(super) fn read_choice<T>(
    node: &Node,
    place: Place<'_>,
    names: &[&str],
    from_name: fn(&str) -> Option<T>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<T>> {
    let all = error::list(names);
    let expected = t(format!("một trong {}", all.vi), format!("one of {}", all.en));
    let text = read_scalar(node, place, expected, cx)?;
    match from_name(text) {
        Some(value) => Some(Spanned::new(value, node.span)),
        None => {
            let key = match place {
                Place::Key(_, key) | Place::Item(key) => key,
            };
            cx.push(error::invalid_value(node.span, key, text, names));
            None
        }
    }
}

/// `true` or `false` (also `True`, `TRUE`, …: YAML 1.2 core; not `yes`/`no`).
pub(super) fn read_bool(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<bool>> {
    let key = match place {
        Place::Key(_, key) | Place::Item(key) => key,
    };
    if let NodeKind::Invalid = node.kind {
        return None;
    }
    let value = match node.as_str() {
        Some("true" | "True" | "TRUE") => true,
        Some("false" | "False" | "FALSE") => false,
        _ => {
            cx.push(error::not_boolean(place.span_of(node), key, &node.found()));
            return None;
        }
    };
    Some(Spanned::new(value, node.span))
}

/// A date `YYYY-MM-DD` that exists.
pub(super) fn read_date(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<NaiveDate>> {
    let text = read_scalar(
        node,
        place,
        t("một ngày dạng 2024-05-02", "a date like 2024-05-02"),
        cx,
    )?;
    match parse_date(text) {
        Ok(date) => Some(Spanned::new(date, node.span)),
        Err(DateError::Shape(hint)) => {
            cx.push(error::not_a_date(node.span, place.describe(), &node.found(), hint));
            None
        }
        Err(DateError::NoSuchDay(why)) => {
            cx.push(error::invalid_date(node.span, text, why));
            None
        }
    }
}

fn read_period(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<Period>> {
    let text =
        read_scalar(node, place, t("một kỳ dạng 2024-05", "a period like 2024-05"), cx)?;
    match Period::check(text) {
        Ok(period) => Some(Spanned::new(period, node.span)),
        Err(why) => {
            cx.push(error::invalid_period(node.span, text, &why));
            None
        }
    }
}

fn read_number(node: &Node, place: Place<'_>, cx: &mut Cx<'_>) -> Option<Spanned<u32>> {
    let text = read_scalar(node, place, t("một số nguyên", "a whole number"), cx)?;
    match parse_number(text) {
        Some(n) => Some(Spanned::new(n, node.span)),
        None => {
            cx.push(error::invalid_number(node.span, text));
            None
        }
    }
}

fn read_time(
    node: &Node,
    place: Place<'_>,
    cx: &mut Cx<'_>,
) -> Option<Spanned<TimeOfDay>> {
    let text =
        read_scalar(node, place, t("giờ dạng \"08:00\"", "a time like \"08:00\""), cx)?;
    match parse_time(text) {
        Some(time) => Some(Spanned::new(time, node.span)),
        None => {
            cx.push(error::invalid_time(node.span, text));
            None
        }
    }
}

/// Why a text is not a date.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum DateError {
    /// Not of the form `YYYY-MM-DD`; the ISO form if it reads as a
    /// day/month/year date.
    Shape(Option<String>),
    /// Of the form but not in the calendar; why.
    NoSuchDay(crate::lang::Text),
}

/// Reads `YYYY-MM-DD`.
pub(crate) fn parse_date(text: &str) -> Result<NaiveDate, DateError> {
    let parts: Vec<&str> = text.split('-').collect();
    let digits =
        |s: &str, n: usize| s.len() == n && s.bytes().all(|b| b.is_ascii_digit());
    let [y, m, d] = parts.as_slice() else {
        return Err(DateError::Shape(day_month_year(text)));
    };
    if !(digits(y, 4) && digits(m, 2) && digits(d, 2)) {
        return Err(DateError::Shape(day_month_year(text)));
    }
    let (Ok(y), Ok(m), Ok(d)) = (y.parse::<i32>(), m.parse::<u32>(), d.parse::<u32>())
    else {
        return Err(DateError::Shape(None));
    };
    NaiveDate::from_ymd_opt(y, m, d)
        .ok_or_else(|| DateError::NoSuchDay(why_no_such_day(y, m, d)))
}

/// Why `y-m-d` is not a day.
fn why_no_such_day(y: i32, m: u32, d: u32) -> crate::lang::Text {
    if !(1..=12).contains(&m) {
        no_such_month(m)
    } else if d == 0 || d > 31 {
        t(format!("ngày {d} không tồn tại"), format!("there is no day {d}"))
    } else if m == 2 && d == 29 {
        t(
            format!("năm {y} không phải năm nhuận: tháng 2 chỉ có 28 ngày"),
            format!("{y} is not a leap year: February has 28 days"),
        )
    } else {
        t(
            format!("ngày {d} tháng {m} không tồn tại"),
            format!("month {m} has no day {d}"),
        )
    }
}

/// "tháng 13 không tồn tại" / "there is no month 13".
pub(super) fn no_such_month(m: u32) -> crate::lang::Text {
    t(format!("tháng {m} không tồn tại"), format!("there is no month {m}"))
}

/// `2/5/2024`, `02-05-2024`, `2.5.2024` or `2024/05/02` as `2024-05-02`, when
/// that day exists.
fn day_month_year(text: &str) -> Option<String> {
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    let num = |s: &str, max: usize| {
        (!s.is_empty() && s.len() <= max && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse::<u32>().ok())
            .flatten()
    };
    let (y, m, d) = match parts.as_slice() {
        [y, m, d] if y.len() == 4 => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        [d, m, y] if y.len() == 4 => (num(y, 4)?, num(m, 2)?, num(d, 2)?),
        _ => return None,
    };
    let date = NaiveDate::from_ymd_opt(i32::try_from(y).ok()?, m, d)?;
    Some(date.format("%Y-%m-%d").to_string())
}

/// A whole number from 1 to 9999 (leading zeros allowed: `05` is 5).
pub(crate) fn parse_number(text: &str) -> Option<u32> {
    if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let digits = text.trim_start_matches('0');
    if digits.is_empty() || digits.len() > 4 {
        return None;
    }
    digits.parse().ok()
}

/// `H:MM` or `HH:MM` from 00:00 to 23:59.
pub(crate) fn parse_time(text: &str) -> Option<TimeOfDay> {
    let (h, m) = text.split_once(':')?;
    let digits = |s: &str| s.bytes().all(|b| b.is_ascii_digit());
    if !(matches!(h.len(), 1 | 2) && m.len() == 2 && digits(h) && digits(m)) {
        return None;
    }
    let (hour, minute): (u8, u8) = (h.parse().ok()?, m.parse().ok()?);
    (hour < 24 && minute < 60).then_some(TimeOfDay { hour, minute })
}
