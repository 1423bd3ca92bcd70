import { eq, like, or } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { respondents } from "@/db/schema";
import { IDLE } from "@/lib/form-state";
import { submitSurvey } from "@/lib/survey/actions";
import { elementField, FIELD } from "@/lib/survey/fields";
import { submitSurveyResponse } from "@/lib/survey/submit";

import { countRows, filledForm, findOpenSurveyId, findUnit } from "./survey-fields";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
let surveyId: number;
let serviceId: number;

beforeAll(async () => {
  surveyId = await findOpenSurveyId(db());
  serviceId = (await findUnit(db(), "samsat-mataram")).services[0]!.id;
});

const withSuggestion = (suggestion: string) =>
  filledForm({ surveyId, serviceId, overrides: { [FIELD.suggestion]: suggestion } });

const submit = (fields: Record<string, string>) =>
  submitSurveyResponse({ unitSlug: "samsat-mataram", fields });

async function storedSuggestion(form: Record<string, string>): Promise<string | null | undefined> {
  const [stored] = await db()
    .select({ suggestion: respondents.suggestion })
    .from(respondents)
    .where(eq(respondents.clientId, form[FIELD.clientId]!));
  return stored?.suggestion;
}

function formData(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

describe("a suggestion holding someone's NIK, phone number or e-mail", () => {
  const PERSONAL = "NIK saya 5271012345678901 hp 081234567890";

  it("is refused with what to remove, and nothing of the answer is stored", async () => {
    const before = await countRows(db());

    const result = await submit(withSuggestion(PERSONAL));

    expect(result).toMatchObject({
      kind: "invalid",
      fieldErrors: {
        [FIELD.suggestion]: expect.stringMatching(
          /^Hapus NIK dan nomor telepon dari saran Anda: .*SP4N-LAPOR! atau NTB Care\.$/,
        ),
      },
    });
    if (result.kind === "invalid")
      expect(Object.keys(result.fieldErrors)).toEqual([FIELD.suggestion]);
    expect(await countRows(db())).toEqual(before);
    const leaked = await db()
      .select({ id: respondents.id })
      .from(respondents)
      .where(
        or(
          like(respondents.suggestion, "%5271012345678901%"),
          like(respondents.suggestion, "%081234567890%"),
        ),
      );
    expect(leaked).toEqual([]);
  });

  it("keeps every answer on the form, so that only the numbers need removing", async () => {
    const fields = filledForm({
      surveyId,
      serviceId,
      overrides: {
        [elementField("waktu")]: "1",
        [FIELD.sex]: "perempuan",
        [FIELD.suggestion]: `Antrean lama. ${PERSONAL}`,
      },
    });

    const state = await submitSurvey("samsat-mataram", IDLE, formData(fields));

    expect(state).toMatchObject({ status: "error", values: fields });
    expect(Object.keys(state.status === "error" ? state.fieldErrors : {})).toEqual([
      FIELD.suggestion,
    ]);
  });

  it("is stored once the numbers are removed", async () => {
    const form = withSuggestion("Antrean lama, tolong tambah loket.");

    expect((await submit(form)).kind).toBe("stored");
    expect(await storedSuggestion(form)).toBe("Antrean lama, tolong tambah loket.");
  });
});

describe("a suggestion with ordinary numbers", () => {
  it("is stored as written: fees, queue numbers, times and years", async () => {
    const text =
      "Bayar Rp 250.000 padahal tertulis Rp 150.000. Antrean 087, jam 08.00-12.00, sejak 2023.";
    const form = withSuggestion(text);

    expect((await submit(form)).kind).toBe("stored");
    expect(await storedSuggestion(form)).toBe(text);
  });
});

describe("the length of a suggestion", () => {
  it("takes 250 emoji families, each counted as one character", async () => {
    const form = withSuggestion("👨‍👩‍👧".repeat(250));

    expect((await submit(form)).kind).toBe("stored");
    expect(await storedSuggestion(form)).toBe("👨‍👩‍👧".repeat(250));
  });

  it("refuses a text too large to store although it looks short, and stores nothing", async () => {
    const before = await countRows(db());

    const result = await submit(withSuggestion(`Lama${"\u0301".repeat(10_000)}`));

    expect(result).toMatchObject({
      kind: "invalid",
      fieldErrors: { [FIELD.suggestion]: expect.stringMatching(/terlalu panjang untuk disimpan/) },
    });
    expect(await countRows(db())).toEqual(before);
  });
});
