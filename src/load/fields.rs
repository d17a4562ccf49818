//! The field machinery every reader of a mapping uses: the conversion's
//! context ([`Cx`]: where problems go, what the plan lacks), where a value
//! sits ([`Place`]) and an opened mapping ([`Fields`]) that reports unknown
//! and missing keys against the key tables of [`crate::model::keys`].

use super::error;
use super::yaml::{Node, NodeKind};
use crate::diag::{Diagnostic, Diagnostics};
use crate::lang::t;
use crate::model::key_help;
use crate::model::keys::Owner;
use crate::model::{Gaps, Text};
use crate::source::{Sources, Span};

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
    /// The appendix being read has a `landscape` that could not be read
    /// (misspelt, or not `true` or `false`): its width is not known, and its
    /// tables' widths are not checked.
    pub(crate) landscape_unread: bool,
    /// Every text value read so far, for the text checks ([`crate::model::Plan::texts`]).
    pub(crate) texts: Vec<Text>,
    /// Keys written in the wrong mapping (`abbr` at the top level instead of
    /// under `issuer`), found when the top level is opened: the mapping they
    /// belong to, and the key. Reported once, as an unknown key where they
    /// stand, not also as missing where they belong ([`stray_keys`]).
    pub(crate) strays: Vec<(Owner, &'static str)>,
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
            landscape_unread: false,
            texts: Vec::new(),
            strays: Vec::new(),
        }
    }

    pub(super) fn push(&mut self, diagnostic: Diagnostic) {
        self.seen += 1;
        error::report(self.diags, diagnostic);
    }

    /// Whether no more problems will be recorded: skip costly checks.
    pub(super) fn full(&self) -> bool {
        self.diags.is_full()
    }
}

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
    /// Known keys an unknown key here looks like a misspelling of.
    misspelt: Vec<&'static str>,
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
        // Unknown keys like no known one, reported once the missing keys
        // are known: one of them where one required key is missing stands
        // for it (`nơi: Mỹ Độ` where `place` is missing).
        let mut unlike: Vec<(&Node, &str, &Node)> = Vec::new();
        if owner == Owner::Plan {
            cx.strays = stray_keys(entries);
            misspelt.extend(cx.strays.iter().filter(|s| s.0 == Owner::Plan).map(|s| s.1));
        }
        for (index, (key, value)) in entries.iter().enumerate() {
            if cx.full() {
                break;
            }
            match &key.kind {
                NodeKind::Invalid => {}
                NodeKind::Scalar(name, _) if !key.is_null() => {
                    if !known.contains(&name.as_str()) {
                        if split_by_comma(key, value, known) {
                            // `{ name: Họp phòng, chống dịch }`: not a key.
                            // Words after two commas are one mistake, one
                            // report, at the first of them.
                            let previous =
                                index.checked_sub(1).and_then(|i| entries.get(i));
                            if previous.is_some_and(|(k, v)| split_by_comma(k, v, known))
                            {
                                continue;
                            }
                            let before = previous
                                .and_then(|(k, v)| Some((k.as_str()?, v.as_str()?)));
                            let run: Vec<&Node> = entries[index..]
                                .iter()
                                .take_while(|(k, v)| split_by_comma(k, v, known))
                                .map(|(k, _)| k)
                                .collect();
                            let words: Vec<&str> =
                                run.iter().filter_map(|k| k.as_str()).collect();
                            let last = run.last().map_or(key.span, |k| k.span);
                            let span = if last.source == key.span.source {
                                Span::new(key.span.source, key.span.start, last.end)
                            } else {
                                key.span
                            };
                            cx.push(error::text_split_by_comma(
                                span,
                                &words.join(", "),
                                before,
                            ));
                            continue;
                        }
                        if let Some(&(home, _)) =
                            cx.strays.iter().find(|&&(home, stray)| {
                                stray == name
                                    && (home == Owner::Plan) != (owner == Owner::Plan)
                            })
                        {
                            cx.push(error::key_in_wrong_place(
                                key.span, name, home, owner,
                            ));
                            continue;
                        }
                        // `pla​ce` with a zero-width space pasted in: the key
                        // looks right, and the character is what is wrong.
                        if let Some((at, c)) = name
                            .char_indices()
                            .find(|&(_, c)| super::scalar::is_control(c))
                        {
                            let raw = cx.sources.slice(key.span);
                            let span = if raw == name {
                                let start = key.span.start + at;
                                Span::new(key.span.source, start, start + c.len_utf8())
                            } else {
                                key.span
                            };
                            let clean: String = name
                                .chars()
                                .filter(|&c| !super::scalar::is_control(c))
                                .collect();
                            misspelt.extend(known.iter().copied().find(|&k| k == clean));
                            cx.push(error::control_character(span, c, 0));
                            continue;
                        }
                        let like = crate::suggest::nearest(name, known.iter().copied())
                            .or_else(|| {
                                crate::suggest::vietnamese_key(
                                    name,
                                    known.iter().copied(),
                                )
                            });
                        match like {
                            Some(like) => {
                                misspelt.push(like);
                                cx.push(error::unknown_key(key.span, name, known));
                                if owner == Owner::Plan {
                                    // `directves:` or `intr:` may hold
                                    // definitions or references that are
                                    // now not read.
                                    cx.gaps.definitions |= may_define(value);
                                    cx.gaps.texts |= may_refer(value);
                                }
                            }
                            None => unlike.push((key, name.as_str(), value)),
                        }
                    }
                }
                _ => cx.push(error::key_not_text(key.span, &key.found())),
            }
        }
        let missing: Vec<&'static str> = owner
            .keys()
            .iter()
            .filter(|k| k.required)
            .map(|k| k.name)
            .filter(|&name| {
                !entries.iter().any(|(k, _)| k.as_str() == Some(name))
                    && !misspelt.contains(&name)
                    && !cx.strays.contains(&(owner, name))
            })
            .collect();
        let stands_for = match (unlike.as_slice(), missing.as_slice()) {
            ([_], [only]) => Some(*only),
            _ => None,
        };
        for &(key, name, value) in &unlike {
            match stands_for {
                Some(meant) => {
                    misspelt.push(meant);
                    cx.push(error::unknown_key_for_missing(key.span, name, meant));
                }
                None => cx.push(error::unknown_key(key.span, name, known)),
            }
            if owner == Owner::Plan {
                // Its value may hold definitions or references that are
                // now not read.
                cx.gaps.definitions |= may_define(value);
                cx.gaps.texts |= may_refer(value);
            }
        }
        if owner == Owner::Plan && misspelt.contains(&"include") {
            // `inclde: [chung.yaml]`: the shared file's definitions and
            // texts were not read.
            cx.gaps.definitions = true;
            cx.gaps.texts = true;
        }
        let fields = Self { entries, anchor, owner, label, misspelt };
        // Missing keys come from the same table (`model::keys`) as the schema.
        for key in owner.keys().iter().filter(|k| k.required) {
            if cx.full() {
                break;
            }
            let moved = cx.strays.contains(&(owner, key.name));
            if fields.get(key.name).is_none() && !fields.misspelt(key.name) && !moved {
                fields.report_missing(key.name, cx);
            }
        }
        Some(fields)
    }

    /// Whether an unknown key of this mapping was reported as a misspelling
    /// of `key` (`datex:` for `date`): a check that `key` is there would
    /// report the same mistake again.
    pub(super) fn misspelt(&self, key: &str) -> bool {
        self.misspelt.contains(&key)
    }

    /// The entry of `key`.
    /// A key its owner does not have is never read: [`Fields::open`] has
    /// reported it (`heading` on an appendix is one report, not also a
    /// `run_in_without_intro`).
    pub(super) fn get(&self, key: &str) -> Option<(&'n Node, &'n Node)> {
        if !self.owner.names().contains(&key) {
            return None;
        }
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

/// The mappings a key is most often written outside of, or inside by
/// mistake: the issuer's and the signer's, beside the top level.
const NESTED: [(Owner, &str); 2] = [(Owner::Issuer, "issuer"), (Owner::Signer, "signer")];

/// Keys of the top-level `entries` that stand in the wrong mapping and are
/// missing where they belong: a key of `issuer` or `signer` written at the
/// top level (`abbr: ĐU` under `place`), or a top-level key written inside
/// `issuer` or `signer` (`archive` indented under the signer's `name`).
/// Each comes with the mapping it belongs to.
fn stray_keys(entries: &[(Node, Node)]) -> Vec<(Owner, &'static str)> {
    let has = |entries: &[(Node, Node)], name: &str| {
        entries.iter().any(|(k, _)| k.as_str() == Some(name))
    };
    let mapping = |name: &str| {
        entries.iter().find(|(k, _)| k.as_str() == Some(name)).and_then(|(_, v)| match &v
            .kind
        {
            NodeKind::Map(inner) => Some(inner.as_slice()),
            _ => None,
        })
    };
    let mut strays = Vec::new();
    for (key, _) in entries {
        let Some(name) = key.as_str() else { continue };
        if Owner::Plan.names().contains(&name) {
            continue;
        }
        // Outside: where it is missing, and required first.
        let homes = NESTED.iter().filter_map(|&(owner, at)| {
            let known = owner.key(name)?;
            let inner = mapping(at).unwrap_or(&[]);
            (!has(inner, name)).then_some((owner, known.required))
        });
        if let Some((home, _)) = homes.max_by_key(|&(_, required)| required) {
            strays.push((home, owner_key(home, name)));
        }
    }
    for (owner, at) in NESTED {
        for (key, _) in mapping(at).unwrap_or(&[]) {
            let Some(name) = key.as_str() else { continue };
            if !owner.names().contains(&name)
                && !has(entries, name)
                && let Some(&known) = Owner::Plan.names().iter().find(|&&k| k == name)
            {
                strays.push((Owner::Plan, known));
            }
        }
    }
    strays
}

/// `name` as the `&'static str` of `owner`'s key table.
fn owner_key(owner: Owner, name: &str) -> &'static str {
    owner.names().iter().find(|&&k| k == name).copied().unwrap_or("")
}

/// The key that holds `owner`'s mapping (`issuer`), for messages.
pub(super) fn mapping_key(owner: Owner) -> Option<&'static str> {
    NESTED.iter().find(|(o, _)| *o == owner).map(|(_, at)| *at)
}

/// Whether the entry `key: value` of a mapping whose keys are `known` is
/// words a comma cut off the value before it: an unknown key that reads as
/// words ([`reads_as_words`]), with no value.
fn split_by_comma(key: &Node, value: &Node, known: &[&str]) -> bool {
    value.is_null()
        && !key.is_null()
        && key.as_str().is_some_and(|name| !known.contains(&name) && reads_as_words(name))
}

/// Whether an unknown key reads as words rather than a mistyped key: keys
/// are ASCII without spaces (`on_behalf`), words of a text are not
/// (`chống dịch`, `Thường trực`).
fn reads_as_words(key: &str) -> bool {
    key.contains(' ') || !key.is_ascii()
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
