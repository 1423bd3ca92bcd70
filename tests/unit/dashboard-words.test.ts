import { describe, expect, it } from "vitest";

import { foldSentence } from "@/components/dashboard/profile-words";
import { describeTrend } from "@/components/dashboard/trend-words";
import type { TrendPoint } from "@/lib/dashboard/trend";

function point(name: string, ikm: number | null): TrendPoint {
  return {
    surveyId: name.length,
    slug: name.toLowerCase().replaceAll(" ", "-"),
    name,
    ikm,
    grade: ikm === null ? null : "B",
    performance: ikm === null ? null : "Baik",
  };
}

describe("the trend section's words", () => {
  it("say one thing when no period has answers yet", () => {
    const words = describeTrend("Provinsi NTB", [point("Triwulan I 2026", null)]);
    expect(words).toEqual({
      kind: "empty",
      sentence:
        "Belum ada penilaian untuk Provinsi NTB pada periode mana pun, jadi perkembangannya belum bisa ditampilkan.",
    });
  });

  it("say so when the only rated period is the one shown", () => {
    const words = describeTrend("Samsat Mataram", [
      point("Triwulan I 2026", null),
      point("Triwulan II 2026", 81.25),
    ]);
    expect(words).toMatchObject({
      kind: "figure",
      finding: "IKM Samsat Mataram pada Triwulan II 2026: 81,25",
      summary: "Baru periode ini yang sudah dinilai; periode sebelumnya belum punya penilaian.",
    });
  });

  it("name the only rated period when it is an earlier one", () => {
    const words = describeTrend("Samsat Mataram", [
      point("Triwulan I 2026", 80),
      point("Triwulan II 2026", null),
    ]);
    expect(words).toMatchObject({
      finding: "Belum ada penilaian untuk Samsat Mataram pada Triwulan II 2026",
      summary: "Baru satu periode yang sudah dinilai: Triwulan I 2026 (80,00).",
      scored: 1,
    });
  });

  it("give the change and the lowest and highest periods once there are two", () => {
    const words = describeTrend("Bapenda NTB", [
      point("Triwulan I 2026", 77.01),
      point("Triwulan II 2026", 81.48),
    ]);
    expect(words).toMatchObject({
      finding: "IKM Bapenda NTB naik ke 81,48 pada Triwulan II 2026",
      summary:
        "Dari 2 periode yang sudah dinilai, terendah 77,01 (Triwulan I 2026) dan tertinggi 81,48 (Triwulan II 2026).",
    });
  });
});

describe("the sentence under a profile chart", () => {
  it("is left out when nothing was folded", () => {
    expect(foldSentence(null)).toBeNull();
  });

  it("says the fold may hold a larger group, so that its size is no surprise", () => {
    expect(foldSentence({ count: 12, tookInLarger: true })).toBe(
      "“Gabungan kelompok kecil” (12 orang) menjumlahkan kelompok yang masing-masing kurang dari 5 orang beserta kelompok terkecil berikutnya, agar gabungan itu sendiri tidak kurang dari 5 orang.",
    );
  });

  it("says what the fold holds without naming any small group", () => {
    const sentence = foldSentence({ count: 6, tookInLarger: false })!;
    expect(sentence).toContain("(6 orang)");
    expect(sentence).toContain("kurang dari 5 orang");
  });
});
