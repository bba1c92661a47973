/**
 * The typed error classes a package exports are the classes of errors.ts: an
 * error thrown by the runtime is `instanceof` both, whichever package the
 * class was imported from.
 */
import { describe, expect, it } from "vitest";
import * as classes from "../src/errors.js";
import * as typed from "../src/vendor-errors.js";

describe("apiErrorClasses", () => {
  it("hands out the very classes of errors.ts, and the same guard", () => {
    const vendor = typed.apiErrorClasses<{ error: string }>();
    for (const name of [
      "ApiError",
      "BadRequestError",
      "AuthenticationError",
      "PermissionDeniedError",
      "NotFoundError",
      "ConflictError",
      "UnprocessableEntityError",
      "RateLimitError",
      "InternalServerError",
    ] as const) {
      expect(vendor[name]).toBe(classes[name]);
      expect(typed[name]).toBe(classes[name]);
    }
    expect(vendor.isApiError).toBe(classes.isApiError);
  });

  it("an error built by the runtime is an instance of the typed classes", () => {
    const vendor = typed.apiErrorClasses<{ error: string }>();
    const error = classes.createApiError({
      status: 404,
      headers: new Headers(),
      body: { error: "Not found" },
      method: "GET",
      url: "https://x.test/a",
    });
    expect(error).toBeInstanceOf(vendor.NotFoundError);
    expect(error).toBeInstanceOf(vendor.ApiError);
    expect(error).toBeInstanceOf(typed.NotFoundError);
    expect(error.status).toBe(404);
    expect(vendor.isApiError(error) && error.body.error).toBe("Not found");
  });
});
