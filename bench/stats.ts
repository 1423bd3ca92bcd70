// Latency summaries and the shape of one measured phase.

import type { CpuUse } from "./cpu";

export type LatencySummary = {
  samples: number;
  p50: number;
  p99: number;
  mean: number;
  max: number;
};

/** How a phase's rows compare with its successful requests (see database.ts). */
export type RowCheck = {
  expectedRespondents: number;
  respondents: number;
  answers: number;
  tallyCount: number;
  tallySum: number;
  dayTallyCount: number;
  dayTallySum: number;
  dayRespondents: number;
  answerScoreSum: number;
  respondentsWithoutNineAnswers: number;
  ok: boolean;
  problems: string[];
};

export type PhaseResult = {
  name: string;
  /** "saturation": as fast as the connections go; "steady": at a fixed rate. */
  mode: "saturation" | "steady";
  /** How requests were sent (autocannon, a paced sender, pg loops). */
  driver: string;
  concurrency: number;
  targetRate?: number;
  requests: number;
  successes: number;
  failures: number;
  /** Answers by status code ("303", "200", "error", …). */
  statuses: Record<string, number>;
  /** The first few unexpected answers, to tell what went wrong. */
  failureSamples: string[];
  seconds: number;
  /** Successful requests per second over the phase. */
  throughput: number;
  /** Answers per second after the first third of the phase (sizes the phase after a warm-up). */
  warmThroughput?: number;
  /** Latencies of the requests, without each new connection's first one (see firstRequestMs). */
  latencyMs: LatencySummary;
  /**
   * Each connection's first request. The connections all open at once when a phase starts, and
   * under saturation Node serves the newcomers last (a plain node:http server does the same):
   * up to seconds that belong to the benchmark's start, not to the steady state measured.
   */
  firstRequestMs?: LatencySummary;
  /** Cores busy on average during the phase, by whom (see cpu.ts). */
  cpu?: CpuUse;
  rows?: RowCheck;
};

/** Nearest-rank percentiles of latencies in milliseconds. */
export function summarize(latencies: readonly number[]): LatencySummary {
  if (latencies.length === 0) return { samples: 0, p50: NaN, p99: NaN, mean: NaN, max: NaN };
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (share: number) =>
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(share * sorted.length) - 1))]!;
  const total = sorted.reduce((sum, value) => sum + value, 0);
  return {
    samples: sorted.length,
    p50: round(at(0.5)),
    p99: round(at(0.99)),
    mean: round(total / sorted.length),
    max: round(sorted[sorted.length - 1]!),
  };
}

export function round(value: number, digits = 1): number {
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

/** Tallies the outcome of requests: statuses, failures and a few samples of them. */
export class Outcomes {
  readonly latencies: number[] = [];
  readonly firstLatencies: number[] = [];
  readonly statuses: Record<string, number> = {};
  readonly failureSamples: string[] = [];
  successes = 0;
  failures = 0;

  record(status: string, ok: boolean, detail: () => string): void {
    this.statuses[status] = (this.statuses[status] ?? 0) + 1;
    if (ok) {
      this.successes += 1;
      return;
    }
    this.failures += 1;
    if (this.failureSamples.length < 5) this.failureSamples.push(detail());
  }
}
