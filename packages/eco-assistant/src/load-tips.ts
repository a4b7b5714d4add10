// Loads a tips pack from a URL through core's pack loader (a lazy chunk: only pages with a `tips` URL need it).
import { loadPack } from '@ancre/core';
import { validateTip, type Tip } from './tips.types.js';

export async function loadTips(src: string, signal: AbortSignal, locale: 'fr' | 'en'): Promise<readonly Tip[]> {
  const result = await loadPack<Tip>({ kind: 'ancre/tips', src, validateItem: validateTip, signal, locale });
  return result.pack.items;
}
