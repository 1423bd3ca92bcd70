// What a suggestion must not hold: the survey is anonymous (UU 27/2022 on personal data), so a
// suggestion that names a person's NIK, mobile number or e-mail address is refused, not stored.
// The checks look for the shapes people type, and leave ordinary numbers alone: fees
// ("Rp 250.000"), years, queue numbers, times ("08.00-12.00") and office phone lines.

export type PersonalData = "nik" | "telepon" | "email";

// Digits in groups joined by one space, dot or dash ("0812-3456-7890", "5271 0123 4567 8901"),
// with the "+" of "+62" kept.
const NUMBER_RUN = /\+?\d+(?:[ .-]\d+)*/g;
// "Rp 62.850.000", "IDR 81234567": an amount, whatever its digits.
const AMOUNT_BEFORE = /(?:^|[^\p{L}])(?:rp\.?|idr)\s*$/iu;
// Thousands grouped by dots, as amounts are written: "1.250.000".
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;

// A number written inside a longer run starts or ends where groups are spaced apart:
// "antrean 3 0812 3456 7890" holds a phone number, "Rp 1.081.234.567" does not.
const MAX_GROUPS = 8;

type Group = { digits: string; before: string };

function groupsOf(run: string): Group[] {
  return [...run.matchAll(/([ .-]?)(\+?\d+)/g)].map(([, before, digits]) => ({
    before: before!,
    digits: digits!,
  }));
}

// 16 digits, whole or in groups ("5271 0123 4567 8901", "52.71.01.120590.0001"); never pairs
// only, as in a timetable ("08.00-12.00-13.00-16.00"), nor thousands of an amount.
function isNik(groups: Group[], text: string): boolean {
  const digits = groups.map((group) => group.digits).join("");
  if (!/^\d{16}$/.test(digits) || THOUSANDS.test(text)) return false;
  return groups.some((group) => group.digits.length > 2);
}

// Indonesian mobile numbers: 08…, +62 8… or 62 8…, 9 to 13 digits counting the 0. After the
// first group, groups have three digits or more: "08.00-12.00-13.00" is a timetable.
function isMobileNumber(groups: Group[], text: string): boolean {
  const digits = groups.map((group) => group.digits).join("");
  const national = /^(?:\+62|62|0)(8\d*)$/.exec(digits)?.[1];
  if (!national || national.length < 8 || national.length > 12) return false;
  if (groups.slice(1).some((group) => group.digits.length < 3)) return false;
  const international = digits.startsWith("+");
  return international || digits.startsWith("0") || !THOUSANDS.test(text);
}

function kindsOf(groups: Group[]): PersonalData[] {
  const text = groups.map((group, i) => (i === 0 ? "" : group.before) + group.digits).join("");
  return [
    ...(isNik(groups, text) ? (["nik"] as const) : []),
    ...(isMobileNumber(groups, text) ? (["telepon"] as const) : []),
  ];
}

function numbersIn(text: string): PersonalData[] {
  const found = new Set<PersonalData>();
  for (const match of text.matchAll(NUMBER_RUN)) {
    const amount = AMOUNT_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index));
    const groups = groupsOf(match[0]);
    const spacedAt = (i: number) => i === 0 || i === groups.length || groups[i]!.before === " ";
    for (let first = amount ? 1 : 0; first < groups.length; first++) {
      if (!spacedAt(first)) continue;
      const last = Math.min(groups.length, first + MAX_GROUPS);
      for (let end = first + 1; end <= last; end++) {
        if (spacedAt(end)) kindsOf(groups.slice(first, end)).forEach((kind) => found.add(kind));
      }
    }
  }
  return [...found];
}

/** The kinds of personal data the text seems to hold, in the order nik, telepon, email. */
export function findPersonalData(text: string): PersonalData[] {
  // Full-width digits and no-break spaces read as plain ones; brackets around a prefix, as in
  // "(+62) 812…", are dropped.
  const plain = text.normalize("NFKC");
  const found = new Set(numbersIn(plain.replace(/[()]/g, "")));
  if (plain.includes("@") && EMAIL.test(plain)) found.add("email");
  return (["nik", "telepon", "email"] as const).filter((kind) => found.has(kind));
}
