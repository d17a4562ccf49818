//! [`PlanWorld`]: the Typst world one compilation runs in.
//!
//! With the embedded templates everything Typst may read is in memory
//! (`style.md` §6): the standard library, the font book and the fonts, the
//! templates (embedded with `include_str!`), the view at `/view.json` and the
//! font choice at `/font.json`. With a template folder (`plan build
//! --template DIR`) the templates and any other file they read come from that
//! folder, each read once per compilation; `/view.json` and `/font.json`
//! are still the generated ones. When the plan's source is attached
//! (`Renderer::compile_attaching`), the entry is the built-in
//! `/plan-attach.typ` and the files' list and bytes are served as data at
//! `/plan-attach.json` and `/plan-attach/N`. Any other path is [`FileError::NotFound`]:
//! no packages. [`World::today`] returns `None`, so a template that asks for
//! the date fails instead of printing the clock.
//!
//! The view may also come later ([`PlanWorld::coming`]): the read of
//! `/view.json` then waits for it (`coming.rs`).

use std::collections::HashMap;
use std::path::Path;
use std::sync::{Mutex, OnceLock};

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::coming::ViewToCome;
use super::{Renderer, Templates};

/// One compilation's world: the renderer's shared, immutable parts plus the
/// view being rendered.
pub(crate) struct PlanWorld<'a> {
    /// Library, fonts and templates, built once per process.
    renderer: &'a Renderer,
    /// The view as JSON, served at `/view.json`.
    view: ViewData<'a>,
    /// Files read from a template folder, by id, so that each is read and
    /// parsed once.
    read: Mutex<HashMap<FileId, FileResult<Source>>>,
    /// The files to attach and their list, served as data; when there are
    /// any, the entry is the renderer's `attach.typ` instead of `/main.typ`.
    attached: Vec<(FileId, Bytes)>,
}

/// Where `/view.json` comes from.
enum ViewData<'a> {
    /// The view, known when the compilation starts.
    Ready(Bytes),
    /// A view to wait for, and what to call once the templates have read
    /// it (once, with the JSON's length, on the layout's thread): the
    /// templates' modules are evaluated by then.
    Coming {
        view: &'a ViewToCome,
        reading: &'a (dyn Fn(usize) + Sync),
        called: OnceLock<()>,
    },
}

impl<'a> PlanWorld<'a> {
    /// A world that renders `view_json` with `renderer`'s templates and fonts.
    pub(crate) fn new(renderer: &'a Renderer, view_json: Vec<u8>) -> Self {
        Self::attaching(renderer, view_json, Vec::new())
    }

    /// [`PlanWorld::new`], serving `attached` as data files and starting at
    /// `attach.typ` when there are any.
    pub(crate) fn attaching(
        renderer: &'a Renderer,
        view_json: Vec<u8>,
        attached: Vec<(FileId, Bytes)>,
    ) -> Self {
        Self {
            renderer,
            view: ViewData::Ready(Bytes::new(view_json)),
            read: Mutex::default(),
            attached,
        }
    }

    /// A world whose `/view.json` is `view`, waited for when the templates
    /// read it; `reading` is called once it has come (never when it is
    /// withdrawn).
    pub(crate) fn coming(
        renderer: &'a Renderer,
        view: &'a ViewToCome,
        reading: &'a (dyn Fn(usize) + Sync),
    ) -> Self {
        Self {
            renderer,
            view: ViewData::Coming { view, reading, called: OnceLock::new() },
            read: Mutex::default(),
            attached: Vec::new(),
        }
    }

    /// The view's JSON: at once, or once it has come. A withdrawn view is
    /// a file that is not there.
    fn view(&self, id: FileId) -> FileResult<Bytes> {
        match &self.view {
            ViewData::Ready(json) => Ok(json.clone()),
            ViewData::Coming { view, reading, called } => {
                let json = view.wait().ok_or_else(|| not_found(id))?;
                if called.set(()).is_ok() {
                    reading(json.len());
                }
                Ok(json.clone())
            }
        }
    }

    /// The attached file `id`, if it is one.
    fn attached(&self, id: FileId) -> Option<&Bytes> {
        self.attached.iter().find(|(i, _)| *i == id).map(|(_, bytes)| bytes)
    }

    /// The template with this id, if any: embedded, or read from the folder.
    fn template(&self, id: FileId) -> Option<FileResult<Source>> {
        if *id.root() != VirtualRoot::Project || self.is_data(id) {
            return None;
        }
        match &self.renderer.templates {
            Templates::Embedded(templates) => templates
                .iter()
                .find(|template| template.id == id)
                .map(|template| Ok(template.source().clone())),
            Templates::Folder(root) => Some(self.read_source(root, id)),
        }
    }

    /// The file `id` of the folder `root` as a source, read once.
    fn read_source(&self, root: &Path, id: FileId) -> FileResult<Source> {
        // A poisoned lock only means another thread panicked mid-insert;
        // the map is still usable.
        let mut read = self.read.lock().unwrap_or_else(|e| e.into_inner());
        read.entry(id)
            .or_insert_with(|| {
                let bytes = read_folder_file(root, id)?;
                let text =
                    String::from_utf8(bytes).map_err(|_| FileError::InvalidUtf8)?;
                Ok(Source::new(id, text))
            })
            .clone()
    }

    /// Whether `id` is one of the generated data files.
    fn is_data(&self, id: FileId) -> bool {
        id == self.renderer.view_id
            || id == self.renderer.font_id
            || self.attached(id).is_some()
    }
}

impl World for PlanWorld<'_> {
    fn library(&self) -> &LazyHash<Library> {
        &self.renderer.library
    }

    fn book(&self) -> &LazyHash<FontBook> {
        &self.renderer.book
    }

    fn main(&self) -> FileId {
        if self.attached.is_empty() {
            self.renderer.main
        } else {
            self.renderer.attach_main.id()
        }
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        if !self.attached.is_empty() && id == self.renderer.attach_main.id() {
            return Ok(self.renderer.attach_main.clone());
        }
        match self.template(id) {
            Some(source) => source,
            None if self.is_data(id) => Err(FileError::NotSource),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if id == self.renderer.view_id {
            return self.view(id);
        }
        if id == self.renderer.font_id {
            return Ok(self.renderer.font_json.clone());
        }
        if let Some(bytes) = self.attached(id) {
            return Ok(bytes.clone());
        }
        match self.template(id) {
            Some(Ok(source)) => Ok(Bytes::from_string(source)),
            // A file of the folder that is not UTF-8 text (an image).
            Some(Err(FileError::InvalidUtf8)) => self.read_bytes(id),
            Some(Err(err)) => Err(err),
            None => Err(not_found(id)),
        }
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.renderer.font(index)
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

impl PlanWorld<'_> {
    /// The raw bytes of the folder's file `id`.
    fn read_bytes(&self, id: FileId) -> FileResult<Bytes> {
        let Templates::Folder(root) = &self.renderer.templates else {
            return Err(not_found(id));
        };
        read_folder_file(root, id).map(Bytes::new)
    }
}

/// The bytes of the file `id` of the template folder `root`, read as
/// [`crate::source::read_template_file`] reads: never a device, a file
/// under `/proc` or `/sys`, or a file a link takes out of the folder.
fn read_folder_file(root: &Path, id: FileId) -> FileResult<Vec<u8>> {
    let path = id.vpath().realize(root).map_err(|_| not_found(id))?;
    crate::source::read_template_file(root, &path)
        .map_err(|e| FileError::from_io(e, &path))
}

/// The error for a path the world does not serve.
fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
