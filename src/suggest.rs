//! "Did you mean …?": the nearest of a set of names.

/// The candidate closest to `input`, if close enough to be a likely typo.
///
/// `nearest("sigener", ["signer", "sections"])` is `Some("signer")`.
pub fn nearest<'a>(
    input: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
        .map(|c| (strsim::jaro_winkler(&input.to_lowercase(), &c.to_lowercase()), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::nearest;

    #[test]
    fn suggests_close_names_only() {
        assert_eq!(nearest("sigener", ["signer", "sections"]), Some("signer"));
        assert_eq!(nearest("kl1", ["kl01", "ct05"]), Some("kl01"));
        assert_eq!(nearest("zzz", ["signer", "sections"]), None);
    }
}
