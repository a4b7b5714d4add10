// Content packs: envelope types, validation, merging of `extends`, loading. No side effects.
export type { PackProblem, PackSource, PackEnvelope, PackOrigin, MergedPack, ItemCheckContext, ItemValidator, KnownPackKind } from './types.js';
export { PACK_KINDS } from './types.js';
export {
  checkField,
  itemValidator,
  localizedText,
  joinPath as joinJsonPath,
  closest as suggestClosest,
  packProblem,
  ITEM_ID_PATTERN,
  ITEM_ID_FIELD,
  type FieldDesc,
  type StringField,
  type NumberField,
  type BooleanField,
  type EnumField,
  type ArrayField,
  type ObjectField,
  type RecordField,
  type AnyField,
  type FormatLabel,
  type Infer,
  type CheckOptions,
} from './describe.js';
export { packMessage, type MessageKey, type JsonSyntaxReason } from './messages.js';
export { FORBIDDEN_KEYS, toJsonValue } from './sanitize.js';
export { parseJson, findJsonError, lineColumn, type JsonSyntaxError } from './json.js';
export { validatePack, isBlocking, ENVELOPE, SEMVER_PATTERN, PACK_ID_PATTERN, type ValidatePackOptions, type ValidatePackResult } from './validate.js';
export { mergePacks, asMerged, deepMerge, type MergeOptions, type MergeResult } from './merge.js';
export {
  loadPack,
  loadPackLogic,
  loadProblems,
  defaultResolveBase,
  isIdRef,
  versionMatches,
  type LoadPackOptions,
  type LoadPackResult,
  type ResolveBase,
  type DefaultResolverOptions,
} from './load.js';
