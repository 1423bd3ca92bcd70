import { expect, test } from "@playwright/test";

import { DashboardPage } from "./pages/dashboard-page";
import { SignInPage } from "./pages/sign-in-page";
import { DEMO_PASSWORD, OFFICIALS, OPERATOR, signInAs } from "./support/officials";

// The suite's server trusts no proxy, so failures count per e-mail only (the per-address count
// is shown in npm-start.spec.ts). Below, one wrong password for an operator and five for an
// e-mail of its own: no other test's e-mail comes near its limit.

for (const official of OFFICIALS) {
  test(`${official.name} signs in to the dashboard of ${official.scopeName} and signs out again`, async ({
    page,
    browser,
  }) => {
    await signInAs(page, official);
    const sessionCookies = await page.context().cookies();
    const dashboard = new DashboardPage(page);
    await dashboard.expectScope(official.scopeName);
    await expect(page).toHaveTitle(`Dasbor ${official.scopeName} – SIMASKOT`);
    await expect(dashboard.signedInAs).toContainText(official.name);

    await dashboard.signOut();
    const signIn = new SignInPage(page);
    await signIn.expectShown();
    await expect(signIn.signedOut).toBeVisible();

    await page.goto("/dasbor");
    await signIn.expectShown();

    // A copy of the session cookie taken before signing out opens nothing afterwards.
    const copy = await browser.newContext();
    await copy.addCookies(sessionCookies);
    const copied = await copy.newPage();
    await copied.goto("/dasbor");
    await new SignInPage(copied).expectShown();
    await copy.close();
  });
}

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("an official signs in and out with the plain form", async ({ page }) => {
    await signInAs(page, OPERATOR);
    const dashboard = new DashboardPage(page);
    await dashboard.expectScope(OPERATOR.scopeName);
    await expect(dashboard.signedInAs).toContainText(OPERATOR.name);

    await dashboard.signOut();
    await expect(new SignInPage(page).signedOut).toBeVisible();
  });
});

test("a wrong password says so in the error summary and keeps the e-mail", async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.signIn(OPERATOR.email, `${DEMO_PASSWORD}-salah`);

  await expect(signIn.errorSummary).toBeVisible();
  await expect(signIn.errorSummary).toBeFocused();
  await expect(signIn.errorSummary).toContainText("E-mail atau kata sandi salah");
  await expect(page).toHaveTitle(/^Kesalahan: /);
  await expect(signIn.email).toHaveValue(OPERATOR.email);
  await expect(signIn.password).toHaveValue("");
  await expect(page).toHaveURL(/\/masuk$/);
});

test("five wrong passwords for one e-mail lock it for a while", async ({ page }) => {
  // An address no other test uses: the lock is per e-mail, and works the same for unknown ones.
  const email = "belum-terdaftar@simaskot.test";
  const signIn = new SignInPage(page);
  await signIn.open();
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn.signInRefused(email, `tebakan-${attempt}`);
    await expect(signIn.errorSummary).toContainText("E-mail atau kata sandi salah");
  }

  // The fifth is still told it was wrong; after it, no password is checked until the lock ends.
  await signIn.signInRefused(email, "tebakan-5");
  await expect(signIn.errorSummary).toContainText("E-mail atau kata sandi salah");
  await expect(signIn.errorSummary).toContainText("Terlalu banyak percobaan masuk yang gagal");
  await expect(signIn.errorSummary).toContainText(/coba lagi setelah pukul \d{2}[.:]\d{2} WITA/);

  await signIn.signInRefused(email, "tebakan-6");
  await expect(signIn.errorSummary).toContainText("Terlalu banyak percobaan masuk yang gagal");
  await expect(signIn.errorSummary).not.toContainText("kata sandi salah");
});
