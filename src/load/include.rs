//! `include:`: shared YAML files merged under the file that names them.
//!
//! Rules (`plan-format.md`, "Keys", `include`):
//! - paths are relative to the folder of the including file;
//! - an included file may set only [`INCLUDABLE`] keys (the shared parts of
//!   a plan); any other top-level key is an error pointing into it;
//! - mappings merge by key, recursively; the including file wins, and of two
//!   entries of one `include` list the later wins; lists and text are
//!   replaced whole, never concatenated, except `words`, whose lists join;
//! - includes may nest, up to [`MAX_INCLUDE_DEPTH`] files deep, and a plan
//!   reads at most [`MAX_INCLUDES`] included files; a file that includes
//!   itself, directly or not, is an error on the entry;
//! - an included file is a regular file of at most [`MAX_FILE_BYTES`];
//! - a directive or anniversary id defined in two files is an error on the
//!   second (the including file's, or the later include's).

use std::collections::HashMap;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

use super::ReadFile;
use super::error;
use super::yaml::{self, MAX_DEPTH, Node, NodeKind, line_of};
use crate::diag::Diagnostics;
use crate::lang::{Text, t};
use crate::model::keys::Owner;
use crate::source::{MAX_FILE_BYTES, Sources, foreign_kind, normalize, read_bounded};
use crate::vi::spelling::legacy::legacy_file;

/// The top-level keys an included file may set.
pub(crate) const INCLUDABLE: [&str; 13] = crate::model::keys::SHARED;

/// How many files deep includes may nest.
pub(crate) const MAX_INCLUDE_DEPTH: usize = 16;

/// How many included files one plan may read, counting a file each time it
/// is named: bounds the work of `include` lists that repeat a file, or nest
/// wide and deep.
pub(crate) const MAX_INCLUDES: usize = 64;

/// What the include walk carries.
pub(crate) struct Includer<'a> {
    /// Files read so far; included files are added.
    pub(crate) sources: &'a mut Sources,
    /// Where problems go.
    pub(crate) diags: &'a mut Diagnostics,
    /// The files being included, outermost first, to find cycles.
    stack: Vec<PathBuf>,
    /// How an included file is read.
    read: &'a ReadFile,
    /// Whether an included file could not be read in full: definitions (or
    /// text) in it may be missing.
    pub(crate) lost: bool,
    /// Included files read so far (see [`MAX_INCLUDES`]).
    loads: usize,
}

impl<'a> Includer<'a> {
    /// Starts at the top-level file `path`.
    pub(crate) fn new(
        path: &Path,
        sources: &'a mut Sources,
        diags: &'a mut Diagnostics,
        read: &'a ReadFile,
    ) -> Self {
        Self { sources, diags, stack: vec![identity(path)], read, lost: false, loads: 0 }
    }

    /// Merges the files `map` (read from `path`) includes under it, and
    /// returns it without its `include` key.
    pub(crate) fn expand(&mut self, map: Node, path: &Path) -> Node {
        let span = map.span;
        let NodeKind::Map(entries) = map.kind else {
            return Node { kind: map.kind, span };
        };
        let (includes, own): (Vec<_>, Vec<_>) =
            entries.into_iter().partition(|(k, _)| k.as_str() == Some("include"));
        let own = Node { kind: NodeKind::Map(own), span };
        // Duplicate keys were removed by the parser: at most one entry.
        let Some((key, list)) = includes.into_iter().next() else { return own };
        let items = match &list.kind {
            NodeKind::Seq(items) => items,
            NodeKind::Invalid => {
                self.lost = true;
                return own;
            }
            _ => {
                self.lost = true;
                let at = if list.span.is_empty() { key.span } else { list.span };
                error::report(
                    self.diags,
                    error::wrong_type(
                        at,
                        t("một danh sách tệp", "a list of files"),
                        t("`include`", "`include`"),
                        list.found(),
                    )
                    .with_help(t(
                        "viết `include: [chung.yaml]`, mỗi đường dẫn một dòng",
                        "write `include: [chung.yaml]`, one path per item",
                    )),
                );
                return own;
            }
        };
        let dir = path.parent().unwrap_or(Path::new(""));
        let mut base: Option<Node> = None;
        for item in items {
            let Some(rel) = item.as_str() else {
                self.lost = true;
                if item.kind != NodeKind::Invalid {
                    let found = item.found();
                    let at = item.span;
                    error::report(
                        self.diags,
                        error::wrong_type(
                            at,
                            t("một đường dẫn tệp", "a file path"),
                            t("một dòng của `include`", "an item of `include`"),
                            found,
                        ),
                    );
                }
                continue;
            };
            let target = dir.join(rel);
            match self.load(item, &target) {
                Some(included) => {
                    base = Some(match base {
                        None => included,
                        Some(earlier) => self.merge_files(earlier, included),
                    });
                }
                None => self.lost = true,
            }
        }
        match base {
            Some(base) => self.merge_files(base, own),
            None => own,
        }
    }

    /// `over` merged on `base` (two files), reporting every directive or
    /// anniversary id both define: an id is defined once (`plan-format.md`,
    /// "Text"), even across files. `over` still wins, so nothing follows
    /// from the error.
    fn merge_files(&mut self, base: Node, over: Node) -> Node {
        for group in ["directives", "anniversaries"] {
            let (Some(earlier), Some(later)) = (entry(&base, group), entry(&over, group))
            else {
                continue;
            };
            let (NodeKind::Map(earlier), NodeKind::Map(later)) =
                (&earlier.kind, &later.kind)
            else {
                continue;
            };
            let earlier: HashMap<&str, &Node> =
                earlier.iter().filter_map(|(k, _)| Some((k.as_str()?, k))).collect();
            for (key, _) in later {
                let Some(id) = key.as_str() else { continue };
                let Some(first) = earlier.get(id) else { continue };
                let file = self.sources.get(first.span.source);
                let at = error::line_in(
                    line_of(&file.text, first.span.start),
                    Some(&file.name),
                );
                let what = error::definition_kind(group == "directives");
                error::report(self.diags, error::duplicate_id(key.span, id, &what, &at));
            }
        }
        let words = join_words(&base, &over);
        let mut merged = merge(base, over, 0);
        if let (Some(words), NodeKind::Map(entries)) = (words, &mut merged.kind)
            && let Some(slot) =
                entries.iter_mut().find(|(k, _)| k.as_str() == Some("words"))
        {
            slot.1 = words;
        }
        merged
    }

    /// The include `entry` written with `/` where it has `\`, when that
    /// file exists and `target` does not: a path copied from Windows
    /// Explorer (`shared\chung.yaml`), which Windows reads and a Linux
    /// server or a Mac does not.
    fn with_slashes(&self, entry: &Node, target: &Path) -> Option<String> {
        let written = entry.as_str()?;
        let shown = target.to_str()?;
        if !written.contains('\\') || !shown.ends_with(written) {
            return None;
        }
        let slashed = written.replace('\\', "/");
        let candidate = format!("{}{slashed}", &shown[..shown.len() - written.len()]);
        read_include(self.read, Path::new(&candidate)).is_ok().then_some(slashed)
    }

    /// Reads, parses and expands one included file; `entry` is its item in
    /// the `include` list.
    fn load(&mut self, entry: &Node, target: &Path) -> Option<Node> {
        let id = identity(target);
        if self.stack.contains(&id) {
            error::report(self.diags, error::include_cycle(entry.span, target));
            return None;
        }
        if self.stack.len() > MAX_INCLUDE_DEPTH {
            error::report(
                self.diags,
                error::include_too_deep(entry.span, MAX_INCLUDE_DEPTH),
            );
            return None;
        }
        self.loads += 1;
        if self.loads > MAX_INCLUDES {
            error::report(self.diags, error::too_many_includes(entry.span, MAX_INCLUDES));
            return None;
        }
        let source = match self.sources.find(target) {
            Some(source) => source,
            None => {
                let bytes = match read_include(self.read, target) {
                    Ok(bytes) => bytes,
                    Err(Unread::NotFound) => {
                        let mut d = error::include_not_found(entry.span, target);
                        if let Some(meant) = self.with_slashes(entry, target) {
                            d = d.with_help(error::include_backslash(&meant));
                        }
                        error::report(self.diags, d);
                        return None;
                    }
                    Err(Unread::TooLarge) => {
                        error::report(
                            self.diags,
                            error::include_too_large(entry.span, target),
                        );
                        return None;
                    }
                    Err(Unread::Other(why)) => {
                        error::report(
                            self.diags,
                            error::include_unreadable(entry.span, target, &why),
                        );
                        return None;
                    }
                };
                // Only a YAML file is parsed: any other (`/etc/passwd`, a
                // key file) would have its lines quoted in the report, on
                // a CI's page too.
                let yaml_named =
                    target.extension().and_then(|e| e.to_str()).is_some_and(|e| {
                        e.eq_ignore_ascii_case("yaml") || e.eq_ignore_ascii_case("yml")
                    });
                if !yaml_named {
                    let why = t(
                        "tên tệp không có đuôi `.yaml` hay `.yml`",
                        "its name does not end in `.yaml` or `.yml`",
                    );
                    error::report(
                        self.diags,
                        error::include_unreadable(entry.span, target, &why),
                    );
                    return None;
                }
                if let Some(kind) = foreign_kind(&bytes) {
                    error::report(
                        self.diags,
                        error::foreign_include(entry.span, target, kind),
                    );
                    return None;
                }
                match normalize(&bytes) {
                    Ok(text) => self.sources.add(target, text),
                    Err(at) => {
                        error::report(
                            self.diags,
                            error::not_utf8_include(
                                entry.span,
                                target,
                                &at,
                                legacy_file(&bytes, at.offset).as_ref(),
                            ),
                        );
                        return None;
                    }
                }
            }
        };
        let root = yaml::parse(&self.sources.get(source).text, source, self.diags)?;
        let span = root.span;
        let NodeKind::Map(entries) = root.kind else {
            let found = Node { kind: root.kind, span }.found();
            error::report(self.diags, error::top_not_mapping(span, &found));
            return None;
        };
        let mut kept = Vec::with_capacity(entries.len());
        for (key, value) in entries {
            match key.as_str() {
                Some(name) if INCLUDABLE.contains(&name) => kept.push((key, value)),
                Some(name) if Owner::Plan.names().contains(&name) => {
                    self.lost = true;
                    error::report(
                        self.diags,
                        error::include_key(key.span, name, &INCLUDABLE),
                    );
                }
                Some(name) => {
                    self.lost = true;
                    error::report(
                        self.diags,
                        error::unknown_key(key.span, name, &INCLUDABLE),
                    );
                }
                None if key.kind == NodeKind::Invalid => {}
                None => {
                    error::report(
                        self.diags,
                        error::key_not_text(key.span, &key.found()),
                    );
                }
            }
        }
        self.stack.push(id);
        let node = self.expand(Node { kind: NodeKind::Map(kept), span }, target);
        self.stack.pop();
        Some(node)
    }
}

/// Why an included file was not read.
enum Unread {
    /// No such file.
    NotFound,
    /// Larger than [`MAX_FILE_BYTES`].
    TooLarge,
    /// A folder, a device, or an I/O error: why, in words.
    Other(Text),
}

/// Reads an included file from disk with [`read_bounded`]: a regular file,
/// at most one byte past [`MAX_FILE_BYTES`]. A folder, a device or a pipe is
/// refused before it is read, so a plan cannot make the tool wait or read
/// without end.
pub(crate) fn read_from_disk(path: &Path) -> std::io::Result<Vec<u8>> {
    read_bounded(path)
}

/// Reads an included file with `read` (the disk, or a git revision) and
/// refuses one larger than [`MAX_FILE_BYTES`].
fn read_include(read: &ReadFile, path: &Path) -> Result<Vec<u8>, Unread> {
    let bytes = match read(path) {
        Ok(bytes) => bytes,
        Err(err) if err.kind() == ErrorKind::NotFound => return Err(Unread::NotFound),
        Err(err) => return Err(Unread::Other(crate::source::io_reason(&err))),
    };
    if bytes.len() > MAX_FILE_BYTES {
        return Err(Unread::TooLarge);
    }
    Ok(bytes)
}

/// The value of `key` in the mapping `map`.
fn entry<'n>(map: &'n Node, key: &str) -> Option<&'n Node> {
    match &map.kind {
        NodeKind::Map(entries) => {
            entries.iter().find(|(k, _)| k.as_str() == Some(key)).map(|(_, v)| v)
        }
        _ => None,
    }
}

/// The `words` lists of both files joined, when both have one: a plan's own
/// words add to those of a shared file instead of replacing them.
fn join_words(base: &Node, over: &Node) -> Option<Node> {
    let (Some(first), Some(second)) = (entry(base, "words"), entry(over, "words")) else {
        return None;
    };
    let (NodeKind::Seq(first), NodeKind::Seq(second)) = (&first.kind, &second.kind)
    else {
        return None;
    };
    let items = first.iter().chain(second).cloned().collect();
    Some(Node { kind: NodeKind::Seq(items), span: entry(over, "words")?.span })
}

/// The path that identifies a file, for cycle checks.
fn identity(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
}

/// `over` laid on `base`: mappings merge by key, `over` wins; anything else
/// (lists, text) is replaced whole. `depth` bounds the recursion (trees are
/// at most [`MAX_DEPTH`] deep anyway).
pub(crate) fn merge(base: Node, over: Node, depth: usize) -> Node {
    let span = over.span;
    match (base.kind, over.kind) {
        (NodeKind::Map(mut entries), NodeKind::Map(top)) if depth < MAX_DEPTH => {
            let mut index: HashMap<String, usize> = entries
                .iter()
                .enumerate()
                .filter_map(|(i, (k, _))| k.as_str().map(|s| (s.to_owned(), i)))
                .collect();
            for (key, value) in top {
                let at = key.as_str().and_then(|s| index.get(s).copied());
                match at.and_then(|i| entries.get_mut(i)) {
                    Some(slot) => {
                        let hole = Node { kind: NodeKind::Invalid, span: value.span };
                        let old = std::mem::replace(&mut slot.1, hole);
                        slot.1 = merge(old, value, depth + 1);
                        slot.0 = key;
                    }
                    None => {
                        if let Some(name) = key.as_str() {
                            index.insert(name.to_owned(), entries.len());
                        }
                        entries.push((key, value));
                    }
                }
            }
            Node { kind: NodeKind::Map(entries), span }
        }
        (_, kind) => Node { kind, span },
    }
}
