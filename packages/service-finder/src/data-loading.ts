// Loaded on demand by <ancre-service-finder> when it loads data: the pack loader, the service-point
// validator and their messages are not needed to paint the search form.
export { loadPack } from '@ancre/core';
export { validateServicePoint } from './model/validate.js';
