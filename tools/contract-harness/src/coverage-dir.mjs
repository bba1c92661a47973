/**
 * Where the test files of one package's run leave the operations they exercised (see coverage.ts):
 * a folder per vitest process, so that two runs of the same package at once do not mix.
 */
import { join } from "node:path";

/** @param {string} root the package's folder */
export const coverageDir = (root) => join(root, "node_modules", ".cache", "contract-coverage", String(process.pid));
