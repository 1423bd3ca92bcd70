import { describe, expect, it } from "vitest";

import { refusalResponse, UNREADABLE_ADDRESS } from "@/lib/proxy/refusal";
import { hasUnreadableForm, hasUnreadablePath, isCrossSiteSubmission } from "@/lib/proxy/screens";

function post(headers: Record<string, string>, body?: BodyInit): Request {
  return new Request("http://simaskot.test/survei/samsat-mataram", {
    method: "POST",
    headers: { host: "simaskot.test", ...headers },
    body,
  });
}

describe("an address no page could read", () => {
  it("is a percent-encoding that does not decode", () => {
    expect(hasUnreadablePath("/unit/%E0%A4%A")).toBe(true);
    expect(hasUnreadablePath("/unit/%")).toBe(true);
  });

  it("is not an ordinary or a properly encoded address", () => {
    expect(hasUnreadablePath("/unit/samsat-mataram")).toBe(false);
    expect(hasUnreadablePath("/unit/s%C3%A1msat")).toBe(false);
  });
});

describe("a submission from another site", () => {
  it("is a POST whose Origin is another host, or the opaque null", () => {
    expect(isCrossSiteSubmission(post({ origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ origin: "null" }))).toBe(true);
    expect(isCrossSiteSubmission(post({ origin: "not a url" }))).toBe(true);
  });

  it("is not a POST from the portal itself, also behind a reverse proxy", () => {
    expect(isCrossSiteSubmission(post({ origin: "http://simaskot.test" }))).toBe(false);
    const proxied = post({
      host: "10.0.0.5:3000",
      "x-forwarded-host": "skm.ntbprov.go.id",
      origin: "https://skm.ntbprov.go.id",
    });
    expect(isCrossSiteSubmission(proxied)).toBe(false);
  });

  it("is not a request without Origin, which Next.js lets through as well", () => {
    expect(isCrossSiteSubmission(post({}))).toBe(false);
  });

  it("is never a page being read", () => {
    const read = new Request("http://simaskot.test/", { headers: { origin: "https://x.example" } });
    expect(isCrossSiteSubmission(read)).toBe(false);
  });
});

describe("an unreadable form", () => {
  const boundary = "----simaskot";
  const type = { "content-type": `multipart/form-data; boundary=${boundary}` };

  it("is a multipart body cut before its end", async () => {
    const cut = `--${boundary}\r\nContent-Disposition: form-data; name="kode"\r\n\r\nabc`;
    expect(await hasUnreadableForm(post(type, cut))).toBe(true);
  });

  it("is not a complete multipart body, nor another kind of body", async () => {
    const whole = `--${boundary}\r\nContent-Disposition: form-data; name="kode"\r\n\r\nabc\r\n--${boundary}--\r\n`;
    expect(await hasUnreadableForm(post(type, whole))).toBe(false);
    expect(await hasUnreadableForm(post({ "content-type": "text/plain" }, "[]"))).toBe(false);
  });

  it("leaves the body for the page to read", async () => {
    const form = new FormData();
    form.set("kode", "abc");
    const request = post({}, form);

    expect(await hasUnreadableForm(request)).toBe(false);
    expect((await request.formData()).get("kode")).toBe("abc");
  });
});

describe("a refusal", () => {
  it("is a page in Indonesian with its status and title", async () => {
    const response = refusalResponse(UNREADABLE_ADDRESS);
    const html = await response.text();

    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toContain("text/html");
    expect(html).toContain('<html lang="id">');
    expect(html).toContain("<title>Alamat tidak bisa dibaca – SIMASKOT</title>");
  });
});
