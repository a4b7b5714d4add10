// <ancre-service-finder>: its chunk, loaded by the autoloader when the tag first appears.
import '@ancre/service-finder/define.js';
export * from '@ancre/service-finder';
