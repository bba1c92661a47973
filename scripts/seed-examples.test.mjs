/**
 * The example response bodies of the five seed doc pages (success and error
 * examples, scripts/fixtures/seed-examples.yaml) validate against the response
 * schemas of their operations in our bundled specs: lenient responses accept
 * what the vendors' own docs show. Validation is Ajv's JSON Schema 2020-12
 * (the dialect of OpenAPI 3.1) with ajv-formats, as a mock or a test would
 * check a real response.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { bundle } from "./lib/codegen.mjs";
import { ROOT, selectVendors } from "./lib/manifest.mjs";
import { resolveRef } from "./lib/ref.mjs";

const examples = parse(readFileSync(join(ROOT, "scripts/fixtures/seed-examples.yaml"), "utf8"));

const escapePointer = (segment) => segment.replace(/~/g, "~0").replace(/\//g, "~1");

const validators = new Map();
/** A validator for one vendor's bundled spec, which it loads once as a schema resource named "spec". */
async function ajvFor(slug) {
  if (!validators.has(slug)) {
    const [vendor] = selectVendors([slug]);
    const doc = parse(await bundle(vendor, ROOT));
    // strict: false lets OpenAPI's own keywords (example, discriminator, x-…) through unvalidated.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema(doc, "spec");
    validators.set(slug, { ajv, doc });
  }
  return validators.get(slug);
}

/** JSON pointer (in the bundled spec) of the JSON schema of one operation's response. */
function responseSchemaPointer(doc, operation, status) {
  const [method, path] = operation.split(" ");
  let pointer = `/paths/${escapePointer(path)}/${method.toLowerCase()}/responses/${status}`;
  let response = doc.paths?.[path]?.[method.toLowerCase()]?.responses?.[status];
  if (!response) throw new Error(`${operation} has no ${status} response in the spec.`);
  if (response.$ref) {
    pointer = response.$ref.slice(1);
    response = resolveRef(doc, response);
  }
  const mediaType = Object.keys(response.content ?? {}).find((type) => /json/.test(type));
  if (!mediaType) throw new Error(`${operation} ${status} has no JSON body in the spec.`);
  return `${pointer}/content/${escapePointer(mediaType)}/schema`;
}

describe.each(["voxfra", "quentli", "carecycle", "voxai", "voxys"])("%s seed examples", (slug) => {
  it.each(examples.filter((e) => e.vendor === slug).map((e) => [`${e.operation} ${e.status} (${e.example})`, e]))(
    "%s validates",
    async (_, example) => {
      const { ajv, doc } = await ajvFor(slug);
      const validate = ajv.getSchema(`spec#${responseSchemaPointer(doc, example.operation, example.status)}`);
      const valid = validate(JSON.parse(example.body));
      expect(
        valid ? [] : validate.errors.map((e) => `${e.instancePath || "/"} ${e.message} ${JSON.stringify(e.params)}`),
      ).toEqual([]);
    },
  );
});
