// @ancre/eco-assistant — no side effects: importing this module defines no element (see define.ts).
// The SDK (flow format, validator, compiler, engine, free-text matching) runs in Node; the element
// class is exported for integrators who register it themselves.
export * from './sdk.js';
export { AncreEcoAssistant } from './eco-assistant.js';
export { ecoAssistantLoader, type LoadedContent, type LoaderContext } from './eco-assistant.machine.js';
export { qrCode } from './qr.js';
export * from './eco-assistant.events.js';
export { fr as ecoAssistantFr, type EcoAssistantStrings } from './translations/fr.js';
export { en as ecoAssistantEn } from './translations/en.js';
