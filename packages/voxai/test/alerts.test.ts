// biome-ignore-all format: every @ts-expect-error must stay on the line just above the expression it checks
/**
 * Contract test, tag "Alerts": alert rules, their condition, schedule,
 * channels, pause state and incidents, against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids, queryPairs } from "./support.js";

const { client, lastRequest, expectViolations } = contractClient();
const rulePath = { alert_rule_id: ids.alertRule };
const webhook = { type: "webhook", url: "https://hooks.example.com/voxai-alerts" };

describe("Alert rules", () => {
  it("createAlertRule: POST /v3/alert-rules with every field", async () => {
    const { data, response } = await client.POST("/v3/alert-rules", {
      body: {
        name: "High concurrency",
        description: "More than 20 simultaneous calls.",
        metric_type: "concurrency",
        labels: { agent_id: ids.agent },
        threshold_type: "absolute",
        comparison_op: "gt",
        threshold_value: 20,
        time_window: "5m",
        evaluation_frequency: "1m",
        notification_channels: [webhook, { type: "email", address: "oncall@example.com" }],
        active_schedule: {
          enabled: true,
          timezone: "Asia/Seoul",
          windows: [{ days: ["Monday", "Friday"], start_time: "09:00", end_time: "24:00" }],
        },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.status).toBe("active");
    expect(data?.metric_type).toBe("concurrency");
  });

  it("createAlertRule: the six inferred required fields suffice; threshold_type is optional", async () => {
    const body = { name: "Busy", metric_type: "call_count", comparison_op: "gte", threshold_value: 100, time_window: "1h", evaluation_frequency: "5m" } as const;
    const { response } = await client.POST("/v3/alert-rules", { body });
    expect(response.status).toBe(201);
    expect(JSON.parse(await lastRequest().text())).toEqual(body);
  });

  it("createAlertRule: without time_window and evaluation_frequency it does not compile and the mock rejects it", async () => {
    expectViolations(/time_window/);
    const { response } = await client.POST("/v3/alert-rules", {
      // @ts-expect-error time_window and evaluation_frequency are required
      body: { name: "Busy", metric_type: "call_count", threshold_type: "absolute", comparison_op: "gte", threshold_value: 100 },
    });
    expect(response.status).toBe(400);
  });

  it("listAlertRules: GET /v3/alert-rules sorted by name", async () => {
    const { data, response } = await client.GET("/v3/alert-rules", {
      params: { query: { cursor: "eyJpZCI6IjhmM2EifQ", limit: 5, sort_by: "name", sort_order: "asc" } },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.notification_channels?.[0]?.type).toBe("webhook");
    expect(queryPairs(lastRequest())).toEqual([
      ["cursor", "eyJpZCI6IjhmM2EifQ"],
      ["limit", "5"],
      ["sort_by", "name"],
      ["sort_order", "asc"],
    ]);
  });

  it("getAlertRule: GET /v3/alert-rules/{alert_rule_id}", async () => {
    const { data, response } = await client.GET("/v3/alert-rules/{alert_rule_id}", { params: { path: rulePath } });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.alertRule);
    expect(data?.last_notified_at).toBe(1767313800000);
  });

  it("updateAlertRule: PATCH renames and clears the description", async () => {
    const { data, response } = await client.PATCH("/v3/alert-rules/{alert_rule_id}", {
      params: { path: rulePath },
      body: { name: "Concurrency above 20", description: null },
    });
    expect(response.status).toBe(200);
    expect(data?.threshold_value).toBe(20);
  });

  it("deleteAlertRule: DELETE /v3/alert-rules/{alert_rule_id} answers 204", async () => {
    const { response } = await client.DELETE("/v3/alert-rules/{alert_rule_id}", { params: { path: rulePath } });
    expect(response.status).toBe(204);
  });
});

describe("Alert rule state", () => {
  it("enableAlertRule: POST …/enable", async () => {
    const { data, response } = await client.POST("/v3/alert-rules/{alert_rule_id}/enable", { params: { path: rulePath } });
    expect(response.status).toBe(200);
    expect(data?.enabled).toBe(true);
  });

  it("disableAlertRule: POST …/disable", async () => {
    const { data, response } = await client.POST("/v3/alert-rules/{alert_rule_id}/disable", { params: { path: rulePath } });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("disabled");
  });

  it("pauseAlertRule: POST …/pause until a given moment", async () => {
    const { data, response } = await client.POST("/v3/alert-rules/{alert_rule_id}/pause", {
      params: { path: rulePath },
      body: { until: 1767567600000 },
    });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("paused");
    expect(data?.paused_until).toBe(1767567600000);
  });

  it("pauseAlertRule: without a body the rule stays paused until resumed", async () => {
    const { data, response } = await client.POST("/v3/alert-rules/{alert_rule_id}/pause", { params: { path: rulePath } });
    expect(response.status).toBe(200);
    expect(data?.paused).toBe(true);
  });

  it("resumeAlertRule: POST …/resume", async () => {
    const { data, response } = await client.POST("/v3/alert-rules/{alert_rule_id}/resume", { params: { path: rulePath } });
    expect(response.status).toBe(200);
    expect(data?.paused).toBe(false);
  });

  it("sendAlertRuleTestNotification: POST …/test-notification answers 204", async () => {
    const { data, response } = await client.POST("/v3/alert-rules/{alert_rule_id}/test-notification", { params: { path: rulePath } });
    expect(response.status).toBe(204);
    expect(data).toBeUndefined();
  });
});

describe("Alert rule settings", () => {
  it("updateAlertRuleCondition: PATCH …/condition", async () => {
    const { data, response } = await client.PATCH("/v3/alert-rules/{alert_rule_id}/condition", {
      params: { path: rulePath },
      body: { labels: {}, threshold_type: "relative", comparison_op: "gte", threshold_value: 30, time_window: "15m", evaluation_frequency: "5m" },
    });
    expect(response.status).toBe(200);
    expect(data?.comparison_op).toBe("gt");
  });

  it("updateAlertRuleSchedule: PATCH …/schedule sets office hours", async () => {
    const { data, response } = await client.PATCH("/v3/alert-rules/{alert_rule_id}/schedule", {
      params: { path: rulePath },
      body: {
        active_schedule: {
          enabled: true,
          timezone: "Asia/Seoul",
          windows: [{ days: ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"], start_time: "09:00", end_time: "18:00" }],
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.id).toBe(ids.alertRule);
  });

  it("updateAlertRuleSchedule: null removes the schedule", async () => {
    const { response } = await client.PATCH("/v3/alert-rules/{alert_rule_id}/schedule", {
      params: { path: rulePath },
      body: { active_schedule: null },
    });
    expect(response.status).toBe(200);
  });

  it("updateAlertRuleChannels: PATCH …/channels replaces the list", async () => {
    const { data, response } = await client.PATCH("/v3/alert-rules/{alert_rule_id}/channels", {
      params: { path: rulePath },
      body: { notification_channels: [webhook, { type: "slack", channel: "#voice-alerts" }] },
    });
    expect(response.status).toBe(200);
    expect(data?.notification_channels).toHaveLength(1);
  });
});

describe("Incidents", () => {
  it("listAlertRuleIncidents: GET …/incidents with repeated statuses", async () => {
    const { data, response } = await client.GET("/v3/alert-rules/{alert_rule_id}/incidents", {
      params: { path: rulePath, query: { status: ["triggered", "active"], limit: 10, sort_by: "created_at", sort_order: "desc" } },
    });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.metric_value).toBe(24);
    expect(lastRequest().url.search).toBe("?status=triggered&status=active&limit=10&sort_by=created_at&sort_order=desc");
  });

  it("listIncidents: GET /v3/incidents across all rules", async () => {
    const { data, response } = await client.GET("/v3/incidents", { params: { query: { cursor: "eyJpZCI6IjJjN2UifQ", limit: 100 } } });
    expect(response.status).toBe(200);
    expect(data?.items[0]?.alert_rule_id).toBe(ids.alertRule);
    expect(data?.items[0]?.status).toBe("active");
  });
});
