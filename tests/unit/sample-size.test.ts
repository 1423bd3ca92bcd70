import { readFileSync } from "node:fs";
import path from "node:path";

import { describe, expect, it } from "vitest";

import { minimumSample } from "../../lib/ikm/index";

const csvPath = path.join(import.meta.dirname, "data", "sample-size-krejcie-morgan.csv");

function readTable(): Array<{ population: number; sample: number }> {
  const [header, ...rows] = readFileSync(csvPath, "utf8").trim().split(/\r?\n/);
  expect(header).toBe("population,minimum_sample");
  return rows.map((row) => {
    const [population, sample] = row.split(",").map(Number);
    return { population: population ?? Number.NaN, sample: sample ?? Number.NaN };
  });
}

const table = readTable();

describe("minimumSample against the Krejcie–Morgan table", () => {
  it("has the full table to check", () => {
    expect(table.length).toBeGreaterThan(80);
  });

  it.each(table)("asks $sample respondents of a population of $population", (row) => {
    expect(minimumSample(row.population)).toBe(row.sample);
  });
});

describe("minimumSample on the figures quoted in DOMAIN.md", () => {
  it.each([
    [100, 80],
    [1000, 278],
    [10000, 370],
    [1000000, 384],
  ])("requires, for a population of %i, a sample of %i", (population, sample) => {
    expect(minimumSample(population)).toBe(sample);
  });
});

describe("minimumSample limits", () => {
  it.each([1, 2, 3, 5, 10])("never asks more than the whole population of %i", (population) => {
    expect(minimumSample(population)).toBeLessThanOrEqual(population);
  });

  it("stays at 384 or below for a very large population", () => {
    expect(minimumSample(Number.MAX_SAFE_INTEGER)).toBe(384);
  });

  it.each([0, -5, 2.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 60])(
    "throws a RangeError for a population of %s",
    (population) => {
      expect(() => minimumSample(population)).toThrow(RangeError);
    },
  );
});
