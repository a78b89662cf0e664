import { memoKey, type RunMemo } from '@shared/baseline/run-memo';
import type ts from 'typescript';
import { findEnvReads, type EnvRead, type Readers } from './find-reads';

/**
 * `findEnvReads`, once per content in new-code mode: a file's reads depend only on its path (the script kind), its
 * text and the reader functions (name and argument index), all in the key. Most files are the same at the head and
 * the base, and parsing them is most of a run's cost. Reads are never changed once found, so both runs share them.
 */
export function findEnvReadsMemo(memo: RunMemo | undefined, file: string, text: string, readers: Readers, parsed: () => ts.SourceFile | undefined): EnvRead[] {
  if (!memo) return findEnvReads(file, text, readers, parsed());
  const readerKey = [...readers].map(([name, index]) => `${name}:${index}`).sort().join(',');
  return memo.get('env-guard:reads', memoKey(file, text, readerKey), () => findEnvReads(file, text, readers, parsed()));
}
