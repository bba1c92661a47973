/**
 * The index page of `pnpm docs`: one row per vendor with its package, install
 * line, operation count, a link to its reference and how to mock it.
 */

const html = (text) =>
  String(text).replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]);

/**
 * @param {{ slug: string, title: string, version: string, packageName: string, operations: number,
 *   webhooks: number, deprecated: string[], notes: unknown[], mockPort: number, prismVersion: string }[]} vendors
 * @returns {string} the HTML page
 */
export function indexPage(vendors) {
  const rows = vendors.map((v) => {
    const counts = [
      `${v.operations} operation${v.operations === 1 ? "" : "s"}`,
      v.webhooks ? `${v.webhooks} webhook${v.webhooks === 1 ? "" : "s"}` : "",
      v.deprecated.length ? `${v.deprecated.length} deprecated` : "",
      `${v.notes.length} assumption${v.notes.length === 1 ? "" : "s"} noted`,
    ].filter(Boolean);
    const prism = `npx @stoplight/prism-cli@${v.prismVersion} mock node_modules/${v.packageName}/dist/openapi.yaml --port ${v.mockPort} --errors`;
    return `    <tr data-vendor="${html(v.slug)}">
      <td><a href="${html(v.slug)}.html">${html(v.title)}</a><br><small>spec version ${html(v.version)}</small></td>
      <td><code>${html(v.packageName)}</code></td>
      <td><code>npm install ${html(v.packageName)}</code></td>
      <td class="operations" data-operations="${v.operations}">${counts.map(html).join("<br>")}</td>
      <td><code>pnpm mock ${html(v.slug)}</code> (port ${v.mockPort}) in this repository, or from the installed package:<br><code>${html(prism)}</code></td>
    </tr>`;
  });
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>voiceapis API reference</title>
<style>
  body { font: 15px/1.5 system-ui, sans-serif; margin: 2rem auto; max-width: 80rem; padding: 0 1rem; color: #222; }
  table { border-collapse: collapse; width: 100%; }
  th, td { border-bottom: 1px solid #ddd; padding: 0.6rem; text-align: left; vertical-align: top; }
  code { background: #f4f4f4; padding: 0.1rem 0.3rem; border-radius: 3px; font-size: 0.9em; word-break: break-all; }
</style>
</head>
<body>
<h1>voiceapis API reference</h1>
<p>One typed TypeScript client per vendor, each generated from the OpenAPI 3.1 spec it ships. Each reference below is
built from that spec; where the vendor's docs were silent, the choice the spec made is shown as an assumption next to
the thing it is about, and listed at the end of the reference's introduction.</p>
<table>
  <thead><tr><th>API</th><th>Package</th><th>Install</th><th>Operations</th><th>Mock</th></tr></thead>
  <tbody>
${rows.join("\n")}
  </tbody>
</table>
</body>
</html>
`;
}
