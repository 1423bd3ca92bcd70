import { z } from "zod";

import type { Executor } from "../client";
import { agencies, regencies, services, units } from "../schema";
import directoryJson from "./data/ntb-units.json";

const directorySchema = z.object({
  regencies: z.array(z.object({ code: z.string(), name: z.string() })),
  agencies: z.array(
    z.object({ slug: z.string(), name: z.string(), shortName: z.string(), sector: z.string() }),
  ),
  units: z.array(
    z.object({
      slug: z.string(),
      agencySlug: z.string(),
      name: z.string(),
      regencyCode: z.string(),
      address: z.string().nullish(),
      // Entries the directory marks "[unverified]" are demo data; the mark is not part of a name.
      services: z
        .array(z.string().transform((name) => name.replace(/\s*\[unverified\]$/i, "")))
        .min(1),
      annualUsersEstimate: z.number().int().positive().nullable(),
    }),
  ),
});

export type DirectorySeed = z.infer<typeof directorySchema>;

export function loadDirectory(): DirectorySeed {
  return directorySchema.parse(directoryJson);
}

/** Inserts the province's regencies, agencies, units and services; existing slugs are kept. */
export async function seedDirectory(db: Executor, directory = loadDirectory()): Promise<void> {
  await db.insert(regencies).values(directory.regencies).onConflictDoNothing();
  await db
    .insert(agencies)
    .values(
      directory.agencies.map(({ slug, name, shortName, sector }) => ({
        slug,
        name,
        shortName,
        sector,
      })),
    )
    .onConflictDoNothing();

  const agencyIds = new Map(
    (await db.select({ id: agencies.id, slug: agencies.slug }).from(agencies)).map((a) => [
      a.slug,
      a.id,
    ]),
  );
  await db
    .insert(units)
    .values(
      directory.units.map((unit) => ({
        slug: unit.slug,
        agencyId: requireId(agencyIds, unit.agencySlug, "agency"),
        regencyCode: unit.regencyCode,
        name: unit.name,
        address: unit.address ?? null,
        annualUsers: unit.annualUsersEstimate,
      })),
    )
    .onConflictDoNothing();

  const unitIds = new Map(
    (await db.select({ id: units.id, slug: units.slug }).from(units)).map((u) => [u.slug, u.id]),
  );
  await db
    .insert(services)
    .values(
      directory.units.flatMap((unit) =>
        unit.services.map((name, index) => ({
          unitId: requireId(unitIds, unit.slug, "unit"),
          name,
          position: index + 1,
        })),
      ),
    )
    .onConflictDoNothing();
}

function requireId(ids: Map<string, number>, slug: string, what: string): number {
  const id = ids.get(slug);
  if (id === undefined) throw new Error(`Directory seed names an unknown ${what}: ${slug}`);
  return id;
}
