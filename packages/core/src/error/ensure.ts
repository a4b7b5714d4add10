let pending: Promise<void> | undefined;

/**
 * Defines `<ancre-error>` on first need, from a lazily loaded module, so that a widget's first paint
 * does not carry the error report. A widget calls it when it enters an error state; the element it
 * rendered upgrades when the definition arrives (its `problems` property is kept).
 */
export function ensureErrorView(): Promise<void> {
  pending ??= import('./define-error-view.js').then((m) => m.defineErrorView());
  return pending;
}
