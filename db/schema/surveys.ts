import {
  date,
  index,
  integer,
  pgEnum,
  pgTable,
  serial,
  text,
  timestamp,
} from "drizzle-orm/pg-core";

import { questionnaires } from "./questionnaires";

export const surveyKind = pgEnum("survey_kind", ["triwulan", "semester", "tahunan"]);
export const surveyStatus = pgEnum("survey_status", ["draft", "open", "closed", "published"]);

// A survey period. Its dates are calendar days in WITA (Asia/Makassar), both inclusive.
export const surveys = pgTable(
  "surveys",
  {
    id: serial("id").primaryKey(),
    slug: text("slug").notNull().unique(),
    name: text("name").notNull(),
    kind: surveyKind("kind").notNull(),
    startDate: date("start_date").notNull(),
    endDate: date("end_date").notNull(),
    questionnaireId: integer("questionnaire_id")
      .notNull()
      .references(() => questionnaires.id),
    status: surveyStatus("status").notNull().default("draft"),
    publishedAt: timestamp("published_at", { withTimezone: true }),
  },
  (t) => [index("surveys_questionnaire_idx").on(t.questionnaireId)],
);

export type Survey = typeof surveys.$inferSelect;
export type SurveyStatus = (typeof surveyStatus.enumValues)[number];
