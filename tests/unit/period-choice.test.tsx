// @vitest-environment happy-dom

import type { ReactElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";

import { PeriodForm } from "@/components/results/period-form";
import { RankingFilter } from "@/components/results/ranking-filter";
import type { Survey } from "@/db/schema";

function render(element: ReactElement): Document {
  return new DOMParser().parseFromString(renderToStaticMarkup(element), "text/html");
}

function survey(slug: string, name: string, status: Survey["status"]): Survey {
  return {
    id: slug.length,
    slug,
    name,
    kind: "triwulan",
    startDate: "2026-10-01",
    endDate: "2026-12-31",
    questionnaireId: 1,
    status,
    publishedAt: status === "published" ? new Date("2026-10-10T02:00:00Z") : null,
  };
}

const OPEN = survey("2026-triwulan-4", "Triwulan IV 2026", "open");
const PUBLISHED = survey("2026-triwulan-2", "Triwulan II 2026", "published");
const AGENCIES = [
  { id: 1, slug: "bapenda", name: "Badan Pendapatan Daerah", shortName: "Bapenda" },
];

describe("the period choice", () => {
  it("lists every public period, newest first, the open one marked provisional", () => {
    const form = render(
      <RankingFilter
        agencies={AGENCIES}
        periods={[OPEN, PUBLISHED]}
        periodSlug={PUBLISHED.slug}
        params={{ opd: "bapenda", sort: "nama", direction: "asc" }}
      />,
    ).querySelector("form")!;
    const options = [...form.querySelectorAll<HTMLOptionElement>("select#periode option")];

    expect(form.getAttribute("method")).toBe("get");
    expect(form.querySelector("label[for=periode]")?.textContent).toBe("Periode survei");
    expect(options.map((option) => option.textContent)).toEqual([
      "Triwulan IV 2026 (hasil sementara)",
      "Triwulan II 2026",
    ]);
    expect(options.find((option) => option.selected)?.value).toBe(PUBLISHED.slug);
    expect(form.querySelector<HTMLInputElement>("input[name=urut]")?.value).toBe("nama");
  });

  it("is left out while only one period is public, the shown period kept", () => {
    const form = render(
      <RankingFilter
        agencies={AGENCIES}
        periods={[OPEN]}
        periodSlug={OPEN.slug}
        params={{ sort: "ikm", direction: "desc" }}
      />,
    ).querySelector("form")!;

    expect(form.querySelector("select#periode")).toBeNull();
    expect(form.querySelector<HTMLInputElement>("input[name=periode]")?.value).toBe(OPEN.slug);
  });

  it("on a unit's page goes to the same unit for the chosen period", () => {
    const action = "/unit/samsat-mataram";
    const several = render(<PeriodForm action={action} periods={[OPEN, PUBLISHED]} />);

    expect(several.querySelector("form")?.getAttribute("action")).toBe(action);
    expect(render(<PeriodForm action={action} periods={[OPEN]} />).body.innerHTML).toBe("");
  });
});
