// Sends form posts to the running portal: autocannon at saturation and at a fixed overall rate,
// and a paced sender that spreads a fixed rate evenly over each second.

import http from "node:http";
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";

import autocannon from "autocannon";

import { CONTENT_TYPE, type Submission } from "./form";
import { Outcomes, round, summarize, type PhaseResult } from "./stats";

export type HttpPhase = {
  name: string;
  origin: string;
  nextSubmission: () => Submission;
  connections: number;
  /** Requests in all; every connection stops after its share, so none is left in flight. */
  amount: number;
  /** Requests per second over all connections; absent means as fast as they go. */
  overallRate?: number;
};

/** The thank-you page, with or without the receipt the survey signs into its query. */
function reaches(location: string | undefined, expected: string): boolean {
  return location === expected || (location?.startsWith(`${expected}?`) ?? false);
}

/** Runs one phase with autocannon; a success is a 303 to the form's expected location. */
export async function runAutocannon(phase: HttpPhase): Promise<PhaseResult> {
  const outcomes = new Outcomes();
  const responseTimes: number[] = [];
  const startedAt = performance.now();

  const result = await autocannon({
    url: phase.origin,
    connections: phase.connections,
    amount: phase.amount,
    overallRate: phase.overallRate,
    // Latencies are taken from the clients below; besides, autocannon's rate correction takes
    // 1/rate seconds for milliseconds and would invent samples.
    ignoreCoordinatedOmission: phase.overallRate ? true : undefined,
    timeout: 20,
    headers: { "content-type": CONTENT_TYPE, origin: phase.origin },
    requests: [
      {
        method: "POST",
        setupRequest: (request, context) => {
          const submission = phase.nextSubmission();
          context.expectedLocation = submission.expectedLocation;
          return { ...request, method: "POST", path: submission.path, body: submission.body };
        },
        onResponse: (status, body, context, headers) => {
          const location = headerValue(headers, "location");
          const ok = status === 303 && reaches(location, String(context.expectedLocation));
          outcomes.record(String(status), ok, () =>
            describeFailure(status, location, String(context.expectedLocation), body),
          );
        },
      },
    ],
    setupClient: (client) => {
      let answered = 0;
      client.on("response", (_status, _bytes, durationMs) => {
        answered += 1;
        (answered === 1 ? outcomes.firstLatencies : outcomes.latencies).push(durationMs);
        responseTimes.push(performance.now());
      });
    },
  });

  // Connection errors and timeouts never reach onResponse: they are failures too.
  const lost = result.errors;
  if (lost > 0) {
    outcomes.failures += lost;
    outcomes.statuses.error = lost;
    outcomes.failureSamples.push(`${lost} connection errors (${result.timeouts} timeouts)`);
  }
  const seconds = ((responseTimes.at(-1) ?? startedAt) - startedAt) / 1000;
  return {
    name: phase.name,
    mode: phase.overallRate ? "steady" : "saturation",
    driver: phase.overallRate
      ? `autocannon overallRate=${phase.overallRate} (each connection sends at the start of each second)`
      : "autocannon",
    concurrency: phase.connections,
    targetRate: phase.overallRate,
    requests: outcomes.successes + outcomes.failures,
    successes: outcomes.successes,
    failures: outcomes.failures,
    statuses: outcomes.statuses,
    failureSamples: outcomes.failureSamples,
    seconds: round(seconds, 2),
    throughput: round(outcomes.successes / seconds),
    warmThroughput: round(warmRate(responseTimes)),
    latencyMs: summarize(outcomes.latencies),
    firstRequestMs: summarize(outcomes.firstLatencies),
  };
}

/** Answers per second after the first third of a run, when the server's code is warm. */
function warmRate(responseTimes: readonly number[]): number {
  const from = Math.floor(responseTimes.length / 3);
  const first = responseTimes[from];
  const last = responseTimes.at(-1);
  if (first === undefined || last === undefined || last <= first) return NaN;
  return (responseTimes.length - 1 - from) / ((last - first) / 1000);
}

/**
 * Sends `rate` requests per second, one every 1/rate s (open loop: a slow answer never delays
 * the next request), over keep-alive connections. Latency is measured from each send.
 */
export async function runPaced(phase: HttpPhase & { overallRate: number }): Promise<PhaseResult> {
  const outcomes = new Outcomes();
  const { hostname, port } = new URL(phase.origin);
  const agent = new http.Agent({ keepAlive: true, maxSockets: phase.connections });
  const interval = 1000 / phase.overallRate;
  const pending: Array<Promise<void>> = [];
  let maxInFlight = 0;
  let inFlight = 0;

  const send = (submission: Submission) =>
    new Promise<void>((resolve) => {
      const sentAt = performance.now();
      inFlight += 1;
      maxInFlight = Math.max(maxInFlight, inFlight);
      const done = (status: string, ok: boolean, detail: () => string) => {
        outcomes.latencies.push(performance.now() - sentAt);
        outcomes.record(status, ok, detail);
        inFlight -= 1;
        resolve();
      };
      const request = http.request(
        {
          agent,
          hostname,
          port,
          method: "POST",
          path: submission.path,
          headers: {
            "content-type": CONTENT_TYPE,
            "content-length": submission.body.length,
            origin: phase.origin,
          },
        },
        (response) => {
          const chunks: Buffer[] = [];
          response.on("data", (chunk: Buffer) => chunks.push(chunk));
          response.on("end", () => {
            const status = response.statusCode ?? 0;
            const location = response.headers.location;
            const ok = status === 303 && reaches(location, submission.expectedLocation);
            done(String(status), ok, () =>
              describeFailure(
                status,
                location,
                submission.expectedLocation,
                Buffer.concat(chunks).toString(),
              ),
            );
          });
        },
      );
      request.setTimeout(20_000, () => request.destroy(new Error("timed out")));
      request.on("error", (error) => done("error", false, () => error.message));
      request.end(submission.body);
    });

  const startedAt = performance.now();
  for (let i = 0; i < phase.amount; i += 1) {
    const due = startedAt + i * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    pending.push(send(phase.nextSubmission()));
  }
  await Promise.all(pending);
  const seconds = (performance.now() - startedAt) / 1000;
  agent.destroy();

  return {
    name: phase.name,
    mode: "steady",
    driver: `paced sender, one request every ${round(interval, 1)} ms (at most ${maxInFlight} in flight)`,
    concurrency: phase.connections,
    targetRate: phase.overallRate,
    requests: outcomes.successes + outcomes.failures,
    successes: outcomes.successes,
    failures: outcomes.failures,
    statuses: outcomes.statuses,
    failureSamples: outcomes.failureSamples,
    seconds: round(seconds, 2),
    throughput: round(outcomes.successes / seconds),
    latencyMs: summarize(outcomes.latencies),
  };
}

function headerValue(headers: Record<string, string | string[]>, name: string): string | undefined {
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() === name) return Array.isArray(value) ? value[0] : value;
  }
  return undefined;
}

function describeFailure(
  status: number,
  location: string | undefined,
  expected: string,
  body: string,
): string {
  const text = body
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
  return `${status} location=${location ?? "-"} (expected 303 → ${expected}) ${text}`;
}
