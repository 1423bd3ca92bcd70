import { expect, test } from "@playwright/test";

import { minimumSample } from "@/lib/ikm";

import { DashboardPage } from "./pages/dashboard-page";
import { SignInPage } from "./pages/sign-in-page";
import { UnitPage } from "./pages/unit-page";
import { expectNoAxeViolations, expectReflowAt320 } from "./support/accessibility";
import { BAPENDA, PROVINSI, signInAs } from "./support/officials";

const UNIT = { slug: "samsat-mataram", name: "Kantor Bersama Samsat Mataram" };
const UNIT_DASHBOARD = `/dasbor/unit/${UNIT.slug}`;

test("Bapenda's admin saves Samsat Mataram's yearly estimates and its minimum sample follows them", async ({
  page,
}) => {
  await signInAs(page, BAPENDA);
  const dashboard = new DashboardPage(page);
  await dashboard.open(UNIT_DASHBOARD, UNIT.name);
  const minimumBefore = await dashboard.minimumSample();
  const fieldCount = (await dashboard.estimateValues()).length;
  await expect(dashboard.estimateBasis).toContainText("memakai perkiraan unit");

  // One service alone changes nothing yet: the unit's own estimate stays in use, and it says so.
  await dashboard.fillEstimates(["5000", ...Array(fieldCount - 1).fill("")]);
  await dashboard.saveEstimatesButton.click();
  await expect(dashboard.estimatesSaved).toContainText(
    `masih memakai perkiraan unit, ${await dashboard.unitEstimateText()} orang per tahun, ` +
      `sampai semua ${fieldCount} layanan diisi; 1 dari ${fieldCount} sudah diisi.`,
  );
  expect(await dashboard.minimumSample()).toBe(minimumBefore);

  // 400 people a year for each service; the current survey period is a quarter.
  const estimates = Array(fieldCount).fill(400);
  const expectedMinimum = minimumSample(Math.ceil((estimates.length * 400 * 3) / 12));
  expect(expectedMinimum).not.toBe(minimumBefore);

  await dashboard.fillEstimates(estimates.map(String));
  await dashboard.saveEstimatesButton.click();
  await expect(dashboard.estimatesSaved).toContainText(
    `kini dihitung dari jumlah perkiraan semua ${fieldCount} layanan`,
  );

  await page.reload();
  await dashboard.expectScope(UNIT.name);
  expect(await dashboard.estimateValues()).toEqual(estimates.map(String));
  expect(await dashboard.minimumSample()).toBe(expectedMinimum);
  await expect(dashboard.estimateBasis).toContainText(
    `jumlah perkiraan semua ${fieldCount} layanan`,
  );
});

test("a unit's dashboard shows the same IKM and respondents as its public page", async ({
  page,
}) => {
  await signInAs(page, BAPENDA);
  const dashboard = new DashboardPage(page);
  await dashboard.open(UNIT_DASHBOARD, UNIT.name);
  const period = await dashboard.periodName();
  const ikm = await dashboard.ikmText();
  const respondents = await dashboard.respondentCount();

  const unitPage = new UnitPage(page);
  await unitPage.open(UNIT.slug);
  await expect(page.getByRole("heading", { level: 2, name: `Hasil ${period}` })).toBeVisible();
  await expect(unitPage.ikmValue(ikm)).toBeVisible();
  expect(await unitPage.respondentCount()).toBe(respondents);
});

test("the sign-in page and the province's and a unit's dashboards pass axe-core and reflow at 320 px", async ({
  page,
}) => {
  const signIn = new SignInPage(page);
  await signIn.open();
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);

  await signInAs(page, PROVINSI);
  const dashboard = new DashboardPage(page);
  await dashboard.expectScope(PROVINSI.scopeName);
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);

  await dashboard.open(UNIT_DASHBOARD, UNIT.name);
  await expect(dashboard.estimatesSection).toBeVisible();
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
});

test("on a 320 px phone the units and shortfall tables fit without scrolling sideways", async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await signInAs(page, BAPENDA);
  const dashboard = new DashboardPage(page);
  await dashboard.expectScope(BAPENDA.scopeName);

  for (const table of [dashboard.unitsTable, dashboard.shortfallTable]) {
    await expect(table).toBeVisible();
    expect(await dashboard.overflowOf(table), "pixels hidden to the right").toBeLessThanOrEqual(0);
  }
  // The leading unit's IKM and its grade, letter and word, are whole on screen.
  const firstRow = dashboard.unitsTable.locator("tbody tr").first();
  await expect(firstRow).toContainText(/\d{2},\d{2}/);
  await expect(firstRow).toContainText(/[ABCD] – (Sangat Baik|Baik|Kurang Baik|Tidak Baik)/);
  const shortBy = dashboard.shortfallTable.getByRole("columnheader", { name: "Kurang" });
  const right = await shortBy.evaluate((cell) => cell.getBoundingClientRect().right);
  expect(right).toBeLessThanOrEqual(320);
});

test("an address outside the official's scope and one that does not exist get the same dashboard answer", async ({
  page,
}) => {
  await signInAs(page, BAPENDA);
  const texts: string[] = [];
  for (const path of [
    "/dasbor/unit/rsud-provinsi-ntb-rawat-jalan",
    "/dasbor/unit/unit-yang-tidak-ada",
    "/dasbor/opd/dinkes",
    "/dasbor/laporan-lama",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page).toHaveTitle("Dasbor tidak ditemukan – SIMASKOT");
    texts.push(await page.getByRole("main").innerText());
  }

  expect(new Set(texts).size).toBe(1);
  expect(texts[0]).toContain("tidak termasuk cakupan akun Anda");
  expect(texts[0]).not.toMatch(/QR/);
  // Signed in, the footer leads to the dashboard rather than offering to sign in again.
  const footer = page.getByRole("contentinfo");
  await expect(footer.getByRole("link", { name: "Dasbor petugas" })).toBeVisible();
  await expect(footer).not.toContainText("Masuk untuk petugas");
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
});

test("without JavaScript, a dashboard outside the official's scope is a server-rendered 404 page", async ({
  page,
  browser,
}) => {
  await signInAs(page, BAPENDA);
  const plain = await browser.newContext({
    javaScriptEnabled: false,
    storageState: await page.context().storageState(),
  });
  const noScript = await plain.newPage();

  for (const path of ["/dasbor/unit/rsud-provinsi-ntb-rawat-jalan", "/dasbor/laporan-lama"]) {
    const response = await noScript.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(noScript).toHaveTitle("Dasbor tidak ditemukan – SIMASKOT");
    await expect(noScript.getByRole("main")).toContainText("tidak termasuk cakupan akun Anda");
  }
  const own = await noScript.goto("/dasbor/unit/samsat-mataram");
  expect(own?.status()).toBe(200);
  await plain.close();
});
