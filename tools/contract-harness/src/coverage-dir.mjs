/** Where the test files of one package's run leave the operations they exercised (see coverage.ts). */
import { join } from "node:path";

/** @param {string} root the package's folder */
export const coverageDir = (root) => join(root, "node_modules", ".cache", "contract-coverage");
