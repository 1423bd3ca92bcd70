import { sql } from "drizzle-orm";
import {
  bigint,
  bigserial,
  check,
  date,
  foreignKey,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";

import { services, units } from "./directory";
import { surveys } from "./surveys";

export const sexes = ["laki-laki", "perempuan"] as const;
export const educations = ["sd", "smp", "sma", "d1-d3", "d4-s1", "s2", "s3"] as const;
export const occupations = [
  "pns",
  "tni",
  "polri",
  "swasta",
  "wirausaha",
  "pelajar-mahasiswa",
  "lainnya",
] as const;
export const channels = ["web", "qr", "kiosk", "paper"] as const;

export const sexEnum = pgEnum("sex", sexes);
export const educationEnum = pgEnum("education", educations);
export const occupationEnum = pgEnum("occupation", occupations);
export const channelEnum = pgEnum("channel", channels);

// One completed questionnaire. No name, NIK, phone or network address is ever stored.
export const respondents = pgTable(
  "respondents",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }).notNull().defaultNow(),
    sex: sexEnum("sex"),
    age: smallint("age"),
    education: educationEnum("education"),
    occupation: occupationEnum("occupation"),
    suggestion: text("suggestion"),
    channel: channelEnum("channel").notNull(),
    // Made by the form when it is rendered: a resend of the same form stores nothing new.
    clientId: uuid("client_id").notNull().unique(),
    // Seconds between rendering the form and sending it: an integrity signal, never a gate.
    fillSeconds: integer("fill_seconds"),
  },
  (t) => [
    index("respondents_survey_unit_idx").on(t.surveyId, t.unitId),
    // The database, not only the form, refuses a service of another unit.
    foreignKey({
      name: "respondents_service_of_unit_fk",
      columns: [t.serviceId, t.unitId],
      foreignColumns: [services.id, services.unitId],
    }),
    index("respondents_service_idx").on(t.serviceId),
    check("respondents_age_range", sql`${t.age} is null or ${t.age} between 15 and 100`),
  ],
);

export const answers = pgTable(
  "answers",
  {
    respondentId: bigint("respondent_id", { mode: "number" })
      .notNull()
      .references(() => respondents.id),
    elementCode: text("element_code").notNull(),
    score: smallint("score").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.respondentId, t.elementCode] }),
    check("answers_score_range", sql`${t.score} between 1 and 4`),
  ],
);

// Running sums per survey × unit × service × element, written in the same transaction as each
// respondent, so that results never add up answer rows at read time.
export const tallies = pgTable(
  "tallies",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    elementCode: text("element_code").notNull(),
    sum: bigint("sum", { mode: "number" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.unitId, t.serviceId, t.elementCode] }),
    index("tallies_unit_idx").on(t.unitId),
    index("tallies_service_idx").on(t.serviceId),
  ],
);

// The same sums per WITA day, and the respondents of each day: what a dashboard's date range
// and its privacy rule read (lib/dashboard/date-blocks.ts), never the answers themselves.
export const dayTallies = pgTable(
  "day_tallies",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    day: date("day", { mode: "string" }).notNull(),
    elementCode: text("element_code").notNull(),
    sum: bigint("sum", { mode: "number" }).notNull(),
    count: integer("count").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.unitId, t.serviceId, t.day, t.elementCode] }),
    index("day_tallies_service_idx").on(t.serviceId),
  ],
);

export const dayCounts = pgTable(
  "day_counts",
  {
    surveyId: integer("survey_id")
      .notNull()
      .references(() => surveys.id),
    unitId: integer("unit_id")
      .notNull()
      .references(() => units.id),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    day: date("day", { mode: "string" }).notNull(),
    respondents: integer("respondents").notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.surveyId, t.unitId, t.serviceId, t.day] }),
    index("day_counts_service_idx").on(t.serviceId),
  ],
);

export type Respondent = typeof respondents.$inferSelect;
export type NewRespondent = typeof respondents.$inferInsert;
export type Sex = (typeof sexes)[number];
export type Education = (typeof educations)[number];
export type Occupation = (typeof occupations)[number];
export type Channel = (typeof channels)[number];
