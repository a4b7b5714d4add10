import type { Translations } from './strings.js';

/** Strings of core's own views (the error report). Widgets declare their own tables. */
export interface CoreStrings {
  [key: string]: string | { one: string; other: string; zero?: string };
  errorTitle: string;
  errorWhere: string;
  errorHowToFix: string;
  errorMore: { one: string; other: string };
  errorRetry: string;
  /** Label of a problem that does not stop loading. */
  errorWarning: string;
  /** Announced once with the title: how many problems. */
  errorSummary: { one: string; other: string };
  /** Label before the line and column of a JSON syntax error. */
  errorLine: string;
  loading: string;
}

export const coreStrings: Translations<CoreStrings> = {
  fr: {
    errorTitle: 'Ce contenu ne peut pas être affiché',
    errorWhere: 'Où',
    errorHowToFix: 'Comment corriger',
    errorMore: { one: '{count} autre problème', other: '{count} autres problèmes' },
    errorRetry: 'Réessayer',
    errorWarning: 'Avertissement',
    errorSummary: { one: '{count} problème', other: '{count} problèmes' },
    errorLine: 'ligne {line}, colonne {column}',
    loading: 'Chargement…',
  },
  en: {
    errorTitle: 'This content cannot be shown',
    errorWhere: 'Where',
    errorHowToFix: 'How to fix it',
    errorMore: { one: '{count} more problem', other: '{count} more problems' },
    errorRetry: 'Try again',
    errorWarning: 'Warning',
    errorSummary: { one: '{count} problem', other: '{count} problems' },
    errorLine: 'line {line}, column {column}',
    loading: 'Loading…',
  },
};
