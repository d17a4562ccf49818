"""Validates documents against a JSON Schema with the Python `jsonschema`
package (the validator behind many editors' YAML and JSON checks), formats
such as "date" checked.

Reads the schema's path from argv[1] and a JSON array of documents from
standard input; prints a JSON array holding, for each document, the list of
its errors, each "<message> at /<path>". Used by tests/testsuite/schema.rs;
fails loudly on a schema that is not valid itself.
"""
import json
import sys

import jsonschema

with open(sys.argv[1], encoding="utf-8") as f:
    schema = json.load(f)
validator_class = jsonschema.validators.validator_for(schema)
validator_class.check_schema(schema)
validator = validator_class(schema, format_checker=jsonschema.FormatChecker())

documents = json.load(sys.stdin)
found = [
    [
        f"{error.message} at /{'/'.join(str(p) for p in error.absolute_path)}"
        for error in validator.iter_errors(document)
    ]
    for document in documents
]
json.dump(found, sys.stdout, ensure_ascii=False)
