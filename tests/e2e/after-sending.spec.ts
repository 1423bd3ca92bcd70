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
