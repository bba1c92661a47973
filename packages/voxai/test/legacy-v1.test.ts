/**
 * Contract test, tag "Legacy v1": the deprecated v1 routes (one call, a batch,
 * the POST-body call list, one call, concurrency), against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, lastRequest } = contractClient();

describe("Legacy v1", () => {
  it("createOutboundCallV1: POST /v1/create-outbound-call", async () => {
    const { data, response } = await client.POST("/v1/create-outbound-call", {
      body: {
        call_from: "07070001234",
        call_to: "01012345678",
        agent_id: ids.agent,
        agent_version: "production",
        metadata: { crm_lead_id: "lead_a1b2c3" },
        dynamic_variables: { customer_name: "홍길동" },
        presentation_number: "15881234",
      },
    });
    expect(response.status).toBe(200);
    expect(data?.call_id).toBe(ids.call);
    expect(data?.status).toBe("queued");
  });

  it("createOutboundCallV1: the agent may be left out (the number's outbound agent dials)", async () => {
    const { response } = await client.POST("/v1/create-outbound-call", {
      body: { call_from: "07070001234", call_to: "01012345678" },
    });
    expect(response.status).toBe(200);
    expect(JSON.parse(await lastRequest().text())).toEqual({ call_from: "07070001234", call_to: "01012345678" });
  });

  it("createOutboundBatchCallV1: POST /v1/create-outbound-batch-call", async () => {
    const { data, response } = await client.POST("/v1/create-outbound-batch-call", {
      body: {
        name: "May appointment reminders",
        call_from: "07070001234",
        agent_id: ids.agent,
        tasks: [{ call_to: "01012345678", dynamic_variables: { customer_name: "홍길동" } }, { call_to: "01099998888" }],
      },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("queued");
    expect(data?.total_tasks).toBe(2);
  });

  it("listCallsV1: POST /v1/list-calls answers next_pagination_key", async () => {
    const body = {
      filter_criteria: {
        call_to: ["01012345678"],
        user_sentiment: ["positive"],
        start_timestamp: { lower_threshold: 1741842000000 },
      },
      sort_order: "descending" as const,
      limit: 50,
      pagination_key: null,
    };
    const { data, response } = await client.POST("/v1/list-calls", { body });
    expect(response.status).toBe(200);
    expect(data?.calls[0]?.call_id).toBe(ids.call);
    expect(data?.next_pagination_key).toBe(ids.call);
    expect(JSON.parse(await lastRequest().text())).toEqual(body);
  });

  it("getCallV1: GET /v1/get-call/{call_id}", async () => {
    const { data, response } = await client.GET("/v1/get-call/{call_id}", { params: { path: { call_id: ids.call } } });
    expect(response.status).toBe(200);
    expect(data?.transcript?.[1]?.content).toBe("네, 맞습니다.");
    expect(lastRequest().url.pathname).toBe(`/v1/get-call/${ids.call}`);
  });

  it("getConcurrencyV1: GET /v1/get-concurrency", async () => {
    const { data, response } = await client.GET("/v1/get-concurrency");
    expect(response.status).toBe(200);
    expect(data).toEqual({ current_concurrency: 3, concurrency_limit: 10 });
  });
});
