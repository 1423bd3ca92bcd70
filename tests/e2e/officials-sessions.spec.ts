import { expect, test, type BrowserContext } from "@playwright/test";

import { DashboardPage } from "./pages/dashboard-page";
import { SignInPage } from "./pages/sign-in-page";
import {
  BAPENDA,
  DEMO_PASSWORD,
  OPERATOR,
  PIMPINAN,
  PROVINSI,
  signInAs,
} from "./support/officials";
import { reissuedWithSignInAt, SESSION_COOKIE, sessionCookieOf } from "./support/session-cookie";

// next-auth's own endpoints (/api/auth/*) follow the portal's rules for sessions: the 8-hour
// limit from sign-in, sign-out everywhere, and the portal's Indonesian pages.

const HOUR = 60 * 60_000;

async function hasSessionCookie(context: BrowserContext): Promise<boolean> {
  return (await context.cookies()).some((cookie) => cookie.name === SESSION_COOKIE);
}

test("next-auth's session endpoint gives a signed-out cookie nothing, and clears it", async ({
  page,
  browser,
}) => {
  await signInAs(page, PIMPINAN);
  const copy = await browser.newContext();
  await copy.addCookies([await sessionCookieOf(page.context())]);

  const open = await copy.request.get("/api/auth/session");
  expect(await open.json()).toMatchObject({ user: { name: PIMPINAN.name } });

  await new DashboardPage(page).signOut();
  await expect(new SignInPage(page).signedOut).toBeVisible();

  const ended = await copy.request.get("/api/auth/session");
  expect(await ended.json()).toEqual({});
  expect(await hasSessionCookie(copy)).toBe(false);
  await copy.close();
});

test("a session ends 8 hours after sign-in, however freshly next-auth re-issued it", async ({
  page,
  browser,
}) => {
  await signInAs(page, BAPENDA);
  const cookie = await sessionCookieOf(page.context());
  const aged = await browser.newContext();
  await aged.addCookies([await reissuedWithSignInAt(cookie, Date.now() - 8 * HOUR - 60_000)]);

  const session = await aged.request.get("/api/auth/session");
  expect(await session.json()).toEqual({});
  expect(await hasSessionCookie(aged)).toBe(false);

  await aged.addCookies([await reissuedWithSignInAt(cookie, Date.now() - 8 * HOUR - 60_000)]);
  const agedPage = await aged.newPage();
  await agedPage.goto("/dasbor");
  await new SignInPage(agedPage).expectShown();
  await aged.close();
});

test("next-auth's own sign-out ends every copy of the session, like Keluar", async ({
  page,
  browser,
}) => {
  await signInAs(page, PROVINSI);
  const copy = await browser.newContext();
  await copy.addCookies([await sessionCookieOf(page.context())]);

  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const signOut = await page.request.post("/api/auth/signout", {
    form: { csrfToken, callbackUrl: "/dasbor" },
  });
  expect(signOut.ok()).toBe(true);

  const copied = await copy.newPage();
  await copied.goto("/dasbor");
  await new SignInPage(copied).expectShown();
  await copy.close();
});

test("next-auth's pages lead to the portal's sign-in page, in Indonesian", async ({ page }) => {
  const signIn = new SignInPage(page);
  for (const address of ["/api/auth/signout", "/api/auth/signin", "/api/auth/error"]) {
    await page.goto(address);
    await signIn.expectShown();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Masuk untuk petugas");
    await expect(page.locator("body")).not.toContainText(/Sign (in|out)|Are you sure/i);
  }
  await page.goto("/api/auth/error?error=Configuration");
  await expect(page.getByRole("alert").filter({ hasText: "Masuk tidak berhasil" })).toBeVisible();
});

test("after sign-in, kembali leads to an officials' page, never to an API route", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await page.goto(`/masuk?kembali=${encodeURIComponent("/api/auth/signout")}`);
  await signIn.signIn(OPERATOR.email, DEMO_PASSWORD);
  await signIn.expectSignedIn();
  await expect(page.locator("body")).not.toContainText(/Sign out/i);

  await new DashboardPage(page).signOut();
  await page.goto(`/masuk?kembali=${encodeURIComponent("/dasbor/unit/samsat-mataram")}`);
  await signIn.signIn(OPERATOR.email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/dasbor\/unit\/samsat-mataram$/);
});
