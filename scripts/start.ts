import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

import { checkedEnvironment, explainAndExit } from "./cli-errors";
import { serverEnv } from "./server-env";

const root = path.resolve(import.meta.dirname, "..");
const nextBin = path.join(root, "node_modules/next/dist/bin/next");
const buildId = path.join(root, ".next/BUILD_ID");
const sources = ["app", "components", "lib", "db", "public", "next.config.ts", "package-lock.json"];

function newestChange(entry: string): number {
  const stat = fs.statSync(entry, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return fs
    .readdirSync(entry)
    .reduce((newest, child) => Math.max(newest, newestChange(path.join(entry, child))), 0);
}

function needsBuild(): boolean {
  const built = fs.statSync(buildId, { throwIfNoEntry: false });
  if (!built) return true;
  return sources.some((source) => newestChange(path.join(root, source)) > built.mtimeMs);
}

// An environment the portal cannot run with is explained before anything is built or opened.
checkedEnvironment(process.env);
const args = process.argv.slice(2);
const env = serverEnv(process.env, args);

if (needsBuild()) {
  console.log("Membangun portal (next build)…");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: root,
    stdio: "inherit",
    env: env.build,
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

// The database is migrated and seeded before the server opens it: an embedded database must
// never be held by two processes at once.
const { prepareDatabase } = await import("./prepare-database");
await prepareDatabase().catch(explainAndExit);

const server = spawn(process.execPath, [nextBin, "start", ...args], {
  cwd: root,
  stdio: "inherit",
  env: env.start,
});
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => server.kill(signal));
}
server.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
