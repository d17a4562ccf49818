//! Text values: `**bold**`, `*italic*`, `{id}` references, `{{`/`}}`.
