/**
 * `empty-answers.ts`: the operations whose documented success answers include one without
 * a JSON body (no content, or another media type). Anywhere else an empty 2xx answer is not
 * what the docs promise, and a throwing client reports it instead of handing back `data`
 * as undefined where the types say it is set.
 */
import { resolveRef } from "./ref.mjs";

const METHODS = ["get", "put", "post", "delete", "options", "head", "patch"];

/** "method path" of every operation with a 2xx answer that has no JSON media type. */
export function emptyAnswerOperations(doc) {
  const found = [];
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const responses = item?.[method]?.responses;
      if (!responses) continue;
      const success = Object.entries(responses).filter(([code]) => /^2/.test(code));
      const withoutJson = success.some(
        ([, response]) => !Object.keys(resolveRef(doc, response)?.content ?? {}).some((type) => /json/i.test(type)),
      );
      if (withoutJson) found.push(`${method} ${path}`);
    }
  }
  return found;
}

/** The source of `empty-answers.ts` for one bundled spec. */
export function emptyAnswersModule(doc) {
  return [
    "/**",
    " * Operations (`method path`) with a documented success answer that has no JSON body.",
    " * Elsewhere a throwing client reports an empty 2xx answer as a ResponseParseError.",
    " */",
    "export const emptyAnswers: readonly string[] = [",
    ...emptyAnswerOperations(doc).map((key) => `  ${JSON.stringify(key)},`),
    "];",
    "",
  ].join("\n");
}
