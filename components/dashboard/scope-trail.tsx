import Link from "next/link";

import type { Scope } from "@/lib/auth/scope";
import type { ViewScope } from "@/lib/dashboard/scope";

type Step = { label: string; href: string };

function stepsOf(scope: ViewScope, own: Scope, query: string): Step[] {
  const steps: Step[] = [];
  if (own.level === "province") steps.push({ label: "Provinsi NTB", href: `/dasbor${query}` });
  if (scope.level !== "province" && own.level !== "unit") {
    steps.push({
      label: scope.agency.shortName,
      href: own.level === "agency" ? `/dasbor${query}` : `/dasbor/opd/${scope.agency.slug}${query}`,
    });
  }
  if (scope.level === "unit") {
    steps.push({ label: scope.unit.name, href: `/dasbor/unit/${scope.unit.slug}${query}` });
  }
  return steps;
}

/** Where this dashboard sits in the official's scope; every step is a dashboard they may see. */
export function ScopeTrail({ scope, own, query }: { scope: ViewScope; own: Scope; query: string }) {
  const steps = stepsOf(scope, own, query);
  if (steps.length < 2) return null;
  return (
    <nav aria-label="Letak dasbor ini">
      <ol className="flex flex-wrap gap-x-2">
        {steps.map((step, index) =>
          index === steps.length - 1 ? (
            <li key={step.href} aria-current="page">
              {step.label}
            </li>
          ) : (
            <li key={step.href}>
              <Link href={step.href}>{step.label}</Link>
              <span aria-hidden="true"> ›</span>
            </li>
          ),
        )}
      </ol>
    </nav>
  );
}
