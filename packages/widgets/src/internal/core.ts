// Core's elements and API, shared by the core entry and the all-in-one entry.
import '@ancre/core/define.js';
export * from '@ancre/core';
