import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";

import { GET as exportRoute } from "@/app/dasbor/ekspor/route";
import { services, units, users } from "@/db/schema";
import { DEMO_ACCOUNTS, seedDemoAccounts } from "@/db/seed/accounts";
import type { Official } from "@/lib/auth/scope";
import { findOfficial } from "@/lib/auth/session";
import { encodeSession, SESSION_COOKIE, sessionClaims } from "@/lib/auth/session-token";
import { type DashboardTarget, loadDashboard } from "@/lib/dashboard/queries";
import { parseDashboardFilters } from "@/lib/dashboard/filters";

import { useTestDatabase } from "./test-database";

// Bapenda runs Samsat Mataram and Samsat Lombok Timur; RSUD rawat jalan belongs to another
// agency. Every cell of the matrix is checked, on PGlite and on PostgreSQL.

const { db } = useTestDatabase();
const officials: Record<string, Official> = {};
const cookies: Record<string, string> = {};
const ROLES = ["admin_provinsi", "pimpinan", "admin_opd", "operator_unit"] as const;

beforeAll(async () => {
  await seedDemoAccounts(db());
  for (const account of DEMO_ACCOUNTS) {
    const [user] = await db().select().from(users).where(eq(users.email, account.email));
    officials[account.role] = (await findOfficial({ id: user!.id, signedInAt: new Date() }))!;
    const token = await encodeSession(sessionClaims(user!));
    cookies[account.role] = `${SESSION_COOKIE}=${token}`;
  }
});

type Cell = [target: DashboardTarget, allowed: ReadonlyArray<(typeof ROLES)[number]>];
const everyone = ROLES;
const province = ["admin_provinsi", "pimpinan"] as const;
const bapenda = [...province, "admin_opd"] as const;

const targets: Cell[] = [
  [{ level: "province" }, province],
  [{ level: "agency", slug: "bapenda" }, bapenda],
  [{ level: "agency", slug: "dinkes" }, province],
  [{ level: "unit", slug: "samsat-mataram" }, everyone],
  [{ level: "unit", slug: "samsat-lombok-timur" }, bapenda],
  [{ level: "unit", slug: "rsud-provinsi-ntb-rawat-jalan" }, province],
  [{ level: "unit", slug: "tidak-ada" }, []],
  [{ level: "agency", slug: "tidak-ada" }, []],
];

const matrix = targets.flatMap(([target, allowed]) =>
  ROLES.map((role) => [role, target, allowed.includes(role)] as const),
);
const describeTarget = (target: DashboardTarget) =>
  "slug" in target ? `${target.level} ${target.slug}` : target.level;

async function serviceIdOf(slug: string): Promise<string> {
  const [row] = await db()
    .select({ id: services.id })
    .from(services)
    .innerJoin(units, eq(units.id, services.unitId))
    .where(eq(units.slug, slug))
    .limit(1);
  return String(row!.id);
}

function exportRequest(role: string | null, query: string): Request {
  return new Request(`http://localhost/dasbor/ekspor?${query}`, {
    headers: role ? { cookie: cookies[role]! } : {},
  });
}

function exportQuery(target: DashboardTarget): string {
  const level = { province: "provinsi", agency: "opd", unit: "unit", own: "" }[target.level];
  return "slug" in target ? `tingkat=${level}&slug=${target.slug}` : `tingkat=${level}`;
}

describe.each(matrix)("as %s, the dashboard of %j", (role, target, allowed) => {
  it(`${allowed ? "opens" : "answers as if it did not exist"}`, async () => {
    const dashboard = await loadDashboard({
      official: officials[role]!,
      target,
      filters: parseDashboardFilters({}).filters,
    });
    expect(dashboard === null).toBe(!allowed);
  });

  it(`${allowed ? "exports" : "refuses to export"} (${describeTarget(target)})`, async () => {
    const response = await exportRoute(exportRequest(role, exportQuery(target)));
    expect(response.status).toBe(allowed ? 200 : 404);
    if (allowed) expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
  });
});

describe("changed ids in a dashboard's filters", () => {
  it.each([
    ["admin_opd", { level: "agency", slug: "bapenda" }, "unit", "rsud-provinsi-ntb-rawat-jalan"],
    ["admin_opd", { level: "agency", slug: "bapenda" }, "opd", "dinkes"],
    ["operator_unit", { level: "unit", slug: "samsat-mataram" }, "unit", "samsat-lombok-timur"],
    ["operator_unit", { level: "own" }, "opd", "bapenda"],
  ] as const)(
    "as %s on %j, %s=%s answers as if it did not exist",
    async (role, target, key, value) => {
      const dashboard = await loadDashboard({
        official: officials[role]!,
        target,
        filters: parseDashboardFilters({ [key]: value }).filters,
      });
      expect(dashboard).toBeNull();
    },
  );

  it("a service of another agency's unit is refused to the agency admin", async () => {
    const foreign = await serviceIdOf("rsud-provinsi-ntb-rawat-jalan");
    const response = await exportRoute(
      exportRequest("admin_opd", `tingkat=opd&slug=bapenda&layanan=${foreign}`),
    );
    expect(response.status).toBe(404);
  });

  it("a service of another unit of the same agency is refused to the unit operator", async () => {
    const sibling = await serviceIdOf("samsat-lombok-timur");
    const dashboard = await loadDashboard({
      official: officials.operator_unit!,
      target: { level: "unit", slug: "samsat-mataram" },
      filters: parseDashboardFilters({ layanan: sibling }).filters,
    });
    expect(dashboard).toBeNull();
  });
});

describe("the export", () => {
  it("sends a visitor without a session to sign in and shows nothing", async () => {
    const response = await exportRoute(exportRequest(null, "tingkat=provinsi"));
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toMatch(/\/masuk\?kembali=%2Fdasbor%2Fekspor/);
  });

  it.each([
    "tingkat=negara",
    "tingkat=unit&slug=../../etc",
    "tingkat=unit",
    "tingkat=unit&slug=samsat-mataram&isi=semua",
  ])("answers 404 to an address it cannot read (%s)", async (query) => {
    const response = await exportRoute(exportRequest("admin_provinsi", query));
    expect(response.status).toBe(404);
  });

  it("gives no file for a date it cannot read, rather than a file of the whole period", async () => {
    const query = "tingkat=unit&slug=samsat-mataram&dari=kemarin";
    const response = await exportRoute(exportRequest("admin_provinsi", query));
    expect(response.status).toBe(404);
  });
});
