import { FIELD } from "@/lib/survey/fields";

import { ChoiceList } from "./choice-list";

/**
 * The service the QR code named is shown as text, with a way to change it that works without
 * JavaScript; with no service named, the person picks one.
 */
export function ServiceChoice({
  services,
  selected,
  error,
}: {
  services: ReadonlyArray<{ id: number; name: string }>;
  selected?: string;
  error?: string;
}) {
  const choices = services.map((service) => ({ value: String(service.id), label: service.name }));
  const preselected = services.find((service) => String(service.id) === selected);
  const list = (
    <ChoiceList
      name={FIELD.service}
      legend="Layanan yang Anda terima"
      choices={choices}
      checked={selected}
      error={error}
      legendSize="large"
    />
  );
  if (!preselected || error) return list;

  return (
    <div>
      <p className="text-lg">
        Layanan: <strong>{preselected.name}</strong>
      </p>
      <details className="mt-2">
        <summary className="inline-flex min-h-11 cursor-pointer items-center text-brand-700 underline">
          Ganti layanan
        </summary>
        <div className="mt-3">{list}</div>
      </details>
    </div>
  );
}
