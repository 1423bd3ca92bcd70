import { expect, test, type Page } from "@playwright/test";

import { previousQuarter, quarterPeriod } from "@/lib/periods/quarter";

import { HomePage } from "./pages/home-page";
import { SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { MIXED_ANSWERS } from "./support/answers";
import { expectNoAxeViolations, expectReflowAt320 } from "./support/accessibility";

// A unit with at least one answer, so that its page and the ranking show figures and charts.
const RATED_UNIT = "rs-mata-ntb";

test.beforeAll(async ({ browser }) => {
  const page = await browser.newPage();
  const survey = new SurveyPage(page);
  await survey.open(RATED_UNIT);
  await survey.fill({ service: "Operasi katarak", answers: MIXED_ANSWERS });
  await survey.send();
  await new ThankYouPage(page).expectShownFor(RATED_UNIT);
  await page.close();
});

async function expectAccessible(page: Page): Promise<void> {
  await expectNoAxeViolations(page);
  await expectReflowAt320(page);
}

test("the home page and its search results pass axe-core and reflow at 320 px", async ({
  page,
}) => {
  const home = new HomePage(page);
  await home.open();
  await expectAccessible(page);

  await home.search("samsat");
  await expect(home.searchSummary).toBeVisible();
  await expectAccessible(page);
});

test("the survey, also after a failed submit, passes axe-core and reflows at 320 px", async ({
  page,
}) => {
  const survey = new SurveyPage(page);
  await survey.open("samsat-mataram");
  await expectAccessible(page);

  await survey.send();
  await expect(survey.errorSummary).toBeVisible();
  await expectAccessible(page);
});

test("the thank-you page passes axe-core and reflows at 320 px", async ({ page }) => {
  const survey = new SurveyPage(page);
  await survey.open(RATED_UNIT);
  await survey.fill({ service: "Operasi katarak", answers: MIXED_ANSWERS });
  await survey.send();
  await new ThankYouPage(page).expectShownFor(RATED_UNIT);
  await expectAccessible(page);
});

test("the thank-you address opened without sending passes axe-core and reflows at 320 px", async ({
  page,
}) => {
  await page.goto(`/survei/${RATED_UNIT}/terima-kasih`);
  await expect(page.getByRole("link", { name: /^Isi survei / })).toBeVisible();
  await expectAccessible(page);
});

test("a unit's results page passes axe-core and reflows at 320 px", async ({ page }) => {
  await page.goto(`/unit/${RATED_UNIT}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test("the ranking passes axe-core and reflows at 320 px", async ({ page }) => {
  await page.goto("/peringkat");
  await expect(page.getByRole("table")).toBeVisible();
  await expectAccessible(page);
});

test("the methodology page passes axe-core and reflows at 320 px", async ({ page }) => {
  await page.goto("/metodologi");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expectAccessible(page);
});

test("the not-found page passes axe-core and reflows at 320 px", async ({ page }) => {
  await page.goto("/unit/tidak-ada");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Halaman tidak ditemukan");
  await expectAccessible(page);
});

test("a closed period's notice on the ranking passes axe-core and reflows at 320 px", async ({
  page,
}) => {
  await page.goto(`/peringkat?periode=${previousQuarter(quarterPeriod(new Date())).slug}`);
  await expect(page.getByText(/belum diumumkan/)).toBeVisible();
  await expectAccessible(page);
});

test("the refusal of an unreadable address passes axe-core and reflows at 320 px", async ({
  page,
}) => {
  await page.goto("/unit/%E0%A4%A");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alamat tidak bisa dibaca");
  await expectAccessible(page);
});
