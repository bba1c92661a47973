/**
 * BufferedResponse behaves as a Response for users: read once, by a method or by its body
 * stream; clone before reading; status, headers, url and redirected as given.
 */
import { describe, expect, it } from "vitest";
import { BufferedResponse } from "../src/buffered-response.js";

const make = (text = '{"a":1}') =>
  new BufferedResponse(
    new TextEncoder().encode(text),
    { status: 200, headers: { "content-type": "application/json" } },
    "https://api.test.example/x",
    true,
  );

describe("BufferedResponse", () => {
  it("is a Response with the given status, headers, url and redirected", async () => {
    const response = make();
    expect(response).toBeInstanceOf(Response);
    expect([response.status, response.ok, response.url, response.redirected]).toEqual([
      200,
      true,
      "https://api.test.example/x",
      true,
    ]);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(await response.json()).toEqual({ a: 1 });
  });

  it("reads once: a second read, or the body stream after it, gives nothing more", async () => {
    const response = make();
    expect(await response.text()).toBe('{"a":1}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
    const rest = await new Response(response.body).text();
    expect(rest).toBe("");
  });

  it("reading the body stream uses the body: bodyUsed turns true and text() then fails", async () => {
    const response = make();
    const chunks: Uint8Array[] = [];
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    expect(new TextDecoder().decode(chunks[0])).toBe('{"a":1}');
    expect(response.bodyUsed).toBe(true);
    await expect(response.text()).rejects.toThrow(TypeError);
  });

  it("clone() before reading gives an independent copy; after, it throws", async () => {
    const response = make();
    const copy = response.clone();
    expect(await response.text()).toBe(await copy.text());
    expect(() => response.clone()).toThrow(TypeError);
  });

  it("arrayBuffer, bytes and blob give copies of the bytes", async () => {
    expect(new TextDecoder().decode(await make().arrayBuffer())).toBe('{"a":1}');
    expect((await make().bytes()).byteLength).toBe(7);
    const blob = await make().blob();
    expect([blob.type, blob.size]).toEqual(["application/json", 7]);
  });

  it("an empty body has no stream", () => {
    expect(make("").body).toBeNull();
  });
});
