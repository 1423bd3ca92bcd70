const collator = new Intl.Collator("id-ID", { sensitivity: "base", numeric: true });

/** Alphabetical order of names as people read them, whatever the database's collation. */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b);
}
