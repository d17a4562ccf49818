//! Attachment names: safe relative paths, checked before a name is used to
//! find an include or to write a file (`plan extract`).
//!
//! A name is `/`-separated folders and a file name, each part not empty,
//! not `.` or `..`, not starting with `.` (no `.git/hooks/…`), without `\`,
//! `:` (no drive letter, no Windows stream), NUL or any control character;
//! the file is a `.yaml` or `.yml` file (only plan sources are attached);
//! the whole name at most [`MAX_NAME_BYTES`] bytes. So a name never leads
//! outside the folder it is written under.

use std::path::Path;

use crate::lang::{Text, t};

/// The longest name, in bytes.
pub const MAX_NAME_BYTES: usize = 1024;

/// Why `name` cannot be used, or `Ok`.
pub fn check(name: &str) -> Result<(), Text> {
    if name.is_empty() {
        return Err(t("tên rỗng", "the name is empty"));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(t("tên dài quá", "the name is too long"));
    }
    if name.chars().any(char::is_control) {
        return Err(t("tên có ký tự điều khiển", "the name has a control character"));
    }
    if name.starts_with('/') {
        return Err(t("tên là đường dẫn tuyệt đối", "the name is an absolute path"));
    }
    if name.contains(['\\', ':']) {
        return Err(t(
            "tên có `\\` hoặc `:` (ổ đĩa, đường dẫn Windows)",
            "the name has `\\` or `:` (a drive, a Windows path)",
        ));
    }
    for part in name.split('/') {
        if part.is_empty() || part == "." || part == ".." {
            return Err(t(
                "tên có phần rỗng, `.` hoặc `..`",
                "the name has an empty part, `.` or `..`",
            ));
        }
        if part.starts_with('.') {
            return Err(t(
                "tên có phần bắt đầu bằng dấu chấm (tệp ẩn)",
                "the name has a part starting with a dot (a hidden file)",
            ));
        }
    }
    // Any case, as the loader reads `include: x.YAML` too.
    let lower = name.to_ascii_lowercase();
    if !(lower.ends_with(".yaml") || lower.ends_with(".yml")) {
        return Err(t("không phải tệp .yaml hoặc .yml", "not a .yaml or .yml file"));
    }
    Ok(())
}

/// `name` as a message shows it: control characters escaped, cut at 200
/// characters.
pub fn shown(name: &str) -> String {
    let mut out: String = name.chars().take(200).flat_map(char::escape_debug).collect();
    if name.chars().count() > 200 {
        out.push('…');
    }
    out
}

/// `path` without `.` and `..`, `/`-separated; `None` when it climbs out of
/// its start, is absolute, or is not UTF-8.
pub fn normalize(path: &Path) -> Option<String> {
    if path.has_root() {
        return None;
    }
    crate::paths::resolve_dots(path).map(|parts| parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn safe_names_pass() {
        // Any case of the extension, as the loader reads `include: x.YAML`.
        for name in
            ["may-2024.yaml", "chung/bt.yml", "plans/tháng 5.yaml", "chung/X.YAML"]
        {
            assert_eq!(check(name), Ok(()), "{name}");
        }
    }

    #[test]
    fn names_leaving_the_folder_are_refused() {
        for name in [
            "",
            "../x.yaml",
            "a/../../x.yaml",
            "/etc/x.yaml",
            "C:/x.yaml",
            "c:x.yaml",
            "a\\..\\x.yaml",
            "a\0.yaml",
            "a//b.yaml",
            "./a.yaml",
            ".git/hooks/x.yaml",
            "a/.hidden.yaml",
            "x.sh",
            "line\nbreak.yaml",
        ] {
            assert!(check(name).is_err(), "{name:?}");
        }
        assert!(check(&format!("{}.yaml", "a".repeat(MAX_NAME_BYTES))).is_err());
    }

    #[test]
    fn normalize_resolves_dots_and_stays_inside() {
        assert_eq!(normalize(Path::new("a/./b/../c.yaml")).as_deref(), Some("a/c.yaml"));
        assert_eq!(normalize(Path::new("../a.yaml")), None);
        assert_eq!(normalize(Path::new("/a.yaml")), None);
    }

    #[test]
    fn shown_names_escape_control_characters() {
        assert_eq!(shown("a\nb\u{1b}"), "a\\nb\\u{1b}");
    }
}
