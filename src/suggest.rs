//! "Did you mean …?": the nearest of a set of names.

/// Names longer than this many bytes get no suggestion: no key or id is
/// that long, and comparing a very long name with thousands of candidates
/// would take seconds.
pub const MAX_NAME: usize = 64;

/// The candidate closest to `input`, if close enough to be a likely typo.
///
/// `nearest("sigener", ["signer", "sections"])` is `Some("signer")`.
pub fn nearest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if input.len() > MAX_NAME {
        return None;
    }
    let input = input.to_lowercase();
    candidates
        .into_iter()
        .filter(|c| c.len() <= MAX_NAME)
        .map(|c| (strsim::jaro_winkler(&input, &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::{MAX_NAME, nearest};

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(nearest("sigener", ["signer", "sections"]), Some("signer"));
        assert_eq!(nearest("kl1", ["kl01", "ct05"]), Some("kl01"));
        assert_eq!(nearest("zzz", ["signer", "sections"]), None);
        let long = "k".repeat(MAX_NAME + 1);
        assert_eq!(nearest(&long, ["k", long.as_str()]), None);
    }
}
