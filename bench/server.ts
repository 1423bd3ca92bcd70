// The built portal under `next start`, started by the benchmark in its own process group.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";

import { NOOP_PATH } from "./config";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const buildIdFile = path.join(root, ".next/BUILD_ID");
const routesManifest = path.join(root, ".next/app-path-routes-manifest.json");
const sources = ["app", "components", "lib", "db", "next.config.ts"];

export type RunningServer = {
  pid: number;
  origin: string;
  logPath: string;
  stop: () => Promise<void>;
};

export function readBuildId(): string | null {
  return fs.existsSync(buildIdFile) ? fs.readFileSync(buildIdFile, "utf8").trim() : null;
}

/**
 * Makes sure `.next` holds a production build with the no-op route: waits for a build that
 * someone else is running, builds when there is none, and warns when sources are newer.
 */
export async function ensureBuild(): Promise<void> {
  await waitForOtherBuilds();
  if (readBuildId() === null || !hasNoopRoute()) {
    console.log("No production build with /bench/noop in .next: running next build…");
    const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: root, stdio: "inherit" });
    if (build.status !== 0) throw new Error(`next build failed (exit ${build.status})`);
    return;
  }
  const builtAt = fs.statSync(buildIdFile).mtimeMs;
  const stale = sources.filter((source) => newestChange(path.join(root, source)) > builtAt);
  if (stale.length > 0) {
    console.warn(
      `Warning: ${stale.join(", ")} changed after the last build; measuring the build as it is ` +
        "(run npm run build first to measure the current sources).",
    );
  }
}

/** BENCH_PORT when given, else the first port from `first` up that nothing answers on. */
export async function choosePort(given: number | undefined, first: number): Promise<number> {
  if (given !== undefined) return given;
  for (let port = first; port < first + 100; port += 1) {
    if (!(await portAnswers(port))) return port;
  }
  throw new Error(`No free port in ${first}–${first + 99}; set BENCH_PORT`);
}

export async function startServer(options: {
  port: number;
  databaseUrl: string;
  logPath: string;
}): Promise<RunningServer> {
  const { port, databaseUrl, logPath } = options;
  if (await portAnswers(port)) {
    throw new Error(`Port ${port} is in use; set BENCH_PORT to a free port (or leave it unset)`);
  }
  fs.mkdirSync(path.dirname(logPath), { recursive: true });
  const log = fs.openSync(logPath, "w");
  const child = spawn(
    process.execPath,
    [nextBin, "start", "--port", String(port), "--hostname", "127.0.0.1"],
    {
      cwd: root,
      detached: true,
      stdio: ["ignore", log, log],
      env: {
        ...process.env,
        NODE_ENV: "production",
        DATABASE_URL: databaseUrl,
        ENABLE_BENCH_ROUTES: "1",
        NEXT_TELEMETRY_DISABLED: "1",
      },
    },
  );
  fs.closeSync(log);
  if (child.pid === undefined) throw new Error("next start did not start");
  const pid = child.pid;

  let exited = false;
  const exit = new Promise<void>((resolve) => {
    child.once("exit", () => {
      exited = true;
      resolve();
    });
  });

  const stop = async () => {
    if (exited) return;
    signalGroup(pid, "SIGTERM");
    const stopped = await Promise.race([exit.then(() => true), sleep(5000).then(() => false)]);
    if (!stopped) {
      signalGroup(pid, "SIGKILL");
      await exit;
    }
    // Whatever the group started and left behind goes too.
    signalGroup(pid, "SIGKILL");
  };

  const origin = `http://127.0.0.1:${port}`;
  try {
    await waitUntilReady(origin, () => exited, logPath);
  } catch (error) {
    await stop();
    throw error;
  }
  return { pid, origin, logPath, stop };
}

async function waitUntilReady(origin: string, hasExited: () => boolean, logPath: string) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited()) throw new Error(`next start exited early; see ${logPath}:\n${tail(logPath)}`);
    try {
      const response = await fetch(new URL(NOOP_PATH, origin));
      await response.arrayBuffer();
      if (response.status === 200) return;
      if (response.status === 404) {
        throw new Error(
          `${NOOP_PATH} answered 404 although ENABLE_BENCH_ROUTES=1: is the build stale?`,
        );
      }
    } catch (error) {
      if (error instanceof Error && error.message.includes("ENABLE_BENCH_ROUTES")) throw error;
      // Not listening yet.
    }
    await sleep(200);
  }
  throw new Error(`next start was not ready within 60 s; see ${logPath}:\n${tail(logPath)}`);
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ESRCH") throw error;
  }
}

function portAnswers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, "127.0.0.1");
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

/** Builds of this project (`next build`, renamed `next-build` once started) in progress. */
function buildsInProgress(): number[] {
  const found = spawnSync("pgrep", ["-f", "next[ -]build"], { encoding: "utf8" });
  return found.stdout
    .split("\n")
    .filter((pid) => pid !== "" && Number(pid) !== process.pid)
    .map(Number)
    .filter((pid) => {
      try {
        return fs.realpathSync(`/proc/${pid}/cwd`) === fs.realpathSync(root);
      } catch {
        return false;
      }
    });
}

async function waitForOtherBuilds(): Promise<void> {
  let told = false;
  while (buildsInProgress().length > 0) {
    if (!told) console.log("Another next build is running; waiting for it…");
    told = true;
    await sleep(2000);
  }
}

function hasNoopRoute(): boolean {
  if (!fs.existsSync(routesManifest)) return false;
  const routes = JSON.parse(fs.readFileSync(routesManifest, "utf8")) as Record<string, string>;
  return Object.values(routes).includes(NOOP_PATH);
}

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), 0);
}

function tail(file: string, lines = 20): string {
  if (!fs.existsSync(file)) return "(no log)";
  return fs.readFileSync(file, "utf8").trimEnd().split("\n").slice(-lines).join("\n");
}
