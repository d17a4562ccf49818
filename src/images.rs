//! Page images (`plan build -f png | svg`, issue 11): each page of the
//! laid-out document as a PNG at a chosen resolution, or as an SVG. The
//! same document gives the same bytes: Typst's renderers use no clock and
//! no randomness.

use typst::utils::Scalar;
use typst_layout::PagedDocument;

/// The default resolution of PNG pages: 144 pixels per inch, as the Typst
/// command line's; an A4 page is 1191 × 1684 pixels.
pub(crate) const DEFAULT_PPI: f32 = 144.0;

/// The least resolution `--ppi` takes.
pub(crate) const MIN_PPI: f32 = 10.0;

/// The highest resolution `--ppi` takes: 400 pixels per inch, an A4 page
/// of 3307 × 4677 pixels (15 million), sharper than an office printer's
/// 300. Typst holds a page's pixels, and the PNG encoder a copy, four bytes
/// each: the seed's five pages (`plans/may-2024.yaml`, debug build) took
/// 193 MB at 400, 270 MB at 500 and 328 MB at 600, past the 300 MB every
/// input must stay under, and `--ppi 1200` 1.1 GB for one page. Sharper
/// pictures come from the PDF or `-f svg`, which scale to any size.
pub(crate) const MAX_PPI: f32 = 400.0;

/// The size in pixels of an A4 page (595.28 × 841.89 points) at `ppi`, as
/// Typst rounds it: `(3307, 4677)` at 400.
pub(crate) fn a4_pixels(ppi: f32) -> (u32, u32) {
    let pixels = |points: f64| (points * f64::from(ppi) / 72.0).round() as u32;
    (pixels(595.2756), pixels(841.8898))
}

/// Each page as an SVG document.
pub(crate) fn svg_pages(document: &PagedDocument) -> Vec<Vec<u8>> {
    let options = typst_svg::SvgOptions::default();
    document
        .pages()
        .iter()
        .map(|page| typst_svg::svg(page, &options).into_bytes())
        .collect()
}

/// Each page as a PNG at `ppi` pixels per inch (clamped to [`MIN_PPI`] –
/// [`MAX_PPI`]; `--ppi` refuses others).
/// `None` when a page cannot be encoded (never seen; a bug).
pub(crate) fn png_pages(document: &PagedDocument, ppi: f32) -> Option<Vec<Vec<u8>>> {
    let ppi = if ppi.is_finite() { ppi.clamp(MIN_PPI, MAX_PPI) } else { DEFAULT_PPI };
    let options = typst_render::RenderOptions {
        pixel_per_pt: Scalar::new(f64::from(ppi) / 72.0),
        ..typst_render::RenderOptions::default()
    };
    document
        .pages()
        .iter()
        .map(|page| typst_render::render(page, &options).encode_png().ok())
        .collect()
}
