"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useTransition } from "react";

import { queryOfForm } from "@/lib/clean-query";

/**
 * Narrows the selects that depend on a changed field: a select marked
 * `data-depends-on="<field>"` keeps only the options whose `data-owner` is that field's value
 * (all of them when that field is empty and the select says `data-all-when-empty`), and drops
 * a choice that no longer fits, which in turn narrows the selects that depend on it. Without JavaScript every option stays, and the page ignores,
 * with a note, a choice that does not fit.
 */
function narrowDependents(form: HTMLFormElement, field: HTMLSelectElement) {
  const dependents = form.querySelectorAll<HTMLSelectElement>(
    `select[data-depends-on="${CSS.escape(field.name)}"]`,
  );
  for (const dependent of dependents) {
    const all = field.value === "" && dependent.dataset.allWhenEmpty !== undefined;
    for (const option of dependent.options) {
      const owner = option.dataset.owner;
      if (owner === undefined) continue;
      const fits = all || owner === field.value;
      option.hidden = !fits;
      option.disabled = !fits;
    }
    for (const group of dependent.querySelectorAll("optgroup")) {
      group.hidden = [...group.querySelectorAll("option")].every((option) => option.hidden);
    }
    if (dependent.selectedOptions[0]?.disabled) {
      dependent.value = "";
      narrowDependents(form, dependent);
    }
  }
}

/**
 * A choice in a dependent select that belongs to another owner than the one chosen (a unit of
 * another agency) moves the field it depends on to that owner, so that the two never disagree.
 */
function followOwner(form: HTMLFormElement, select: HTMLSelectElement) {
  const parentName = select.dataset.dependsOn;
  const owner = select.selectedOptions[0]?.dataset.owner;
  if (!parentName || owner === undefined) return;
  const parent = form.elements.namedItem(parentName);
  if (!(parent instanceof HTMLSelectElement) || parent.value === "" || parent.value === owner) {
    return;
  }
  if (![...parent.options].some((option) => option.value === owner)) return;
  parent.value = owner;
  narrowDependents(form, parent);
}

/**
 * A GET form whose address leaves out the fields left empty. Without JavaScript the browser
 * sends them all and the page redirects to the address without them (lib/clean-query.ts).
 */
export function CleanGetForm({
  action,
  className,
  children,
}: {
  action: string;
  className?: string;
  children: ReactNode;
}) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <form
      action={action}
      method="get"
      className={className}
      aria-busy={pending}
      onChange={(event) => {
        if (event.target instanceof HTMLSelectElement) {
          followOwner(event.currentTarget, event.target);
          narrowDependents(event.currentTarget, event.target);
        }
      }}
      onSubmit={(event) => {
        event.preventDefault();
        const address = `${action}${queryOfForm(new FormData(event.currentTarget))}`;
        startTransition(() => router.push(address));
      }}
    >
      {children}
    </form>
  );
}
