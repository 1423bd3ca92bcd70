import { describe, expect, it } from "vitest";

import { authEndpoint } from "@/lib/auth/endpoints";
import { signInErrorMessage } from "@/lib/auth/sign-in-errors";

const none = new URLSearchParams();

describe("next-auth's endpoints under /api/auth", () => {
  it.each([
    ["GET", "session"],
    ["GET", "csrf"],
    ["GET", "providers"],
    ["GET", "signin"],
    ["GET", "signout"],
    ["POST", "signout"],
    ["POST", "callback/credentials"],
  ])("serves %s %s through next-auth", (method, path) => {
    expect(authEndpoint(method, path.split("/"), none)).toEqual({ kind: "next-auth" });
  });

  it.each([
    ["GET", "callback/credentials"],
    ["GET", "verify-request"],
    ["GET", "signin/credentials"],
    ["GET", "callback/github"],
    ["GET", "session/extra"],
    ["POST", "_log"],
    ["POST", "session"],
    ["POST", "signin"],
    ["POST", "signin/credentials"],
    ["POST", "error"],
    ["PUT", "session"],
    ["GET", "anything"],
  ])("answers %s %s as not found", (method, path) => {
    expect(authEndpoint(method, path.split("/"), none)).toEqual({ kind: "not-found" });
  });

  it.each([
    ["", "/masuk?error=Default"],
    ["?error=undefined", "/masuk?error=Default"],
    ["?error=%3Cscript%3E", "/masuk?error=Default"],
    ["?error=CredentialsSignin", "/masuk?error=CredentialsSignin"],
    ["?error=Configuration", "/masuk?error=Configuration"],
  ])("leads the error page %s to %s", (query, location) => {
    expect(authEndpoint("GET", ["error"], new URLSearchParams(query))).toEqual({
      kind: "redirect",
      location,
    });
  });
});

describe("what the sign-in page says about ?error=", () => {
  it("says nothing without it", () => {
    expect(signInErrorMessage(undefined)).toBeNull();
  });

  it("explains a refused password, a server problem and anything else in Indonesian", () => {
    expect(signInErrorMessage("CredentialsSignin")).toBe(
      "Masuk tidak berhasil. Periksa e-mail dan kata sandi Anda, lalu coba lagi di bawah ini.",
    );
    expect(signInErrorMessage("Configuration")).toMatch(
      /^Masuk tidak berhasil karena ada masalah pengaturan di server SIMASKOT\./,
    );
    for (const code of ["undefined", "", "toString", ["x", "y"]]) {
      expect(signInErrorMessage(code)).toBe(
        "Masuk tidak berhasil. Masuklah dengan e-mail dan kata sandi Anda di bawah ini.",
      );
    }
  });
});
