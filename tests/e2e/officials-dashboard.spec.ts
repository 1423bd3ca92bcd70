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

  // 400 people a year for each service; the current survey period is a quarter.
  const estimates = (await dashboard.estimateValues()).map(() => 400);
  const expectedMinimum = minimumSample(Math.ceil((estimates.length * 400 * 3) / 12));
  expect(expectedMinimum).not.toBe(minimumBefore);

  await dashboard.fillEstimates(estimates.map(String));
  await dashboard.saveEstimatesButton.click();
  await expect(dashboard.estimatesSaved).toBeVisible();

  await page.reload();
  await dashboard.expectScope(UNIT.name);
  expect(await dashboard.estimateValues()).toEqual(estimates.map(String));
  expect(await dashboard.minimumSample()).toBe(expectedMinimum);
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
