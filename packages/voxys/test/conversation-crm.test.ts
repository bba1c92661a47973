/**
 * Contract test, tag "Conversation CRM": the CRM panel of a conversation,
 * through createVoxysClient (with `accountId: 1`) against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient } from "./support.js";

const { client, requests } = contractClient();
const base = "/api/v1/accounts/{account_id}/conversations/{conversation_id}/crm";
const conversation = { params: { path: { conversation_id: 100 } } };

describe("Conversation CRM", () => {
  it("getConversationCrm: GET /conversations/{conversation_id}/crm", async () => {
    const { data, response } = await client.GET(base, conversation);
    expect(response.status).toBe(200);
    expect(data?.conversation_id).toBe(100);
    expect(data?.linked_lead?.id).toBe(42);
    expect(data?.linked_funnel_card?.id).toBe(55);
    expect(data?.follow_up_tasks?.[0]?.taskable_type).toBe("Conversation");
    expect(new URL(requests.at(-1)!.url).pathname).toBe("/api/v1/accounts/1/conversations/100/crm");
  });

  it("linkConversationPipeline: POST /crm/link_pipeline", async () => {
    const { data, response } = await client.POST(`${base}/link_pipeline`, {
      ...conversation,
      body: { funnel_card_id: 55 },
    });
    expect(response.status).toBe(200);
    expect(data?.linked_funnel_card?.id).toBe(55);
    expect(data?.linked_lead).toBeNull();
  });

  it("unlinkConversationPipeline: DELETE /crm/unlink_pipeline", async () => {
    const { data, response } = await client.DELETE(`${base}/unlink_pipeline`, conversation);
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });

  it("linkConversationLead: POST /crm/link_lead", async () => {
    const { data, response } = await client.POST(`${base}/link_lead`, { ...conversation, body: { lead_id: 42 } });
    expect(response.status).toBe(200);
    expect(data?.linked_lead?.custom_name).toBe("Enterprise Deal - Q3");
    expect(data?.linked_funnel_card).toBeNull();
  });

  it("convertConversationToDeal: POST /crm/convert_to_deal (stage key is stage_id)", async () => {
    const { data, response } = await client.POST(`${base}/convert_to_deal`, {
      ...conversation,
      body: { lead_id: 42, funnel_id: 3, stage_id: 7 },
    });
    expect(response.status).toBe(201);
    expect(data).toMatchObject({ id: 55, funnel_id: 3, funnel_stage_id: 7 });
    expect(await requests.at(-1)!.json()).toEqual({ lead_id: 42, funnel_id: 3, stage_id: 7 });
  });
});
