import { describe, expect, it } from "vitest";

import { clientAddress } from "@/lib/auth/options";

const headers = (forwarded?: string) =>
  new Headers(forwarded ? { "x-forwarded-for": forwarded } : {});

describe("the address a sign-in is counted against", () => {
  it("is unknown when no proxy is trusted, whatever the client wrote in X-Forwarded-For", () => {
    expect(clientAddress(headers("203.0.113.9"), 0)).toBeNull();
  });

  it("is the entry the one trusted proxy appended, not one the client made up", () => {
    expect(clientAddress(headers("1.2.3.4, 203.0.113.9"), 1)).toBe("203.0.113.9");
  });

  it("counts trusted proxies from the right", () => {
    expect(clientAddress(headers("1.2.3.4, 203.0.113.9, 10.0.0.2"), 2)).toBe("203.0.113.9");
  });

  it("is unknown when the header has fewer entries than trusted proxies", () => {
    expect(clientAddress(headers("203.0.113.9"), 2)).toBeNull();
    expect(clientAddress(headers(), 1)).toBeNull();
  });
});
