#!/usr/bin/env node
/**
 * pnpm demo — a short tour of the built Voxfra client against its Prism mock:
 * inspect the key, create a client, and walk the customer list. Starts the mock
 * on a free port and stops it again.
 */
import { join } from "node:path";
import { ROOT } from "./lib/manifest.mjs";
import { startPrism } from "@voiceapis/contract-harness/prism";

const { createVoxfraClient } = await import(join(ROOT, "packages/voxfra/dist/index.js"));
const mock = await startPrism({ spec: join(ROOT, "packages/voxfra/src/generated/openapi.yaml") });
try {
  const voxfra = createVoxfraClient({ apiKey: "vox_mgmt_demo_key", baseUrl: mock.url, throwOnError: true });
  const { data: me } = await voxfra.GET("/v1/auth/me");
  console.log(`\nKey "${me.key_name}" belongs to organization ${me.organization_id} (${me.environment}).`);
  const { data: created } = await voxfra.POST("/v1/clients", {
    body: { name: "ABC Motors", type: "automotive", subscription_plan: "Pro" },
  });
  console.log(`Created client ${created.data.name} (${created.data.id}).`);
  for await (const customer of voxfra.paginate("/v1/customers", { params: { query: { limit: 50 } } })) {
    console.log(`Customer: ${customer.full_name} ${customer.phone_number} — ${customer.total_calls} call(s)`);
  }
  console.log(`\nDemo done against the Voxfra mock at ${mock.url}. Start every mock with \`pnpm mock\`.`);
} finally {
  await mock.stop();
}
