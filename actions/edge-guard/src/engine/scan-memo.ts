import { memoKey, type RunMemo } from '@shared/baseline/run-memo';
import { scanModule, type ScanOptions } from './scan-module';
import type { ModuleFacts } from './types';

/**
 * `scanModule`, once per content in new-code mode: its facts depend only on the path (the script kind), the text
 * and the two options, all in the key. Most files are the same at the head and the base, and scanning is most of
 * a run's cost. The facts are read, never changed, after scanning, so both runs may hold the same object.
 */
export function scanModuleMemo(memo: RunMemo | undefined, file: string, text: string, options: ScanOptions): ModuleFacts {
  if (!memo) return scanModule(file, text, options);
  return memo.get('edge-guard:scan', memoKey(file, text, options.verbatim, options.honourVerbatim ?? false), () => scanModule(file, text, options));
}
