//! View → Typst document, with the embedded compiler.
//!
//! [`Renderer`] holds what every compilation shares (standard library, font
//! book, fonts, parsed templates) and [`Renderer::compile`] lays one
//! [`View`] out as a [`PagedDocument`]. The view reaches the templates only as
//! JSON data at `/view.json` (`style.md` §1.3, §6): user text never becomes
//! Typst markup.
//!
//! Fonts: the embedded Liberation Serif 2.1.5 always; extra font folders
//! passed to [`Renderer::new`] add their `.ttf`/`.otf`/`.ttc` files, and when
//! one of them provides the family "Times New Roman" the templates use it
//! (`format-rules.md` §1.1: "Times New Roman in practice" \[S\]) with Liberation
//! Serif as the fallback for any glyph it lacks. The choice reaches the
//! templates as the generated virtual file `/font.json`,
//! `{"family": "Times New Roman"}`, read by `templates/config.typ`; the view
//! stays unchanged and the library's hash stays stable.
//!
//! Every Typst warning fails the compilation: an unknown font family, for
//! one, is only a warning in Typst and would otherwise give a PDF without
//! text. A Typst error here is a bug in the templates, not in the plan
//! (`style.md` §5: internal error, exit code 4).

pub mod ahead;
pub(crate) mod assets;
pub mod coming;
pub mod custom;
pub mod folder;
mod world;

use std::fmt;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use typst::diag::{SourceDiagnostic, Warned};
use typst::foundations::Bytes;
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt, World, WorldExt};
use typst_layout::PagedDocument;

use crate::lang::{Text, t};
use crate::source::io_reason;
use crate::view::View;

use self::world::PlanWorld;

/// Compiles views with the embedded templates; build it once, use it often.
pub struct Renderer {
    /// Typst's standard library, default configuration.
    library: LazyHash<Library>,
    /// Metadata of every font in `fonts`, same order.
    book: LazyHash<FontBook>,
    /// The embedded faces first, then those of the extra folders.
    fonts: Vec<Font>,
    /// Where the templates come from.
    templates: Templates,
    /// `/main.typ`.
    main: FileId,
    /// `/view.json`.
    view_id: FileId,
    /// `/font.json`.
    font_id: FileId,
    /// The contents of `/font.json`.
    font_json: Bytes,
    /// The body font family the templates use.
    family: String,
    /// The entry that attaches the plan's source (`attach.typ`).
    attach_main: Source,
}

/// Where a renderer's templates come from.
enum Templates {
    /// The built-in templates, each parsed once, when first needed or by
    /// [`Renderer::parse_templates`] ahead of need.
    Embedded(Vec<Embedded>),
    /// A folder holding a customised copy (`plan build --template DIR`),
    /// read during each compilation.
    Folder(PathBuf),
}

/// One built-in template: its id, its text and, once parsed, its source.
struct Embedded {
    id: FileId,
    text: &'static str,
    parsed: OnceLock<Source>,
}

impl Embedded {
    /// The template parsed, its comment lines emptied
    /// (`assets::without_comment_words`); the first caller parses it, a
    /// caller arriving meanwhile waits for that.
    fn source(&self) -> &Source {
        self.parsed.get_or_init(|| {
            Source::new(self.id, assets::without_comment_words(self.text))
        })
    }
}

/// Hashes `value`, so that the hashes it keeps once computed (Typst's
/// `LazyHash`: a template's syntax tree, the library, a font's bytes) are
/// stored for later users.
fn store_hash(value: &impl std::hash::Hash) {
    use std::hash::Hasher;
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    value.hash(&mut hasher);
    std::hint::black_box(hasher.finish());
}

/// A laid-out document.
#[derive(Debug, Clone)]
pub struct Compiled {
    /// The pages, ready for export. There are no warnings beside them:
    /// every Typst warning fails [`Renderer::compile`].
    pub document: PagedDocument,
}

/// One diagnostic from Typst, located in a template or data file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateDiagnostic {
    /// Typst's message: "panicked with: \"unknown style `khac`\"".
    pub message: String,
    /// The virtual path of the file it points into: "/dang.typ", "/view.json".
    pub file: Option<String>,
    /// The byte range in that file.
    pub range: Option<Range<usize>>,
    /// The 1-based line of the range's start, in a template.
    pub line: Option<usize>,
    /// Typst's hints.
    pub hints: Vec<String>,
}

impl fmt::Display for TemplateDiagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (&self.file, &self.line, &self.range) {
            (Some(file), Some(line), Some(range)) => {
                write!(f, "{file}:{line} (bytes {}..{}): ", range.start, range.end)?;
            }
            (Some(file), None, Some(range)) => {
                write!(f, "{file} (bytes {}..{}): ", range.start, range.end)?;
            }
            (Some(file), _, None) => write!(f, "{file}: ")?,
            (None, _, _) => {}
        }
        f.write_str(&self.message)?;
        for hint in &self.hints {
            write!(f, " (hint: {hint})")?;
        }
        Ok(())
    }
}

/// Why a view could not be laid out.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum RenderError {
    /// A font folder could not be read.
    #[error("{}", t(
        format!("không đọc được thư mục phông chữ `{}`: {}", path.display(), io_reason(source).vi),
        format!("cannot read font folder `{}`: {}", path.display(), io_reason(source).en),
    ))]
    #[diagnostic(code(plan::font_folder))]
    FontFolder {
        /// The folder or file that failed.
        path: PathBuf,
        /// Why.
        #[source]
        source: std::io::Error,
    },
    /// A template folder has no `main.typ`.
    #[error("{}", t(
        format!("không có tệp `{}`", path.display()),
        format!("there is no file `{}`", path.display()),
    ))]
    #[diagnostic(code(plan::template_dir))]
    NoMain {
        /// The missing entry file.
        path: PathBuf,
    },
    /// A font file holds no font Typst can read.
    #[error("{}", t(
        format!("`{}` không có phông chữ nào dùng được", path.display()),
        format!("no usable font in `{}`", path.display()),
    ))]
    #[diagnostic(code(plan::font_file))]
    FontFile {
        /// The file.
        path: PathBuf,
    },
    /// An embedded template failed to compile: a bug in `plan`.
    #[error(
        "{}:\n{}",
        t(
            "lỗi nội bộ: mẫu Typst dựng sẵn bị lỗi",
            "internal error: the Typst template failed",
        ),
        list(diagnostics)
    )]
    #[diagnostic(code(plan::template))]
    Template {
        /// Typst's errors, in its order.
        diagnostics: Vec<TemplateDiagnostic>,
    },
    /// Typst compiled with warnings, which `plan` treats as errors (an
    /// unknown font is only a warning in Typst).
    #[error(
        "{}:\n{}",
        t(
            "lỗi nội bộ: mẫu Typst dựng sẵn có cảnh báo",
            "internal error: the Typst template produced warnings",
        ),
        list(diagnostics)
    )]
    #[diagnostic(code(plan::template_warning))]
    Warnings {
        /// Typst's warnings, in its order.
        diagnostics: Vec<TemplateDiagnostic>,
    },
}

impl RenderError {
    /// The code of the error (`plan::template_dir`).
    pub fn code(&self) -> &'static str {
        match self {
            Self::FontFolder { .. } => "plan::font_folder",
            Self::NoMain { .. } => "plan::template_dir",
            Self::FontFile { .. } => "plan::font_file",
            Self::Template { .. } => "plan::template",
            Self::Warnings { .. } => "plan::template_warning",
        }
    }

    /// How to fix it, when the user can.
    pub fn help(&self) -> Option<Text> {
        match self {
            Self::NoMain { .. } => Some(t(
                "thư mục mẫu phải có main.typ; tạo bản sao mẫu bằng `plan template export THƯ-MỤC`",
                "a template folder must hold main.typ; make a copy of the templates with \
                 `plan template export FOLDER`",
            )),
            _ => None,
        }
    }
}

/// The diagnostics one per line, indented.
fn list(diagnostics: &[TemplateDiagnostic]) -> String {
    diagnostics.iter().map(|d| format!("  {d}")).collect::<Vec<_>>().join("\n")
}

impl Renderer {
    /// Builds the library, the font book and the embedded templates.
    ///
    /// Every `.ttf`, `.otf` and `.ttc` file in `font_dirs` (searched
    /// recursively, in name order) is added after the embedded Liberation
    /// Serif; if one of them is of the family "Times New Roman", the
    /// templates use it.
    pub fn new(font_dirs: &[PathBuf]) -> Result<Self, RenderError> {
        let fonts = load_fonts(font_dirs)?;
        let book = FontBook::from_fonts(&fonts);
        let family = choose_family(&book);
        Self::with_fonts(fonts, book, family, embedded_templates()?)
    }

    /// A renderer that reads its templates from `dir`, a copy made by
    /// [`folder::export`] (`plan build --template DIR`).
    ///
    /// `dir/main.typ` is the entry; every other file the templates read
    /// comes from `dir` too, except `/view.json` and `/font.json`, which are
    /// always the generated ones. The fonts in `dir/fonts` are added as a
    /// font folder, after those of `font_dirs`; faces identical to the
    /// embedded ones (as an export writes them) are not loaded twice.
    pub fn with_template_dir(
        dir: &Path,
        font_dirs: &[PathBuf],
    ) -> Result<Self, RenderError> {
        let main = dir.join("main.typ");
        if !main.is_file() {
            return Err(RenderError::NoMain { path: main });
        }
        let mut dirs = font_dirs.to_vec();
        let own_fonts = dir.join(folder::FONTS_DIR);
        if own_fonts.is_dir() {
            dirs.push(own_fonts);
        }
        let fonts = load_fonts(&dirs)?;
        let book = FontBook::from_fonts(&fonts);
        let family = choose_family(&book);
        Self::with_fonts(fonts, book, family, Templates::Folder(dir.to_path_buf()))
    }

    /// Assembles a renderer from fonts already loaded.
    fn with_fonts(
        fonts: Vec<Font>,
        book: FontBook,
        family: &str,
        templates: Templates,
    ) -> Result<Self, RenderError> {
        Ok(Self {
            library: LazyHash::new(Library::default()),
            book: LazyHash::new(book),
            fonts,
            templates,
            main: file_id(assets::MAIN)?,
            view_id: file_id(assets::VIEW_JSON)?,
            font_id: file_id(assets::FONT_JSON)?,
            font_json: Bytes::from_string(font_json(family)),
            family: family.to_owned(),
            attach_main: Source::new(
                file_id(assets::ATTACH_MAIN)?,
                assets::ATTACH_SOURCE.to_owned(),
            ),
        })
    }

    /// Parses every built-in template not parsed yet, in the order a
    /// compilation reads them (`assets::TEMPLATES`). Templates are otherwise
    /// parsed when a compilation first reads them: `plan build` calls this on
    /// the thread that made the renderer, so that the plan's layout, started
    /// on another thread as soon as the renderer is made, finds them parsed
    /// or parses the one it needs first itself (parsing the templates takes
    /// about as long as making the rest of the renderer).
    ///
    /// Then it works out, once, the hashes Typst's caches key on and keep
    /// (each is computed at its first use and then stored): those of the
    /// parsed templates, the standard library, the font book and the
    /// fonts' files. Done here, on the renderer's thread, they need not be
    /// computed on the layout's, which starts while this thread is still at
    /// work: under callgrind the seed's layout thread ran 5.4 million
    /// instructions fewer (125.6 → 120.2 M) and this thread 6.3 million
    /// more. The hashes are the same whichever thread computes them first.
    /// Every template is parsed before the first is hashed: the layout
    /// imports its templates one after the other within a few
    /// milliseconds. With the hashes between the parses (and the templates
    /// in another order), the seed's layout parsed three of its templates
    /// itself (Typst's timings); since, none in ten runs.
    pub fn parse_templates(&self) {
        if let Templates::Embedded(templates) = &self.templates {
            for template in templates {
                template.source();
            }
            for template in templates {
                store_hash(template.source());
            }
        }
        store_hash(&self.library);
        store_hash(&self.book);
        for font in &self.fonts {
            store_hash(font);
        }
    }

    /// The built-in templates parsed so far, by path ("/parts/page.typ").
    #[cfg(test)]
    pub(crate) fn parsed_templates(&self) -> Vec<String> {
        let Templates::Embedded(templates) = &self.templates else {
            return Vec::new();
        };
        templates
            .iter()
            .filter(|template| template.parsed.get().is_some())
            .map(|template| template.id.vpath().get_with_slash().to_owned())
            .collect()
    }

    /// The body font family the templates use: "Liberation Serif", or
    /// "Times New Roman" when a font folder supplied it.
    pub fn family(&self) -> &str {
        &self.family
    }

    /// The template folder this renderer reads, if it is not the built-in
    /// templates.
    pub fn template_dir(&self) -> Option<&Path> {
        match &self.templates {
            Templates::Embedded(_) => None,
            Templates::Folder(dir) => Some(dir),
        }
    }

    /// The font at `index` of the book.
    fn font(&self, index: usize) -> Option<Font> {
        self.fonts.get(index).cloned()
    }

    /// Lays `view` out as pages.
    ///
    /// Fails with [`RenderError::Template`] when Typst reports an error and
    /// with [`RenderError::Warnings`] when it reports only warnings.
    pub fn compile(&self, view: &View) -> Result<Compiled, RenderError> {
        self.compile_attaching(view, &[])
    }

    /// [`Renderer::compile`], with `files` attached to the document (the
    /// plan's source, `src/archive/`): Typst's `pdf.attach` writes them as
    /// embedded files of the PDF, checked by its PDF/A-3 validation. The
    /// entry is `attach.typ`, which includes `/main.typ` (the built-in one
    /// or a `--template` copy's) and attaches each file, given as data.
    /// With no files this is [`Renderer::compile`].
    pub fn compile_attaching(
        &self,
        view: &View,
        files: &[crate::archive::Attached],
    ) -> Result<Compiled, RenderError> {
        self.compile_noting(view, files, |_| {})
    }

    /// [`Renderer::compile_attaching`], calling `starting` with the size of
    /// the view's JSON (the data the templates read) just before the layout
    /// starts, on the thread that lays it out (`plan build` maps the
    /// layout's memory ahead from it, `src/cli/heap.rs`).
    pub(crate) fn compile_noting(
        &self,
        view: &View,
        files: &[crate::archive::Attached],
        starting: impl FnOnce(usize),
    ) -> Result<Compiled, RenderError> {
        // Compact, not `View::to_json`'s indented form: the same data in
        // fewer bytes for Typst to read. A view holds only strings, numbers,
        // booleans and lists, so serialising cannot fail.
        let view_json = serde_json::to_vec(view).unwrap_or_default();
        starting(view_json.len());
        if files.is_empty() {
            return self.compile_json(view_json);
        }
        let list: Vec<serde_json::Value> = files
            .iter()
            .enumerate()
            .map(|(index, file)| {
                serde_json::json!({
                    "index": index,
                    "name": file.name,
                    "mime": crate::archive::MIME_TYPE,
                    "description": file.description(),
                })
            })
            .collect();
        let mut data = vec![(
            file_id(assets::ATTACH_JSON)?,
            Bytes::new(serde_json::to_vec(&list).unwrap_or_default()),
        )];
        for (index, file) in files.iter().enumerate() {
            let path = format!("{}{index}", assets::ATTACH_DIR);
            data.push((file_id(&path)?, Bytes::new(file.bytes.clone())));
        }
        let world = PlanWorld::attaching(self, view_json, data);
        self.finish(&world)
    }

    /// Lays out the view that `coming` will give, starting now: Typst
    /// parses the templates and evaluates their modules at once, and waits
    /// for the view where `main.typ` reads it (`coming.rs`). `reading` is
    /// called on the layout's thread once the view has come, with the size
    /// of its JSON. A withdrawn view fails with [`RenderError::Template`].
    ///
    /// The pages are the same bytes as those [`Renderer::compile`] lays
    /// out for the same view.
    pub fn compile_coming(
        &self,
        coming: &coming::ViewToCome,
        reading: &(dyn Fn(usize) + Sync),
    ) -> Result<Compiled, RenderError> {
        let world = PlanWorld::coming(self, coming, reading);
        self.finish(&world)
    }

    /// Lays out a view given as JSON bytes.
    fn compile_json(&self, view_json: Vec<u8>) -> Result<Compiled, RenderError> {
        let world = PlanWorld::new(self, view_json);
        self.finish(&world)
    }

    /// Compiles `world`, any warning an error.
    fn finish(&self, world: &PlanWorld<'_>) -> Result<Compiled, RenderError> {
        let Warned { output, warnings } = typst::compile::<PagedDocument>(world);
        let document = output.map_err(|errors| RenderError::Template {
            diagnostics: errors.iter().map(|d| locate(self, world, d)).collect(),
        })?;
        if !warnings.is_empty() {
            return Err(RenderError::Warnings {
                diagnostics: warnings.iter().map(|d| locate(self, world, d)).collect(),
            });
        }
        Ok(Compiled { document })
    }

    /// A renderer whose book holds only `fonts`, without the embedded faces,
    /// the templates still asking for `family`: for tests of a broken setup.
    #[doc(hidden)]
    pub fn with_font_data(fonts: &[&[u8]], family: &str) -> Result<Self, RenderError> {
        let fonts: Vec<Font> =
            fonts.iter().flat_map(|data| Font::iter(Bytes::new(data.to_vec()))).collect();
        let book = FontBook::from_fonts(&fonts);
        Self::with_fonts(fonts, book, family, embedded_templates()?)
    }
}

/// The embedded faces, then every face of the font files in `font_dirs`
/// that is not byte for byte an embedded one.
fn load_fonts(font_dirs: &[PathBuf]) -> Result<Vec<Font>, RenderError> {
    let mut fonts: Vec<Font> = crate::fonts::embedded().to_vec();
    for dir in font_dirs {
        let mut files = Vec::new();
        font_files(dir, &mut files, &mut Vec::new())?;
        for path in files {
            // A FIFO or a device named `*.ttf` is refused, not waited on.
            let data = crate::source::read_regular(&path).map_err(|source| {
                RenderError::FontFolder { path: path.clone(), source }
            })?;
            if crate::fonts::FONTS
                .iter()
                .any(|(_, embedded)| *embedded == data.as_slice())
            {
                continue;
            }
            let before = fonts.len();
            fonts.extend(Font::iter(Bytes::new(data)));
            if fonts.len() == before {
                return Err(RenderError::FontFile { path });
            }
        }
    }
    Ok(fonts)
}

/// The built-in templates, parsed.
fn embedded_templates() -> Result<Templates, RenderError> {
    let sources = assets::TEMPLATES
        .iter()
        .map(|(path, text)| {
            Ok(Embedded { id: file_id(path)?, text, parsed: OnceLock::new() })
        })
        .collect::<Result<Vec<_>, RenderError>>()?;
    Ok(Templates::Embedded(sources))
}

/// The contents of `/font.json`: the body family and its fallback,
/// `{"family":"Liberation Serif","fallback":"Liberation Serif"}`.
pub(crate) fn font_json(family: &str) -> String {
    serde_json::json!({ "family": family, "fallback": crate::fonts::DEFAULT_FAMILY })
        .to_string()
}

/// "Times New Roman" when the book has it (`format-rules.md` §1.1: the font
/// used in practice \[S\]), else the embedded "Liberation Serif".
fn choose_family(book: &FontBook) -> &'static str {
    if book.contains_family(&crate::fonts::PREFERRED_FAMILY.to_lowercase()) {
        crate::fonts::PREFERRED_FAMILY
    } else {
        crate::fonts::DEFAULT_FAMILY
    }
}

/// The file id of an embedded file's virtual path.
fn file_id(path: &str) -> Result<FileId, RenderError> {
    let vpath = VirtualPath::new(path).map_err(|err| RenderError::Template {
        diagnostics: vec![TemplateDiagnostic {
            message: format!("bad virtual path `{path}`: {err}"),
            file: None,
            range: None,
            line: None,
            hints: Vec::new(),
        }],
    })?;
    Ok(RootedPath::new(VirtualRoot::Project, vpath).intern())
}

/// A Typst diagnostic with its file, byte range and line resolved. The
/// range of a built-in template is in its text as written, comments and
/// all, as `plan template export` writes it (Typst parsed it with its
/// comment lines emptied: `assets::without_comment_words`).
fn locate(
    renderer: &Renderer,
    world: &PlanWorld<'_>,
    diagnostic: &SourceDiagnostic,
) -> TemplateDiagnostic {
    let id = diagnostic.span.id();
    let range = world.range(diagnostic.span);
    let line = match (id, &range) {
        (Some(id), Some(range)) => world
            .source(id)
            .ok()
            .and_then(|source| source.lines().byte_to_line(range.start))
            .map(|line| line + 1),
        _ => None,
    };
    let written = match (&renderer.templates, id) {
        (Templates::Embedded(templates), Some(id)) => {
            templates.iter().find(|template| template.id == id).map(|t| t.text)
        }
        _ => None,
    };
    let range = match written {
        Some(text) => range.map(|r| {
            assets::written_offset(text, r.start)..assets::written_offset(text, r.end)
        }),
        None => range,
    };
    TemplateDiagnostic {
        message: diagnostic.message.to_string(),
        file: id.map(|id| id.vpath().get_with_slash().to_owned()),
        range,
        line,
        hints: diagnostic.hints.iter().map(|hint| hint.v.to_string()).collect(),
    }
}

/// Collects the font files under `dir`, recursively, sorted by path.
///
/// Links to folders are followed, but each real folder is read once
/// (`seen` holds the canonical paths read so far): a link back to a folder
/// above it ends there instead of recursing for ever.
fn font_files(
    dir: &Path,
    out: &mut Vec<PathBuf>,
    seen: &mut Vec<PathBuf>,
) -> Result<(), RenderError> {
    let io = |source| RenderError::FontFolder { path: dir.to_path_buf(), source };
    let real = std::fs::canonicalize(dir).map_err(io)?;
    if seen.contains(&real) {
        return Ok(());
    }
    seen.push(real);
    let mut entries = std::fs::read_dir(dir)
        .map_err(io)?
        .map(|entry| entry.map(|e| e.path()))
        .collect::<Result<Vec<_>, _>>()
        .map_err(io)?;
    entries.sort();
    for path in entries {
        if path.is_dir() {
            font_files(&path, out, seen)?;
        } else if is_font_file(&path) {
            out.push(path);
        }
    }
    Ok(())
}

/// Whether the file name ends in `.ttf`, `.otf` or `.ttc`, any case.
fn is_font_file(path: &Path) -> bool {
    path.extension().and_then(|ext| ext.to_str()).is_some_and(|ext| {
        ["ttf", "otf", "ttc"].iter().any(|e| ext.eq_ignore_ascii_case(e))
    })
}

/// The view of a plan of the repository (`"plans/may-2024.yaml"`), for
/// the renderer's tests.
#[cfg(test)]
pub(crate) fn view_of(plan: &str) -> View {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(plan);
    let bytes = std::fs::read(&path).expect("the plan is in the repository");
    crate::check(&path, &bytes, crate::resolve::Options::default())
        .view
        .expect("the plan has no error")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    #[allow(clippy::disallowed_methods)] // the test's own fixture file
    fn font_folders_with_link_loops_are_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let inner = dir.path().join("a/b");
        std::fs::create_dir_all(&inner).unwrap();
        // Two links up from the deepest folder: without the record of the
        // folders read, 2^depth paths until the path is too long.
        std::os::unix::fs::symlink("..", inner.join("up")).unwrap();
        std::os::unix::fs::symlink(dir.path(), inner.join("top")).unwrap();
        std::fs::write(inner.join("x.ttf"), b"").unwrap();
        let mut files = Vec::new();
        font_files(dir.path(), &mut files, &mut Vec::new()).unwrap();
        assert_eq!(files, [inner.join("x.ttf")]);
    }

    #[cfg(unix)]
    #[test]
    fn a_fifo_named_like_a_font_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("times.ttf");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status().unwrap();
        assert!(made.success(), "mkfifo");
        let Err(err) = Renderer::new(&[dir.path().to_path_buf()]) else {
            panic!("a FIFO was taken for a font")
        };
        let RenderError::FontFolder { path, source } = err else { panic!("{err:?}") };
        assert_eq!(path, fifo);
        assert_eq!(crate::source::io_reason(&source).en, "it is not a regular file");
        assert_eq!(
            crate::source::io_reason(&source).vi,
            "đây không phải tệp thông thường"
        );
    }

    /// Typst parses the built-in templates with their comment lines
    /// emptied; a diagnostic's byte range is in the text as written, on the
    /// line it reports. Without fonts, the templates' text warns "unknown
    /// font family" from below many comment lines.
    #[test]
    fn a_template_diagnostic_points_into_the_template_as_written() {
        let view = view_of("plans/may-2024.yaml");
        let renderer =
            Renderer::with_font_data(&[], "Liberation Serif").expect("renderer");
        let Err(RenderError::Warnings { diagnostics }) = renderer.compile(&view) else {
            panic!("a build without fonts did not warn")
        };
        let mut checked = 0;
        for d in &diagnostics {
            let (Some(file), Some(range), Some(line)) = (&d.file, &d.range, d.line)
            else {
                continue;
            };
            let Some((_, text)) = assets::TEMPLATES.iter().find(|(p, _)| p == file)
            else {
                continue;
            };
            let before = text.get(..range.start).expect("a range inside the template");
            let written = text.get(range.clone()).expect("a range inside the template");
            assert_eq!(before.matches('\n').count() + 1, line, "{d:?}");
            assert!(!written.trim().is_empty() && !written.starts_with("//"), "{d:?}");
            assert!(assets::without_comment_words(text).contains(written), "{d:?}");
            checked += 1;
        }
        assert!(checked > 0, "no diagnostic in a built-in template: {diagnostics:#?}");
    }

    #[test]
    fn embedded_faces_are_liberation_serif_2() {
        let fonts = crate::fonts::embedded();
        assert_eq!(fonts.len(), 4);
        for font in fonts {
            assert_eq!(font.info().family, "Liberation Serif");
            // 2.x covers Vietnamese; 1.07 lacks e.g. U+1EF1 (ự).
            assert!(font.info().coverage.contains(0x1EF1));
        }
    }

    #[test]
    fn times_new_roman_is_preferred_when_present() {
        let mut infos: Vec<_> =
            crate::fonts::embedded().iter().map(|f| f.info().clone()).collect();
        assert_eq!(
            choose_family(&FontBook::from_infos(infos.clone())),
            "Liberation Serif"
        );
        let mut tnr = infos[0].clone();
        tnr.family = "Times New Roman".to_owned();
        infos.push(tnr);
        assert_eq!(choose_family(&FontBook::from_infos(infos)), "Times New Roman");
    }

    #[test]
    fn the_font_choice_reaches_the_templates() {
        let renderer = Renderer::new(&[]).expect("renderer");
        let json: serde_json::Value =
            serde_json::from_slice(renderer.font_json.as_slice()).expect("json");
        assert_eq!(json["family"], "Liberation Serif");
        assert_eq!(json["fallback"], "Liberation Serif");
    }

    #[test]
    fn every_embedded_template_parses() {
        let Ok(Templates::Embedded(templates)) = embedded_templates() else {
            panic!("embedded templates")
        };
        for source in templates.iter().map(Embedded::source) {
            let (errors, warnings) = source.root().errors_and_warnings();
            assert!(
                errors.is_empty() && warnings.is_empty(),
                "{:?}: {errors:?}",
                source.id()
            );
        }
    }
}
