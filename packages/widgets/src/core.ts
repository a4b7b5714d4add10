// Core's visible pieces (card, error report, commune search) and core's API for page scripts
// (validatePack, renderMarkdown, formatters...), from the same shared chunks as the widgets.
export * from './internal/core.js';
