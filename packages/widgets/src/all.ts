// All-in-one CDN entry: defines every Ancre element. Lit, XState and marked sit in shared chunks.
export * from './internal/core.js';
import '@ancre/service-finder/define.js';
import '@ancre/eco-assistant/define.js';
