// <ancre-eco-assistant>: its chunk, loaded by the autoloader when the tag first appears.
import '@ancre/eco-assistant/define.js';
export * from '@ancre/eco-assistant';
