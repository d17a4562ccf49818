//! The node tree → [`Plan`], reporting every problem rather than the first.
//!
//! Each `read_*` function returns `None` only after it has reported why (or
//! when the node was already reported, [`NodeKind::Invalid`]); the caller
//! keeps going with the siblings. Past an error the plan is still built,
//! with placeholders that [`crate::model::Gaps`] names, so `resolve` can
//! check the rest of the file in the same run; the stages compose nothing
//! when any error was reported. The walk follows the format's fixed shape, so its depth is
//! bounded by the format, not by the input.
//!
//! This file reads the plan's own parts (the top level, `issuer`,
//! `directives`, `anniversaries`, `appendices`, `meetings`, `signer`);
//! sections and numbering are read in `section`, tables in `table`, the
//! frame keys (dates, citations, document type) in `frame`. The machinery
//! of a mapping is in `fields`, the reading of one value in `scalar`.

use std::collections::HashMap;

use super::error;
use super::fields::{Cx, Fields, Place, item_anchor};
use super::scalar::{
    read_bool, read_choice, read_date, read_line_text, read_list, read_number,
    read_period, read_text, read_text_list, read_time,
};
use super::section::{read_numbering, read_sections};
use super::yaml::{Node, NodeKind, line_of};
use crate::lang::t;
use crate::model::keys::Owner;
use crate::model::{
    Anniversary, Appendix, Directive, Issuer, Kind, Meeting, Meetings, Period, Plan,
    Proofing, RuleSetId, Signer, Spelling, Style, Weekday, When,
};
use crate::source::{Span, Spanned};

/// Converts the top-level mapping (includes already merged) into a plan.
///
/// Past errors the plan is still built, with placeholders where a value is
/// missing or invalid, and `cx.gaps` names them (see [`crate::model::Gaps`]); `None` only
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
    // `recipients: []` is allowed beside `electronic_recipients`, which a
    // misspelling hid: no "empty" then either.
    gaps.recipients =
        recipients_lost || recipients.is_none() || f.misspelt("electronic_recipients");
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
    // A setting misspelt (`alow:`) or of the wrong type was reported; the
    // warnings it governs are not, until it is fixed.
    let read = [
        ("allow", allow.is_some()),
        ("words", words.is_some()),
        ("spelling", spelling.is_some()),
    ];
    let unread = read
        .into_iter()
        .filter(|&(key, read)| f.misspelt(key) || f.get(key).is_some() && !read)
        .map(|(key, _)| key)
        .collect();
    Proofing {
        allow: allow.unwrap_or_default(),
        spelling,
        words: words.unwrap_or_default(),
        unread,
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
        let texts_before = cx.texts.len();
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
            // Its texts go too: the text checks would read its number and
            // `about` as any text, where the number is typed out.
            (Some(id), ..) => {
                cx.texts.truncate(texts_before);
                cx.gaps.failed_ids.push(id.value);
            }
            _ => cx.texts.truncate(texts_before),
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
    let landscape = f.opt("landscape", cx, read_bool);
    cx.landscape_unread =
        f.misspelt("landscape") || f.get("landscape").is_some() && landscape.is_none();
    let landscape = landscape.is_some_and(|b| b.value);
    let header = f.opt("header", cx, read_bool).is_some_and(|b| b.value);
    if landscape {
        cx.text_width_um = super::table::LANDSCAPE_WIDTH_UM;
    }
    let numbering =
        f.get("numbering").and_then(|(k, v)| super::section::read_numbering(k, v, cx));
    let body = super::section::section_from(&f, node, anchor, 0, cx);
    cx.text_width_um = super::table::PORTRAIT_WIDTH_UM;
    cx.landscape_unread = false;
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
        // `datex:` was reported as a misspelling of `date`: one report.
        (None, None) if f.misspelt("date") || f.misspelt("every") => None,
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
