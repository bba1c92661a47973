/**
 * The loopback server both sides of the overhead benchmark talk to. It runs in its own
 * process (forked by overhead.mjs), so its work shares neither the event loop nor the
 * CPU-time account of the client being measured. Every request gets the same small
 * JSON body (Voxfra's `GET /v1/auth/me`).
 */
import { createServer } from "node:http";

const body = JSON.stringify({
  organization_id: "00000000-0000-0000-0000-000000000001",
  api_key_id: "00000000-0000-0000-0000-0000000000aa",
  key_name: "benchmark key",
  environment: "sandbox",
});
const headers = {
  "content-type": "application/json",
  "content-length": Buffer.byteLength(body),
  "x-request-id": "req_bench",
};

const server = createServer((req, res) => {
  req.resume();
  res.writeHead(200, headers);
  res.end(body);
});
server.keepAliveTimeout = 60_000;
server.listen(0, "127.0.0.1", () => process.send({ port: server.address().port }));

function stop() {
  server.closeAllConnections();
  server.close(() => process.exit(0));
}
process.on("message", (message) => message === "stop" && stop());
process.on("disconnect", stop); // the benchmark went away: do not linger
