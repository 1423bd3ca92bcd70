CREATE TYPE "public"."channel" AS ENUM('web', 'qr', 'kiosk', 'paper');--> statement-breakpoint
CREATE TYPE "public"."education" AS ENUM('sd', 'smp', 'sma', 'd1-d3', 'd4-s1', 's2', 's3');--> statement-breakpoint
CREATE TYPE "public"."occupation" AS ENUM('pns', 'tni', 'polri', 'swasta', 'wirausaha', 'pelajar-mahasiswa', 'lainnya');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('laki-laki', 'perempuan');--> statement-breakpoint
CREATE TYPE "public"."survey_kind" AS ENUM('triwulan', 'semester', 'tahunan');--> statement-breakpoint
CREATE TYPE "public"."survey_status" AS ENUM('draft', 'open', 'closed', 'published');--> statement-breakpoint
CREATE TABLE "agencies" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text NOT NULL,
	"sector" text NOT NULL,
	CONSTRAINT "agencies_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "regencies" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "services" (
	"id" serial PRIMARY KEY NOT NULL,
	"unit_id" integer NOT NULL,
	"name" text NOT NULL,
	"position" integer NOT NULL,
	"annual_users" integer,
	CONSTRAINT "services_unit_name_key" UNIQUE("unit_id","name")
);
--> statement-breakpoint
CREATE TABLE "units" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"agency_id" integer NOT NULL,
	"regency_code" text NOT NULL,
	"name" text NOT NULL,
	"address" text,
	"annual_users" integer,
	CONSTRAINT "units_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "elements" (
	"id" serial PRIMARY KEY NOT NULL,
	"questionnaire_id" integer NOT NULL,
	"code" text NOT NULL,
	"position" integer NOT NULL,
	"name" text NOT NULL,
	"question" text NOT NULL,
	"topic" text NOT NULL,
	"label_1" text NOT NULL,
	"label_2" text NOT NULL,
	"label_3" text NOT NULL,
	"label_4" text NOT NULL,
	CONSTRAINT "elements_questionnaire_code_key" UNIQUE("questionnaire_id","code"),
	CONSTRAINT "elements_questionnaire_position_key" UNIQUE("questionnaire_id","position")
);
--> statement-breakpoint
CREATE TABLE "questionnaires" (
	"id" serial PRIMARY KEY NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "questionnaires_version_unique" UNIQUE("version")
);
--> statement-breakpoint
CREATE TABLE "answers" (
	"respondent_id" bigint NOT NULL,
	"element_code" text NOT NULL,
	"score" smallint NOT NULL,
	CONSTRAINT "answers_respondent_id_element_code_pk" PRIMARY KEY("respondent_id","element_code"),
	CONSTRAINT "answers_score_range" CHECK ("answers"."score" between 1 and 4)
);
--> statement-breakpoint
CREATE TABLE "respondents" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"survey_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sex" "sex",
	"age" smallint,
	"education" "education",
	"occupation" "occupation",
	"suggestion" text,
	"channel" "channel" NOT NULL,
	"client_id" uuid NOT NULL,
	"fill_seconds" integer,
	CONSTRAINT "respondents_client_id_unique" UNIQUE("client_id"),
	CONSTRAINT "respondents_age_range" CHECK ("respondents"."age" is null or "respondents"."age" between 15 and 100)
);
--> statement-breakpoint
CREATE TABLE "tallies" (
	"survey_id" integer NOT NULL,
	"unit_id" integer NOT NULL,
	"service_id" integer NOT NULL,
	"element_code" text NOT NULL,
	"sum" bigint NOT NULL,
	"count" integer NOT NULL,
	CONSTRAINT "tallies_survey_id_unit_id_service_id_element_code_pk" PRIMARY KEY("survey_id","unit_id","service_id","element_code")
);
--> statement-breakpoint
CREATE TABLE "surveys" (
	"id" serial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "survey_kind" NOT NULL,
	"start_date" date NOT NULL,
	"end_date" date NOT NULL,
	"questionnaire_id" integer NOT NULL,
	"status" "survey_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "surveys_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
ALTER TABLE "services" ADD CONSTRAINT "services_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "units" ADD CONSTRAINT "units_regency_code_regencies_code_fk" FOREIGN KEY ("regency_code") REFERENCES "public"."regencies"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "elements" ADD CONSTRAINT "elements_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "answers" ADD CONSTRAINT "answers_respondent_id_respondents_id_fk" FOREIGN KEY ("respondent_id") REFERENCES "public"."respondents"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tallies" ADD CONSTRAINT "tallies_survey_id_surveys_id_fk" FOREIGN KEY ("survey_id") REFERENCES "public"."surveys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tallies" ADD CONSTRAINT "tallies_unit_id_units_id_fk" FOREIGN KEY ("unit_id") REFERENCES "public"."units"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tallies" ADD CONSTRAINT "tallies_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "surveys" ADD CONSTRAINT "surveys_questionnaire_id_questionnaires_id_fk" FOREIGN KEY ("questionnaire_id") REFERENCES "public"."questionnaires"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "units_agency_idx" ON "units" USING btree ("agency_id");--> statement-breakpoint
CREATE INDEX "units_regency_idx" ON "units" USING btree ("regency_code");--> statement-breakpoint
CREATE INDEX "respondents_survey_unit_idx" ON "respondents" USING btree ("survey_id","unit_id");--> statement-breakpoint
CREATE INDEX "respondents_service_idx" ON "respondents" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "tallies_unit_idx" ON "tallies" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "tallies_service_idx" ON "tallies" USING btree ("service_id");--> statement-breakpoint
CREATE INDEX "surveys_questionnaire_idx" ON "surveys" USING btree ("questionnaire_id");