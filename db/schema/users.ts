import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

import { agencies, units } from "./directory";

export const roles = ["admin_provinsi", "pimpinan", "admin_opd", "operator_unit"] as const;
export const roleEnum = pgEnum("role", roles);

// An official. The scope follows from the role: the province, one agency or one unit.
export const users = pgTable(
  "users",
  {
    id: serial("id").primaryKey(),
    email: text("email").notNull().unique(),
    name: text("name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: roleEnum("role").notNull(),
    agencyId: integer("agency_id").references(() => agencies.id),
    unitId: integer("unit_id").references(() => units.id),
    active: boolean("active").notNull().default(true),
    // Sessions issued before this moment are void: signing out ends every copy of the token.
    sessionsValidFrom: timestamp("sessions_valid_from", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index("users_agency_idx").on(t.agencyId),
    index("users_unit_idx").on(t.unitId),
    check(
      "users_scope_matches_role",
      sql`(${t.role} in ('admin_provinsi', 'pimpinan') and ${t.agencyId} is null and ${t.unitId} is null)
        or (${t.role} = 'admin_opd' and ${t.agencyId} is not null and ${t.unitId} is null)
        or (${t.role} = 'operator_unit' and ${t.unitId} is not null)`,
    ),
  ],
);

// Failed sign-ins per e-mail and per network address, both kept only as keyed hashes. Counting
// per e-mail whether or not an account exists means a lock reveals nothing about accounts.
export const signInThrottle = pgTable("sign_in_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  windowStartedAt: timestamp("window_started_at", { withTimezone: true }).notNull(),
  lockedUntil: timestamp("locked_until", { withTimezone: true }),
});

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Role = (typeof roles)[number];
