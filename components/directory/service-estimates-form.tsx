"use client";

import { useActionState } from "react";

import { FormField } from "@/components/form-field";
import { ErrorSummary } from "@/components/survey/error-summary";
import type { EstimatesState } from "@/lib/directory/actions";
import { estimateField } from "@/lib/directory/estimate-fields";

type Props = {
  action: (state: EstimatesState, formData: FormData) => Promise<EstimatesState>;
  services: ReadonlyArray<{ id: number; name: string; annualUsers: number | null }>;
};

/** Officials who manage a unit enter how many people each service serves per year. */
export function ServiceEstimatesForm({ action, services }: Props) {
  const [state, formAction, pending] = useActionState<EstimatesState, FormData>(action, {
    status: "idle",
  });
  const errors = state.status === "error" ? state.fieldErrors : {};
  const values = state.status === "error" ? state.values : {};
  const fields = services.map((service) => estimateField(service.id));

  return (
    <form action={formAction} noValidate className="max-w-xl space-y-4">
      {state.status === "error" && (
        <ErrorSummary message={state.message} fieldErrors={errors} order={fields} />
      )}
      {state.status === "saved" && (
        <p role="status" className="rounded border-2 border-ok p-3">
          {state.message}
        </p>
      )}
      {services.map((service) => (
        <FormField
          key={service.id}
          name={estimateField(service.id)}
          label={service.name}
          hint="Orang per tahun. Kosongkan jika belum tahu."
          inputMode="numeric"
          autoComplete="off"
          defaultValue={values[estimateField(service.id)] ?? service.annualUsers ?? ""}
          error={errors[estimateField(service.id)]}
        />
      ))}
      <button
        type="submit"
        className="min-h-11 rounded bg-brand-700 px-5 font-bold text-white hover:bg-brand-800"
      >
        Simpan perkiraan
      </button>
      {pending && (
        <p role="status" className="text-muted">
          Menyimpan…
        </p>
      )}
    </form>
  );
}
