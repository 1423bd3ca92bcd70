import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

import { afterAll, describe, expect, it } from "vitest";

import { connect } from "@/db/client";
import { DataDirLockedError, lockPathOf } from "@/db/pglite-lock";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "simaskot-lock-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function holdInAnotherProcess(dir: string) {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", path.join(import.meta.dirname, "fixtures/hold-pglite.ts"), dir],
    { stdio: ["pipe", "pipe", "inherit"] },
  );
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("ready")) resolve();
    });
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  const stopped = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  return { child, ready, stop: () => (child.stdin.end(), stopped) };
}

describe("the embedded database folder", () => {
  it("is refused while another live process holds it, and opens once that process stops", async () => {
    const dir = path.join(root, "nested", "held");
    const holder = holdInAnotherProcess(dir);
    await holder.ready;

    await expect(connect({ pgliteDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);

    await holder.stop();
    const connection = await connect({ pgliteDir: dir });
    await connection.close();
    expect(fs.existsSync(lockPathOf(dir))).toBe(false);
  });

  it("is taken over when the lock names a process that no longer runs", async () => {
    const dir = path.join(root, "stale");
    fs.writeFileSync(lockPathOf(dir), "999999");

    const connection = await connect({ pgliteDir: dir });
    expect(fs.readFileSync(lockPathOf(dir), "utf8")).toMatch(new RegExp(`^${process.pid} \\d+$`));
    await connection.close();
  });

  it("is taken over when the lock's pid now belongs to a later process", async () => {
    const dir = path.join(root, "recycled");
    fs.writeFileSync(lockPathOf(dir), `${process.ppid} 1`);

    const connection = await connect({ pgliteDir: dir });
    await connection.close();
  });

  it("cannot be opened twice by the same process", async () => {
    const dir = path.join(root, "twice");
    const first = await connect({ pgliteDir: dir });

    await expect(connect({ pgliteDir: dir })).rejects.toBeInstanceOf(DataDirLockedError);
    await first.close();
  });
});
