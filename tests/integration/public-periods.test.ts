import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { surveys, type Survey } from "@/db/schema";
import { previousQuarter, quarterPeriod } from "@/lib/periods/quarter";
import { rankingPageExists, unitPeriodExists } from "@/lib/results/page-targets";
import { chooseSurvey, listPublicSurveys } from "@/lib/results/public-periods";

import { useTestDatabase } from "./test-database";

const { db } = useTestDatabase();

// The seed opens the current quarter; before it come a published quarter, a closed one awaiting
// publication and a draft; after it a quarter opened ahead of time.
let current: Survey;
const slugs = { published: "", closed: "", draft: "", early: "" };

async function addSurvey(
  period: ReturnType<typeof quarterPeriod>,
  status: Survey["status"],
): Promise<string> {
  await db()
    .insert(surveys)
    .values({
      ...period,
      questionnaireId: current.questionnaireId,
      status,
      publishedAt: status === "published" ? new Date() : null,
    });
  return period.slug;
}

beforeAll(async () => {
  const [open] = await db().select().from(surveys).where(eq(surveys.status, "open"));
  current = open!;
  const now = quarterPeriod(new Date(`${current.startDate}T12:00:00+08:00`));
  const last = previousQuarter(now);
  const lastButOne = previousQuarter(last);
  slugs.published = await addSurvey(lastButOne, "published");
  slugs.closed = await addSurvey(last, "closed");
  slugs.draft = await addSurvey(previousQuarter(lastButOne), "draft");
  const dayAfter = new Date(Date.parse(`${current.endDate}T12:00:00+08:00`) + 864e5);
  slugs.early = await addSurvey(quarterPeriod(dayAfter), "open");
});

describe("the periods the public sees", () => {
  it("are the published ones and the open survey that has started, newest first", async () => {
    const periods = await listPublicSurveys();

    expect(periods.map((survey) => survey.slug)).toEqual([current.slug, slugs.published]);
  });

  it("default to the survey open today, offering the published periods too", async () => {
    const choice = await chooseSurvey({});

    expect(choice).toMatchObject({ kind: "shown", survey: { slug: current.slug } });
    expect(choice.kind === "shown" && choice.periods).toHaveLength(2);
  });

  it("show a published period named in the address", async () => {
    expect(await chooseSurvey({ slug: slugs.published })).toMatchObject({
      kind: "shown",
      survey: { slug: slugs.published, status: "published" },
    });
  });

  it("say that a closed period's results are not announced yet, without showing them", async () => {
    const choice = await chooseSurvey({ slug: slugs.closed });

    expect(choice).toMatchObject({ kind: "unpublished", survey: { slug: slugs.closed } });
    expect(choice.kind === "unpublished" && choice.periods.map((s) => s.slug)).not.toContain(
      slugs.closed,
    );
  });

  it("treat a draft, a survey not started, an unknown or an unreadable period as unknown", async () => {
    for (const slug of [slugs.draft, slugs.early, "2000-triwulan-1", "'", "<b>"]) {
      expect(await chooseSurvey({ slug }), slug).toEqual({ kind: "unknown" });
    }
  });

  it("fall back to the newest published period while no survey is open", async () => {
    await db().update(surveys).set({ status: "closed" }).where(eq(surveys.id, current.id));
    try {
      expect(await chooseSurvey({})).toMatchObject({
        kind: "shown",
        survey: { slug: slugs.published },
      });
    } finally {
      await db().update(surveys).set({ status: "open" }).where(eq(surveys.id, current.id));
    }
  });
});

describe("public results addresses", () => {
  it("exist for a public or awaiting period and a real agency", async () => {
    expect(await rankingPageExists({})).toBe(true);
    expect(await rankingPageExists({ periode: slugs.closed, opd: "bapenda" })).toBe(true);
    expect(await unitPeriodExists({ periode: slugs.published })).toBe(true);
  });

  it("do not exist for an unknown or unreadable agency or period, answered alike", async () => {
    expect(await rankingPageExists({ opd: "x" })).toBe(false);
    expect(await rankingPageExists({ opd: "'" })).toBe(false);
    expect(await rankingPageExists({ periode: "x" })).toBe(false);
    expect(await unitPeriodExists({ periode: slugs.draft })).toBe(false);
  });
});
