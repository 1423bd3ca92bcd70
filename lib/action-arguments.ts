import { logger } from "@/lib/logger";

/**
 * Server actions are public endpoints: anyone can call one by hand with any arguments React can
 * encode. A form always sends a FormData; anything else would fail inside the action with a
 * TypeError and Next.js's raw stack trace. The actions check their arguments with these and
 * answer a wrong shape as they answer a wrong form, after one structured line. The arguments
 * themselves are never logged: they may hold a password.
 */
export function isFormData(value: unknown): value is FormData {
  return value instanceof FormData;
}

export function logRefusedArguments(action: string): void {
  logger.warn(
    { event: "action.refused-arguments", action },
    "server action called with arguments of the wrong shape",
  );
}
