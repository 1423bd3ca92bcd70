import Link from "next/link";
import type { ReactNode } from "react";

const BASE =
  "inline-flex min-h-11 items-center justify-center rounded px-5 py-2 text-center font-semibold no-underline";

const VARIANTS = {
  primary: `${BASE} bg-brand-700 text-white hover:bg-brand-800`,
  secondary: `${BASE} border-2 border-brand-700 bg-white text-brand-700 hover:bg-brand-50`,
};

/** A link that looks like a button: a 44 px tall target for the main thing to do on a page. */
export function ActionLink({
  href,
  variant = "primary",
  children,
}: {
  href: string;
  variant?: keyof typeof VARIANTS;
  children: ReactNode;
}) {
  return (
    <Link href={href} className={VARIANTS[variant]}>
      {children}
    </Link>
  );
}
