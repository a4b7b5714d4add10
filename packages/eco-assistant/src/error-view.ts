// Registers core's <ancre-error> on first need (a lazy chunk: most pages never show an error).
import { AncreErrorView, safeDefine } from '@ancre/core';

export function defineErrorView(): void {
  safeDefine('ancre-error', AncreErrorView);
}
