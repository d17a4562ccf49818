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

use serde_json::{Map, Value as Json, json};

use crate::model::keys::{ID_PATTERN, Key, Owner, SHARED, Value};

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
    let mut schema = object_schema(Owner::Plan, keys, &[]);
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
    let mut schema = object_schema(Owner::Plan, &keys, &[]);
    schema.insert(
        "description".to_owned(),
        json!(
            "Tệp dùng chung, được các kế hoạch nạp qua `include:`: chỉ gồm văn bản \
             trích dẫn, ngày kỷ niệm, cơ quan ban hành, người ký, nơi nhận, lưu, địa \
             danh.\n\nA shared file that plans name in `include:`: directives, \
             anniversaries, issuer, signer, recipients, archive, place only."
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
/// mapping (`issuer`, `meeting`, …); a subsection is a section without
/// `sections`, as the format allows one level.
fn definitions() -> Map<String, Json> {
    let mut defs = Map::new();
    for owner in Owner::ALL.into_iter().filter(|o| *o != Owner::Plan) {
        defs.insert(
            owner.name().to_owned(),
            Json::Object(object_schema(owner, owner.keys(), owner.one_of())),
        );
    }
    let section = Owner::Section;
    let keys: Vec<Key> =
        section.keys().iter().filter(|k| k.name != "sections").copied().collect();
    defs.insert(
        "subsection".to_owned(),
        Json::Object(object_schema(section, &keys, &[])),
    );
    defs
}

/// The schema of a mapping of `owner` holding `keys`.
fn object_schema(owner: Owner, keys: &[Key], one_of: &[&str]) -> Map<String, Json> {
    let (vi, en) = owner.describe();
    let mut properties = Map::new();
    for key in keys {
        let mut value = value_schema(key.value, owner == Owner::Section);
        if let Json::Object(map) = &mut value {
            map.insert("description".to_owned(), json!(describe(key)));
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

/// A key's hover text: Vietnamese, a blank line, English.
fn describe(key: &Key) -> String {
    let need = if key.required {
        "bắt buộc / required"
    } else {
        "không bắt buộc / optional"
    };
    format!("{}\n\n{}\n\n({need})", key.vi, key.en)
}

/// The schema of one value; `in_section` is true for the keys of a section,
/// whose `sections` are subsections.
fn value_schema(value: Value, in_section: bool) -> Json {
    match value {
        // Any scalar is text to the loader.
        Value::Text => json!({ "type": ["string", "number", "boolean"] }),
        Value::TextList => json!({
            "type": "array",
            "items": { "type": ["string", "number", "boolean"] }
        }),
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
        Value::Choice(names) => json!({ "enum": names }),
        Value::Files => json!({
            "type": "array",
            "items": { "type": "string", "minLength": 1 }
        }),
        Value::Map(owner) => reference(owner.name()),
        Value::IdMap(owner) => json!({
            "type": "object",
            "propertyNames": { "pattern": ID_PATTERN },
            "additionalProperties": reference(owner.name())
        }),
        Value::List(Owner::Section) if in_section => {
            json!({ "type": "array", "items": reference("subsection") })
        }
        Value::List(owner) => {
            json!({ "type": "array", "items": reference(owner.name()) })
        }
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
                                { "type": ["string", "number", "boolean", "null"] },
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

    #[test]
    fn subsections_have_no_sections() {
        let schema = plan();
        let defs = &schema["definitions"];
        assert_eq!(
            defs["section"]["properties"]["sections"]["items"]["$ref"],
            "#/definitions/subsection"
        );
        assert!(defs["subsection"]["properties"].get("sections").is_none());
    }
}
