/**
 * One mock port table everywhere: every README and doc that names a vendor's mock
 * port names the port `pnpm mock` gives it (voxfra 4010 … voxys 4014, manifest order).
 */
import { describe, expect, it } from "vitest";
import { vendors } from "./lib/manifest.mjs";
import { docsWithPorts, portProblems } from "./lib/mock-ports.mjs";

const table = vendors();

it("the manifest gives the documented table", () => {
  expect(Object.fromEntries(table.map((v) => [v.slug, v.mockPort]))).toEqual({
    voxfra: 4010,
    quentli: 4011,
    carecycle: 4012,
    voxai: 4013,
    voxys: 4014,
  });
});

describe.each(docsWithPorts())("$path", ({ markdown, slug }) => {
  it("names only the table's mock ports", () => {
    expect(portProblems(markdown, table, slug)).toEqual([]);
  });
});

it("every vendor README names its own port", () => {
  for (const doc of docsWithPorts().filter((d) => d.slug)) {
    const own = table.find((v) => v.slug === doc.slug).mockPort;
    expect(doc.markdown, doc.path).toContain(`--port ${own}`);
  }
});

describe("portProblems", () => {
  it("flags another vendor's port in a vendor README, with its line", () => {
    const readme =
      "Start it:\n\n```sh\nprism mock x.yaml --port 4010\n```\n\nthen `baseUrl: 'http://localhost:4010'`.\n";
    expect(portProblems(readme, table, "quentli")).toEqual([
      'line 4: "--port 4010" names port 4010 for quentli; the table says 4011',
      'line 7: "localhost:4010" names port 4010 for quentli; the table says 4011',
    ]);
  });

  it("flags a wrong pair in a table sentence and a wrong Prism command anywhere", () => {
    const doc =
      "Ports: voxfra 4010, Quentli 4011,\ncarecycle 4010.\n\nnpx prism mock node_modules/@voiceapis/voxys/dist/openapi.yaml --port 4010\n";
    expect(portProblems(doc, table)).toEqual([
      'line 2: "carecycle 4010" names port 4010 for carecycle; the table says 4012',
      "line 4: the Prism command names port 4010 for voxys; the table says 4014",
    ]);
  });

  it("accepts the table as it is", () => {
    const doc = "voxfra 4010, quentli 4011, carecycle 4012,\nvoxai 4013, voxys 4014; `--port 4014` in voxys.\n";
    expect(portProblems(doc, table)).toEqual([]);
  });
});
