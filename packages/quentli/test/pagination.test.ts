/**
 * Walking Quentli's lists with `client.paginate`. The lists page by
 * `skip`/`take` over a bare JSON array with no total, so the last page is the
 * first one shorter than `take` (or an empty one). Prism's static mock always
 * answers the same one-item example, so the multi-page walks run against an
 * in-process fetch stub that serves a known number of customers; the mock
 * part shows how a walk ends when every page is the same.
 */
import { parse } from "qs-esm";
import { describe, expect, it } from "vitest";
import { type components, createQuentliClient, type CustomerFilter, type CustomerOrderBy } from "../src/index.js";
import { contractClient, queryOf } from "./support.js";

type Customer = components["schemas"]["Customer"];

const filter: CustomerFilter = { name: { contains: "john" }, OR: [{ noPayments: true }] };
const orderBy: CustomerOrderBy = { createdAt: "desc" };
const filterText = "name[contains]=john&OR[0][noPayments]=true";

describe("paginate against the mock", () => {
  const { client, requests } = contractClient();

  it("stops after one page when the example array is shorter than take", async () => {
    const before = requests.length;
    const customers = await client
      .paginate("/v1/customers", { params: { query: { filter, orderBy, take: 20 } } })
      .toArray();
    expect(customers.map((customer) => customer.id)).toEqual(["cus_1234567890abcdefghij"]);
    expect(requests.slice(before).map(queryOf)).toEqual([
      { take: "20", filter: filterText, orderBy: "createdAt=desc" },
    ]);
  });

  it("asks for the next page when the example fills take, then stops on the repeated page", async () => {
    // The example holds exactly one customer, so with take 1 the first page is full and the
    // paginator asks for skip 1; the mock answers the same customer again and the repeat guard ends the walk.
    const before = requests.length;
    const pages = [];
    for await (const page of client.paginate("/v1/customers", { params: { query: { filter, take: 1 } } }).byPage())
      pages.push(page);
    expect(pages.map((page) => page.items.map((customer) => customer.id))).toEqual([["cus_1234567890abcdefghij"]]);
    expect(requests.slice(before).map(queryOf)).toEqual([
      { take: "1", filter: filterText },
      { take: "1", skip: "1", filter: filterText },
    ]);
  });

  it("walks the other five lists", async () => {
    const invoices = await client
      .paginate("/v1/invoices", { params: { query: { filter: { isPaid: false }, take: 100 } } })
      .toArray();
    const payments = await client
      .paginate("/v1/payments", { params: { query: { orderBy: { paymentTime: "desc" } } } })
      .toArray();
    const subscriptions = await client
      .paginate("/v1/subscriptions", { params: { query: { filter: { isActive: true } } }, maxPages: 1 })
      .toArray();
    const taxInvoices = await client
      .paginate("/v1/tax-invoices", { params: { query: { take: 10 } }, maxItems: 5 })
      .toArray();
    const discounts = await client
      .paginate("/v1/discounts", { params: { query: { filter: { active: true }, orderBy: { createdAt: "desc" } } } })
      .toArray();
    expect(invoices[0]?.id).toBe("inv_1234567890abcdefghij");
    expect(payments[0]?.id).toBe("p_1234567890abcdefghij");
    expect(subscriptions[0]?.id).toBe("sub_1234567890abcdefghij");
    expect(taxInvoices[0]?.id).toBe("txi_1234567890abcdefghij");
    expect(discounts.map((discount) => discount.id)).toEqual(["disc_1234567890abcdefghij"]);
  });
});

function customer(n: number): Customer {
  return {
    id: `cus_${String(n).padStart(20, "0")}`,
    createdAt: "2025-01-10T12:00:00.000Z",
    updatedAt: "2025-01-10T12:00:00.000Z",
    name: `John ${n}`,
    username: `john_${n}`,
    organizationId: "org_1234567890abcdefghij",
    acceptedServiceAgreement: true,
    skipTaxInvoice: false,
    emailVerified: true,
    phoneNumberVerified: true,
  };
}

/** A fetch that serves `total` customers by skip/take, as Quentli does, and records every request. */
function customerServer(total: number) {
  const all = Array.from({ length: total }, (_, i) => customer(i + 1));
  const requests: Request[] = [];
  const fetch = async (request: Request) => {
    requests.push(request);
    const url = new URL(request.url);
    const skip = Number(url.searchParams.get("skip") ?? "0");
    const take = Number(url.searchParams.get("take") ?? "20");
    return Response.json(all.slice(skip, skip + take));
  };
  return { fetch, requests };
}

function stubClient(server: ReturnType<typeof customerServer>) {
  return createQuentliClient({
    apiKey: "sk_test_stub",
    baseUrl: "https://api.quentli.test",
    fetch: server.fetch,
    maxRetries: 0,
  });
}

describe("paginate over many pages (in-process stub)", () => {
  it("45 customers with take 20: pages of 20, 20 and 5 at skip 0, 20 and 40, with filter and orderBy on every page", async () => {
    const server = customerServer(45);
    const client = stubClient(server);

    const pages = [];
    for await (const page of client
      .paginate("/v1/customers", { params: { query: { filter, orderBy, skip: 0, take: 20 } } })
      .byPage()) {
      pages.push(page);
    }

    expect(pages.map((page) => page.items.length)).toEqual([20, 20, 5]);
    expect(pages.map((page) => page.number)).toEqual([1, 2, 3]);
    expect(pages.flatMap((page) => page.items).map((c) => c.username)).toEqual(
      Array.from({ length: 45 }, (_, i) => `john_${i + 1}`),
    );
    expect(server.requests).toHaveLength(3); // the short third page ends the walk: no fourth request
    expect(server.requests.map((r) => new URL(r.url).searchParams.get("skip"))).toEqual(["0", "20", "40"]);
    for (const request of server.requests) {
      const params = new URL(request.url).searchParams;
      expect(new URL(request.url).pathname).toBe("/v1/customers");
      expect(params.get("take")).toBe("20");
      expect(params.getAll("filter")).toEqual([filterText]);
      expect(params.getAll("orderBy")).toEqual(["createdAt=desc"]);
      // What the server reads back with qs:
      expect(parse(params.get("filter")!)).toEqual({ name: { contains: "john" }, OR: [{ noPayments: "true" }] });
      expect(request.headers.get("authorization")).toBe("Bearer sk_test_stub");
    }
  });

  it("without a take, the walk sends the page size it relies on (20), so a server whose own default is 10 cannot end it early", async () => {
    const all = Array.from({ length: 30 }, (_, i) => customer(i + 1));
    const requests: string[] = [];
    const fetch = async (request: Request) => {
      requests.push(request.url);
      const params = new URL(request.url).searchParams;
      const skip = Number(params.get("skip") ?? "0");
      const take = Number(params.get("take") ?? "10"); // this server's default differs from the spec's
      return Response.json(all.slice(skip, skip + take));
    };
    const client = createQuentliClient({
      apiKey: "sk_test_stub",
      baseUrl: "https://api.quentli.test",
      fetch,
      maxRetries: 0,
    });
    expect(await client.paginate("/v1/customers").toArray()).toHaveLength(30);
    expect(requests.map((url) => new URL(url).searchParams.get("take"))).toEqual(["20", "20"]);
  });

  it("without a skip the first request leaves it to the server's default (0)", async () => {
    const server = customerServer(45);
    const customers = await stubClient(server)
      .paginate("/v1/customers", { params: { query: { take: 20 } } })
      .toArray();
    expect(customers).toHaveLength(45);
    expect(server.requests.map((r) => new URL(r.url).searchParams.get("skip"))).toEqual([null, "20", "40"]);
  });

  it("40 customers with take 20 (an exact multiple): stops on the empty third page", async () => {
    const server = customerServer(40);
    const pages = [];
    for await (const page of stubClient(server)
      .paginate("/v1/customers", { params: { query: { filter, orderBy, skip: 0, take: 20 } } })
      .byPage()) {
      pages.push(page.items.length);
    }
    expect(pages).toEqual([20, 20]);
    expect(server.requests.map((r) => new URL(r.url).searchParams.get("skip"))).toEqual(["0", "20", "40"]);
    expect(server.requests.map((r) => new URL(r.url).searchParams.get("filter"))).toEqual([
      filterText,
      filterText,
      filterText,
    ]);
  });

  it("without take the client uses the spec's default of 20 to spot the short last page", async () => {
    const server = customerServer(45); // the stub, like Quentli, defaults take to 20
    const customers = await stubClient(server).paginate("/v1/customers").toArray();
    expect(customers).toHaveLength(45);
    expect(server.requests.map((r) => new URL(r.url).searchParams.get("skip"))).toEqual([null, "20", "40"]);
  });

  it("maxItems stops early without fetching the remaining pages", async () => {
    const server = customerServer(45);
    const customers = await stubClient(server)
      .paginate("/v1/customers", { params: { query: { take: 20 } }, maxItems: 25 })
      .toArray();
    expect(customers).toHaveLength(25);
    expect(server.requests).toHaveLength(2);
  });
});
