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

// The lock names "<pid> <start time>": a pid that was recycled by a later process has another
// start time, so it does not hold the folder. Where /proc is missing, the pid alone decides.
function startTimeOf(pid: number): string | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    return stat.slice(stat.lastIndexOf(")") + 2).split(" ")[19] ?? null;
  } catch {
    return null;
  }
}

function isAlive(holder: Holder): boolean {
  try {
    process.kill(holder.pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EPERM") return false;
  }
  const started = startTimeOf(holder.pid);
  return started === null || holder.startTime === null || started === holder.startTime;
}

type Holder = { pid: number; startTime: string | null };

function readHolder(lockPath: string): Holder | null {
  try {
    const [pidText, startTime] = fs.readFileSync(lockPath, "utf8").trim().split(" ");
    const pid = Number.parseInt(pidText ?? "", 10);
    return Number.isInteger(pid) && pid > 0 ? { pid, startTime: startTime ?? null } : null;
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
      const owner = `${process.pid} ${startTimeOf(process.pid) ?? ""}`.trim();
      fs.writeFileSync(lockPath, owner, { flag: "wx" });
      return () => releaseDataDirLock(lockPath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
    }

    const seen = fs.statSync(lockPath, { throwIfNoEntry: false });
    const holder = readHolder(lockPath);
    if (holder !== null && (holder.pid === process.pid || isAlive(holder))) {
      throw new DataDirLockedError(dir, holder.pid);
    }
    if (seen) removeStaleLock(lockPath, seen.ino);
  }
  throw new Error(`Could not take the lock ${lockPath}`);
}

/**
 * Removes the stale lock file that was looked at, and only that one: two processes taking over
 * the same stale lock must not remove the fresh lock the faster one has just written. The file
 * is moved aside first (one mover wins), and put back when it turns out to be a newer lock.
 */
function removeStaleLock(lockPath: string, staleInode: number): void {
  const aside = `${lockPath}.${process.pid}.stale`;
  try {
    fs.renameSync(lockPath, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
    throw error;
  }
  if (fs.statSync(aside).ino !== staleInode) {
    try {
      fs.linkSync(aside, lockPath);
    } catch {
      // Yet another process locked meanwhile; its lock stands and this attempt starts over.
    }
  }
  fs.rmSync(aside, { force: true });
}

function releaseDataDirLock(lockPath: string): void {
  if (readHolder(lockPath)?.pid === process.pid) fs.rmSync(lockPath, { force: true });
}
