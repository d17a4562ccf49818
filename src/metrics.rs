//! Widths of text set in the embedded Liberation Serif, which has the advance
//! widths of Times New Roman (`format-rules.md` §5). Two stages measure with
//! them: the view (the footer's word widths, `compose::widths`) and the Word
//! writer (`docx::measure`); neither imports the other.
//!
//! The faces are read with `ttf-parser` straight from the embedded files:
//! only their character map and advance table are needed, and parsing a
//! file's table directory is all it costs. Making Typst font instances of
//! them, as this module first did, cost the seed's view about 4 million
//! instructions (1 ms on the test machine), on the thread that the layout
//! waits for. The advances are the same numbers Typst lays out with: the
//! `hmtx` advance over the units per em (Typst's `Font::x_advance` and
//! `Em::from_units`); the faces are not variable fonts, so no variation
//! changes them (`widths_match_typsts_advances` checks every character).

use std::sync::OnceLock;

use ttf_parser::Face;

/// The four faces, regular, bold, italic, bold italic (the order of
/// [`FONTS`](crate::fonts::FONTS)); `None` for a file that does not parse.
fn faces() -> &'static [Option<Face<'static>>] {
    static FACES: OnceLock<Vec<Option<Face<'static>>>> = OnceLock::new();
    FACES.get_or_init(|| {
        crate::fonts::FONTS.iter().map(|(_, data)| Face::parse(data, 0).ok()).collect()
    })
}

/// The advance of `c` in em in `face`, `None` when the face lacks it.
fn advance(face: &Face<'_>, c: char) -> Option<f64> {
    let glyph = face.glyph_index(c)?;
    let units = face.glyph_hor_advance(glyph)?;
    Some(f64::from(units) / f64::from(face.units_per_em()))
}

/// The four faces as the shaper reads them, in the order of [`faces`].
fn shaping_faces() -> &'static [Option<rustybuzz::Face<'static>>] {
    static FACES: OnceLock<Vec<Option<rustybuzz::Face<'static>>>> = OnceLock::new();
    FACES.get_or_init(|| {
        crate::fonts::FONTS
            .iter()
            .map(|(_, data)| rustybuzz::Face::from_slice(data, 0))
            .collect()
    })
}

/// The width in points of `text` at `size` points, shaped as Typst shapes
/// it (rustybuzz with its default features: kerning, ligatures), so that
/// a line the PDF fits in a cell is measured as fitting: "ĐẢNG BỘ SỞ Y TẾ
/// TỈNH THANH HÓA" in 14 pt regular is 240.5 pt kerned, 242.3 pt from the
/// advances alone, and a Party header's left cell is 240.9 pt wide. A character
/// the font lacks counts as nothing (the renderer takes it from another
/// font, whose width this module does not know).
pub(crate) fn width(text: &str, size: f64, bold: bool, italic: bool) -> f64 {
    let index = usize::from(bold) + 2 * usize::from(italic);
    let Some(Some(face)) = shaping_faces().get(index) else { return 0.0 };
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    // A no-break space is measured as the space it is written as: the
    // Word writer glues words with it only to choose its breaks, and kerns
    // like a space ("TẾ TỈNH" with a space is narrower than with a no-break
    // space, which the font's pairs do not name).
    if text.contains('\u{a0}') {
        buffer.push_str(&text.replace('\u{a0}', " "));
    } else {
        buffer.push_str(text);
    }
    let shaped = rustybuzz::shape(face, &[], buffer);
    let units: i64 = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .filter(|(info, _)| info.glyph_id != 0)
        .map(|(_, position)| i64::from(position.x_advance))
        .sum();
    units as f64 / f64::from(face.units_per_em()) * size
}

/// The advances of `c` in em in the four faces (regular, bold, italic,
/// bold italic), `None` when a face lacks it (the renderer then takes the
/// glyph from another font, whose width this module does not know).
pub(crate) fn advances(c: char) -> Option<[f64; 4]> {
    let mut out = [0.0; 4];
    for (em, face) in out.iter_mut().zip(faces()) {
        *em = advance(face.as_ref()?, c)?;
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use typst::layout::Abs;
    use typst::text::FontVariations;

    /// Every character of the faces' character maps has, in each face, the
    /// advance Typst's font instance gives it: the numbers the layout uses.
    #[test]
    fn widths_match_typsts_advances() {
        let fonts = crate::fonts::embedded();
        assert_eq!(fonts.len(), 4);
        let mut checked = 0;
        for (index, font) in fonts.iter().enumerate() {
            let instance = font.clone().instantiate(
                font.info().variant,
                Abs::pt(1.0),
                &FontVariations::default(),
            );
            let face = super::faces()[index].as_ref().expect("the face parses");
            let chars = (0..=0x2FFFF_u32).filter_map(char::from_u32);
            for c in chars {
                let typst = instance
                    .ttf()
                    .glyph_index(c)
                    .and_then(|g| instance.x_advance(g.0))
                    .map(|em| em.get());
                assert_eq!(super::advance(face, c), typst, "{c:?} in face {index}");
                checked += usize::from(typst.is_some());
            }
        }
        // Liberation Serif covers a few thousand characters in each face.
        assert!(checked > 4 * 2000, "only {checked} advances compared");
    }

    /// A width is the shaped width: the sum of the advances where no pair
    /// kerns ("Nơi nhận" in the regular face at 12 pt), less where pairs
    /// do: the parent name of a Party header that the PDF fits in its
    /// 85 mm cell (240.94 pt) in 14 pt regular, and that the advances alone
    /// make wider than it, so the Word file broke it in two. A character
    /// no face has counts as nothing.
    #[test]
    fn width_is_kerned_as_typst_shapes() {
        let summed = |text: &str, face: usize| {
            text.chars().map(|c| super::advances(c).expect("covered")[face]).sum::<f64>()
        };
        let text = "Nơi nhận";
        let shaped = super::width(text, 12.0, false, false);
        assert!((shaped - summed(text, 0) * 12.0).abs() < 1e-9, "{shaped}");
        let name = "ĐẢNG BỘ SỞ Y TẾ TỈNH THANH HÓA";
        let cell = 85.0 / 25.4 * 72.0;
        assert!(summed(name, 0) * 14.0 > cell);
        assert!(super::width(name, 14.0, false, false) < cell);
        assert_eq!(super::width("\u{E000}", 12.0, false, false), 0.0);
    }
}
