// All-in-one CDN entry: defines every Ancre element. Lit, XState and marked sit in shared chunks.
export * from './internal/core.js';
