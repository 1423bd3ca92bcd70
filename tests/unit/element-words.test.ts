import { describe, expect, it } from "vitest";

import { strongestSentence, weakestFinding } from "@/components/results/element-words";

const element = (name: string, converted: number, weakest = false) => ({
  name,
  converted,
  weakest,
});

describe("the words under a unit's element chart", () => {
  it("name one strongest and one weakest element, each in quotation marks", () => {
    const elements = [
      element("Persyaratan", 94.44),
      element("Biaya/Tarif", 70, true),
      element("Waktu Penyelesaian", 80),
    ];

    expect(strongestSentence(elements)).toBe("Nilai tertinggi: “Persyaratan” (94,44).");
    expect(weakestFinding(elements)).toBe("Unsur terlemah: “Biaya/Tarif” (70,00)");
  });

  it("keep tied names apart although the names hold commas and 'dan' themselves", () => {
    const elements = [
      element("Sistem, Mekanisme, dan Prosedur", 94.44),
      element("Perilaku Pelaksana", 94.44),
      element("Sarana dan Prasarana", 75, true),
      element("Penanganan Pengaduan, Saran dan Masukan", 75, true),
      element("Persyaratan", 80),
    ];

    expect(strongestSentence(elements)).toBe(
      "Nilai tertinggi: “Sistem, Mekanisme, dan Prosedur” dan “Perilaku Pelaksana”, " +
        "masing-masing 94,44.",
    );
    expect(weakestFinding(elements)).toBe(
      "Unsur terlemah: “Sarana dan Prasarana” dan “Penanganan Pengaduan, Saran dan Masukan”, " +
        "masing-masing 75,00",
    );
  });

  it("list three tied names with commas between the quoted names", () => {
    const elements = [element("A", 90), element("B", 90), element("C", 90), element("D", 70, true)];

    expect(strongestSentence(elements)).toBe(
      "Nilai tertinggi: “A”, “B”, dan “C”, masing-masing 90,00.",
    );
  });

  it("say so when every element has the same value", () => {
    const elements = [element("A", 80, true), element("B", 80, true)];

    expect(weakestFinding(elements)).toBe("Semua unsur bernilai sama: 80,00");
  });
});
