import pino from "pino";

import { env } from "@/lib/env";

// Never log a respondent's answers, profile or suggestion: events only, with ids.
export const logger = pino({
  level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
  base: { app: "simaskot" },
  redact: ["password", "*.password", "suggestion", "*.suggestion"],
});
