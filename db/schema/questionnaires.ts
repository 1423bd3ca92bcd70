import { integer, pgTable, serial, text, timestamp, unique } from "drizzle-orm/pg-core";

// A questionnaire is never edited once a survey uses it; a change is a new version.
export const questionnaires = pgTable("questionnaires", {
  id: serial("id").primaryKey(),
  version: text("version").notNull().unique(),
  title: text("title").notNull(),
  createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
});

export const elements = pgTable(
  "elements",
  {
    id: serial("id").primaryKey(),
    questionnaireId: integer("questionnaire_id")
      .notNull()
      .references(() => questionnaires.id),
    code: text("code").notNull(),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    question: text("question").notNull(),
    // What the question is about in plain words, for messages: "waktu penyelesaian".
    topic: text("topic").notNull(),
    label1: text("label_1").notNull(),
    label2: text("label_2").notNull(),
    label3: text("label_3").notNull(),
    label4: text("label_4").notNull(),
  },
  (t) => [
    unique("elements_questionnaire_code_key").on(t.questionnaireId, t.code),
    unique("elements_questionnaire_position_key").on(t.questionnaireId, t.position),
  ],
);

export type Questionnaire = typeof questionnaires.$inferSelect;
export type Element = typeof elements.$inferSelect;
