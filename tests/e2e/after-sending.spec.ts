import { expect, test } from "@playwright/test";

import { SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { MIXED_ANSWERS } from "./support/answers";

const UNIT = "samsat-bima";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("Back or reload after sending shows 'sudah terkirim', not a fresh form", async ({
      page,
    }) => {
      const survey = new SurveyPage(page);
      await survey.open(UNIT);
      await survey.fill({ service: "Pendaftaran kendaraan bermotor baru", answers: MIXED_ANSWERS });
      await survey.send();
      await new ThankYouPage(page).expectShownFor(UNIT);

      await page.goBack();
      await expect(page).toHaveURL(new RegExp(`/survei/${UNIT}$`));
      await expect(survey.alreadySent).toBeVisible();
      await expect(survey.sendButton).toHaveCount(0);

      await page.reload();
      await expect(survey.alreadySent).toBeVisible();
      await expect(survey.sendButton).toHaveCount(0);
    });
  });
}

test("the 'sudah terkirim' notice lasts minutes, not the hour a shared phone stays at the counter", async ({
  page,
  context,
}) => {
  const unit = "samsat-kota-bima";
  const survey = new SurveyPage(page);
  await survey.open(unit);
  await survey.fill({ service: "Pendaftaran kendaraan bermotor baru", answers: MIXED_ANSWERS });
  await survey.send();
  await new ThankYouPage(page).expectShownFor(unit);

  const sent = (await context.cookies()).find((cookie) => cookie.name === "simaskot_terkirim");
  expect(sent).toBeDefined();
  const minutesLeft = (sent!.expires * 1000 - Date.now()) / 60_000;
  expect(minutesLeft).toBeGreaterThan(10);
  expect(minutesLeft).toBeLessThanOrEqual(15);

  await survey.open(unit);
  await expect(survey.alreadySent).toBeVisible();
  await page.getByRole("link", { name: "Isi penilaian baru" }).click();
  await expect(survey.sendButton).toBeVisible();
});

test.describe("with JavaScript off and no cookies kept", () => {
  test.use({ javaScriptEnabled: false });

  test("the thank-you page still says the answer arrived, also when reloaded", async ({
    page,
    context,
  }) => {
    const unit = "samsat-sumbawa-barat";
    const survey = new SurveyPage(page);
    await survey.open(unit);
    await survey.fill({ service: "Pendaftaran kendaraan bermotor baru", answers: MIXED_ANSWERS });
    await survey.send();
    // The reload must come after the thank-you page has arrived, not race the redirect to it.
    const thanks = new ThankYouPage(page);
    await thanks.expectShownFor(unit);
    await context.clearCookies();
    await page.reload();

    await thanks.expectShownFor(unit);
    await expect(page.getByText(/Belum ada penilaian yang dikirim/)).toHaveCount(0);
  });

  test("a receipt made up or meant for another unit claims nothing", async ({ page }) => {
    await page.goto(
      "/survei/labkes-provinsi-ntb/terima-kasih?tanda=1.1796350618.AAAAAAAAAAAAAAAAAAAAAA",
    );

    await expect(page.getByText(/sudah terkirim/)).toHaveCount(0);
  });
});

test("the thank-you address opened without sending does not claim that anything was sent", async ({
  page,
}) => {
  const unit = "labkes-provinsi-ntb";
  await page.goto(`/survei/${unit}/terima-kasih`);

  await expect(page.getByText(/sudah terkirim/)).toHaveCount(0);
  await expect(page).toHaveTitle(/^Survei /);
  await page.getByRole("link", { name: /^Isi survei / }).click();
  await expect(page).toHaveURL(new RegExp(`/survei/${unit}$`));
  await expect(new SurveyPage(page).sendButton).toBeVisible();
});
