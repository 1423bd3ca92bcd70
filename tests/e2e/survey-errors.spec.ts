import { expect, test } from "@playwright/test";

import { SurveyPage } from "./pages/survey-page";
import { UnitPage } from "./pages/unit-page";
import { MIXED_ANSWERS, without } from "./support/answers";

const UNIT = "samsat-dompu";
const SERVICE = "Balik nama kendaraan bermotor (BBNKB)";
const SUGGESTION = "Papan nomor antrean sering mati.";
const MESSAGE = "Pilih penilaian Anda tentang waktu penyelesaian";

for (const javaScriptEnabled of [true, false]) {
  test.describe(`with JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
    test.use({ javaScriptEnabled });

    test("a form sent with one question unanswered points to it, keeps every answer and stores nothing", async ({
      page,
    }) => {
      const unitPage = new UnitPage(page);
      await unitPage.open(UNIT);
      const before = await unitPage.respondentCount();

      const survey = new SurveyPage(page);
      const answers = without(MIXED_ANSWERS, "waktu");
      await survey.open(UNIT);
      await survey.fill({ service: SERVICE, answers, suggestion: SUGGESTION });
      await survey.send();

      await expect(survey.errorSummary).toBeVisible();
      await expect(survey.errorSummary).toBeFocused();
      await expect(page).toHaveTitle(/^Kesalahan: /);
      await expect(survey.question("waktu")).toContainText(MESSAGE);
      await expect(survey.question("waktu")).toHaveAccessibleDescription(new RegExp(MESSAGE));

      // The service chosen is kept and shown as text, like one named by a QR code.
      await expect(page.getByText(`Layanan: ${SERVICE}`, { exact: true })).toBeVisible();
      for (const [code, score] of Object.entries(answers)) {
        await expect(survey.choice(code, score)).toBeChecked();
      }
      await expect(survey.suggestion).toHaveValue(SUGGESTION);

      await survey.errorSummary.getByRole("link", { name: MESSAGE }).click();
      await expect(survey.question("waktu")).toBeInViewport();
      if (javaScriptEnabled) {
        // The person can answer at once: focus is on the question's first option.
        const firstOption = survey.question("waktu").getByRole("radio").first();
        await expect(firstOption).toBeFocused();
        await page.keyboard.press("Space");
        await expect(firstOption).toBeChecked();
      } else {
        await expect(page).toHaveURL(/#nilai-waktu$/);
      }

      await unitPage.open(UNIT);
      expect(await unitPage.respondentCount()).toBe(before);
    });
  });
}
