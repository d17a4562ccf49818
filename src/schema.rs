//! `plan schema`: the JSON Schema (draft-07) of a plan file, for editors.
//!
//! Built from the key tables of [`crate::model::keys`], the same tables the
//! loader checks unknown and missing keys against, so the schema cannot
//! drift from what `plan check` accepts. Each key carries its description in
//! Vietnamese and English for hover text. Two schemas: [`plan`] for a plan
//! file, and [`included`] for a shared file that plans name in `include:`
//! (only the [`SHARED`] keys, none required).
//!
//! Values follow the loader: a text is any scalar (YAML 1.2 reads `45` as a
//! number, the loader as the text "45"); typed values may be quoted
//! (`number: "05"`); dates are checked as real days (`format: date`). What
//! only `plan check` can see (references, dates against the period, ids used
//! twice) is not in the schema.
//!
//! The size limits the checks enforce are in it, from the same constants:
//! every text at most [`MAX_TEXT_CHARS`] characters (`maxLength`), `place`,
//! `issuer.name` and `issuer.parent` at most [`MAX_HEADING_LINE`], `title`
//! at most [`MAX_TITLE`] (as typed: `plan check` counts it printed, its
//! references expanded), and at most [`MAX_INCLUDES`] files in `include`.

use serde_json::{Map, Value as Json, json};

use crate::load::MAX_INCLUDES;
use crate::model::Pattern;
use crate::model::keys::{ID_PATTERN, Key, Owner, SHARED, Value};
use crate::numbering::LEVELS;
use crate::resolve::{MAX_HEADING_LINE, MAX_TEXT_CHARS, MAX_TITLE};

/// Where the schema of a plan file is published in the repository.
pub const PLAN_SCHEMA_FILE: &str = "plan.schema.json";
/// Where the schema of an included (shared) file is published.
pub const INCLUDED_SCHEMA_FILE: &str = "plan-include.schema.json";

/// The JSON Schema of a plan file.
///
/// A plan with `include` need not have the keys an included file may set
/// (`issuer`, `signer`, …): they may come from there.
pub fn plan() -> Json {
    let keys = Owner::Plan.keys();
    let mut schema = object_schema(Owner::Plan, keys, &[], 0);
    let own: Vec<&str> = keys
        .iter()
        .filter(|k| k.required && !SHARED.contains(&k.name))
        .map(|k| k.name)
        .collect();
    let shared: Vec<&str> = keys
        .iter()
        .filter(|k| k.required && SHARED.contains(&k.name))
        .map(|k| k.name)
        .collect();
    schema.insert("required".to_owned(), json!(own));
    schema.insert("if".to_owned(), json!({ "not": { "required": ["include"] } }));
    schema.insert("then".to_owned(), json!({ "required": shared }));
    document("plan: chương trình, kế hoạch công tác / work program or plan", schema)
}

/// The JSON Schema of a file that plans include: the shared keys only,
/// none required.
pub fn included() -> Json {
    let keys: Vec<Key> = Owner::Plan
        .keys()
        .iter()
        .filter(|k| SHARED.contains(&k.name))
        .map(|k| Key { required: false, ..*k })
        .collect();
    let mut schema = object_schema(Owner::Plan, &keys, &[], 0);
    schema.insert(
        "description".to_owned(),
        json!(
            "Tệp dùng chung, được các kế hoạch nạp qua `include:`: chỉ gồm văn bản \
             trích dẫn, ngày kỷ niệm, cơ quan ban hành, người ký, nơi nhận, lưu, địa \
             danh, các từ riêng (`words`) và các tệp dùng chung khác.\n\nA shared file \
             that plans name in `include:`: directives, anniversaries, issuer, signer, \
             recipients, archive, place, words and further includes only."
        ),
    );
    document("plan: tệp dùng chung / shared file (include)", schema)
}

/// `schema` as the text of a `.json` file: pretty, ending in a newline.
pub fn to_text(schema: &Json) -> String {
    let mut text = serde_json::to_string_pretty(schema).unwrap_or_default();
    text.push('\n');
    text
}

/// The top of a schema document: `$schema`, title, the definitions
/// of every nested mapping, then `schema`'s own entries.
fn document(title: &str, schema: Map<String, Json>) -> Json {
    let mut out = Map::new();
    out.insert("$schema".to_owned(), json!("http://json-schema.org/draft-07/schema#"));
    out.insert("title".to_owned(), json!(title));
    out.extend(schema);
    out.insert("definitions".to_owned(), Json::Object(definitions()));
    Json::Object(out)
}

/// The definitions of every mapping below the top level, named after the
/// mapping (`issuer`, `meeting`, …). Sections nest four levels: `section`
/// holds `subsection`s, which hold `subsection-3`s, which hold
/// `subsection-4`s, which have no `sections`.
fn definitions() -> Map<String, Json> {
    let mut defs = Map::new();
    for owner in Owner::ALL.into_iter().filter(|o| *o != Owner::Plan) {
        // `level` matters only to sections: these are of level 1. An
        // appendix is a document of its own: its `sections` are of level 1,
        // as the plan's are.
        let level = if owner == Owner::Appendix { 0 } else { 1 };
        defs.insert(
            owner.name().to_owned(),
            Json::Object(object_schema(owner, owner.keys(), owner.one_of(), level)),
        );
    }
    let section = Owner::Section;
    for level in 2..=LEVELS {
        let keys: Vec<Key> = section
            .keys()
            .iter()
            .filter(|k| level < LEVELS || k.name != "sections")
            .copied()
            .collect();
        defs.insert(
            section_name(level),
            Json::Object(object_schema(section, &keys, &[], level)),
        );
    }
    defs
}

/// The definition of sections of `level` (1 to 4).
fn section_name(level: usize) -> String {
    match level {
        1 => "section".to_owned(),
        2 => "subsection".to_owned(),
        _ => format!("subsection-{level}"),
    }
}

/// The schema of a mapping of `owner` holding `keys`.
/// `level` is the section level when `owner` is a section.
fn object_schema(
    owner: Owner,
    keys: &[Key],
    one_of: &[&str],
    level: usize,
) -> Map<String, Json> {
    let (vi, en) = owner.describe();
    let mut properties = Map::new();
    for key in keys {
        let mut value = value_schema(key.value, level);
        if let Json::Object(map) = &mut value {
            map.insert("description".to_owned(), json!(describe(key)));
            if let Some(max) = heading_limit(owner, key.name) {
                map.insert("maxLength".to_owned(), json!(max));
            }
        }
        properties.insert(key.name.to_owned(), value);
    }
    let required: Vec<&str> =
        keys.iter().filter(|k| k.required).map(|k| k.name).collect();
    let mut out = Map::new();
    out.insert("type".to_owned(), json!("object"));
    out.insert("description".to_owned(), json!(format!("{vi}\n\n{en}")));
    out.insert("properties".to_owned(), Json::Object(properties));
    out.insert("additionalProperties".to_owned(), json!(false));
    if !required.is_empty() {
        out.insert("required".to_owned(), json!(required));
    }
    if !one_of.is_empty() {
        let choices: Vec<Json> =
            one_of.iter().map(|name| json!({ "required": [name] })).collect();
        out.insert("oneOf".to_owned(), Json::Array(choices));
    }
    out
}

/// The tighter limit of a text the heading or the title prints, in
/// characters (`resolve`: `heading_line_too_long`); `None` for the others.
fn heading_limit(owner: Owner, key: &str) -> Option<usize> {
    match (owner, key) {
        (Owner::Plan, "place") | (Owner::Issuer, "name" | "parent") => {
            Some(MAX_HEADING_LINE)
        }
        (Owner::Plan, "title") => Some(MAX_TITLE),
        _ => None,
    }
}

/// A text: any scalar (the loader reads `45` as the text "45"), at most
/// [`MAX_TEXT_CHARS`] characters (`plan::text_too_long`); a number or
/// `true` is far shorter.
fn text_schema() -> Json {
    json!({ "type": ["string", "number", "boolean"], "maxLength": MAX_TEXT_CHARS })
}

/// A key's hover text: Vietnamese, a blank line, English.
fn describe(key: &Key) -> String {
    let need = if key.required {
        "bắt buộc / required"
    } else {
        "không bắt buộc / optional"
    };
    format!("{}\n\n{}\n\n({need})", key.vi, key.en)
}

/// A `numbering` pattern. YAML reads an unquoted `1.` as the number 1,
/// which the loader takes as the pattern `1.` (its text): so does the schema.
fn pattern_schema() -> Json {
    json!({ "anyOf": [{ "enum": Pattern::NAMES }, { "const": 1 }] })
}

/// The schema of one value; `level` is the level of the section whose key
/// it is (0 for the top level): its `sections` are of the next level.
fn value_schema(value: Value, level: usize) -> Json {
    match value {
        // Any scalar is text to the loader.
        Value::Text => text_schema(),
        Value::TextList => json!({ "type": "array", "items": text_schema() }),
        Value::Date => json!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$",
            "format": "date"
        }),
        Value::DateOrMonth => json!({
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$"
        }),
        Value::Period => json!({
            "anyOf": [
                {
                    "type": "string",
                    "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])|-[Qq][1-4]|-[Hh][12]|-[Ww][0-9]{1,2}|-[0-9]{4})?$"
                },
                {
                    "type": "string",
                    "pattern": "^[0-9]{4}-(0[1-9]|1[0-2]) *\\.\\. *[0-9]{4}-(0[1-9]|1[0-2])$"
                },
                { "type": "string", "pattern": "^[0-9]{4} *\\.\\. *[0-9]{4}$" },
                { "type": "integer", "minimum": 1000, "maximum": 9999 }
            ]
        }),
        Value::Number => json!({
            "anyOf": [
                { "type": "integer", "minimum": 1, "maximum": 9999 },
                { "type": "string", "pattern": "^0*[1-9][0-9]{0,3}$" }
            ]
        }),
        Value::Time => json!({
            "type": "string",
            "pattern": "^([01]?[0-9]|2[0-3]):[0-5][0-9]$"
        }),
        Value::Bool => json!({
            "anyOf": [
                { "type": "boolean" },
                { "enum": ["true", "True", "TRUE", "false", "False", "FALSE"] }
            ]
        }),
        Value::Choice(names) if names == Pattern::NAMES.as_slice() => pattern_schema(),
        Value::Choice(names) => json!({ "enum": names }),
        Value::Files => json!({
            "type": "array",
            "maxItems": MAX_INCLUDES,
            "items": { "type": "string", "minLength": 1 }
        }),
        Value::Map(owner) => reference(owner.name()),
        Value::IdMap(owner) => json!({
            "type": "object",
            "propertyNames": { "pattern": ID_PATTERN },
            "additionalProperties": reference(owner.name())
        }),
        Value::List(Owner::Section) => {
            json!({ "type": "array", "items": reference(&section_name(level + 1)) })
        }
        Value::List(owner) => {
            json!({ "type": "array", "items": reference(owner.name()) })
        }
        Value::Items => json!({
            "type": "array",
            "items": {
                "anyOf": [text_schema(), reference(Owner::Item.name())]
            }
        }),
        Value::Numbering => json!({
            "type": "array",
            "maxItems": LEVELS,
            "items": {
                "anyOf": [pattern_schema(), reference(Owner::Level.name())]
            }
        }),
        Value::Width => json!({
            "anyOf": [
                { "type": "string", "pattern": "^[0-9]{1,4}(\\.[0-9]{1,3})? ?(mm)?$" },
                { "type": "number", "exclusiveMinimum": 0, "maximum": 1000 }
            ]
        }),
        Value::RowCount => json!({
            "anyOf": [
                { "type": "integer", "minimum": 1, "maximum": 999 },
                { "type": "string", "pattern": "^[0-9]{1,3}$" }
            ]
        }),
        // A row: a list of cells (any scalar, empty, or `{ text, rows }`),
        // or a group row.
        Value::TableRows => json!({
            "type": "array",
            "items": {
                "anyOf": [
                    {
                        "type": "array",
                        "items": {
                            "anyOf": [
                                {
                                    "type": ["string", "number", "boolean", "null"],
                                    "maxLength": MAX_TEXT_CHARS
                                },
                                reference(Owner::Cell.name())
                            ]
                        }
                    },
                    reference(Owner::GroupRow.name())
                ]
            }
        }),
    }
}

fn reference(name: &str) -> Json {
    json!({ "$ref": format!("#/definitions/{name}") })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_of_the_tables_is_in_the_schema() {
        let schema = plan();
        for owner in Owner::ALL {
            let props = if owner == Owner::Plan {
                &schema["properties"]
            } else {
                &schema["definitions"][owner.name()]["properties"]
            };
            for key in owner.keys() {
                let desc = props[key.name]["description"].as_str().unwrap_or_default();
                assert!(desc.contains(key.vi) && desc.contains(key.en), "{}", key.name);
            }
        }
    }

    #[test]
    fn shared_keys_are_required_only_without_include() {
        let schema = plan();
        let required = schema["required"].as_array().unwrap();
        assert!(required.contains(&json!("kind")));
        assert!(!required.contains(&json!("issuer")));
        assert!(
            schema["then"]["required"].as_array().unwrap().contains(&json!("issuer"))
        );
        let included = included();
        assert!(included.get("required").is_none());
        assert!(included["properties"].get("kind").is_none());
        assert!(included["properties"].get("signer").is_some());
    }

    #[test]
    fn tables_and_appendices_are_described() {
        let schema = plan();
        let defs = &schema["definitions"];
        assert_eq!(
            schema["properties"]["appendices"]["items"]["$ref"],
            "#/definitions/appendix"
        );
        assert_eq!(defs["section"]["properties"]["table"]["$ref"], "#/definitions/table");
        assert_eq!(
            defs["appendix"]["properties"]["table"]["$ref"],
            "#/definitions/table"
        );
        let rows = &defs["table"]["properties"]["rows"]["items"]["anyOf"];
        assert_eq!(rows[1]["$ref"], "#/definitions/group_row");
        assert_eq!(rows[0]["items"]["anyOf"][1]["$ref"], "#/definitions/cell");
        assert_eq!(defs["column"]["properties"]["align"]["enum"][1], "center");
    }

    /// The size limits `plan check` enforces are in the schema, from the
    /// same constants.
    #[test]
    fn the_size_limits_are_in_the_schema() {
        let schema = plan();
        let props = &schema["properties"];
        let defs = &schema["definitions"];
        assert_eq!(props["closing"]["maxLength"], MAX_TEXT_CHARS);
        assert_eq!(props["recipients"]["items"]["maxLength"], MAX_TEXT_CHARS);
        assert_eq!(props["place"]["maxLength"], MAX_HEADING_LINE);
        assert_eq!(props["title"]["maxLength"], MAX_TITLE);
        assert_eq!(props["include"]["maxItems"], MAX_INCLUDES);
        assert_eq!(defs["issuer"]["properties"]["name"]["maxLength"], MAX_HEADING_LINE);
        assert_eq!(defs["issuer"]["properties"]["parent"]["maxLength"], MAX_HEADING_LINE);
        assert_eq!(defs["issuer"]["properties"]["abbr"]["maxLength"], MAX_TEXT_CHARS);
        assert_eq!(
            defs["section"]["properties"]["items"]["items"]["anyOf"][0]["maxLength"],
            MAX_TEXT_CHARS
        );
        let rows = &defs["table"]["properties"]["rows"]["items"]["anyOf"][0];
        assert_eq!(rows["items"]["anyOf"][0]["maxLength"], MAX_TEXT_CHARS);
        let included = included();
        assert_eq!(included["properties"]["place"]["maxLength"], MAX_HEADING_LINE);
        assert_eq!(
            included["definitions"]["issuer"]["properties"]["name"]["maxLength"],
            MAX_HEADING_LINE
        );
    }

    #[test]
    fn sections_nest_four_levels() {
        let schema = plan();
        let defs = &schema["definitions"];
        assert_eq!(
            schema["properties"]["sections"]["items"]["$ref"],
            "#/definitions/section"
        );
        for (from, to) in [
            ("section", "subsection"),
            ("subsection", "subsection-3"),
            ("subsection-3", "subsection-4"),
        ] {
            assert_eq!(
                defs[from]["properties"]["sections"]["items"]["$ref"],
                format!("#/definitions/{to}")
            );
        }
        assert!(defs["subsection-4"]["properties"].get("sections").is_none());
        assert!(defs["subsection-4"]["properties"].get("outro").is_some());
    }
}
