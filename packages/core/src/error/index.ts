// The error report element and its event. No side effects: `<ancre-error>` is registered in core's define.ts.
export { AncreErrorView, VISIBLE_PROBLEMS, type ShownProblem } from './ancre-error.js';
export { AncreRetryEvent } from './retry-event.js';
export { errorViewStyles } from './ancre-error.styles.js';
export { ensureErrorView } from './ensure.js';
