// Where the CPU went during a phase, from /proc: the portal's server (its process group), this
// benchmark process (the load generator), PostgreSQL (every postgres process on the machine)
// and everything else. On a 2-core machine shared with other work, the last one matters.

import { execFileSync } from "node:child_process";
import fs from "node:fs";

import { round } from "./stats";

type Sample = {
  at: number;
  /** CPU ticks by process id, of the server's group and of PostgreSQL. */
  server: Map<number, number>;
  postgres: Map<number, number>;
  benchMicros: number;
  machineBusyTicks: number;
};

/** Cores busy on average (1 = one core fully busy), and the server's CPU per request. */
export type CpuUse = {
  server: number;
  loadGenerator: number;
  postgres: number;
  otherWork: number;
  serverMsPerRequest?: number;
};

const ticksPerSecond = readTicksPerSecond();

export function sampleCpu(serverGroup: number | undefined): Sample {
  const server = new Map<number, number>();
  const postgres = new Map<number, number>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readStat(entry);
    if (!stat) continue;
    if (serverGroup !== undefined && stat.group === serverGroup)
      server.set(Number(entry), stat.ticks);
    else if (stat.command === "postgres") postgres.set(Number(entry), stat.ticks);
  }
  const usage = process.cpuUsage();
  return {
    at: performance.now(),
    server,
    postgres,
    benchMicros: usage.user + usage.system,
    machineBusyTicks: machineBusyTicks(),
  };
}

export function cpuBetween(before: Sample, after: Sample, requests: number): CpuUse {
  const seconds = (after.at - before.at) / 1000;
  const cores = (ticks: number) => ticks / ticksPerSecond / seconds;
  const serverTicks = ticksSpent(before.server, after.server);
  const server = cores(serverTicks);
  const postgres = cores(ticksSpent(before.postgres, after.postgres));
  const loadGenerator = (after.benchMicros - before.benchMicros) / 1e6 / seconds;
  const machine = cores(after.machineBusyTicks - before.machineBusyTicks);
  const serverSeconds = serverTicks / ticksPerSecond;
  return {
    server: round(server, 2),
    loadGenerator: round(loadGenerator, 2),
    postgres: round(postgres, 2),
    otherWork: round(Math.max(0, machine - server - postgres - loadGenerator), 2),
    serverMsPerRequest:
      requests > 0 && serverSeconds > 0 ? round((serverSeconds * 1000) / requests, 2) : undefined,
  };
}

// Ticks spent between two samples by the processes alive at the second one (a process that
// started in between counts from zero; one that ended takes its ticks with it).
function ticksSpent(before: Map<number, number>, after: Map<number, number>): number {
  let ticks = 0;
  for (const [pid, total] of after) ticks += Math.max(0, total - (before.get(pid) ?? 0));
  return ticks;
}

// Processes that end while being read are skipped.
function readStat(pid: string): { command: string; group: number; ticks: number } | null {
  let text: string;
  try {
    text = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  const fields = text.slice(close + 2).split(" ");
  // Fields after the command: state, ppid, pgrp, …, utime (14th of the line), stime (15th).
  return {
    command: text.slice(open + 1, close),
    group: Number(fields[2]),
    ticks: Number(fields[11]) + Number(fields[12]),
  };
}

function machineBusyTicks(): number {
  const line = fs.readFileSync("/proc/stat", "utf8").split("\n")[0] ?? "";
  const [, ...values] = line.trim().split(/\s+/);
  const numbers = values.map(Number);
  const total = numbers.slice(0, 8).reduce((sum, value) => sum + value, 0);
  const idle = (numbers[3] ?? 0) + (numbers[4] ?? 0);
  return total - idle;
}

function readTicksPerSecond(): number {
  try {
    return Number(execFileSync("getconf", ["CLK_TCK"], { encoding: "utf8" }).trim()) || 100;
  } catch {
    return 100;
  }
}
