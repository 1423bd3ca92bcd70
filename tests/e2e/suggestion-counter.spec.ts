import { expect, test } from "@playwright/test";

import { SurveyPage } from "./pages/survey-page";
import { MIXED_ANSWERS, without } from "./support/answers";

const UNIT = "perpustakaan-daerah-ntb";
const SERVICE = "Layanan baca di tempat";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("the suggestion box states its limit, which stays true while typing", async ({ page }) => {
    const survey = new SurveyPage(page);
    await survey.open(UNIT);
    await expect(survey.counter).toHaveText("Paling banyak 1.000 karakter.");

    await survey.suggestion.fill("Ruang baca nyaman.");
    await expect(survey.counter).toHaveText("Paling banyak 1.000 karakter.");
  });
});

test.describe("with JavaScript on", () => {
  test("the counter counts what the server will store, also after a failed submit", async ({
    page,
  }) => {
    const survey = new SurveyPage(page);
    await survey.open(UNIT);
    await expect(survey.counter).toHaveText("Sisa 1.000 dari 1.000 karakter");

    // Two line breaks, an invisible zero-width space and an emoji: "ab\ncd\nef 👍" is 10.
    await survey.suggestion.fill("ab\ncd\u200b\nef 👍");
    await expect(survey.counter).toHaveText("Sisa 990 dari 1.000 karakter");

    await survey.fill({ service: SERVICE, answers: without(MIXED_ANSWERS, "sarana") });
    await survey.send();
    await expect(survey.errorSummary).toBeVisible();
    await expect(survey.counter).toHaveText("Sisa 990 dari 1.000 karakter");
  });
});
