// Reads a rendered form the way a browser without JavaScript does, and builds the multipart
// bodies it would post: every hidden input (React's $ACTION_* fields and the form's own), plus
// the person's choices.

import { randomUUID } from "node:crypto";

import { ELEMENT_CODES } from "./config";

export type Field = readonly [name: string, value: string];

/** What one rendered form posts, and where a stored submission is redirected to. */
export type FormTarget = {
  label: string;
  /** Where the form posts (its `action`, or the page itself when that is empty). */
  postPath: string;
  hiddenFields: Field[];
  expectedLocation: string;
};

/** The choices a person makes on the survey form: a service and nine scores. */
export type Choices = { serviceIds: string[]; elementCodes: string[] };

export type SurveyPage = { target: FormTarget; choices: Choices };

export type Submission = { path: string; body: Buffer; expectedLocation: string };

export const BOUNDARY = `----simaskot-bench-${randomUUID()}`;
export const CONTENT_TYPE = `multipart/form-data; boundary=${BOUNDARY}`;

export async function fetchPage(origin: string, path: string): Promise<string> {
  const response = await fetch(new URL(path, origin));
  if (response.status !== 200) {
    throw new Error(`GET ${path} answered ${response.status}; the benchmark needs a 200 page`);
  }
  return response.text();
}

/** The survey form of a unit: its hidden inputs, its services and its nine questions. */
export async function loadSurveyPage(origin: string, unitSlug: string): Promise<SurveyPage> {
  const path = `/survei/${unitSlug}`;
  const html = await fetchPage(origin, path);
  const target = readFormTarget(html, path, `${path}/terima-kasih`);
  const form = postForm(html, path);
  const serviceIds = radioValues(form, "layanan");
  const elementCodes = [...new Set(radioNames(form, "nilai-"))].map((name) =>
    name.slice("nilai-".length),
  );
  if (serviceIds.length === 0) throw new Error(`${path} offers no service to choose`);
  if (elementCodes.join() !== ELEMENT_CODES.join()) {
    throw new Error(`${path} asks [${elementCodes.join(", ")}], not the nine national elements`);
  }
  for (const required of ["$ACTION_KEY", "kode", "survei", "mulai", "sumber"]) {
    if (!target.hiddenFields.some(([name]) => name === required)) {
      throw new Error(`${path} has no hidden input "${required}"`);
    }
  }
  return { target, choices: { serviceIds, elementCodes } };
}

/** The hidden inputs of a page's POST form and where it posts. */
export function readFormTarget(html: string, path: string, expectedLocation: string): FormTarget {
  const form = postForm(html, path);
  const hiddenFields: Field[] = inputs(form)
    .filter((input) => input.type === "hidden" && input.name !== undefined)
    .map((input) => [input.name!, input.value ?? ""] as const);
  if (
    !hiddenFields.some(
      ([name]) => name.startsWith("$ACTION_REF_") || name.startsWith("$ACTION_ID_"),
    )
  ) {
    throw new Error(`The form of ${path} carries no server action reference`);
  }
  const action = attributes(form.slice(0, form.indexOf(">") + 1)).action ?? "";
  return { label: path, postPath: action === "" ? path : action, hiddenFields, expectedLocation };
}

/**
 * Builds submissions in turn: the targets round-robin, a fresh client id (`kode`) every time,
 * a random service of the unit and a random score from 1 to 4 for each element.
 */
export function submissionFactory(
  plans: ReadonlyArray<{ target: FormTarget; choices: Choices }>,
): () => Submission {
  let next = 0;
  return () => {
    const plan = plans[next++ % plans.length]!;
    const fields: Field[] = plan.target.hiddenFields.map(([name, value]) =>
      name === "kode" ? [name, randomUUID()] : [name, value],
    );
    fields.push(["layanan", pick(plan.choices.serviceIds)]);
    for (const code of plan.choices.elementCodes) {
      fields.push([`nilai-${code}`, String(1 + Math.floor(Math.random() * 4))]);
    }
    return {
      path: plan.target.postPath,
      body: multipartBody(fields),
      expectedLocation: plan.target.expectedLocation,
    };
  };
}

export function multipartBody(fields: readonly Field[]): Buffer {
  const parts = fields.map(
    ([name, value]) =>
      `--${BOUNDARY}\r\nContent-Disposition: form-data; name="${escapeName(name)}"\r\n\r\n${value}\r\n`,
  );
  return Buffer.from(`${parts.join("")}--${BOUNDARY}--\r\n`, "utf8");
}

function pick<T>(values: readonly T[]): T {
  return values[Math.floor(Math.random() * values.length)]!;
}

// Browsers percent-encode quotes and line breaks in multipart field names.
function escapeName(name: string): string {
  return name.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}

function postForm(html: string, path: string): string {
  const forms = html.match(/<form\b[^>]*>[\s\S]*?<\/form>/g) ?? [];
  const posting = forms.filter((form) => /^<form\b[^>]*\bmethod="post"/i.test(form));
  if (posting.length !== 1) {
    throw new Error(`${path} has ${posting.length} POST forms; expected exactly one`);
  }
  return posting[0]!;
}

type InputTag = { type?: string; name?: string; value?: string };

function inputs(html: string): InputTag[] {
  return (html.match(/<input\b[^>]*>/g) ?? []).map((tag) => attributes(tag));
}

function radioValues(form: string, name: string): string[] {
  return inputs(form)
    .filter((input) => input.type === "radio" && input.name === name && input.value !== undefined)
    .map((input) => input.value!);
}

function radioNames(form: string, prefix: string): string[] {
  return inputs(form)
    .filter((input) => input.type === "radio" && input.name?.startsWith(prefix))
    .map((input) => input.name!);
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {};
  for (const match of tag.matchAll(/([^\s=/<>"']+)(?:="([^"]*)")?/g)) {
    const [, key, value] = match;
    if (key) found[key] = decodeEntities(value ?? "");
  }
  return found;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|quot|amp|lt|gt|apos);/gi, (entity, code: string) => {
    const lower = code.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    const named: Record<string, string> = { quot: '"', amp: "&", lt: "<", gt: ">", apos: "'" };
    return named[lower] ?? entity;
  });
}
