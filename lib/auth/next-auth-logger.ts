import type { LoggerInstance } from "next-auth";

import { logger } from "@/lib/logger";

/** Thrown by the jwt callback for a token that no longer opens a session. */
export class SessionEndedError extends Error {
  readonly code = "SESSION_ENDED";

  constructor() {
    super("session ended: expired, signed out or deactivated");
    this.name = "SessionEndedError";
  }
}

// Token checks that fail in the normal course of things (an ended session, an expired token, a
// token from another key or none at all) are worth a line, not an alarm. jose's codes, and ours.
const REFUSED_TOKENS = new Set([
  "SESSION_ENDED",
  "ERR_JWT_EXPIRED",
  "ERR_JWT_INVALID",
  "ERR_JWT_CLAIM_VALIDATION_FAILED",
  "ERR_JWE_INVALID",
  "ERR_JWE_DECRYPTION_FAILED",
]);

type ErrorSummary = { name?: string; code?: string; message?: string };

function errorOf(metadata: unknown): ErrorSummary {
  const candidate =
    metadata instanceof Error ? metadata : (metadata as { error?: unknown } | undefined)?.error;
  if (!(candidate instanceof Error)) return {};
  const code = (candidate as { code?: unknown }).code;
  return {
    name: candidate.name,
    code: typeof code === "string" ? code : undefined,
    message: candidate.message,
  };
}

/**
 * next-auth's messages through the portal's logger, as structured lines. Only the code and the
 * error's name and message are kept: next-auth's metadata may hold tokens or form fields.
 */
export const nextAuthLogger: Partial<LoggerInstance> = {
  error(code, metadata) {
    const error = errorOf(metadata);
    if (code === "JWT_SESSION_ERROR" && REFUSED_TOKENS.has(error.code ?? "")) {
      logger.info({ event: "auth.session-refused", reason: error.code }, "session refused");
      return;
    }
    logger.error({ event: "next-auth.error", code, error }, "next-auth error");
  },
  warn(code) {
    logger.warn({ event: "next-auth.warning", code }, "next-auth warning");
  },
  debug() {},
};
