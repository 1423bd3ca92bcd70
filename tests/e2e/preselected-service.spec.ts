import { expect, test } from "@playwright/test";

import { SurveyPage } from "./pages/survey-page";

const UNIT = "samsat-lombok-barat";
const SERVICE = "Balik nama kendaraan bermotor (BBNKB)";

test("a service named by the QR link is shown as text with 'Ganti layanan'", async ({ page }) => {
  const survey = new SurveyPage(page);
  await survey.open(UNIT);
  const serviceId = await survey.service(SERVICE).getAttribute("value");
  expect(serviceId).toMatch(/^\d+$/);

  await survey.open(UNIT, { layanan: serviceId! });
  await expect(page.getByText(`Layanan: ${SERVICE}`, { exact: true })).toBeVisible();
  await expect(survey.serviceGroup).toBeHidden();

  await page.getByText("Ganti layanan", { exact: true }).click();
  await expect(survey.serviceGroup).toBeVisible();
  await expect(survey.service(SERVICE)).toBeChecked();
});
