/**
 * Contract test, tag "Customers": customers, their fiscal (CFDI) profiles and
 * their saved payment methods, through createQuentliClient against the mock.
 */
import { describe, expect, it } from "vitest";
import type { CustomerFilter, CustomerOrderBy } from "../src/index.js";
import { contractClient, expectQsParams, ids } from "./support.js";

const { client, requests } = contractClient();

describe("Customers", () => {
  it("listCustomers: GET /v1/customers with a typed filter, orderBy, skip and take", async () => {
    const filter: CustomerFilter = { name: { contains: "john" }, OR: [{ noPayments: true }] };
    const orderBy: CustomerOrderBy = { createdAt: "desc" };
    const { data, error, response } = await client.GET("/v1/customers", {
      params: { query: { filter, orderBy, skip: 20, take: 20 } },
    });
    expect(error).toBeUndefined();
    expect(response.status).toBe(200);
    expect(data?.map((customer) => customer.username)).toEqual(["juan_perez_01"]);
    expect(data?.[0]?.metadata).toEqual([{ key: "studentId", value: "A-1029" }]);
    expectQsParams(requests.at(-1)!, {
      filter: "name[contains]=john&OR[0][noPayments]=true",
      orderBy: "createdAt=desc",
      skip: 20,
      take: 20,
    });
  });

  it("createCustomer: POST /v1/customers wraps the fields in input", async () => {
    const input = {
      name: "Juan Perez",
      username: "juan_perez_01",
      email: "juan@example.com",
      phoneNumber: "+525512345678",
      secondaryPhoneNumber: "+525598765432",
      acceptedServiceAgreement: true,
      skipTaxInvoice: false,
      assigneeId: null,
      optedOutWhatsappAt: null,
      metadata: [{ key: "studentId", value: "A-1029" }],
      tags: ["VIP", "Colegiatura"],
    };
    const { data, response } = await client.POST("/v1/customers", { body: { input } });
    expect(response.status).toBe(201);
    expect(data?.customer.id).toBe(ids.customer);
    expect(data?.customer.phoneNumber).toBe("+525512345678");
    expect(await requests.at(-1)!.json()).toEqual({ input });
  });

  it("getCustomer: GET /v1/customers/{id}", async () => {
    const { data, response } = await client.GET("/v1/customers/{id}", { params: { path: { id: ids.customer } } });
    expect(response.status).toBe(200);
    expect(data?.name).toBe("Juan Pérez");
    expect(data?.meta).toEqual({ studentId: "A-1029" });
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v1/customers/${ids.customer}`);
  });

  it("updateCustomer: PATCH /v1/customers/{id} with input.data and an otp", async () => {
    const { data, response } = await client.PATCH("/v1/customers/{id}", {
      params: { path: { id: ids.customer } },
      body: {
        input: {
          data: {
            name: "Juan Pérez",
            email: "juan@example.com",
            tags: ["VIP"],
            replyWithAssistant: false,
            metadata: [{ key: "studentId", value: "A-1029" }],
            meta: { grade: "5A" },
          },
          otp: "123456",
        },
      },
    });
    expect(response.status).toBe(200);
    expect(data?.customer.emailVerified).toBe(true);
  });

  it("getCustomerPaymentMethods: GET /v1/customers/{customerId}/payment_methods", async () => {
    const { data, response } = await client.GET("/v1/customers/{customerId}/payment_methods", {
      params: { path: { customerId: ids.customer } },
    });
    expect(response.status).toBe(200);
    expect(data?.[0]?.type).toBe("CARD");
    expect(data?.[0]?.cardDetail?.last4).toBe("4242");
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v1/customers/${ids.customer}/payment_methods`);
  });

  it("createCustomerTaxProfile: POST /v1/customers/{customerId}/tax-profiles", async () => {
    const { data, response } = await client.POST("/v1/customers/{customerId}/tax-profiles", {
      params: { path: { customerId: ids.customer } },
      body: {
        input: {
          taxInfo: {
            legalName: "Juan Pérez",
            taxId: "XAXX010101000",
            taxSystem: "601",
            zip: "06100",
            defaultUsage: "G03",
            default: true,
            street: null,
            city: "Ciudad de Mexico",
            state: "Ciudad de Mexico",
          },
        },
      },
    });
    expect(response.status).toBe(201);
    expect(data?.customerTaxInfo.taxId).toBe("XAXX010101000");
    expect(data?.customerTaxInfo.country).toBe("MEX");
  });

  it("updateCustomerTaxProfile: PATCH /v1/customers/{customerId}/tax-profiles/{id}", async () => {
    const { data, response } = await client.PATCH("/v1/customers/{customerId}/tax-profiles/{id}", {
      params: { path: { customerId: ids.customer, id: ids.taxProfile } },
      body: { input: { data: { taxSystem: "601", zip: "06100", defaultUsage: "G03" } } },
    });
    expect(response.status).toBe(200);
    expect(data?.customerTaxInfo.id).toBe(ids.taxProfile);
    expect(new URL(requests.at(-1)!.url).pathname).toBe(`/v1/customers/${ids.customer}/tax-profiles/${ids.taxProfile}`);
  });
});
