/**
 * Contract test, tag "Payment Sessions": hosted or embedded checkouts and
 * setup sessions, through createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import { contractClient, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Payment Sessions", () => {
  it("createPaymentSession: POST /v1/payment-sessions opens a portal checkout", async () => {
    const input = {
      amount: 150000,
      currency: "MXN",
      description: "Colegiatura Enero 2025",
      displayMode: "CUSTOMER_PORTAL" as const,
      customer: { name: "Juan Pérez", externalId: "A-1029", email: "juan@example.com" },
      expiresAt: "2025-01-31T23:59:59.000Z",
      returnUrl: "https://portal.example.com/pagos/listo",
      cancelUrl: "https://portal.example.com/pagos",
    };
    const { data, error, response } = await client.POST("/v1/payment-sessions", { body: { input } });
    expect(error).toBeUndefined();
    expect(response.status).toBe(201);
    expect(data?.url).toBe("https://portal.example.com/l/abc123");
    expect(data?.session?.csrfToken).toMatch(/^[0-9a-f]{32}$/);
    expect(data?.paymentSession?.status).toBe("PENDING");
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getPaymentSession: GET /v1/payment-sessions/{id}", async () => {
    const { data, response } = await client.GET("/v1/payment-sessions/{id}", {
      params: { path: { id: ids.paymentSession } },
    });
    expect(response.status).toBe(200);
    expect(data?.displayMode).toBe("CUSTOMER_PORTAL");
    expect(data?.origin).toBe("API");
    expect(data?.customer?.id).toBe(ids.customer);
  });

  it("createSetupSession: POST /v1/setup-sessions to save a card inside the page", async () => {
    const { data, response } = await client.POST("/v1/setup-sessions", {
      body: {
        input: {
          customer: {
            name: "Juan Pérez",
            externalId: "A-1029",
            email: "juan@example.com",
            phoneNumber: "+525512345678",
            forceUpdate: false,
          },
          displayMode: "EMBEDDED",
          returnUrl: "https://portal.example.com/metodos/listo",
          cancelUrl: "https://portal.example.com/metodos",
        },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.url).toBe("https://portal.example.com/l/def456");
    expect(data?.session?.accessToken?.split(".")).toHaveLength(3);
  });
});
