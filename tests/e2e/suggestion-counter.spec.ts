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

  test("a suggestion holding an NIK and a phone number is sent back with every answer", async ({
    page,
  }) => {
    const survey = new SurveyPage(page);
    const form = {
      service: SERVICE,
      answers: MIXED_ANSWERS,
      suggestion: "NIK saya 5271012345678901 hp 081234567890",
    };
    await survey.open(UNIT);
    await survey.fill(form);
    await survey.send();

    const message = /^Hapus NIK dan nomor telepon dari saran Anda: survei ini tanpa nama/;
    await expect(survey.errorSummary.getByRole("link", { name: message })).toBeVisible();
    await expect(survey.suggestion).toHaveAccessibleDescription(/SP4N-LAPOR! atau NTB Care\.$/);
    await expect(page).toHaveTitle(/^Kesalahan: /);
    await survey.expectAnswersKept(form);
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

  test("the counter counts an emoji family as one character, as a person sees it", async ({
    page,
  }) => {
    const survey = new SurveyPage(page);
    await survey.open(UNIT);

    await survey.suggestion.fill("👨‍👩‍👧".repeat(250));
    await expect(survey.counter).toHaveText("Sisa 750 dari 1.000 karakter");

    await survey.suggestion.fill(`a${"\u0301".repeat(5000)}`);
    await expect(survey.counter).toHaveText("Terlalu panjang untuk disimpan; persingkat sedikit");
  });
});
