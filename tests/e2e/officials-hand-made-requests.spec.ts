import { expect, test, type Page } from "@playwright/test";

import { DashboardPage } from "./pages/dashboard-page";
import { SignInPage } from "./pages/sign-in-page";
import { captureActionPost, withArguments } from "./support/action-post";
import { BAPENDA, DEMO_PASSWORD, signInAs } from "./support/officials";

// Requests no page of the portal makes: next-auth's endpoints it does not use, and server
// actions called by hand. Each gets a plain answer in Indonesian and changes nothing.

const NOT_USED = [
  ["GET", "/api/auth/callback/credentials"],
  ["GET", "/api/auth/verify-request"],
  ["GET", "/api/auth/signin/credentials"],
  ["GET", "/api/auth/callback/github"],
  ["GET", "/api/auth/apa-saja"],
  ["POST", "/api/auth/_log"],
  ["POST", "/api/auth/session"],
  ["POST", "/api/auth/signin/credentials"],
] as const;

test("next-auth's endpoints that the portal does not use answer 404 in Indonesian", async ({
  request,
}) => {
  for (const [method, path] of NOT_USED) {
    const response = await request.fetch(path, {
      method,
      data: method === "POST" ? { code: "PALSU", level: "error" } : undefined,
      maxRedirects: 0,
    });
    expect(response.status(), `${method} ${path}`).toBe(404);
    expect(await response.text()).toBe("Alamat ini tidak ada di SIMASKOT.\n");
  }
});

test("next-auth's error page leads to the sign-in page with a sentence in Indonesian", async ({
  page,
}) => {
  await page.goto("/api/auth/error");
  await expect(page).toHaveURL(/\/masuk\?error=Default$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Masuk tidak berhasil. Masuklah dengan e-mail dan kata sandi Anda di bawah ini.",
  );
  await new SignInPage(page).expectShown();
});

test("next-auth's credentials endpoint signs in, and a wrong password comes back to /masuk", async ({
  page,
}) => {
  const post = async (password: string) => {
    const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
    return page.request.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: BAPENDA.email, password, callbackUrl: "/dasbor" },
      maxRedirects: 0,
    });
  };

  const refused = await post(`${DEMO_PASSWORD}-salah`);
  await page.goto(refused.headers()["location"]!);
  await expect(page).toHaveURL(/\/masuk\?error=CredentialsSignin$/);
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(
    "Masuk tidak berhasil. Periksa e-mail dan kata sandi Anda, lalu coba lagi di bawah ini.",
  );

  const accepted = await post(DEMO_PASSWORD);
  expect(new URL(accepted.headers()["location"]!).pathname).toBe("/dasbor");
  await new DashboardPage(page).open("/dasbor", BAPENDA.scopeName);
});

const UNIT = "/dasbor/unit/samsat-mataram";

async function captureEstimates(page: Page) {
  const dashboard = new DashboardPage(page);
  return captureActionPost(page, UNIT, () => dashboard.saveEstimatesButton.click());
}

test("the sign-in action called with something other than its form says so, as the form would", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await signIn.email.fill(BAPENDA.email);
  await signIn.password.fill(DEMO_PASSWORD);
  const post = await captureActionPost(page, "/masuk", () => signIn.signInButton.click());

  const response = await page.request.post(
    post.url,
    withArguments(post, [{ status: "idle" }, "email=bapenda@simaskot.test"]),
  );

  expect(response.status()).toBe(200);
  const payload = await response.text();
  expect(payload).toContain("Isian formulir masuk tidak terbaca. Muat ulang halaman ini");
  expect(payload).not.toContain("TypeError");
});

test("the sign-out and estimates actions called with the wrong arguments change nothing", async ({
  page,
}) => {
  await signInAs(page, BAPENDA);
  const dashboard = new DashboardPage(page);
  await dashboard.open(UNIT);
  const before = await dashboard.estimateValues();

  const estimates = await captureEstimates(page);
  for (const args of [
    [42, { status: "idle" }, "perkiraan"],
    ["samsat-mataram", { status: "idle" }, { "perkiraan-1": "5" }],
    [],
  ]) {
    const response = await page.request.post(estimates.url, withArguments(estimates, args));
    expect(response.status(), JSON.stringify(args)).toBe(404);
  }

  await dashboard.open(UNIT);
  const signOut = await captureActionPost(page, UNIT, () => dashboard.signOut());
  const response = await page.request.post(signOut.url, withArguments(signOut, ["keluar"]));
  expect(response.status()).toBe(200);

  // Still signed in, and nothing was saved.
  await dashboard.open(UNIT);
  await expect(dashboard.signedInAs).toBeVisible();
  expect(await dashboard.estimateValues()).toEqual(before);
});

for (const javaScriptEnabled of [false, true]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("an estimates form posted for a unit outside the scope or none at all gets the dashboards' not-found page", async ({
      page,
    }) => {
      await signInAs(page, BAPENDA);
      const dashboard = new DashboardPage(page);
      const texts: string[] = [];
      for (const unit of ["rsud-provinsi-ntb-rawat-jalan", "unit-yang-tidak-ada"]) {
        await dashboard.open(UNIT);
        const before = await dashboard.estimateValues();
        await postEstimatesFor(page, unit, javaScriptEnabled);

        await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dasbor tidak ditemukan");
        await expect(page).toHaveTitle("Dasbor tidak ditemukan – SIMASKOT");
        const main = await page.getByRole("main").innerText();
        expect(main).toContain("tidak termasuk cakupan akun Anda");
        expect(main).not.toMatch(/QR/);
        texts.push(main);

        await dashboard.open(UNIT);
        expect(await dashboard.estimateValues()).toEqual(before);
      }
      expect(new Set(texts).size).toBe(1);
    });
  });
}

/**
 * Sends the estimates form of Samsat Mataram's dashboard as if it named another unit: the unit
 * travels as the action's bound argument, in a hidden field without JavaScript and in the
 * request's body with it.
 */
async function postEstimatesFor(page: Page, unit: string, script: boolean): Promise<void> {
  const dashboard = new DashboardPage(page);
  await dashboard.fillEstimates((await dashboard.estimateValues()).map(() => "4321"));
  const response = page.waitForResponse(
    (answer) => answer.request().method() === "POST" && answer.url().endsWith(UNIT),
  );
  if (!script) {
    const bound = dashboard.estimatesSection.locator('input[type=hidden][value*="samsat-mataram"]');
    await bound.evaluate((input: HTMLInputElement, slug) => {
      input.value = input.value.replace('"samsat-mataram"', JSON.stringify(slug));
    }, unit);
  } else {
    await page.route(`**${UNIT}`, (route) => {
      if (route.request().method() !== "POST") return route.continue();
      const body = route.request().postDataBuffer()!.toString("utf8");
      return route.continue({
        postData: body.replaceAll('"samsat-mataram"', JSON.stringify(unit)),
      });
    });
  }
  await dashboard.saveEstimatesButton.click();
  expect((await response).status()).toBe(404);
  await page.unrouteAll();
}
