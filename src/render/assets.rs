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

/// Every template, by virtual path. A `static`: a `const` is copied into
/// each place that uses it (the executable held the templates twice, as it
/// held the fonts three times: `fonts::FONTS`).
pub(crate) static TEMPLATES: &[(&str, &str)] = &[
    ("/main.typ", include_str!("../../templates/main.typ")),
    ("/config.typ", include_str!("../../templates/config.typ")),
    ("/dang.typ", include_str!("../../templates/dang.typ")),
    ("/nha-nuoc.typ", include_str!("../../templates/nha-nuoc.typ")),
    ("/parts/page.typ", include_str!("../../templates/parts/page.typ")),
    ("/parts/mark.typ", include_str!("../../templates/parts/mark.typ")),
    ("/parts/balance.typ", include_str!("../../templates/parts/balance.typ")),
    ("/parts/header.typ", include_str!("../../templates/parts/header.typ")),
    ("/parts/title.typ", include_str!("../../templates/parts/title.typ")),
    ("/parts/body.typ", include_str!("../../templates/parts/body.typ")),
    ("/parts/footer.typ", include_str!("../../templates/parts/footer.typ")),
    ("/parts/runs.typ", include_str!("../../templates/parts/runs.typ")),
    ("/parts/table.typ", include_str!("../../templates/parts/table.typ")),
    ("/parts/words.typ", include_str!("../../templates/parts/words.typ")),
    ("/parts/long.typ", include_str!("../../templates/parts/long.typ")),
    ("/parts/appendix.typ", include_str!("../../templates/parts/appendix.typ")),
];

/// The data contract: every field of `/view.json`, for whoever edits an
/// exported copy of the templates.
pub(crate) const VIEW_DOC: &str = include_str!("../../docs/view.md");
