"use client";

import { useActionState } from "react";

import { ErrorSummary } from "@/components/survey/error-summary";
import { FormField } from "@/components/form-field";
import { signIn } from "@/lib/auth/actions";
import { IDLE } from "@/lib/form-state";

export function SignInForm({ returnTo, title }: { returnTo?: string; title: string }) {
  const [state, formAction, pending] = useActionState(signIn, IDLE);
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};

  return (
    <form action={formAction} noValidate className="space-y-6">
      <title>{`${state.status === "error" ? "Kesalahan: " : ""}${title}`}</title>
      {state.status === "error" && (
        <ErrorSummary message={state.message} fieldErrors={errors} order={["email", "password"]} />
      )}
      {returnTo && <input type="hidden" name="kembali" value={returnTo} />}
      <FormField
        name="email"
        label="E-mail"
        type="email"
        autoComplete="username"
        spellCheck={false}
        defaultValue={values.email}
        error={errors.email}
      />
      <FormField
        name="password"
        label="Kata sandi"
        type="password"
        autoComplete="current-password"
        error={errors.password}
      />
      <button
        type="submit"
        className="block min-h-12 w-full rounded bg-brand-700 px-6 py-3 text-lg font-bold text-white hover:bg-brand-800 sm:w-auto"
      >
        Masuk
      </button>
      {pending && (
        <p role="status" className="text-muted">
          Memeriksa…
        </p>
      )}
    </form>
  );
}
