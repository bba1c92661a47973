/** Types of ref.mjs, for the TypeScript that imports it (the contract harness in tools/contract-harness). */

/** The node a `$ref` points to, or the node itself when it is not a reference. */
export declare function resolveRef(doc: unknown, node: unknown): any;
