//! Widths of text set in the embedded Liberation Serif, which has the advance
//! widths of Times New Roman (`format-rules.md` §5). Two stages measure with
//! them: the view (the footer's word widths, `compose::widths`) and the Word
//! writer (`docx::measure`); neither imports the other.

use std::sync::OnceLock;

use typst::layout::Abs;
use typst::text::{FontInstance, FontVariations};

/// The four faces, regular, bold, italic, bold italic (the order of
/// [`FONTS`](crate::fonts::FONTS)).
fn faces() -> &'static [Option<FontInstance>] {
    static FACES: OnceLock<Vec<Option<FontInstance>>> = OnceLock::new();
    FACES.get_or_init(|| {
        let fonts = crate::fonts::embedded();
        (0..crate::fonts::FONTS.len())
            .map(|i| {
                let font = fonts.get(i)?;
                let variant = font.info().variant;
                Some(font.clone().instantiate(
                    variant,
                    Abs::pt(1.0),
                    &FontVariations::default(),
                ))
            })
            .collect()
    })
}

/// The width in points of `text` at `size` points, without kerning; a
/// character the font lacks counts as nothing.
pub(crate) fn width(text: &str, size: f64, bold: bool, italic: bool) -> f64 {
    let index = usize::from(bold) + 2 * usize::from(italic);
    let Some(Some(font)) = faces().get(index) else { return 0.0 };
    let face = font.ttf();
    let ems: f64 = text
        .chars()
        .filter_map(|c| face.glyph_index(c))
        .filter_map(|g| font.x_advance(g.0))
        .map(|em| em.get())
        .sum();
    ems * size
}

/// The advances of `c` in em in the four faces (regular, bold, italic,
/// bold italic), `None` when a face lacks it (the renderer then takes the
/// glyph from another font, whose width this module does not know).
pub(crate) fn advances(c: char) -> Option<[f64; 4]> {
    let mut out = [0.0; 4];
    for (em, face) in out.iter_mut().zip(faces()) {
        let font = face.as_ref()?;
        let glyph = font.ttf().glyph_index(c)?;
        *em = font.x_advance(glyph.0)?.get();
    }
    Some(out)
}
