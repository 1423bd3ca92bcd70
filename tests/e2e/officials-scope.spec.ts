import { expect, test, type APIRequestContext, type Page } from "@playwright/test";

import { DashboardPage } from "./pages/dashboard-page";
import { captureActionPost, type CapturedPost } from "./support/action-post";
import {
  BAPENDA,
  newSignedInPage,
  OFFICIALS,
  OPERATOR,
  PIMPINAN,
  signInAs,
  type Official,
} from "./support/officials";

// Who may open what, through the real pages: "masuk" is the redirect to the sign-in page.
type Outcome = 200 | 404 | "masuk";

const EVERYONE = ["provinsi", "pimpinan", "bapenda", "operator"] as const;
const BAPENDA_AND_UP = ["provinsi", "pimpinan", "bapenda"] as const;
const PROVINCE = ["provinsi", "pimpinan"] as const;

const ADDRESSES: ReadonlyArray<{ path: string; allowed: ReadonlyArray<Official["key"]> }> = [
  { path: "/dasbor", allowed: EVERYONE },
  { path: "/dasbor/opd/bapenda", allowed: BAPENDA_AND_UP },
  { path: "/dasbor/opd/dinkes", allowed: PROVINCE },
  { path: "/dasbor/unit/samsat-mataram", allowed: EVERYONE },
  { path: "/dasbor/unit/samsat-lombok-timur", allowed: BAPENDA_AND_UP },
  { path: "/dasbor/unit/rsud-provinsi-ntb-rawat-jalan", allowed: PROVINCE },
  // A filter naming something outside the scope is as unknown as a path naming it.
  { path: "/dasbor?unit=samsat-lombok-timur", allowed: BAPENDA_AND_UP },
  { path: "/dasbor?unit=rsud-provinsi-ntb-rawat-jalan", allowed: PROVINCE },
  { path: "/dasbor?opd=dinkes", allowed: PROVINCE },
  { path: "/dasbor/ekspor?tingkat=provinsi&isi=unit", allowed: PROVINCE },
  { path: "/dasbor/ekspor?tingkat=opd&slug=bapenda&isi=unsur", allowed: BAPENDA_AND_UP },
  { path: "/dasbor/ekspor?tingkat=unit&slug=samsat-mataram&isi=unsur", allowed: EVERYONE },
  {
    path: "/dasbor/ekspor?tingkat=unit&slug=samsat-lombok-timur&isi=unsur",
    allowed: BAPENDA_AND_UP,
  },
];

async function outcomeOf(request: APIRequestContext, path: string): Promise<Outcome | number> {
  const response = await request.get(path, { maxRedirects: 0 });
  const location = response.headers()["location"] ?? "";
  if (response.status() >= 300 && response.status() < 400 && location.includes("/masuk?kembali=")) {
    return "masuk";
  }
  return response.status();
}

test("each official opens exactly the dashboards and exports of their own scope", async ({
  browser,
  request,
}) => {
  const expected: Record<string, Outcome> = {};
  const actual: Record<string, Outcome | number> = {};

  for (const { path } of ADDRESSES) {
    expected[`signed out ${path}`] = "masuk";
    actual[`signed out ${path}`] = await outcomeOf(request, path);
  }

  for (const official of OFFICIALS) {
    const page = await newSignedInPage(browser, official);
    for (const { path, allowed } of ADDRESSES) {
      expected[`${official.key} ${path}`] = allowed.includes(official.key) ? 200 : 404;
      actual[`${official.key} ${path}`] = await outcomeOf(page.request, path);
    }
    await page.context().close();
  }

  expect(actual).toEqual(expected);
});

const UNIT = { slug: "samsat-mataram", name: "Kantor Bersama Samsat Mataram" };

/**
 * Fills the estimates form and captures the server action's POST as the browser sends it,
 * without letting it through: nothing is saved. The session cookie is left out, so that a
 * replay carries whichever session the replaying context holds.
 */
async function captureEstimatesPost(page: Page, values: string[]): Promise<CapturedPost> {
  const dashboard = new DashboardPage(page);
  await dashboard.fillEstimates(values);
  return captureActionPost(page, `/dasbor/unit/${UNIT.slug}`, () =>
    dashboard.saveEstimatesButton.click(),
  );
}

test("the estimates action posted by hand with an operator's or pimpinan's session changes nothing", async ({
  page,
  browser,
}) => {
  const admin = page;
  await signInAs(admin, BAPENDA);
  const adminDashboard = new DashboardPage(admin);
  await adminDashboard.open(`/dasbor/unit/${UNIT.slug}`, UNIT.name);
  const before = await adminDashboard.estimateValues();
  const changed = before.map((_, index) => String(7001 + index));
  expect(changed).not.toEqual(before);
  const post = await captureEstimatesPost(admin, changed);

  for (const official of [OPERATOR, PIMPINAN]) {
    const other = await newSignedInPage(browser, official);
    const response = await other.request.post(post.url, { headers: post.headers, data: post.body });
    // Outside what the official may change, the unit is answered as if it did not exist.
    expect(response.status(), `${official.name}'s replay`).toBe(404);
    await other.context().close();

    await admin.reload();
    expect(await adminDashboard.estimateValues(), `after ${official.name}'s replay`).toEqual(
      before,
    );
  }

  // The unit travels as a plain bound argument of the action: pointed at another agency's
  // unit, the admin's own session is refused as well.
  const elsewhere = Buffer.from(
    post.body.toString("utf8").replaceAll(`"${UNIT.slug}"`, '"rsud-provinsi-ntb-rawat-jalan"'),
  );
  expect(elsewhere.equals(post.body)).toBe(false);
  const refused = await admin.request.post(post.url, { headers: post.headers, data: elsewhere });
  expect(refused.status(), "a replay naming another agency's unit").toBe(404);

  // The same request with the admin's own session saves: the replays above were sound.
  const response = await admin.request.post(post.url, { headers: post.headers, data: post.body });
  expect(response.status()).toBe(200);
  await admin.reload();
  expect(await adminDashboard.estimateValues()).toEqual(changed);
});
