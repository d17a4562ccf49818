//! Fonts: every Vietnamese letter is drawn from Liberation Serif in all four
//! styles, and a broken font setup fails instead of printing nothing
//! (`style.md` §6; README, "Fonts").

use plan::render::{RenderError, Renderer};
use plan::view::{Block, Role, Run};
use unicode_normalization::UnicodeNormalization;

use crate::support::*;

/// The 134 letters of Vietnamese outside ASCII: ă â ê ô ơ ư đ and the 12
/// vowels with each of the 5 tone marks, lower and upper case.
fn vietnamese_letters() -> Vec<char> {
    let vowels = "aăâeêioôơuưy";
    // grave, acute, hook above, tilde, dot below
    let tones = ['\u{300}', '\u{301}', '\u{309}', '\u{303}', '\u{323}'];
    let mut lower: Vec<char> = "ăâêôơưđ".chars().collect();
    for v in vowels.chars() {
        for t in tones {
            let composed: Vec<char> = format!("{v}{t}").nfc().collect();
            assert_eq!(composed.len(), 1, "{v}+{t:?} has a precomposed form");
            lower.push(composed[0]);
        }
    }
    let upper: Vec<char> = lower.iter().flat_map(|c| c.to_uppercase()).collect();
    let mut all = lower;
    all.extend(upper);
    all
}

#[test]
fn there_are_134_vietnamese_letters() {
    let letters = vietnamese_letters();
    assert_eq!(letters.len(), 134);
    let mut unique = letters.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), 134);
    assert!(letters.iter().all(|c| !c.is_ascii()));
}

/// Liberation Serif 1.07 lacks most Vietnamese letters, and Libertinus
/// (typst's own) lacks Ơ ơ Ư ư in bold italic: every letter must come from
/// the embedded Liberation Serif 2.x (README, "Fonts"), no glyph 0 (tofu).
#[test]
fn every_vietnamese_letter_renders_in_liberation_serif_in_all_four_styles() {
    let letters: String = vietnamese_letters().iter().map(|c| format!("{c} ")).collect();
    let mut view = may_2024_view();
    view.body = vec![Block::new(
        Role::Item,
        vec![
            Run::plain(letters.clone()),
            Run::strong(letters.clone()),
            Run::emph(letters.clone()),
            Run::styled(letters.clone(), true, true),
        ],
    )];
    let laid = Laid::new(view);
    let mut faces = std::collections::BTreeSet::new();
    let mut drawn = String::new();
    for item in &laid.items {
        let Some(text) = item.text() else { continue };
        let run = item.run();
        assert_eq!(run.family, "Liberation Serif", "{text:?} drawn in {}", run.family);
        assert!(
            !run.glyphs.contains(&0),
            "tofu in {text:?} ({} {})",
            run.weight,
            run.italic
        );
        if item.has("plan-item") {
            faces.insert((run.weight, run.italic));
            drawn.push_str(text);
        }
    }
    assert_eq!(faces.len(), 4, "four faces used: {faces:?}");
    for c in vietnamese_letters() {
        assert_eq!(
            drawn.matches(c).count(),
            4,
            "{c} printed once per style, as one char (NFC)"
        );
    }
}

/// An unknown font family is only a warning in Typst, and without fonts
/// the PDF would have no text: `compile` must fail instead.
#[test]
fn a_renderer_without_its_font_fails_instead_of_printing_nothing() {
    let renderer = Renderer::with_font_data(&[], "Liberation Serif").expect("renderer");
    match renderer.compile(&may_2024_view()) {
        Err(RenderError::Warnings { diagnostics }) => {
            assert!(
                diagnostics.iter().any(|d| d.message.contains("unknown font family")),
                "{diagnostics:#?}"
            );
        }
        Err(other) => panic!("expected the warnings to fail the build, got {other}"),
        Ok(_) => panic!("compiled without fonts"),
    }
}

#[test]
fn a_font_folder_with_a_broken_font_file_is_an_error() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("Broken.ttf");
    plan::export::write_atomic(&bad, b"not a font").expect("write");
    match Renderer::new(&[dir.path().to_path_buf()]) {
        Err(RenderError::FontFile { path }) => assert_eq!(path, bad),
        Err(other) => panic!("wrong error: {other}"),
        Ok(_) => panic!("a broken font file was accepted"),
    }
}

#[test]
fn a_missing_font_folder_is_an_error() {
    let missing = std::path::PathBuf::from("/nonexistent/plan-fonts");
    assert!(matches!(Renderer::new(&[missing]), Err(RenderError::FontFolder { .. })));
}

/// A folder whose fonts are not "Times New Roman" adds fonts but keeps the
/// embedded family; other files in the folder are ignored.
#[test]
fn a_font_folder_without_times_new_roman_keeps_liberation_serif() {
    let dir = tempfile::tempdir().expect("temp dir");
    let regular = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/templates/fonts/liberation-serif/LiberationSerif-Regular.ttf"
    ))
    .expect("font");
    std::fs::create_dir(dir.path().join("sub")).expect("mkdir");
    plan::export::write_atomic(&dir.path().join("sub/Extra.TTF"), &regular)
        .expect("write");
    plan::export::write_atomic(&dir.path().join("README.txt"), b"not a font")
        .expect("write");
    let renderer = Renderer::new(&[dir.path().to_path_buf()]).expect("renderer");
    assert_eq!(renderer.family(), "Liberation Serif");
    renderer.compile(&may_2024_view()).expect("compiles");
}

/// The executable holds each embedded font file once. A `const` of the
/// font bytes was copied into each place that used it: three copies, 3 MB
/// of a release executable for nothing.
#[test]
fn the_executable_holds_each_font_once() {
    let exe = std::fs::read(env!("CARGO_BIN_EXE_plan")).expect("the executable");
    let fonts = crate::support::cli::root().join("templates/fonts/liberation-serif");
    for face in ["Regular", "Bold", "Italic", "BoldItalic"] {
        let font = std::fs::read(fonts.join(format!("LiberationSerif-{face}.ttf")))
            .expect("font");
        // 256 bytes from the middle of the file: glyph data of this face only.
        let middle = font.len() / 2;
        let piece = &font[middle..middle + 256];
        let copies = memchr::memmem::find_iter(&exe, piece).count();
        assert_eq!(
            copies, 1,
            "LiberationSerif-{face}.ttf is in the executable {copies} times"
        );
    }
}
