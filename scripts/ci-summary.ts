// Prints the one line that ends a CI run, "N passed, N failed", from the JSON reports of Vitest
// and Playwright. A report that is missing or unreadable counts as one failed test: a suite that
// could not run must never look like a green one. Exits 1 when anything failed.
import fs from "node:fs";

type Tally = { passed: number; failed: number };

type VitestReport = {
  numPassedTests: number;
  numFailedTests: number;
  testResults: Array<{ status: string; assertionResults: Array<{ status: string }> }>;
};

type PlaywrightReport = {
  stats: { expected: number; unexpected: number; flaky: number };
  errors?: unknown[];
};

function readJson<T>(file: string | undefined, label: string): T | null {
  if (!file || !fs.existsSync(file)) {
    console.error(`${label}: no report at ${file ?? "(not given)"}; counted as one failure.`);
    return null;
  }
  try {
    return JSON.parse(fs.readFileSync(file, "utf8")) as T;
  } catch (error) {
    console.error(
      `${label}: unreadable report ${file} (${String(error)}); counted as one failure.`,
    );
    return null;
  }
}

function vitestTally(file: string | undefined): Tally {
  const report = readJson<VitestReport>(file, "Vitest");
  if (!report) return { passed: 0, failed: 1 };

  // A test file that fails to load has no failed test of its own: count the file.
  const brokenFiles = report.testResults.filter(
    (result) =>
      result.status === "failed" &&
      !result.assertionResults.some((assertion) => assertion.status === "failed"),
  ).length;
  return { passed: report.numPassedTests, failed: report.numFailedTests + brokenFiles };
}

function playwrightTally(file: string | undefined): Tally {
  const report = readJson<PlaywrightReport>(file, "Playwright");
  if (!report) return { passed: 0, failed: 1 };

  const { expected, unexpected, flaky } = report.stats;
  // Errors outside any test (the web server did not start, a global setup threw).
  const runErrors = report.errors?.length ?? 0;
  return { passed: expected, failed: unexpected + flaky + runErrors };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

const tallies = [vitestTally(argument("vitest")), playwrightTally(argument("playwright"))];
const passed = tallies.reduce((sum, tally) => sum + tally.passed, 0);
const failed = tallies.reduce((sum, tally) => sum + tally.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
