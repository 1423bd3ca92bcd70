// Field names of the estimates form, shared by the form (a client component) and its action.

const FIELD_PREFIX = "perkiraan-";

export function estimateField(serviceId: number): string {
  return `${FIELD_PREFIX}${serviceId}`;
}
