/**
 * request.ts builds a call's request from openapi-fetch's serializers and reads its answer by
 * openapi-fetch's rules; these tests pin what it sends and what it resolves with.
 */
import { describe, expect, it } from "vitest";
import { type CallInit, createRequester } from "../src/request.js";
import type { OutgoingRequest } from "../src/transport.js";

const BASE = "https://api.test.example";

/** Sends nothing: records the request and answers with `answer`. */
function call(init: Partial<CallInit>, answer = () => new Response(null, { status: 204 }), path = "/v1/things") {
  const sent: OutgoingRequest[] = [];
  const requester = createRequester(BASE, { "x-client": "1", "x-override": "client" });
  const result = requester.request("post", path, {
    ...init,
    fetch: async (request) => {
      sent.push(request);
      return answer();
    },
  });
  return { sent, result };
}

describe("the request", () => {
  it("upper-cases the method, fills path parameters encoded, and serializes the query", async () => {
    const { sent, result } = call(
      { params: { path: { id: "a/b" }, query: { ids: [1, 2], q: "x y" } } },
      undefined,
      "/v1/things/{id}",
    );
    await result;
    expect(sent[0]!.method).toBe("POST");
    expect(sent[0]!.url).toBe(`${BASE}/v1/things/a%2Fb?ids=1&ids=2&q=x%20y`);
  });

  it("a JSON body gets application/json; FormData keeps its own type", async () => {
    const json = call({ body: { a: 1 } });
    await json.result;
    expect(json.sent[0]!.body).toBe('{"a":1}');
    expect(json.sent[0]!.headers.get("content-type")).toBe("application/json");
    const form = new FormData();
    form.set("f", "v");
    const multipart = call({ body: form, bodySerializer: (body) => body });
    await multipart.result;
    expect(multipart.sent[0]!.body).toBe(form);
    expect(multipart.sent[0]!.headers.get("content-type")).toBeNull();
  });

  it("headers: the client's, then the call's, then params.header; null removes one", async () => {
    const { sent, result } = call({
      headers: { "x-override": "call", "x-client": null } as never,
      params: { header: { "x-param": "p" } },
    });
    await result;
    expect(Object.fromEntries(sent[0]!.headers)).toEqual({ "x-override": "call", "x-param": "p" });
  });

  it("a per-call querySerializer, as a function or as openapi-fetch's options, replaces the client's", async () => {
    const fn = call({ params: { query: { a: 1 } }, querySerializer: () => "custom=1" });
    await fn.result;
    expect(fn.sent[0]!.url).toBe(`${BASE}/v1/things?custom=1`);
    const styled = call({
      params: { query: { ids: [1, 2] } },
      querySerializer: { array: { style: "pipeDelimited", explode: false } },
    });
    await styled.result;
    expect(styled.sent[0]!.url).toBe(`${BASE}/v1/things?ids=1|2`);
  });

  it("the vendor's query serializer is the default", async () => {
    const sent: OutgoingRequest[] = [];
    await createRequester(BASE, {}, () => "vendor=1").request("get", "/v1/x", {
      params: { query: { a: 1 } },
      fetch: async (request) => {
        sent.push(request);
        return new Response(null, { status: 204 });
      },
    });
    expect(sent[0]!.url).toBe(`${BASE}/v1/x?vendor=1`);
  });
});

describe("the result", () => {
  const answer = (body: BodyInit | null, init: ResponseInit) => () => new Response(body, init);

  it("no data for a 204 or Content-Length: 0; an empty JSON body without a length is undefined", async () => {
    expect(await call({}, answer(null, { status: 204 })).result).toMatchObject({ data: undefined });
    expect(await call({}, answer("", { status: 200, headers: { "content-length": "0" } })).result).toMatchObject({
      data: undefined,
    });
    expect((await call({}, answer("", { status: 200 })).result).data).toBeUndefined();
  });

  it("parses JSON by default, and follows parseAs", async () => {
    expect((await call({}, answer('{"a":1}', { status: 200 })).result).data).toEqual({ a: 1 });
    expect((await call({ parseAs: "text" }, answer('{"a":1}', { status: 200 })).result).data).toBe('{"a":1}');
    const stream = (await call({ parseAs: "stream" }, answer("x", { status: 200 })).result).data;
    expect(stream).toBeInstanceOf(ReadableStream);
  });

  it("an error body: JSON when it parses, else the text", async () => {
    expect(await call({}, answer('{"error":"no"}', { status: 400 })).result).toMatchObject({ error: { error: "no" } });
    expect(await call({}, answer("<html>", { status: 502 })).result).toMatchObject({ error: "<html>" });
    expect("data" in (await call({}, answer("<html>", { status: 502 })).result)).toBe(false);
  });
});
