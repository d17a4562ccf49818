//! `plan schema` (issue 5, item 5): the committed schemas are current, every
//! plan and example validates against them, and what the loader rejects for
//! its keys and values the schema rejects too.

// Tests write their fixture files directly; the atomic writer is for output.
#![allow(clippy::disallowed_methods)]

use std::path::{Path, PathBuf};

use saphyr_parser::{Event, Parser, ScalarStyle};
use serde_json::{Map, Number, Value};

use crate::support::cli::{plan, root, yaml_files};

fn committed(name: &str) -> String {
    std::fs::read_to_string(root().join(name)).unwrap_or_default()
}

#[test]
fn committed_schemas_are_current() {
    let cases = [
        (plan::schema::PLAN_SCHEMA_FILE, plan::schema::plan(), ""),
        (plan::schema::INCLUDED_SCHEMA_FILE, plan::schema::included(), " --included"),
    ];
    for (file, schema, flag) in cases {
        assert!(
            committed(file) == plan::schema::to_text(&schema),
            "{file} is stale: run `cargo run -- schema{flag} -o {file}` and commit it"
        );
    }
}

#[test]
fn plan_schema_prints_the_committed_file_and_writes_with_o() {
    let out = plan().arg("schema").output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout) == committed("plan.schema.json"));
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("shared.schema.json");
    let out = plan().args(["schema", "--included", "-o"]).arg(&file).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        std::fs::read_to_string(&file).unwrap() == committed("plan-include.schema.json")
    );
}

// ---- YAML as an editor reads it ---------------------------------------------

/// A plain scalar as YAML 1.2's core schema types it (as yaml-language-server
/// does): null, booleans, integers, floats, else a string. Quoted and block
/// scalars are strings.
fn core_scalar(text: &str, style: ScalarStyle) -> Value {
    if style != ScalarStyle::Plain {
        return Value::String(text.to_owned());
    }
    match text {
        "" | "~" | "null" | "Null" | "NULL" => return Value::Null,
        "true" | "True" | "TRUE" => return Value::Bool(true),
        "false" | "False" | "FALSE" => return Value::Bool(false),
        _ => {}
    }
    let digits = text.strip_prefix(['-', '+']).unwrap_or(text);
    if !digits.is_empty()
        && digits.bytes().all(|b| b.is_ascii_digit())
        && let Ok(n) = text.parse::<i64>()
    {
        return Value::Number(n.into());
    }
    let float = digits.bytes().any(|b| b.is_ascii_digit())
        && digits.bytes().all(|b| b.is_ascii_digit() || b"._eE+-".contains(&b))
        && !digits.starts_with(['e', 'E']);
    if float && let Some(n) = text.parse::<f64>().ok().and_then(Number::from_f64) {
        return Value::Number(n);
    }
    Value::String(text.to_owned())
}

/// The YAML document of `text` as JSON, keys in the order written.
fn yaml_to_json(text: &str) -> Value {
    enum Open {
        Seq(Vec<Value>),
        Map(Map<String, Value>, Option<String>),
    }
    fn add(stack: &mut [Open], root: &mut Option<Value>, value: Value) {
        match stack.last_mut() {
            None => *root = Some(value),
            Some(Open::Seq(items)) => items.push(value),
            Some(Open::Map(map, key)) => match key.take() {
                None => {
                    let name = match value {
                        Value::String(s) => s,
                        other => other.to_string(),
                    };
                    *key = Some(name);
                }
                Some(k) => {
                    map.insert(k, value);
                }
            },
        }
    }
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut parser = Parser::new_from_str(text);
    let mut stack: Vec<Open> = Vec::new();
    let mut root = None;
    while let Some(event) = parser.next_event() {
        let (event, _) = event.expect("valid YAML");
        match event {
            Event::Scalar(value, style, ..) => {
                add(&mut stack, &mut root, core_scalar(&value, style));
            }
            Event::SequenceStart(..) => stack.push(Open::Seq(Vec::new())),
            Event::MappingStart(..) => stack.push(Open::Map(Map::new(), None)),
            Event::SequenceEnd | Event::MappingEnd => {
                let value = match stack.pop().expect("balanced events") {
                    Open::Seq(items) => Value::Array(items),
                    Open::Map(map, _) => Value::Object(map),
                };
                add(&mut stack, &mut root, value);
            }
            Event::DocumentEnd => break,
            _ => {}
        }
    }
    root.unwrap_or(Value::Null)
}

/// A committed schema, checked by Python's `jsonschema` package
/// (`tests/schema_validate.py`, installed by `.ci/run`).
struct Schema(&'static str);

impl Schema {
    /// The errors of each document, in order: "<message> at /<path>".
    fn errors_of(&self, documents: &[Value]) -> Vec<Vec<String>> {
        use std::io::Write;
        let script = root().join("tests/schema_validate.py");
        let mut child = std::process::Command::new("python3")
            .arg(&script)
            .arg(root().join(self.0))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("python3 runs (.ci/run installs its jsonschema package)");
        let input = serde_json::to_vec(documents).expect("JSON");
        // A script that fails before reading them closes its input: its
        // message, below, says why better than the broken pipe.
        let _ = child.stdin.take().expect("stdin").write_all(&input);
        let out = child.wait_with_output().expect("python3 ends");
        assert!(
            out.status.success(),
            "tests/schema_validate.py failed (is Python's jsonschema installed?): {}",
            String::from_utf8_lossy(&out.stderr)
        );
        let found: Vec<Vec<String>> =
            serde_json::from_slice(&out.stdout).expect("a JSON answer");
        assert_eq!(found.len(), documents.len(), "one answer per document");
        found
    }

    /// The errors of one document.
    fn errors(&self, document: Value) -> Vec<String> {
        self.errors_of(&[document]).remove(0)
    }
}

/// `path` read as an editor reads it.
fn json_of(path: &Path) -> Value {
    yaml_to_json(&std::fs::read_to_string(path).expect("readable"))
}

#[test]
fn yaml_reads_as_an_editor_reads_it() {
    let json = yaml_to_json(
        "period: 2024\nnumber: '05'\nn: 05\ndate: 2024-05-02\ntime: 08:00\nok: true\nno: yes\nx: 1.5\nl: [a, {b: ~}]\n",
    );
    assert_eq!(
        json,
        serde_json::json!({
            "period": 2024, "number": "05", "n": 5, "date": "2024-05-02", "time": "08:00",
            "ok": true, "no": "yes", "x": 1.5, "l": ["a", {"b": null}]
        })
    );
}

#[test]
fn every_plan_and_example_validates() {
    let plans = Schema(plan::schema::PLAN_SCHEMA_FILE);
    let files: Vec<PathBuf> = ["plans", "examples", "tests/fixtures/new"]
        .iter()
        .flat_map(|dir| yaml_files(&root().join(dir)))
        .collect();
    assert!(files.len() >= 8, "{files:?}");
    let documents: Vec<Value> = files.iter().map(|f| json_of(f)).collect();
    for (file, found) in files.iter().zip(plans.errors_of(&documents)) {
        assert!(found.is_empty(), "{}:\n{}", file.display(), found.join("\n"));
    }
    let shared = Schema(plan::schema::INCLUDED_SCHEMA_FILE);
    let fragments = yaml_files(&root().join("examples/shared"));
    assert!(!fragments.is_empty());
    let documents: Vec<Value> = fragments.iter().map(|f| json_of(f)).collect();
    for (file, found) in fragments.iter().zip(shared.errors_of(&documents)) {
        assert!(found.is_empty(), "{}:\n{}", file.display(), found.join("\n"));
    }
    // A shared file is not a plan on its own.
    for (file, found) in fragments.iter().zip(plans.errors_of(&documents)) {
        assert!(!found.is_empty(), "{}", file.display());
    }
}

#[test]
fn what_the_loader_rejects_the_schema_rejects() {
    let plans = Schema(plan::schema::PLAN_SCHEMA_FILE);
    let dir = root().join("tests/fixtures/errors");
    // One fixture per loader error about keys or values (the rest, such as
    // YAML syntax or references, are outside what a schema can say).
    let names = [
        "unknown_key",
        "missing_key",
        "wrong_type",
        "wrong_type_boolean",
        "wrong_type_list",
        "wrong_type_top_level",
        "invalid_value",
        "invalid_date",
        "invalid_period",
        "invalid_time",
        "invalid_number",
        "invalid_id",
        "conflicting_keys",
        "section_depth",
        "invalid_numbering",
    ];
    let mut documents: Vec<Value> =
        names.iter().map(|name| json_of(&dir.join(format!("{name}.yaml")))).collect();
    // The same plan without its include would lack the shared keys.
    let mut json = json_of(&root().join("examples/every-key.yaml"));
    json.as_object_mut().unwrap().remove("signer");
    documents.push(json.clone());
    json.as_object_mut().unwrap().remove("include");
    documents.push(json);
    let found = plans.errors_of(&documents);
    for (name, found) in names.iter().zip(&found) {
        assert!(!found.is_empty(), "{name}.yaml validates");
    }
    let [with_include, without_include] = &found[names.len()..] else {
        panic!("two answers: {found:?}")
    };
    assert!(
        with_include.is_empty(),
        "with `include`, `signer` may come from there: {with_include:?}"
    );
    assert!(!without_include.is_empty(), "without `include`, `signer` is required");
}

/// An appendix's sections nest four levels, as the plan's (it is numbered
/// as a document of its own), and an unquoted `1.` (a number to YAML) is
/// the pattern `1.`: the loader and the schema both accept them.
#[test]
fn what_the_loader_accepts_the_schema_accepts() {
    let plans = Schema(plan::schema::PLAN_SCHEMA_FILE);
    let yaml = format!(
        "{}appendices:\n  - title: Danh mục\n    numbering: [1., \"1.1.\", \"a)\", \"-\"]\n    \
         sections:\n      - title: Một\n        sections:\n          - title: Hai\n            \
         sections:\n              - title: Ba\n                sections:\n                  \
         - title: Bốn\n                    items: [Một việc.]\n",
        crate::support::plans::may()
    );
    let view = crate::support::library::view_of_text(&yaml);
    let body = &view.appendices[0].body;
    let numbers: Vec<String> = body
        .iter()
        .filter(|b| b.role == plan::view::Role::Heading)
        .filter_map(|b| {
            b.runs.first().map(|r| r.text.split(' ').next().unwrap_or("").to_owned())
        })
        .collect();
    assert_eq!(
        numbers,
        ["1.", "1.1.", "a)", "-"],
        "four levels, numbered by the appendix"
    );
    let found = plans.errors(yaml_to_json(&yaml));
    assert!(found.is_empty(), "{found:?}");
}
