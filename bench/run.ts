// npm run bench: submissions per second through the real survey action of the built portal,
// next to two floors (a no-op action; the same rows written by plain pg), with row counts
// checked after every phase. See bench/README.md.

import path from "node:path";

import { BENCH } from "./config";
import { cpuBetween, sampleCpu } from "./cpu";
import {
  benchDatabase,
  checkRows,
  countRows,
  createDatabase,
  dropDatabase,
  prepareBenchDatabase,
  requireServerUrl,
  serverVersion,
} from "./database";
import { noopPlans, runDatabaseFloor } from "./floors";
import {
  loadSurveyPage,
  submissionFactory,
  type Choices,
  type FormTarget,
  type SurveyPage,
} from "./form";
import { runAutocannon, runPaced } from "./http-load";
import {
  gitState,
  machineFacts,
  printPhase,
  printTable,
  ratios,
  writeResults,
  type Figures,
} from "./report";
import { choosePort, ensureBuild, readBuildId, startServer, type RunningServer } from "./server";
import type { PhaseResult } from "./stats";

const here = import.meta.dirname;
const resultsFile = path.join(here, "results.json");
const failedResultsFile = path.join(here, "out/failed-results.json");
const serverLog = path.join(here, "out/server.log");

class BenchmarkFailure extends Error {}

type Plan = { target: FormTarget; choices: Choices };

const adminUrl = requireServerUrl();
const startedAt = new Date();
const database = benchDatabase(adminUrl, startedAt);
const phases: PhaseResult[] = [];
let server: RunningServer | undefined;
let databaseCreated = false;

async function cleanUp(): Promise<void> {
  if (server) {
    await server.stop();
    server = undefined;
  }
  if (databaseCreated) {
    await dropDatabase(database);
    databaseCreated = false;
    console.log(`Dropped ${database.name}.`);
  }
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    console.error(`\n${signal}: stopping the server and dropping the bench database…`);
    void cleanUp().finally(() => process.exit(130));
  });
}

/** Runs a phase between two row counts and fails the benchmark if the rows disagree. */
async function measured(run: () => Promise<PhaseResult>, stores: boolean): Promise<PhaseResult> {
  const before = await countRows(database.url);
  const cpuBefore = sampleCpu(server?.pid);
  const result = await run();
  result.cpu = cpuBetween(cpuBefore, sampleCpu(server?.pid), result.requests);
  const after = await countRows(database.url);
  result.rows = checkRows(before, after, stores ? result.successes : 0);
  phases.push(result);
  printPhase(result);
  if (!result.rows.ok) {
    throw new BenchmarkFailure(`${result.name}: rows disagree: ${result.rows.problems.join("; ")}`);
  }
  if (result.failures > BENCH.maxFailureRatio * result.requests) {
    throw new BenchmarkFailure(
      `${result.name}: ${result.failures} of ${result.requests} requests failed (non-303)`,
    );
  }
  return result;
}

/**
 * Saturates the server for about `seconds`. autocannon runs a fixed number of requests, so that
 * none is in flight (and maybe stored, uncounted) when the phase ends: the number comes from
 * the rate of the run before.
 */
async function saturationRun(
  name: string,
  origin: string,
  plans: Plan[],
  stores: boolean,
  sizing: { rate: number; seconds: number } | null,
): Promise<PhaseResult> {
  const perConnection = sizing
    ? Math.max(4, Math.round((sizing.rate * sizing.seconds) / BENCH.connections))
    : Math.ceil(BENCH.warmupRequests / BENCH.connections);
  return measured(
    () =>
      runAutocannon({
        name,
        origin,
        nextSubmission: submissionFactory(plans),
        connections: BENCH.connections,
        amount: perConnection * BENCH.connections,
      }),
    stores,
  );
}

function warmRate(phase: PhaseResult): number {
  return phase.warmThroughput !== undefined && Number.isFinite(phase.warmThroughput)
    ? phase.warmThroughput
    : phase.throughput;
}

/** Two warm-ups (cold, then ~3 s to size the phase), then about BENCH.saturationSeconds. */
async function saturate(name: string, origin: string, plans: Plan[], stores: boolean) {
  const cold = await saturationRun(`${name} (warm-up 1)`, origin, plans, stores, null);
  const warm = await saturationRun(`${name} (warm-up 2)`, origin, plans, stores, {
    rate: warmRate(cold),
    seconds: 3,
  });
  return saturationRun(name, origin, plans, stores, {
    rate: warmRate(warm),
    seconds: BENCH.saturationSeconds,
  });
}

async function main(): Promise<void> {
  await ensureBuild();
  const buildId = readBuildId();

  console.log(`Creating ${database.name} on ${new URL(adminUrl).host}…`);
  await createDatabase(database);
  databaseCreated = true;
  await prepareBenchDatabase(database.url);
  const machine = machineFacts(await serverVersion(database.url));
  console.log(
    `${machine.cpus} CPUs, Node ${machine.node}, PostgreSQL ${machine.postgres}; ` +
      `load average ${machine.loadAverage.join(" / ")}` +
      (machine.loadAverage[0]! > machine.cpus / 2
        ? " — the machine is busy: figures will be low"
        : ""),
  );

  const port = await choosePort(BENCH.port, BENCH.firstPort);
  server = await startServer({ port, databaseUrl: database.url, logPath: serverLog });
  const { origin } = server;
  console.log(
    `next start (build ${buildId}) is up at ${origin}, pid ${server.pid}; log: ${serverLog}`,
  );

  const surveyPages: SurveyPage[] = [];
  for (const unit of BENCH.units) surveyPages.push(await loadSurveyPage(origin, unit));
  const floorAPlans = await noopPlans(origin, surveyPages);
  console.log(
    `Read ${surveyPages.length} survey forms (${surveyPages
      .map((page) => page.choices.serviceIds.length)
      .join("+")} services) and the no-op form.\n`,
  );

  console.log("Floor A: a no-op server action of the same app, posted the same way");
  const floorA = await saturate("floor A: no-op action", origin, floorAPlans, false);

  console.log("\nThe survey action (respondent + 9 answers + 9 tally upserts)");
  const saturation = await saturate("survey action", origin, surveyPages, true);
  const steadyAmount = BENCH.steadyRate * BENCH.steadySeconds;
  const steady = await measured(
    () =>
      runPaced({
        name: `survey action at ${BENCH.steadyRate}/s, evenly paced`,
        origin,
        nextSubmission: submissionFactory(surveyPages),
        connections: BENCH.connections,
        amount: steadyAmount,
        overallRate: BENCH.steadyRate,
      }),
    true,
  );
  const steadyBursts = await measured(
    () =>
      runAutocannon({
        name: `survey action at ${BENCH.steadyRate}/s, autocannon overallRate`,
        origin,
        nextSubmission: submissionFactory(surveyPages),
        connections: BENCH.connections,
        amount: steadyAmount,
        overallRate: BENCH.steadyRate,
      }),
    true,
  );

  const buildIdAfter = readBuildId();
  await server.stop();
  server = undefined;
  if (buildIdAfter !== buildId) {
    throw new BenchmarkFailure(
      `.next was rebuilt during the run (${buildId} → ${buildIdAfter}); run again`,
    );
  }

  console.log("\nFloor B: the same rows by plain pg transactions (server stopped)");
  const floorB = await measured(
    () =>
      runDatabaseFloor({
        name: "floor B: pg transactions",
        databaseUrl: database.url,
        unitSlugs: BENCH.units,
        concurrency: BENCH.connections,
        seconds: BENCH.saturationSeconds,
      }),
    true,
  );

  const figures: Figures = { action: { saturation, steady, steadyBursts }, floorA, floorB };
  printTable(figures);
  const measuredPhases = [floorA, saturation, steady, steadyBursts, floorB];
  const otherWork = Math.max(...measuredPhases.map((phase) => phase.cpu?.otherWork ?? 0));
  if (otherWork > 0.25) {
    console.log(
      `Note: other work on the machine kept up to ${otherWork} cores busy during a measured ` +
        "phase (see “cores busy” above); the figures are low by that much. Run again when quiet.",
    );
  }
  const totals = await countRows(database.url);
  console.log(
    `Database totals: ${totals.respondents} respondents, ${totals.answers} answers, ` +
      `tallies count ${totals.tallyCount} (= 9 × ${totals.tallyCount / 9}), ` +
      `${totals.respondentsWithoutNineAnswers} respondents without nine answers.`,
  );

  writeResults(resultsFile, {
    date: startedAt.toISOString(),
    seconds: Math.round((Date.now() - startedAt.getTime()) / 1000),
    git: gitState(),
    buildId,
    machine,
    settings: BENCH,
    summary: {
      action: {
        saturationPerSecond: saturation.throughput,
        serverCpuMsPerRequest: saturation.cpu?.serverMsPerRequest,
        p50Ms: saturation.latencyMs.p50,
        p99Ms: saturation.latencyMs.p99,
        steadyRate: BENCH.steadyRate,
        steadyP50Ms: steady.latencyMs.p50,
        steadyP99Ms: steady.latencyMs.p99,
        autocannonOverallRateP50Ms: steadyBursts.latencyMs.p50,
        autocannonOverallRateP99Ms: steadyBursts.latencyMs.p99,
      },
      floorA: {
        saturationPerSecond: floorA.throughput,
        serverCpuMsPerRequest: floorA.cpu?.serverMsPerRequest,
        p50Ms: floorA.latencyMs.p50,
        p99Ms: floorA.latencyMs.p99,
      },
      floorB: {
        saturationPerSecond: floorB.throughput,
        p50Ms: floorB.latencyMs.p50,
        p99Ms: floorB.latencyMs.p99,
      },
      ratios: ratios(figures),
      /** The most cores that other processes kept busy during a measured phase. */
      otherWorkCoresMax: otherWork,
      totals,
    },
    phases,
  });
  console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}.`);
}

try {
  await main();
  await cleanUp();
} catch (error) {
  console.error("\n" + "!".repeat(72));
  console.error(`BENCHMARK FAILED: ${error instanceof Error ? error.message : String(error)}`);
  if (!(error instanceof BenchmarkFailure) && error instanceof Error) console.error(error.stack);
  console.error("!".repeat(72));
  writeResults(failedResultsFile, {
    date: startedAt.toISOString(),
    failed: error instanceof Error ? error.message : String(error),
    git: gitState(),
    phases,
  });
  console.error(`Phases so far: ${path.relative(process.cwd(), failedResultsFile)}`);
  await cleanUp().catch((cleanupError: unknown) => console.error("Clean-up failed:", cleanupError));
  process.exit(1);
}
