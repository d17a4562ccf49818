//! Paths resolved as written, without the file system: `a/./b/../c.yaml`
//! is `a/c.yaml` whatever `b` is. Used for names inside a PDF's
//! attachments ([`crate::archive::names`]), paths inside a git revision
//! ([`crate::input`]) and the names files are attached under
//! ([`crate::archive`]'s `embed`).

use std::path::{Component, Path};

/// The parts of `path` with `.` and `..` resolved as written, its root
/// (and a Windows drive) left out: `a/./b/../c.yaml` → `["a", "c.yaml"]`.
/// A `..` at the root of a path that has one stays there, as the system
/// reads it (`/../a` → `["a"]`); `None` when a `..` climbs above the start
/// of a relative path, or a part is not UTF-8.
pub(crate) fn resolve_dots(path: &Path) -> Option<Vec<&str>> {
    let mut parts: Vec<&str> = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => parts.push(part.to_str()?),
            Component::ParentDir if parts.is_empty() && path.has_root() => {}
            Component::ParentDir => {
                parts.pop()?;
            }
            Component::CurDir | Component::RootDir | Component::Prefix(_) => {}
        }
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dots_are_resolved_as_written() {
        fn parts(path: &str) -> Option<Vec<&str>> {
            resolve_dots(Path::new(path))
        }
        assert_eq!(parts("a/./b/../c.yaml"), Some(vec!["a", "c.yaml"]));
        assert_eq!(parts("/a/b"), Some(vec!["a", "b"]));
        assert_eq!(parts("/../a"), Some(vec!["a"]));
        assert_eq!(parts("../a"), None);
        assert_eq!(parts("a/../../b"), None);
    }

    #[cfg(unix)]
    #[test]
    fn a_part_that_is_not_utf8_gives_none() {
        use std::os::unix::ffi::OsStrExt;
        let path = Path::new(std::ffi::OsStr::from_bytes(b"a/\xff.yaml"));
        assert_eq!(resolve_dots(path), None);
    }
}
