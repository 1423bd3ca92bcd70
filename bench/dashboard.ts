// npm run bench (second part): how long the province dashboard's data takes to load with
// 200,000 respondents in the open period, through the same loadDashboard the pages call.

import fs from "node:fs";
import path from "node:path";

import {
  benchDatabase,
  createDatabase,
  dropDatabase,
  prepareBenchDatabase,
  requireServerUrl,
} from "./database";

const ROUNDS = 20;
const here = import.meta.dirname;
const adminUrl = requireServerUrl();
const database = benchDatabase(adminUrl);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function timeLoads(load: () => Promise<unknown>): Promise<Record<string, number>> {
  const first = performance.now();
  await load();
  const cold = performance.now() - first;
  const times: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    const start = performance.now();
    await load();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const round = (ms: number) => Math.round(ms * 10) / 10;
  return { firstMs: round(cold), p50Ms: round(percentile(times, 50)), maxMs: round(times.at(-1)!) };
}

await createDatabase(database);
try {
  await prepareBenchDatabase(database.url);
  const { connect } = await import("../db/client");
  const { overrideDatabase } = await import("../db/index");
  const { loadDashboard } = await import("../lib/dashboard/queries");
  const { parseDashboardFilters } = await import("../lib/dashboard/filters");

  const connection = await connect({ databaseUrl: database.url });
  overrideDatabase(connection.db);
  console.log("Filling 200,000 respondents (and 3 × 60,000 in earlier quarters)…");
  const fillStart = performance.now();
  await connection.db.execute(fs.readFileSync(path.join(here, "dashboard-fill.sql"), "utf8"));
  const fillSeconds = Math.round((performance.now() - fillStart) / 100) / 10;

  const official = {
    id: 0,
    email: "bench@simaskot.test",
    name: "bench",
    role: "pimpinan" as const,
    scope: { level: "province" as const },
  };
  const { witaDate } = await import("../lib/periods/wita");
  const none = parseDashboardFilters({}).filters;
  // The fill spreads answers over the 60 days before today: take the last 30 of them.
  const monthAgo = witaDate(new Date(Date.now() - 29 * 24 * 3600 * 1000));
  const dated = parseDashboardFilters({ dari: monthAgo, sampai: witaDate(new Date()) }).filters;
  const services = await connection.db.execute(
    "select s.id from services s join units u on u.id = s.unit_id " +
      "where u.slug = 'samsat-mataram' order by s.position limit 1",
  );
  const serviceId = (services as unknown as { rows: Array<{ id: number }> }).rows[0]!.id;
  const oneService = parseDashboardFilters({ layanan: String(serviceId) }).filters;
  const figures = {
    province: await timeLoads(() =>
      loadDashboard({ official, target: { level: "province" }, filters: none }),
    ),
    agency: await timeLoads(() =>
      loadDashboard({ official, target: { level: "agency", slug: "bapenda" }, filters: none }),
    ),
    unit: await timeLoads(() =>
      loadDashboard({ official, target: { level: "unit", slug: "samsat-mataram" }, filters: none }),
    ),
    provinceWithDateRange: await timeLoads(() =>
      loadDashboard({ official, target: { level: "province" }, filters: dated }),
    ),
    agencyWithDateRange: await timeLoads(() =>
      loadDashboard({ official, target: { level: "agency", slug: "bapenda" }, filters: dated }),
    ),
    unitService: await timeLoads(() =>
      loadDashboard({
        official,
        target: { level: "unit", slug: "samsat-mataram" },
        filters: oneService,
      }),
    ),
  };
  const dashboard = await loadDashboard({ official, target: { level: "province" }, filters: none });
  const respondents = dashboard?.period?.respondents ?? 0;
  if (respondents !== 200_000) throw new Error(`Expected 200000 respondents, saw ${respondents}`);
  const ranged = await loadDashboard({ official, target: { level: "province" }, filters: dated });
  if (!ranged?.period?.result) throw new Error("The province's date range shows no figures");
  await connection.close();

  console.table(figures);
  const results = {
    date: new Date().toISOString(),
    respondents,
    fillSeconds,
    rounds: ROUNDS,
    figures,
  };
  fs.writeFileSync(
    path.join(here, "dashboard-results.json"),
    `${JSON.stringify(results, null, 2)}\n`,
  );
  console.log(`Province dashboard data: p50 ${figures.province.p50Ms} ms over ${ROUNDS} loads.`);
} finally {
  await dropDatabase(database);
}
