//! The files compiled into the binary for Typst: the templates, served from
//! memory at their virtual paths (`/main.typ`, `/config.typ`, …), and the
//! names of the generated data files; nothing is read from disk at run time
//! (`style.md` §6). The embedded font is [`crate::fonts`]'s.

/// The virtual path of the entry template.
pub(crate) const MAIN: &str = "/main.typ";

/// The virtual path of the view JSON (`view.rs`).
pub(crate) const VIEW_JSON: &str = "/view.json";

/// The virtual path of the generated font choice, `{"family": "..."}`.
pub(crate) const FONT_JSON: &str = "/font.json";

/// The virtual path of the entry that attaches the plan's source
/// (`attach.typ`): not a template, never exported.
pub(crate) const ATTACH_MAIN: &str = "/plan-attach.typ";

/// The entry that attaches the plan's source: `/main.typ`, then the files.
pub(crate) const ATTACH_SOURCE: &str = include_str!("attach.typ");

/// The virtual path of the list of attached files
/// (`[{"index", "name", "mime", "description"}]`).
pub(crate) const ATTACH_JSON: &str = "/plan-attach.json";

/// The folder of the attached files' bytes, `/plan-attach/0` …
pub(crate) const ATTACH_DIR: &str = "/plan-attach/";

/// Every template, by virtual path, in the order a compilation first reads
/// them (depth first from `/main.typ`, each import in the order written):
/// the renderer's thread parses them in this order while the layout starts,
/// so that the layout finds each one parsed, or being parsed, when it
/// imports it (test `templates_are_listed_in_the_order_they_are_imported`).
/// A `static`: a `const` is copied into each place that uses it (the
/// executable held the templates twice, as it held the fonts three times:
/// `fonts::FONTS`).
pub(crate) static TEMPLATES: &[(&str, &str)] = &[
    ("/main.typ", include_str!("../../templates/main.typ")),
    ("/dang.typ", include_str!("../../templates/dang.typ")),
    ("/config.typ", include_str!("../../templates/config.typ")),
    ("/parts/page.typ", include_str!("../../templates/parts/page.typ")),
    ("/parts/header.typ", include_str!("../../templates/parts/header.typ")),
    ("/parts/mark.typ", include_str!("../../templates/parts/mark.typ")),
    ("/parts/balance.typ", include_str!("../../templates/parts/balance.typ")),
    ("/parts/runs.typ", include_str!("../../templates/parts/runs.typ")),
    ("/parts/long.typ", include_str!("../../templates/parts/long.typ")),
    ("/parts/words.typ", include_str!("../../templates/parts/words.typ")),
    ("/parts/title.typ", include_str!("../../templates/parts/title.typ")),
    ("/parts/body.typ", include_str!("../../templates/parts/body.typ")),
    ("/parts/table.typ", include_str!("../../templates/parts/table.typ")),
    ("/parts/footer.typ", include_str!("../../templates/parts/footer.typ")),
    ("/parts/appendix.typ", include_str!("../../templates/parts/appendix.typ")),
    ("/nha-nuoc.typ", include_str!("../../templates/nha-nuoc.typ")),
];

/// The text Typst parses for the template `text`: each line that is only a
/// comment ("// The page and the document …") keeps its `//` and loses the
/// words, every other line is unchanged. The templates' comments are their
/// documentation, written out whole by `plan template export`, and three
/// fifths of their 78 KB: emptied, a build parses and hashes 43 KB less
/// (with the order of [`TEMPLATES`], the seed's build ran 2.5 M
/// instructions fewer of 208 M, `callgrind`). The syntax tree keeps every
/// node, in the same place: the same lines and columns for Typst's
/// messages, the same pages (test `emptied_comments_keep_the_syntax_tree`;
/// a comment after code on its line is kept whole).
pub(crate) fn without_comment_words(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.split_inclusive('\n') {
        let (kept, dropped) = comment_words(line);
        out.push_str(&line[..kept]);
        out.push_str(&line[kept + dropped..]);
    }
    out
}

/// How [`without_comment_words`] treats `line` (with its line end): the
/// bytes it keeps before the words it drops, and how many it drops. A
/// line that is only a comment keeps its indent and `//` and drops the
/// rest up to its line end; any other line keeps everything, `(len, 0)`.
fn comment_words(line: &str) -> (usize, usize) {
    let code = line.trim_end_matches(['\n', '\r']);
    let indent = code.len() - code.trim_start().len();
    if code[indent..].starts_with("//") {
        (indent + 2, code.len() - indent - 2)
    } else {
        (line.len(), 0)
    }
}

/// The data contract: every field of `/view.json`, for whoever edits an
/// exported copy of the templates.
pub(crate) const VIEW_DOC: &str = include_str!("../../docs/view.md");

/// The byte of `text` that the byte `offset` of
/// [`without_comment_words`]`(text)` came from: the same byte on a line
/// that is not only a comment, and on an emptied comment line a byte of its
/// indent or `//` (the end of that line's text for its end).
pub(crate) fn written_offset(text: &str, offset: usize) -> usize {
    let (mut written, mut compiled) = (0, 0);
    for line in text.split_inclusive('\n') {
        let (kept, dropped) = comment_words(line);
        let length = line.len() - dropped;
        if offset < compiled + length {
            let at = offset - compiled;
            return written + if at < kept { at } else { at + dropped };
        }
        written += line.len();
        compiled += length;
    }
    written + offset.saturating_sub(compiled)
}

#[cfg(test)]
mod tests {
    use super::{TEMPLATES, without_comment_words, written_offset};
    use typst::syntax::{SyntaxKind, SyntaxNode, parse};

    /// Every node's kind, depth first, and every leaf's text but a comment's.
    fn shape(node: &SyntaxNode, out: &mut Vec<(SyntaxKind, String)>) {
        let text = match node.kind() {
            SyntaxKind::LineComment => String::new(),
            _ if node.children().len() == 0 => node.leaf_text().to_string(),
            _ => String::new(),
        };
        out.push((node.kind(), text));
        for child in node.children() {
            shape(child, out);
        }
    }

    #[test]
    fn emptied_comments_keep_the_syntax_tree() {
        let mut emptied = 0;
        for (path, text) in TEMPLATES {
            let compiled = without_comment_words(text);
            let (mut before, mut after) = (Vec::new(), Vec::new());
            shape(&parse(text), &mut before);
            shape(&parse(&compiled), &mut after);
            assert_eq!(before, after, "{path}");
            // Line for line: a comment line keeps its indent and `//`.
            assert_eq!(text.lines().count(), compiled.lines().count(), "{path}");
            for (line, kept) in text.lines().zip(compiled.lines()) {
                if line != kept {
                    assert!(line.trim_start().starts_with("//"), "{path}: {line}");
                    assert_eq!(kept.trim_start(), "//", "{path}: {line}");
                    assert!(
                        line.starts_with(kept.trim_end_matches('/')),
                        "{path}: {line}"
                    );
                    emptied += 1;
                }
            }
            assert!(
                compiled
                    .lines()
                    .all(|l| !l.trim_start().starts_with("//") || l.trim() == "//"),
                "{path}: a comment line kept its words"
            );
        }
        assert!(emptied > 500, "only {emptied} comment lines emptied");
    }

    /// Every byte of a template as parsed comes from the byte of the
    /// template as written that [`written_offset`] gives.
    #[test]
    fn offsets_lead_back_to_the_written_template() {
        for (path, text) in TEMPLATES {
            let compiled = without_comment_words(text);
            let mut last = 0;
            for (offset, c) in compiled.char_indices() {
                let written = written_offset(text, offset);
                assert!(written >= last, "{path}: {offset}");
                assert_eq!(text[written..].chars().next(), Some(c), "{path}: {offset}");
                last = written;
            }
            assert_eq!(written_offset(text, compiled.len()), text.len(), "{path}");
        }
        let text = "a\n  // words\nb";
        assert_eq!(written_offset(text, 5), 5); // the second "/"
        assert_eq!(written_offset(text, 6), 12); // the "\n" after the words
        assert_eq!(written_offset(text, 7), 13); // "b"
    }

    #[test]
    fn a_line_that_is_not_only_a_comment_is_kept() {
        let text = "#let a = 1 // one\n  // two\r\n\"//\"\n//\n";
        assert_eq!(
            without_comment_words(text),
            "#let a = 1 // one\n  //\r\n\"//\"\n//\n"
        );
    }

    /// The templates' imports, depth first from `/main.typ`, each file where
    /// it is first imported.
    #[test]
    fn templates_are_listed_in_the_order_they_are_imported() {
        fn visit(path: &str, order: &mut Vec<String>) {
            if order.iter().any(|p| p == path) {
                return;
            }
            order.push(path.to_owned());
            let Some((_, text)) = TEMPLATES.iter().find(|(p, _)| *p == path) else {
                panic!("{path} is imported but not embedded");
            };
            let dir = &path[..path.rfind('/').unwrap_or(0)];
            // The code only: a comment naming an import is not one.
            let code = without_comment_words(text);
            for part in code.split("import \"").skip(1) {
                let Some(target) = part.split('"').next() else { continue };
                let mut full: Vec<&str> = dir.split('/').collect();
                for piece in target.split('/') {
                    if piece == ".." {
                        full.pop();
                    } else {
                        full.push(piece);
                    }
                }
                visit(&full.join("/"), order);
            }
        }
        let mut order = Vec::new();
        visit("/main.typ", &mut order);
        let listed: Vec<&str> = TEMPLATES.iter().map(|(p, _)| *p).collect();
        assert_eq!(order, listed);
    }
}
