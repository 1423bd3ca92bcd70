import { SMALLEST_GROUP } from "./profile";

// A dashboard narrowed by dates or by a service must never let an official subtract two views
// to read the answers of fewer than five people. So narrowed figures are only ever sums of
// "blocks": runs of consecutive days of one group of services that hold at least five
// respondents each. Any difference between two such views is again a sum of whole blocks.

/** Respondents of one service of one unit on one WITA day. */
export type DayCount = { unitId: number; serviceId: number; day: string; respondents: number };

/** First and last WITA day, both included, YYYY-MM-DD. */
export type DaySpan = { first: string; last: string };

type DayRespondents = { day: string; respondents: number };

export type DayBlock = DaySpan & { respondents: number; days: DayRespondents[] };

/**
 * The services of one unit whose answers are always added up together: a service with at least
 * five respondents in the period stands alone; the smaller ones are pooled, and a pool still
 * under five joins the largest service, so that no group is smaller than five unless the whole
 * unit is (whose figures are public anyway).
 */
export type ServiceGroup = { unitId: number; serviceIds: number[]; blocks: DayBlock[] };

/** What a narrowed view adds up: these services' answers on these days. */
export type Selection = {
  unitId: number;
  serviceIds: number[];
  span: DaySpan;
  respondents: number;
};

export type DayRange = { dari?: string; sampai?: string };

/**
 * Cuts days (in order) into consecutive blocks of at least five respondents; a tail under five
 * joins the block before it. Days with nobody are left out of the input.
 */
export function dayBlocks(days: ReadonlyArray<DayRespondents>): DayBlock[] {
  const blocks: DayBlock[] = [];
  let open: DayBlock | null = null;
  for (const entry of days) {
    open ??= { first: entry.day, last: entry.day, respondents: 0, days: [] };
    open.last = entry.day;
    open.respondents += entry.respondents;
    open.days.push(entry);
    if (open.respondents >= SMALLEST_GROUP) {
      blocks.push(open);
      open = null;
    }
  }
  const previous = blocks.at(-1);
  if (open && previous) {
    previous.last = open.last;
    previous.respondents += open.respondents;
    previous.days.push(...open.days);
  } else if (open) {
    blocks.push(open);
  }
  return blocks;
}

function byDay(counts: ReadonlyArray<DayCount>): DayRespondents[] {
  const days = new Map<string, number>();
  for (const { day, respondents } of counts) days.set(day, (days.get(day) ?? 0) + respondents);
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([day, respondents]) => ({ day, respondents }));
}

/** Appends to the list kept under a key: one pass, no copying. */
function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Which services of one unit are added up together, from each service's respondents in the
 * period: a service of five or more stands alone, the smaller ones form one pool, and a pool
 * still under five joins the largest service (ties: the lowest id).
 */
export function groupByTotals(totals: ReadonlyMap<number, number>): number[][] {
  const services = [...totals.entries()]
    .filter(([, total]) => total > 0)
    .sort(([a, ta], [b, tb]) => tb - ta || a - b);
  const groups = services.filter(([, total]) => total >= SMALLEST_GROUP).map(([id]) => [id]);
  const small = services.filter(([, total]) => total < SMALLEST_GROUP);
  if (small.length === 0) return groups;

  const pool = small.map(([id]) => id).sort((a, b) => a - b);
  const pooled = small.reduce((sum, [, total]) => sum + total, 0);
  if (pooled >= SMALLEST_GROUP || groups.length === 0) return [...groups, pool];
  return [[...groups[0]!, ...pool], ...groups.slice(1)];
}

/** Whether a service's figures may be shown by themselves: it forms a group of its own. */
export function standsAlone(totals: ReadonlyMap<number, number>, serviceId: number): boolean {
  return groupByTotals(totals).some((group) => group.length === 1 && group[0] === serviceId);
}

function groupUnit(unitId: number, counts: ReadonlyArray<DayCount>): ServiceGroup[] {
  const rowsOf = new Map<number, DayCount[]>();
  const totals = new Map<number, number>();
  for (const count of counts) {
    pushTo(rowsOf, count.serviceId, count);
    totals.set(count.serviceId, (totals.get(count.serviceId) ?? 0) + count.respondents);
  }
  return groupByTotals(totals).map((serviceIds) => ({
    unitId,
    serviceIds,
    blocks: dayBlocks(byDay(serviceIds.flatMap((id) => rowsOf.get(id) ?? []))),
  }));
}

/** Every unit's groups of services, each cut into blocks of days. */
export function groupServices(counts: ReadonlyArray<DayCount>): ServiceGroup[] {
  const byUnit = new Map<number, DayCount[]>();
  for (const count of counts) pushTo(byUnit, count.unitId, count);
  return [...byUnit.entries()].flatMap(([unitId, rows]) => groupUnit(unitId, rows));
}

/** Whether a WITA day lies in the range (both ends included). */
export function within(day: string, range: DayRange): boolean {
  return (
    (range.dari === undefined || day >= range.dari) &&
    (range.sampai === undefined || day <= range.sampai)
  );
}

/** Whether at least half of a block's respondents answered on the range's days. */
function mostlyWithin(block: DayBlock, range: DayRange): boolean {
  const inside = block.days
    .filter((entry) => within(entry.day, range))
    .reduce((sum, entry) => sum + entry.respondents, 0);
  return inside > 0 && 2 * inside >= block.respondents;
}

/**
 * Per group, the whole blocks that mostly fall inside the range: the range rounded to whole
 * blocks, so that no two ranges differ by part of one. Blocks mostly inside one range of days
 * follow each other, so each group's choice is one span.
 */
export function selectRange(groups: ReadonlyArray<ServiceGroup>, range: DayRange): Selection[] {
  return groups.flatMap((group) => {
    const chosen = group.blocks.filter((block) => mostlyWithin(block, range));
    if (chosen.length === 0) return [];
    return [
      {
        unitId: group.unitId,
        serviceIds: group.serviceIds,
        span: { first: chosen[0]!.first, last: chosen.at(-1)!.last },
        respondents: chosen.reduce((sum, block) => sum + block.respondents, 0),
      },
    ];
  });
}

/**
 * The group of a service when the service stands alone, or null: a service pooled with others
 * cannot be shown by itself without revealing the small services it is pooled with.
 */
export function standaloneGroup(
  groups: ReadonlyArray<ServiceGroup>,
  serviceId: number,
): ServiceGroup | null {
  const group = groups.find((candidate) => candidate.serviceIds.includes(serviceId));
  return group && group.serviceIds.length === 1 ? group : null;
}

/**
 * The days a narrowed view covers: its first and last, and whether every answer given on them
 * is counted. Each group of services has blocks of its own, so with several groups the span
 * can hold answers of a block that was left out.
 */
export type Coverage = DaySpan & { complete: boolean };

/** What the selections cover of the days counted, or null when they cover none. */
export function coverageOf(
  selections: ReadonlyArray<Selection>,
  days: ReadonlyArray<DayCount>,
): Coverage | null {
  if (selections.length === 0) return null;
  const first = selections.map((selection) => selection.span.first).sort()[0]!;
  const last = selections
    .map((selection) => selection.span.last)
    .sort()
    .at(-1)!;
  const counted = selections.reduce((sum, selection) => sum + selection.respondents, 0);
  const given = days
    .filter((entry) => entry.day >= first && entry.day <= last)
    .reduce((sum, entry) => sum + entry.respondents, 0);
  return { first, last, complete: counted === given };
}
