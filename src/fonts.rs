//! The embedded font: Liberation Serif 2.1.5 (Debian `fonts-liberation2`,
//! SIL OFL 1.1, licence in `templates/fonts/liberation-serif/LICENSE`), Times
//! New Roman's metrics and every Vietnamese letter. The 1.x releases share
//! the family name but lack most Vietnamese letters; these files are 2.x.
//!
//! Its own module because three stages read it: the renderer lays out with
//! it, the view and the Word writer measure text with its metrics
//! (`metrics`) and the text checks ask which characters it has (`proofread::glyphs`).

use std::sync::OnceLock;

use typst::foundations::Bytes;
use typst::text::Font;

/// The family name of the embedded font, as Typst's font book reports it.
pub(crate) const DEFAULT_FAMILY: &str = "Liberation Serif";

/// The family preferred over the embedded one when a font folder supplies it.
pub(crate) const PREFERRED_FAMILY: &str = "Times New Roman";

/// The four faces of Liberation Serif 2.1.5, by file name. A `static`, not
/// a `const`: a `const` is copied into each place that uses it, and the
/// release executable held three copies of the 1.5 MB of fonts (49.7 MB;
/// one copy, 46.6 MB).
pub(crate) static FONTS: &[(&str, &[u8])] = &[
    (
        "LiberationSerif-Regular.ttf",
        include_bytes!("../templates/fonts/liberation-serif/LiberationSerif-Regular.ttf"),
    ),
    (
        "LiberationSerif-Bold.ttf",
        include_bytes!("../templates/fonts/liberation-serif/LiberationSerif-Bold.ttf"),
    ),
    (
        "LiberationSerif-Italic.ttf",
        include_bytes!("../templates/fonts/liberation-serif/LiberationSerif-Italic.ttf"),
    ),
    (
        "LiberationSerif-BoldItalic.ttf",
        include_bytes!(
            "../templates/fonts/liberation-serif/LiberationSerif-BoldItalic.ttf"
        ),
    ),
];

/// The four faces of [`FONTS`] as Typst fonts, read once per process: the
/// renderer's font book and the tests share them (reading a face's tables
/// costs about as much as a footer's layout). The widths of the view
/// (`metrics`) read the files with `ttf-parser` instead.
pub(crate) fn embedded() -> &'static [Font] {
    static EMBEDDED: OnceLock<Vec<Font>> = OnceLock::new();
    EMBEDDED.get_or_init(|| {
        FONTS.iter().flat_map(|(_, data)| Font::iter(Bytes::new(*data))).collect()
    })
}

/// The fonts' licence (SIL Open Font License 1.1), shipped with them.
pub(crate) const FONT_LICENSE: &str =
    include_str!("../templates/fonts/liberation-serif/LICENSE");

#[cfg(test)]
mod tests {
    /// One face per file, in the order of [`super::FONTS`]: `metrics`
    /// reads the regular, bold, italic and bold italic faces by position.
    #[test]
    fn one_face_per_file_in_order() {
        let faces = super::embedded();
        assert_eq!(faces.len(), super::FONTS.len());
        let styles: Vec<_> = faces
            .iter()
            .map(|f| (f.info().variant.weight.to_number(), f.info().variant.style))
            .collect();
        use typst::text::FontStyle::{Italic, Normal};
        assert_eq!(styles, [(400, Normal), (700, Normal), (400, Italic), (700, Italic)]);
    }
}
