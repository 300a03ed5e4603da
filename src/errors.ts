/**
 * The one catalogue of programmer errors (documented in docs/errors.md). Problems in content are
 * diagnostics or rejected inputs, never these.
 */
export const errorCatalogue = {
  E_SPAN: 'An annotation span lies outside its text or ends before it starts.',
  E_STAGE: 'A pipeline stage broke its contract (changed the text, or returned nothing).',
  E_STORE: 'The store was used wrongly (closed, or a schema from a newer version).',
  E_OPTION: 'An option given to a library function is invalid.',
  E_DATASET: 'An evaluation dataset folder is missing files the task needs.',
} as const;

export type ErrorCode = keyof typeof errorCatalogue;

export class NewsprismError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, detail: string) {
    super(`${code}: ${detail} (${errorCatalogue[code]} See docs/errors.md.)`);
    this.name = 'NewsprismError';
    this.code = code;
  }
}

export function fail(code: ErrorCode, detail: string): never {
  throw new NewsprismError(code, detail);
}
