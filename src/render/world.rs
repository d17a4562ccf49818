//! [`PlanWorld`]: the in-memory Typst world one compilation runs in.
//!
//! Everything Typst may read is in memory (`style.md` §6): the standard
//! library, the font book and the fonts, the templates (embedded with
//! `include_str!`), the view at `/view.json` and the font choice at
//! `/font.json`. Any other path is [`FileError::NotFound`]: no disk, no
//! packages. [`World::today`] returns `None`, so a template that asks for the
//! date fails instead of printing the clock.

use typst::diag::{FileError, FileResult};
use typst::foundations::{Bytes, Datetime, Duration};
use typst::syntax::{FileId, Source, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, World};

use super::Renderer;

/// One compilation's world: the renderer's shared, immutable parts plus the
/// view being rendered.
pub(crate) struct PlanWorld<'a> {
    /// Library, fonts and templates, built once per process.
    renderer: &'a Renderer,
    /// The view as JSON, served at `/view.json`.
    view: Bytes,
}

impl<'a> PlanWorld<'a> {
    /// A world that renders `view_json` with `renderer`'s templates and fonts.
    pub(crate) fn new(renderer: &'a Renderer, view_json: Vec<u8>) -> Self {
        Self { renderer, view: Bytes::new(view_json) }
    }

    /// The embedded template with this id, if any.
    fn template(&self, id: FileId) -> Option<&Source> {
        if *id.root() != VirtualRoot::Project {
            return None;
        }
        self.renderer.templates.iter().find(|source| source.id() == id)
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
        self.renderer.main
    }

    fn source(&self, id: FileId) -> FileResult<Source> {
        match self.template(id) {
            Some(source) => Ok(source.clone()),
            None if self.is_data(id) => Err(FileError::NotSource),
            None => Err(not_found(id)),
        }
    }

    fn file(&self, id: FileId) -> FileResult<Bytes> {
        if let Some(source) = self.template(id) {
            return Ok(Bytes::from_string(source.clone()));
        }
        if id == self.renderer.view_id {
            return Ok(self.view.clone());
        }
        if id == self.renderer.font_id {
            return Ok(self.renderer.font_json.clone());
        }
        Err(not_found(id))
    }

    fn font(&self, index: usize) -> Option<Font> {
        self.renderer.fonts.get(index).cloned()
    }

    fn today(&self, _offset: Option<Duration>) -> Option<Datetime> {
        None
    }
}

impl PlanWorld<'_> {
    /// Whether `id` is one of the generated data files.
    fn is_data(&self, id: FileId) -> bool {
        id == self.renderer.view_id || id == self.renderer.font_id
    }
}

/// The error for a path the world does not serve.
fn not_found(id: FileId) -> FileError {
    FileError::NotFound(id.vpath().get_with_slash().into())
}
