// The side-by-side table and bench/results.json.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { round, type PhaseResult } from "./stats";

const root = path.resolve(import.meta.dirname, "..");

export type Machine = {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  platform: string;
  node: string;
  next: string;
  postgres: string;
  /** 1-, 5- and 15-minute load averages when the run began: other work skews the figures. */
  loadAverage: number[];
};

export type Figures = {
  action: { saturation: PhaseResult; steady: PhaseResult; steadyBursts?: PhaseResult };
  floorA: PhaseResult;
  floorB: PhaseResult;
};

export function machineFacts(postgres: string): Machine {
  const cpus = os.cpus();
  const nextPackage = JSON.parse(
    fs.readFileSync(path.join(root, "node_modules/next/package.json"), "utf8"),
  ) as { version: string };
  return {
    cpus: cpus.length,
    cpuModel: cpus[0]?.model ?? "unknown",
    memoryGiB: round(os.totalmem() / 2 ** 30),
    platform: `${os.platform()} ${os.release()}`,
    node: process.version,
    next: nextPackage.version,
    postgres,
    loadAverage: os.loadavg().map((load) => round(load, 2)),
  };
}

export function gitState(): { commit: string; dirty: boolean } {
  try {
    const commit = execFileSync("git", ["rev-parse", "HEAD"], { cwd: root, encoding: "utf8" });
    const status = execFileSync("git", ["status", "--porcelain"], { cwd: root, encoding: "utf8" });
    return { commit: commit.trim(), dirty: status.trim() !== "" };
  } catch {
    return { commit: "unknown", dirty: true };
  }
}

export function ratios(figures: Figures) {
  const { action, floorA, floorB } = figures;
  const ratio = (a: number, b: number) => round(a / b, 2);
  return {
    throughputVsFloorA: ratio(action.saturation.throughput, floorA.throughput),
    throughputVsFloorB: ratio(action.saturation.throughput, floorB.throughput),
    p50VsFloorA: ratio(action.saturation.latencyMs.p50, floorA.latencyMs.p50),
    p50VsFloorB: ratio(action.saturation.latencyMs.p50, floorB.latencyMs.p50),
    p99VsFloorA: ratio(action.saturation.latencyMs.p99, floorA.latencyMs.p99),
    p99VsFloorB: ratio(action.saturation.latencyMs.p99, floorB.latencyMs.p99),
  };
}

export function printTable(figures: Figures): void {
  const { action, floorA, floorB } = figures;
  const r = ratios(figures);
  const concurrency = action.saturation.concurrency;
  const rate = action.steady.targetRate ?? 0;
  const rows: string[][] = [
    ["", "survey action", "floor A: no-op action", "floor B: pg only", "action/A", "action/B"],
    [
      `submissions/s at saturation (${concurrency} conc.)`,
      fixed(action.saturation.throughput),
      fixed(floorA.throughput),
      fixed(floorB.throughput),
      `${r.throughputVsFloorA}×`,
      `${r.throughputVsFloorB}×`,
    ],
    [
      "p50 ms at saturation",
      fixed(action.saturation.latencyMs.p50),
      fixed(floorA.latencyMs.p50),
      fixed(floorB.latencyMs.p50),
      `${r.p50VsFloorA}×`,
      `${r.p50VsFloorB}×`,
    ],
    [
      "p99 ms at saturation",
      fixed(action.saturation.latencyMs.p99),
      fixed(floorA.latencyMs.p99),
      fixed(floorB.latencyMs.p99),
      `${r.p99VsFloorA}×`,
      `${r.p99VsFloorB}×`,
    ],
    [
      "CPU ms per request (server; B: pg client)",
      fixed(action.saturation.cpu?.serverMsPerRequest),
      fixed(floorA.cpu?.serverMsPerRequest),
      fixed(
        floorB.cpu ? (floorB.cpu.loadGenerator * floorB.seconds * 1000) / floorB.requests : NaN,
      ),
      "",
      "",
    ],
    [`p50 ms at ${rate}/s, evenly paced`, fixed(action.steady.latencyMs.p50), "–", "–", "", ""],
    [`p99 ms at ${rate}/s, evenly paced`, fixed(action.steady.latencyMs.p99), "–", "–", "", ""],
  ];
  if (action.steadyBursts) {
    rows.push(
      [
        `p50 ms at ${rate}/s, autocannon bursts`,
        fixed(action.steadyBursts.latencyMs.p50),
        "–",
        "–",
        "",
        "",
      ],
      [
        `p99 ms at ${rate}/s, autocannon bursts`,
        fixed(action.steadyBursts.latencyMs.p99),
        "–",
        "–",
        "",
        "",
      ],
    );
  }
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    row
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!),
      )
      .join("  ");
  console.log("");
  console.log(line(rows[0]!));
  console.log(widths.map((width) => "─".repeat(width)).join("  "));
  for (const row of rows.slice(1)) console.log(line(row));
  console.log("");
}

export function printPhase(phase: PhaseResult): void {
  const statuses = Object.entries(phase.statuses)
    .map(([status, count]) => `${status}×${count}`)
    .join(" ");
  console.log(
    `  ${phase.name}: ${phase.successes}/${phase.requests} ok in ${phase.seconds} s → ` +
      `${phase.throughput}/s, p50 ${phase.latencyMs.p50} ms, p99 ${phase.latencyMs.p99} ms ` +
      `[${statuses}]`,
  );
  if (phase.targetRate && phase.throughput < 0.95 * phase.targetRate) {
    console.log(
      `    WARNING: ${phase.throughput}/s achieved, not ${phase.targetRate}/s: ` +
        "these latencies are those of an overloaded server",
    );
  }
  if (phase.firstRequestMs && phase.firstRequestMs.samples > 0) {
    const first = phase.firstRequestMs;
    console.log(
      `    first request of each of the ${first.samples} connections (left out above): ` +
        `p50 ${first.p50} ms, max ${first.max} ms`,
    );
  }
  for (const sample of phase.failureSamples) console.log(`    failure: ${sample}`);
  if (phase.cpu) {
    const cpu = phase.cpu;
    console.log(
      `    cores busy: server ${cpu.server}, load generator ${cpu.loadGenerator}, ` +
        `postgres ${cpu.postgres}, other work ${cpu.otherWork}` +
        (cpu.serverMsPerRequest ? ` (server ${cpu.serverMsPerRequest} ms CPU per request)` : ""),
    );
  }
  if (phase.rows) {
    const rows = phase.rows;
    console.log(
      `    rows: +${rows.respondents} respondents, +${rows.answers} answers, ` +
        `tallies +${rows.tallyCount} counted / +${rows.tallySum} summed ` +
        `(answers sum +${rows.answerScoreSum}); expected ${rows.expectedRespondents} respondents → ` +
        (rows.ok ? "OK" : `MISMATCH: ${rows.problems.join("; ")}`),
    );
  }
}

export function writeResults(file: string, content: unknown): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify(content, null, 2)}\n`);
}

function fixed(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? value.toFixed(1) : "–";
}
