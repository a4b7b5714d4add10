/**
 * The one shape of a problem Ancre reports to a person and to the host page: what went wrong,
 * where (a file or URL and a JSON path), and how to fix it. Shown by `<ancre-error>` and carried by
 * the `ancre-error` event. Never thrown into the host page.
 */
export interface AncreProblem {
  /** Stable machine-readable code, e.g. `pack/missing-field`, `load/http`, `load/timeout`. */
  code: string;
  /** What went wrong, in plain words. */
  message: string;
  /** Where: a file name or URL. */
  source?: string;
  /** Where inside the source: a JSON path such as `$.items[3].hours`. */
  path?: string;
  /** How to fix it. */
  hint?: string;
}

/** An error carrying one or more problems; thrown inside Ancre only, caught before the host page. */
export class AncreError extends Error {
  readonly problems: AncreProblem[];
  constructor(problems: AncreProblem | AncreProblem[], options?: { cause?: unknown }) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map(formatProblem).join('\n'), options);
    this.name = 'AncreError';
    this.problems = list;
  }
}

export function formatProblem(p: AncreProblem): string {
  const where = [p.source, p.path].filter(Boolean).join(' ');
  return `${where ? `${where}: ` : ''}${p.message}${p.hint ? ` (${p.hint})` : ''}`;
}

/** Turns anything caught into problems (an AncreError keeps its own; anything else becomes one). */
export function toProblems(error: unknown, fallback: Partial<AncreProblem> = {}): AncreProblem[] {
  if (error instanceof AncreError) return error.problems;
  const message = error instanceof Error ? error.message : String(error);
  return [{ code: fallback.code ?? 'internal', message, ...fallback, ...(fallback.message ? {} : { message }) }];
}
