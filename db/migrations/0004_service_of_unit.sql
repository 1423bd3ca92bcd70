ALTER TABLE "services" ADD CONSTRAINT "services_id_unit_key" UNIQUE("id","unit_id");--> statement-breakpoint
ALTER TABLE "respondents" ADD CONSTRAINT "respondents_service_of_unit_fk" FOREIGN KEY ("service_id","unit_id") REFERENCES "public"."services"("id","unit_id") ON DELETE no action ON UPDATE no action;
