/**
 * Contract test, tag "Follow-up Tasks": every task operation through
 * createVoxysClient (with `accountId: 1`) against the Prism mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, queryOf } from "./support.js";

const { client, requests } = contractClient();
const base = "/api/v1/accounts/{account_id}/follow_up_tasks";
const task = { params: { path: { id: 20 } } };

describe("Follow-up Tasks", () => {
  it("listFollowUpTasks: GET /follow_up_tasks with every filter", async () => {
    const query = {
      taskable_type: "Lead",
      taskable_id: 42,
      status: "pending",
      due_after: "2026-06-01T00:00:00Z",
      due_before: "2026-06-30T23:59:59Z",
      page: 1,
      per_page: 100,
    } as const;
    const { data, response } = await client.GET(base, { params: { query } });
    expect(response.status).toBe(200);
    expect(data?.data?.[0]).toMatchObject({ id: 20, status: "pending", priority: "medium", taskable_type: "Lead" });
    expect(data?.meta?.total_count).toBe(1);
    expect(queryOf(requests.at(-1)!)).toEqual({ ...query, taskable_id: "42", page: "1", per_page: "100" });
  });

  it("createFollowUpTask: POST /follow_up_tasks on a lead", async () => {
    const { data, response } = await client.POST(base, {
      body: {
        title: "Follow up with prospect",
        description: "Call back after proposal review.",
        due_at: "2026-06-15T10:00:00Z",
        priority: "medium",
        assigned_to_id: 1,
        taskable_type: "Lead",
        taskable_id: 42,
      },
    });
    expect(response.status).toBe(201);
    expect(data?.assigned_to?.name).toBe("Jane Smith");
    expect(data?.completed_at).toBeNull();
  });

  it("getFollowUpTasksCalendar: GET /follow_up_tasks/calendar for June", async () => {
    const { data, response } = await client.GET(`${base}/calendar`, {
      params: { query: { start_date: "2026-06-01", end_date: "2026-06-30" } },
    });
    expect(response.status).toBe(200);
    expect(data?.[0]?.due_at).toBe("2026-06-15T10:00:00Z");
  });

  it("getFollowUpTask: GET /follow_up_tasks/{id}", async () => {
    const { data, response } = await client.GET(`${base}/{id}`, task);
    expect(response.status).toBe(200);
    expect(data?.id).toBe(20);
  });

  it("updateFollowUpTask: PATCH /follow_up_tasks/{id}", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}`, {
      ...task,
      body: { priority: "high", due_at: "2026-06-12T09:00:00Z" },
    });
    expect(response.status).toBe(200);
    expect(data?.priority).toBe("high");
  });

  it("deleteFollowUpTask: DELETE /follow_up_tasks/{id}", async () => {
    const { response } = await client.DELETE(`${base}/{id}`, task);
    expect(response.status).toBe(204);
  });

  it("completeFollowUpTask: PATCH /follow_up_tasks/{id}/complete sends no body", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}/complete`, task);
    expect(response.status).toBe(200);
    expect(data?.status).toBe("completed");
    expect(data?.completed_at).toBe("2026-06-14T16:20:00Z");
    expect(requests.at(-1)!.body).toBeNull();
  });

  it("snoozeFollowUpTask: PATCH /follow_up_tasks/{id}/snooze", async () => {
    const { data, response } = await client.PATCH(`${base}/{id}/snooze`, { ...task, body: { duration: "1d" } });
    expect(response.status).toBe(200);
    expect(data?.status).toBe("snoozed");
  });
});

describe("task pagination against the mock", () => {
  it("walks /follow_up_tasks with a status filter and page size", async () => {
    const before = requests.length;
    const tasks = await client.paginate(base, { params: { query: { status: "pending", per_page: 10 } } }).toArray();
    expect(tasks.map((t) => t.title)).toEqual(["Follow up with prospect"]);
    expect(requests.slice(before).map(queryOf)).toEqual([{ status: "pending", per_page: "10" }]);
  });
});
