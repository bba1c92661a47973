/**
 * Following a local `$ref` (`#/components/…`, `~1` and `~0` unescaped) in a bundled spec:
 * the one helper the generator's modules share.
 */

/** The node a `$ref` points to, or the node itself when it is not a reference. */
export function resolveRef(doc, node) {
  if (!node?.$ref) return node;
  return node.$ref
    .split("/")
    .slice(1)
    .reduce((n, key) => n?.[key.replace(/~1/g, "/").replace(/~0/g, "~")], doc);
}
