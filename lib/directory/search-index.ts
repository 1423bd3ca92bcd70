import MiniSearch, { type Query, type SearchResult } from "minisearch";

import { compareNames } from "./collation";
import { GLOSSARY } from "./search-glossary";

export type SearchableUnit = {
  slug: string;
  name: string;
  agencySlug: string;
  agencyName: string;
  agencyShortName: string;
  regencyName: string;
  services: string[];
};

export type DirectoryUnit = Omit<SearchableUnit, "services">;

// Words that say nothing about which unit is meant; a query of "samsat di mataram" must not
// require a unit to contain "di".
const STOP_WORDS = new Set(["dan", "di", "ke", "dari", "yang", "untuk", "atau", "serta", "dengan"]);

const WORD_SEPARATOR = /[\s\p{P}\p{S}]+/u;

/** Lower case without accents: "Sámsat" and "samsat" are one word. */
export function foldText(text: string): string {
  return text.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

/** The words of a text, folded, without stop words. */
export function wordsOf(text: string): string[] {
  return foldText(text)
    .split(WORD_SEPARATOR)
    .filter((word) => word !== "" && !STOP_WORDS.has(word));
}

/** The other form of every glossary entry found in the unit's text, as extra words to match. */
function keywordsOf(words: string[]): string {
  const text = ` ${words.join(" ")} `;
  const found = GLOSSARY.flatMap(([abbreviation, expansion]) => {
    if (text.includes(` ${abbreviation} `)) return [expansion];
    if (text.includes(` ${wordsOf(expansion).join(" ")} `)) return [abbreviation];
    return [];
  });
  return found.join(" ");
}

type IndexedUnit = DirectoryUnit & { servicesText: string; keywords: string };

function toIndexed(unit: SearchableUnit): IndexedUnit {
  const { services, ...rest } = unit;
  const servicesText = services.join(" · ");
  const allWords = wordsOf(
    [unit.name, unit.agencyName, unit.agencyShortName, unit.regencyName, servicesText].join(" "),
  );
  return { ...rest, servicesText, keywords: keywordsOf(allWords) };
}

// A unit's own name counts most, then the agency's short name and the regency people say, then
// the agency's full name, the services and the glossary's words.
const BOOST = {
  name: 4,
  agencyShortName: 3,
  regencyName: 2,
  agencyName: 1.5,
  servicesText: 1,
  keywords: 1,
};

function buildIndex(units: ReadonlyArray<SearchableUnit>): MiniSearch<IndexedUnit> {
  const index = new MiniSearch<IndexedUnit>({
    idField: "slug",
    fields: Object.keys(BOOST),
    storeFields: ["slug", "name", "agencySlug", "agencyName", "agencyShortName", "regencyName"],
    tokenize: (text) => text.split(WORD_SEPARATOR),
    processTerm: (term) => {
      const word = foldText(term);
      return word === "" || STOP_WORDS.has(word) ? null : word;
    },
  });
  index.addAll(units.map(toIndexed));
  return index;
}

// The index is rebuilt only when the directory read for this search differs from the one it was
// built from: a cache of what the database says, never a second source of truth.
let cached: { key: string; index: MiniSearch<IndexedUnit> } | undefined;

function indexFor(units: ReadonlyArray<SearchableUnit>): MiniSearch<IndexedUnit> {
  const key = JSON.stringify(units);
  if (cached?.key !== key) cached = { key, index: buildIndex(units) };
  return cached.index;
}

/**
 * 0: the unit's name starts with the words typed; 1: every word typed starts a word of the name;
 * 2: found through its agency, regency, services or a typo.
 */
function nameTier(name: string, query: string[]): number {
  const nameWords = wordsOf(name);
  const last = query.length - 1;
  const startsName = query.every((word, i) =>
    i === last ? nameWords[i]?.startsWith(word) : nameWords[i] === word,
  );
  if (startsName) return 0;
  return query.every((word) => nameWords.some((candidate) => candidate.startsWith(word))) ? 1 : 2;
}

function toUnit(result: SearchResult): DirectoryUnit {
  return {
    slug: result.slug as string,
    name: result.name as string,
    agencySlug: result.agencySlug as string,
    agencyName: result.agencyName as string,
    agencyShortName: result.agencyShortName as string,
    regencyName: result.regencyName as string,
  };
}

// A word of five letters or more may hold one typo: a letter missing, extra or wrong (fuzzy
// search), or two neighbouring letters swapped ("matraam"), which Levenshtein distance would
// count as two. Matches through a typo weigh less than the word as typed.
const TYPO_MIN_LENGTH = 5;
const WEIGHTS = { prefix: 0.5, fuzzy: 0.3 };

/** The word with one pair of neighbouring letters swapped, every way that changes it. */
export function transpositionsOf(word: string): string[] {
  const letters = [...word];
  const variants = new Set<string>();
  for (let i = 0; i + 1 < letters.length; i++) {
    if (letters[i] === letters[i + 1]) continue;
    const swapped = [...letters];
    [swapped[i], swapped[i + 1]] = [letters[i + 1]!, letters[i]!];
    variants.add(swapped.join(""));
  }
  return [...variants];
}

function queryOf(word: string): Query {
  if (word.length < TYPO_MIN_LENGTH) return word;
  const swapped: Query = {
    queries: transpositionsOf(word),
    combineWith: "OR",
    fuzzy: false,
    boostTerm: () => WEIGHTS.fuzzy,
  };
  return { queries: [word, swapped], combineWith: "OR" };
}

/**
 * Units holding every word typed, each word matching the start of a word (never its inside) in
 * the unit's name, its agency's name or short name, its regency or its services; words of five
 * letters or more may carry one typo. Units named by the words come first.
 */
export function searchUnits(
  units: ReadonlyArray<SearchableUnit>,
  query: string[],
): DirectoryUnit[] {
  if (query.length === 0) return [];
  const results = indexFor(units).search(
    { queries: query.map(queryOf), combineWith: "AND" },
    {
      boost: BOOST,
      prefix: (term) => term.length >= 2,
      fuzzy: (term) => (term.length >= TYPO_MIN_LENGTH ? 1 : false),
      weights: WEIGHTS,
    },
  );
  return results
    .map((result) => ({ result, tier: nameTier(result.name as string, query) }))
    .sort(
      (a, b) =>
        a.tier - b.tier ||
        b.result.score - a.result.score ||
        compareNames(a.result.name as string, b.result.name as string),
    )
    .map(({ result }) => toUnit(result));
}
