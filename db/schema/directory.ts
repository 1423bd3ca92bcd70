import { relations } from "drizzle-orm";
import { index, integer, pgTable, serial, text, unique } from "drizzle-orm/pg-core";

export const regencies = pgTable("regencies", {
  code: text("code").primaryKey(),
  name: text("name").notNull(),
});

export const agencies = pgTable("agencies", {
  id: serial("id").primaryKey(),
  slug: text("slug").notNull().unique(),
  name: text("name").notNull(),
  shortName: text("short_name").notNull(),
  sector: text("sector").notNull(),
});

export const units = pgTable(
  "units",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    regencyCode: text("regency_code")
      .notNull()
      .references(() => regencies.code),
    name: text("name").notNull(),
    address: text("address"),
    // Used when the unit has no estimate per service: people served per year.
    annualUsers: integer("annual_users"),
  },
  (t) => [index("units_agency_idx").on(t.agencyId), index("units_regency_idx").on(t.regencyCode)],
);

export const services = pgTable(
  "services",
  {
    id: serial("id").primaryKey(),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    name: text("name").notNull(),
    position: integer("position").notNull(),
    // The unit's own estimate of people served per year; drives the minimum sample.
    annualUsers: integer("annual_users"),
  },
  (t) => [
    unique("services_unit_name_key").on(t.unitId, t.name),
    // The target of respondents' (service, unit) key: a service always belongs to its unit.
    unique("services_id_unit_key").on(t.id, t.unitId),
  ],
);

export const agencyRelations = relations(agencies, ({ many }) => ({ units: many(units) }));

export const unitRelations = relations(units, ({ one, many }) => ({
  agency: one(agencies, { fields: [units.agencyId], references: [agencies.id] }),
  regency: one(regencies, { fields: [units.regencyCode], references: [regencies.code] }),
  services: many(services),
}));

export const serviceRelations = relations(services, ({ one }) => ({
  unit: one(units, { fields: [services.unitId], references: [units.id] }),
}));

export type Regency = typeof regencies.$inferSelect;
export type Agency = typeof agencies.$inferSelect;
export type Unit = typeof units.$inferSelect;
export type Service = typeof services.$inferSelect;
