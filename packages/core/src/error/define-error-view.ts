// Registers <ancre-error>. Imported lazily by ensureErrorView(): most pages never show an error.
import { safeDefine } from '../base/safe-define.js';
import { AncreErrorView } from './ancre-error.js';

export function defineErrorView(): void {
  safeDefine('ancre-error', AncreErrorView);
}
