import { randomUUID } from "node:crypto";

import { and, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { answers, respondents, surveys, tallies } from "@/db/schema";
import { IDLE } from "@/lib/form-state";
import { submitSurvey } from "@/lib/survey/actions";
import { elementField, FIELD } from "@/lib/survey/fields";
import { submitSurveyResponse } from "@/lib/survey/submit";
import { RELOAD_MESSAGE } from "@/lib/survey/validation";

import { countRows, filledForm, findOpenSurveyId, findUnit } from "./survey-fields";
import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();
let surveyId: number;
let serviceId: number;
let otherUnitServiceId: number;

beforeAll(async () => {
  surveyId = await findOpenSurveyId(db());
  serviceId = (await findUnit(db(), "samsat-mataram")).services[1]!.id;
  otherUnitServiceId = (await findUnit(db(), "museum-negeri-ntb")).services[0]!.id;
});

const submit = (fields: Record<string, string>) =>
  submitSurveyResponse({ unitSlug: "samsat-mataram", fields });

describe("a completed survey form", () => {
  it("stores the respondent, the nine answers and the running tallies together", async () => {
    const before = await countRows(db());
    const form = filledForm({ surveyId, serviceId, overrides: { [elementField("waktu")]: "1" } });

    const result = await submit(form);

    expect(result.kind).toBe("stored");
    const after = await countRows(db());
    expect(after.respondents - before.respondents).toBe(1);
    expect(after.answers - before.answers).toBe(9);
    expect(after.tallyCount - before.tallyCount).toBe(9);
    expect(after.tallySum - before.tallySum).toBe(8 * 3 + 1);
  });

  it("keeps the chosen service, the channel and the optional profile", async () => {
    const form = filledForm({
      surveyId,
      serviceId,
      overrides: {
        [FIELD.sex]: "perempuan",
        [FIELD.age]: " 34 ",
        [FIELD.education]: "d4-s1",
        [FIELD.occupation]: "tidak-menjawab",
        [FIELD.suggestion]: "  Ruang tunggu panas.\r\nTolong tambah kipas.  ",
      },
    });

    await submit(form);

    const [stored] = await db()
      .select()
      .from(respondents)
      .where(eq(respondents.clientId, form[FIELD.clientId]!));
    expect(stored).toMatchObject({
      serviceId,
      channel: "qr",
      sex: "perempuan",
      age: 34,
      education: "d4-s1",
      occupation: null,
      suggestion: "Ruang tunggu panas.\nTolong tambah kipas.",
    });
    expect(stored!.fillSeconds).toBeGreaterThanOrEqual(90);
  });

  it("adds up answers per service and element in the tallies", async () => {
    const serviceOnly = (await findUnit(db(), "samsat-mataram")).services[4]!.id;
    await submit(filledForm({ surveyId, serviceId: serviceOnly, score: 4 }));
    await submit(filledForm({ surveyId, serviceId: serviceOnly, score: 2 }));

    const rows = await db()
      .select()
      .from(tallies)
      .where(and(eq(tallies.serviceId, serviceOnly), eq(tallies.elementCode, "biaya")));
    expect(rows).toEqual([expect.objectContaining({ sum: 6, count: 2 })]);
  });
});

describe("the same form sent twice", () => {
  it("stores one respondent when resent after it was stored", async () => {
    const before = await countRows(db());
    const form = filledForm({ surveyId, serviceId });

    expect((await submit(form)).kind).toBe("stored");
    expect((await submit(form)).kind).toBe("duplicate");

    const after = await countRows(db());
    expect(after.respondents - before.respondents).toBe(1);
    expect(after.answers - before.answers).toBe(9);
  });

  it("stores one respondent when both copies arrive at the same moment", async () => {
    const before = await countRows(db());
    const form = filledForm({ surveyId, serviceId });

    const results = await Promise.all([submit(form), submit(form), submit(form)]);

    expect(results.map((result) => result.kind).sort()).toEqual([
      "duplicate",
      "duplicate",
      "stored",
    ]);
    const after = await countRows(db());
    expect(after.respondents - before.respondents).toBe(1);
    expect(after.tallyCount - before.tallyCount).toBe(9);
  });
});

describe("a stored form's id sent under another unit's address", () => {
  it("is refused and stores nothing, so no thank-you page names that unit", async () => {
    const form = filledForm({ surveyId, serviceId });
    expect((await submit(form)).kind).toBe("stored");
    const before = await countRows(db());

    const elsewhere = await submitSurveyResponse({
      unitSlug: "museum-negeri-ntb",
      fields: { ...form, [FIELD.service]: String(otherUnitServiceId) },
    });

    expect(elsewhere).toEqual({ kind: "invalid", message: RELOAD_MESSAGE, fieldErrors: {} });
    expect(await countRows(db())).toEqual(before);
  });
});

describe("a bad submission", () => {
  const cases: Array<[string, (base: Record<string, string>) => Record<string, string>, string]> = [
    ["a score of 5", (f) => ({ ...f, [elementField("biaya")]: "5" }), "biaya"],
    ["a score of 0", (f) => ({ ...f, [elementField("biaya")]: "0" }), "biaya"],
    ["a score of 2.5", (f) => ({ ...f, [elementField("biaya")]: "2.5" }), "biaya"],
    ["a missing element", (f) => omit(f, elementField("waktu")), "waktu"],
    ["an empty element", (f) => ({ ...f, [elementField("sarana")]: "" }), "sarana"],
  ];

  it.each(cases)("with %s names the question and stores nothing", async (_name, change, code) => {
    const before = await countRows(db());

    const result = await submit(change(filledForm({ surveyId, serviceId })));

    expect(result).toMatchObject({ kind: "invalid" });
    if (result.kind !== "invalid") return;
    expect(Object.keys(result.fieldErrors)).toEqual([elementField(code)]);
    expect(result.fieldErrors[elementField(code)]).toMatch(/^Pilih penilaian Anda tentang /);
    expect(await countRows(db())).toEqual(before);
  });

  it("with an element code that does not exist asks to reload and stores nothing", async () => {
    const before = await countRows(db());
    const form = { ...filledForm({ surveyId, serviceId }), [elementField("keamanan")]: "4" };

    expect(await submit(form)).toEqual({
      kind: "invalid",
      message: RELOAD_MESSAGE,
      fieldErrors: {},
    });
    expect(await countRows(db())).toEqual(before);
  });

  it("with a service of another unit asks for one of this unit's services", async () => {
    const before = await countRows(db());

    const result = await submit(filledForm({ surveyId, serviceId: otherUnitServiceId }));

    expect(result).toEqual({
      kind: "invalid",
      fieldErrors: {
        [FIELD.service]: "Pilih layanan yang Anda terima dari daftar layanan unit ini",
      },
    });
    expect(await countRows(db())).toEqual(before);
  });

  it("without a service asks which service the person received", async () => {
    const result = await submit(
      filledForm({ surveyId, serviceId, overrides: { [FIELD.service]: undefined } }),
    );
    expect(result).toMatchObject({
      kind: "invalid",
      fieldErrors: { [FIELD.service]: "Pilih layanan yang Anda terima" },
    });
  });

  it.each([
    [FIELD.age, "14"],
    [FIELD.age, "101"],
    [FIELD.age, "tiga puluh"],
    [FIELD.sex, "lainnya"],
    [FIELD.education, "s4"],
    [FIELD.occupation, "presiden"],
    [FIELD.suggestion, "x".repeat(1001)],
  ])("with %s = %j explains the field and stores nothing", async (field, value) => {
    const before = await countRows(db());

    const result = await submit(filledForm({ surveyId, serviceId, overrides: { [field]: value } }));

    expect(result.kind).toBe("invalid");
    if (result.kind === "invalid") expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect(await countRows(db())).toEqual(before);
  });

  it("with a forged client id or survey asks to reload and stores nothing", async () => {
    const before = await countRows(db());
    const forged = [
      filledForm({ surveyId, serviceId, overrides: { [FIELD.clientId]: "1' or '1'='1" } }),
      filledForm({ surveyId, serviceId, overrides: { [FIELD.surveyId]: "abc" } }),
      filledForm({ surveyId: 99_999, serviceId }),
    ];

    for (const form of forged) expect((await submit(form)).kind).toBe("invalid");
    expect(await countRows(db())).toEqual(before);
  });

  it("with a survey id too large for the database asks to reload and stores nothing", async () => {
    const before = await countRows(db());
    const form = filledForm({ surveyId, serviceId, overrides: { [FIELD.surveyId]: "2147483648" } });

    expect(await submit(form)).toMatchObject({ kind: "invalid", message: RELOAD_MESSAGE });
    expect(await countRows(db())).toEqual(before);
  });

  it("for a unit that does not exist stores nothing", async () => {
    const result = await submitSurveyResponse({
      unitSlug: "tidak-ada",
      fields: filledForm({ surveyId, serviceId }),
    });
    expect(result).toEqual({ kind: "unknown-unit" });
  });
});

describe("a survey that is not open", () => {
  it("refuses answers once the survey is closed, and takes them again when reopened", async () => {
    const before = await countRows(db());
    await db().update(surveys).set({ status: "closed" }).where(eq(surveys.id, surveyId));

    const result = await submit(filledForm({ surveyId, serviceId }));

    await db().update(surveys).set({ status: "open" }).where(eq(surveys.id, surveyId));
    expect(result).toEqual({ kind: "closed" });
    expect(await countRows(db())).toEqual(before);
    expect((await submit(filledForm({ surveyId, serviceId }))).kind).toBe("stored");
  });

  it("answers a form stored before the period closed as stored, not as refused", async () => {
    const form = filledForm({ surveyId, serviceId });
    expect((await submit(form)).kind).toBe("stored");
    const before = await countRows(db());
    await db().update(surveys).set({ status: "closed" }).where(eq(surveys.id, surveyId));

    const resent = await submit(form);

    await db().update(surveys).set({ status: "open" }).where(eq(surveys.id, surveyId));
    expect(resent).toEqual({ kind: "duplicate" });
    expect(await countRows(db())).toEqual(before);
  });

  it("refuses answers after the period's last day in WITA", async () => {
    const [survey] = await db().select().from(surveys).where(eq(surveys.id, surveyId));
    const dayAfterEnd = new Date(`${survey!.endDate}T16:00:00Z`);

    const result = await submitSurveyResponse({
      unitSlug: "samsat-mataram",
      fields: filledForm({ surveyId, serviceId }),
      now: dayAfterEnd,
    });

    expect(result.kind).toBe("closed");
  });
});

describe("what is stored", () => {
  it("drops control characters such as NUL from the suggestion and keeps line breaks", async () => {
    const form = filledForm({
      surveyId,
      serviceId,
      overrides: { [FIELD.suggestion]: "halo\u0000 dunia\r\nbaris\u0007 dua\tok" },
    });

    expect((await submit(form)).kind).toBe("stored");
    const [stored] = await db()
      .select({ suggestion: respondents.suggestion })
      .from(respondents)
      .where(eq(respondents.clientId, form[FIELD.clientId]!));
    expect(stored!.suggestion).toBe("halo dunia\nbaris dua\tok");
  });

  it("drops bidi controls and zero-width characters from the suggestion, keeping emoji", async () => {
    const form = filledForm({
      surveyId,
      serviceId,
      overrides: {
        [FIELD.suggestion]: "\uFEFFPetugas \u202Etidak\u202C ramah\u200B 👨‍👩‍👧\r\nTerima kasih 👍",
      },
    });

    expect((await submit(form)).kind).toBe("stored");
    expect(await storedSuggestion(form)).toBe("Petugas tidak ramah 👨‍👩‍👧\nTerima kasih 👍");
  });

  it("takes a suggestion of 1.000 emoji, counted as the counter counts them", async () => {
    const fits = filledForm({
      surveyId,
      serviceId,
      overrides: { [FIELD.suggestion]: "👍".repeat(1000) },
    });
    const tooLong = filledForm({
      surveyId,
      serviceId,
      overrides: { [FIELD.suggestion]: "👍".repeat(1001) },
    });

    expect((await submit(fits)).kind).toBe("stored");
    expect(await submit(tooLong)).toMatchObject({
      kind: "invalid",
      fieldErrors: { [FIELD.suggestion]: expect.stringMatching(/Saran Anda 1\.001 karakter/) },
    });
  });

  it("never holds an answer outside 1–4, whatever the form said", async () => {
    const rows = await db().select({ score: answers.score }).from(answers);
    expect(rows.every(({ score }) => score >= 1 && score <= 4)).toBe(true);
  });
});

describe("the action called by hand", () => {
  it.each([
    ["no form at all", "samsat-mataram", undefined],
    ["a plain object instead of a form", "samsat-mataram", { "nilai-waktu": "4" }],
    ["a unit that is not text", 42, new FormData()],
  ])("answers %s with the form's message and stores nothing", async (_what, unit, form) => {
    const before = await countRows(db());

    const state = await submitSurvey(unit, IDLE, form);

    expect(state).toMatchObject({ status: "error", message: RELOAD_MESSAGE });
    expect(await countRows(db())).toEqual(before);
  });
});

describe("a form that sends a field twice", () => {
  it("is refused by the action, naming the question, and stores nothing", async () => {
    const before = await countRows(db());
    const formData = new FormData();
    for (const [name, value] of Object.entries(filledForm({ surveyId, serviceId }))) {
      formData.append(name, value);
    }
    formData.append(elementField("waktu"), "4");

    const state = await submitSurvey("samsat-mataram", IDLE, formData);

    expect(state).toMatchObject({
      status: "error",
      message: expect.stringMatching(/lebih dari satu jawaban .* belum tersimpan/),
      fieldErrors: {
        [elementField("waktu")]: "Pilih satu penilaian saja tentang waktu penyelesaian",
      },
    });
    expect(await countRows(db())).toEqual(before);
  });

  it.each([
    FIELD.service,
    FIELD.sex,
    FIELD.age,
    FIELD.education,
    FIELD.occupation,
    FIELD.suggestion,
  ])("refuses %s sent twice and stores nothing", async (field) => {
    const before = await countRows(db());

    const result = await submitSurveyResponse({
      unitSlug: "samsat-mataram",
      fields: filledForm({ surveyId, serviceId }),
      repeated: [field],
    });

    expect(result).toMatchObject({ kind: "invalid" });
    if (result.kind === "invalid") expect(Object.keys(result.fieldErrors)).toEqual([field]);
    expect(await countRows(db())).toEqual(before);
  });

  it("asks to reload when the form's own id or period is sent twice", async () => {
    const result = await submitSurveyResponse({
      unitSlug: "samsat-mataram",
      fields: filledForm({ surveyId, serviceId }),
      repeated: [FIELD.clientId],
    });

    expect(result).toEqual({ kind: "invalid", message: RELOAD_MESSAGE, fieldErrors: {} });
  });
});

async function storedSuggestion(form: Record<string, string>): Promise<string | null> {
  const [stored] = await db()
    .select({ suggestion: respondents.suggestion })
    .from(respondents)
    .where(eq(respondents.clientId, form[FIELD.clientId]!));
  return stored!.suggestion;
}

function omit(fields: Record<string, string>, key: string): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).filter(([name]) => name !== key));
}

describe("the database itself", () => {
  it("refuses a respondent whose service belongs to another unit", async () => {
    const mataram = await findUnit(db(), "samsat-mataram");
    const insert = db().insert(respondents).values({
      surveyId,
      unitId: mataram.unit.id,
      serviceId: otherUnitServiceId,
      channel: "web",
      clientId: randomUUID(),
    });

    await expect(insert).rejects.toThrow();
  });
});
