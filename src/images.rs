//! Page images (`plan build -f png | svg`, issue 11): each page of the
//! laid-out document as a PNG at a chosen resolution, or as an SVG. The
//! same document gives the same bytes: Typst's renderers use no clock and
//! no randomness.

use typst::utils::Scalar;
use typst_layout::PagedDocument;

/// The default resolution of PNG pages: 144 pixels per inch, as the Typst
/// command line's; an A4 page is 1191 × 1684 pixels.
pub(crate) const DEFAULT_PPI: f32 = 144.0;

/// Each page as an SVG document.
pub(crate) fn svg_pages(document: &PagedDocument) -> Vec<Vec<u8>> {
    let options = typst_svg::SvgOptions::default();
    document
        .pages()
        .iter()
        .map(|page| typst_svg::svg(page, &options).into_bytes())
        .collect()
}

/// Each page as a PNG at `ppi` pixels per inch (clamped to 10–1200).
/// `None` when a page cannot be encoded (never seen; a bug).
pub(crate) fn png_pages(document: &PagedDocument, ppi: f32) -> Option<Vec<Vec<u8>>> {
    let ppi = if ppi.is_finite() { ppi.clamp(10.0, 1200.0) } else { DEFAULT_PPI };
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
