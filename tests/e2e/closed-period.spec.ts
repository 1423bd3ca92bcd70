import { expect, test } from "@playwright/test";

import { SurveyPage } from "./pages/survey-page";
import { ThankYouPage } from "./pages/thank-you-page";
import { UnitPage } from "./pages/unit-page";
import { MIXED_ANSWERS } from "./support/answers";

// A form opened in a period that closed before it was sent. The demo data holds the open
// quarter (made first, when the database was prepared) and the two quarters before it, closed:
// the id after the open one names a closed period, as it would in a form left open overnight.

const SERVICE = "Pembayaran PKB dan pengesahan STNK tahunan";

for (const [javaScriptEnabled, unit] of [
  [true, "samsat-sumbawa-barat"],
  [false, "samsat-sumbawa"],
] as const) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a form whose period closed says its answer was not stored, and can go to the new period", async ({
      page,
    }) => {
      const unitPage = new UnitPage(page);
      await unitPage.open(unit);
      const before = await unitPage.respondentCount();

      const survey = new SurveyPage(page);
      const form = { service: SERVICE, answers: MIXED_ANSWERS };
      await survey.open(unit);
      const openSurveyId = await survey.surveyIdField.inputValue();
      await survey.surveyIdField.evaluate(
        (input: HTMLInputElement, id) => (input.value = id),
        String(Number(openSurveyId) + 1),
      );
      await survey.fill(form);
      await survey.send();

      await expect(page).toHaveTitle(/^Kesalahan: /);
      await expect(survey.errorSummary).toContainText(
        "sudah ditutup sebelum penilaian Anda terkirim, jadi penilaian Anda belum tersimpan",
      );
      await expect(survey.errorSummary).toContainText("Periode baru sudah dibuka");
      await survey.expectAnswersKept(form);
      await expect(survey.surveyIdField).toHaveValue(openSurveyId);
      const elsewhere = new UnitPage(await page.context().newPage());
      await elsewhere.open(unit);
      expect(await elsewhere.respondentCount()).toBe(before);
      await elsewhere.page.close();

      await survey.send();
      await new ThankYouPage(page).expectShownFor(unit);
      await unitPage.open(unit);
      expect(await unitPage.respondentCount()).toBe(before + 1);
    });
  });
}
