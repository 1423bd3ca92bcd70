CREATE TABLE "day_counts" (
	"survey_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"day" date NOT NULL,
	"respondents" integer NOT NULL,
	CONSTRAINT "day_counts_survey_id_unit_id_service_id_day_pk" PRIMARY KEY("survey_id","unit_id","service_id","day")
);
--> statement-breakpoint
CREATE TABLE "day_tallies" (
	"survey_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"day" date NOT NULL,
	"element_code" text NOT NULL,
	"sum" bigint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "day_tallies_survey_id_unit_id_service_id_day_element_code_pk" PRIMARY KEY("survey_id","unit_id","service_id","day","element_code")
);
--> statement-breakpoint
ALTER TABLE "day_counts" ADD CONSTRAINT "day_counts_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_counts" ADD CONSTRAINT "day_counts_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_counts" ADD CONSTRAINT "day_counts_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_tallies" ADD CONSTRAINT "day_tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_tallies" ADD CONSTRAINT "day_tallies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "day_tallies" ADD CONSTRAINT "day_tallies_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "day_counts_service_idx" ON "day_counts" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "day_tallies_service_idx" ON "day_tallies" USING btree ("service_id");--> statement-breakpoint
INSERT INTO "day_tallies" ("survey_id", "unit_id", "service_id", "day", "element_code", "sum", "count")
SELECT r."survey_id", r."unit_id", r."service_id", (r."submitted_at" AT TIME ZONE 'Asia/Makassar')::date,
  a."element_code", sum(a."score"), count(*)
FROM "answers" a JOIN "respondents" r ON r."id" = a."respondent_id"
GROUP BY 1, 2, 3, 4, 5;--> statement-breakpoint
INSERT INTO "day_counts" ("survey_id", "unit_id", "service_id", "day", "respondents")
SELECT "survey_id", "unit_id", "service_id", ("submitted_at" AT TIME ZONE 'Asia/Makassar')::date, count(*)
FROM "respondents"
GROUP BY 1, 2, 3, 4;
