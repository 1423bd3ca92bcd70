import { Fragment } from "react";

/**
 * A name whose slashes may end a line ("Pemasukan/Pengeluaran"): browsers do not break there
 * on their own, and one such word would widen a table past a phone's screen.
 */
export function BreakableName({ name }: { name: string }) {
  const parts = name.split("/");
  return parts.map((part, index) => (
    <Fragment key={index}>
      {part}
      {index < parts.length - 1 && (
        <>
          /<wbr />
        </>
      )}
    </Fragment>
  ));
}
