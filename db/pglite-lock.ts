import fs from "node:fs";
import path from "node:path";

// PGlite has no lock across processes: two processes on one folder both open it and one
// silently loses writes. This lock file names the holder's pid; a live holder is refused.

export class DataDirLockedError extends Error {
  constructor(
    readonly dir: string,
    readonly holderPid: number,
  ) {
    super(
      `The embedded database at ${dir} is in use by process ${holderPid}. ` +
        "Stop that process (the server, a seed or a migration) first.",
    );
    this.name = "DataDirLockedError";
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
  // A recycled pid that now belongs to something other than Node does not hold the folder.
  try {
    const cmdline = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8");
    return cmdline.includes("node");
  } catch {
    return true;
  }
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(fs.readFileSync(lockPath, "utf8"), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch {
    return null;
  }
}

export function lockPathOf(dir: string): string {
  return path.join(path.dirname(path.resolve(dir)), `${path.basename(dir)}.lock`);
}

/** Takes the folder's lock for this process; returns a function that releases it. */
export function acquireDataDirLock(dir: string): () => void {
  const lockPath = lockPathOf(dir);
  fs.mkdirSync(path.dirname(lockPath), { recursive: true });

  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      fs.writeFileSync(lockPath, String(process.pid), { flag: "wx" });
      return () => releaseDataDirLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }

    const holder = readHolder(lockPath);
    if (holder === process.pid) {
      throw new DataDirLockedError(dir, holder);
    }
    if (holder !== null && isAlive(holder)) {
      throw new DataDirLockedError(dir, holder);
    }
    fs.rmSync(lockPath, { force: true });
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

function releaseDataDirLock(lockPath: string): void {
  if (readHolder(lockPath) === process.pid) fs.rmSync(lockPath, { force: true });
}
