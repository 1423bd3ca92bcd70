import { Fragment } from "react";

/**
 * Text that may break after a slash ("Pemasukan/Pengeluaran"), where browsers would otherwise
 * keep the joined words on one line and widen a narrow table cell.
 */
export function BreakableText({ text }: { text: string }) {
  const parts = text.split("/");
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
