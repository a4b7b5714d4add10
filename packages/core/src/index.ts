// @ancre/core — no side effects: importing this module defines no element (see define.ts).
export { VERSION } from './version.js';
export * from './errors.js';
export * from './events.js';
export { safeDefine, resetSafeDefineWarnings, type DefineResult, type VersionedConstructor } from './base/safe-define.js';
export { upgradeProperties } from './base/upgrade-properties.js';
export { AncreElement } from './base/ancre-element.js';
export { MachineController, type MachineControllerOptions } from './base/machine-controller.js';
export * from './i18n/locale.js';
export * from './i18n/format.js';
export * from './i18n/strings.js';
export { coreStrings, type CoreStrings } from './i18n/core-strings.js';
export * from './theme/tokens.js';
export * from './theme/presets.js';
export * from './text/normalize.js';
export * from './packs/fetch-json.js';
export { AncreCard } from './card/ancre-card.js';
