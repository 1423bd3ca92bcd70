"use client";

import { unstable_isUnrecognizedActionError, unstable_rethrow } from "next/navigation";
import { useActionState, useEffect, useRef, useState, useTransition, type FormEvent } from "react";

import { formValues, IDLE, type FormState } from "@/lib/form-state";
import { sendingFailedMessage } from "@/lib/survey/messages";

import { keepAnswersForReload, restoreKeptAnswers } from "./kept-answers";

type SurveyAction = (state: FormState, formData: FormData) => Promise<FormState>;

/**
 * Without JavaScript, or before it has loaded, the form posts itself to the server action and
 * the server renders the answer (useActionState). Once hydrated, send() takes over: it calls the
 * same action in a transition, so that a lost connection, a server's or proxy's error, or a form
 * older than the running portal comes back as a message above the answers instead of the error
 * page, which would discard them. Preventing the submit event's default makes React skip the form action.
 */
export function useSurveySending({ action, unitSlug }: { action: SurveyAction; unitSlug: string }) {
  const [postedState, formAction] = useActionState(action, IDLE);
  const [sentState, setSentState] = useState<FormState | null>(null);
  const [stale, setStale] = useState(false);
  const [pending, startTransition] = useTransition();
  const sending = useRef(false);
  const formRef = useRef<HTMLFormElement>(null);
  const state = sentState ?? postedState;

  useEffect(() => {
    if (formRef.current) restoreKeptAnswers(unitSlug, formRef.current);
  }, [unitSlug]);

  const send = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A second press while the first is on its way sends nothing; the server deduplicates too.
    if (sending.current) return;
    sending.current = true;
    const formData = new FormData(event.currentTarget);
    startTransition(async () => {
      try {
        const next = await action(state, formData);
        setStale(false);
        setSentState(next);
      } catch (error) {
        // The redirect to the thank-you page arrives as an error: Next.js handles it.
        unstable_rethrow(error);
        const isStale = unstable_isUnrecognizedActionError(error);
        setStale(isStale);
        setSentState({
          status: "error",
          message: sendingFailedMessage(isStale ? "stale" : "unconfirmed"),
          fieldErrors: {},
          values: formValues(formData),
        });
      } finally {
        sending.current = false;
      }
    });
  };

  return { state, formAction, send, pending, stale, formRef };
}

export function reloadKeepingAnswers(unitSlug: string, form: HTMLFormElement | null): void {
  if (form) keepAnswersForReload(unitSlug, form);
  window.location.reload();
}
