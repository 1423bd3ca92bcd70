import http from "node:http";
import type { AddressInfo } from "node:net";

import { expect, test, type Page } from "@playwright/test";

import { DashboardPage } from "./pages/dashboard-page";
import { signInAs, PROVINSI } from "./support/officials";

// Every response carries the portal's security headers; nothing may frame it, and the pages
// with charts and forms still work under them.

const EXPECTED = {
  "x-frame-options": "DENY",
  "x-content-type-options": "nosniff",
  "referrer-policy": "strict-origin-when-cross-origin",
};

function watchForBlockedContent(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Permissions policy/i.test(message.text())) {
      problems.push(message.text());
    }
  });
  page.on("pageerror", (error) => problems.push(error.message));
  return problems;
}

test("every kind of response carries the security headers", async ({ request }) => {
  for (const address of [
    "/",
    "/survei/samsat-mataram",
    "/masuk",
    "/api/auth/session",
    "/tidak-ada",
  ]) {
    const response = await request.get(address, { maxRedirects: 0 });
    const headers = response.headers();
    expect(headers, address).toMatchObject(EXPECTED);
    expect(headers["content-security-policy"], address).toContain("frame-ancestors 'none'");
    expect(headers["permissions-policy"], address).toContain("camera=()");
  }
});

/** Another site, on this machine: a page that puts the portal's sign-in page in a frame. */
async function framingSite(target: string): Promise<{ url: string; close: () => void }> {
  const site = http.createServer((_request, response) => {
    response.setHeader("content-type", "text/html");
    response.end(`<!doctype html><title>Bingkai</title><iframe src="${target}"></iframe>`);
  });
  await new Promise<void>((resolve) => site.listen(0, "127.0.0.1", resolve));
  const { port } = site.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/`, close: () => site.close() };
}

test("another site cannot show the sign-in page in a frame", async ({ page, baseURL }) => {
  const site = await framingSite(`${baseURL}/masuk`);
  const framed = page.waitForEvent(
    "requestfailed",
    (request) => request.url() === `${baseURL}/masuk`,
  );
  await page.goto(site.url);

  expect((await framed).failure()?.errorText).toBe("net::ERR_BLOCKED_BY_RESPONSE");
  await expect(page.frameLocator("iframe").getByRole("button", { name: "Masuk" })).toHaveCount(0);
  site.close();
});

test("charts and forms still work under the headers", async ({ page }) => {
  const problems = watchForBlockedContent(page);

  await page.goto("/unit/samsat-mataram");
  await expect(page.locator("figure canvas").first()).toBeVisible();

  await signInAs(page, PROVINSI);
  const dashboard = new DashboardPage(page);
  await dashboard.expectScope("Provinsi NTB");
  await expect(page.locator("figure canvas").first()).toBeVisible();

  expect(problems).toEqual([]);
});
