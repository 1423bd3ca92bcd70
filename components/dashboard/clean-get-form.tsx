"use client";

import { useRouter } from "next/navigation";
import { type ReactNode, useTransition } from "react";

import { queryOfForm } from "@/lib/clean-query";

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
