import picomatch from 'picomatch';
import type { Finding } from '@shared/findings/finding';
import type { RepoFs } from '@shared/io/repo-fs';
import type { EdgeEntry } from './entries';
import { edgeEntriesUnmatched } from '../rules/edge-entries-unmatched';
import type { EdgeGuardOptions } from './options';

/**
 * The files the `entries` setting names. A pattern that matches no file is an error, not a warning: a typo
 * would otherwise mean zero entries checked and a pass. It is reported where the setting is written (the key
 * or list item in .bickford.yml), or by name when it came from the action input or a CLI flag.
 */
export function configuredEntries(fs: RepoFs, options: Pick<EdgeGuardOptions, 'entries' | 'entriesFrom'>): { entries: EdgeEntry[]; findings: Finding[] } {
  if (options.entries.length === 0) return { entries: [], findings: [] };
  const matched = fs.glob(options.entries);
  const findings: Finding[] = [];
  options.entries.forEach((pattern, i) => {
    if (pattern.startsWith('!')) return; // an exclusion narrows the others; it names no file itself
    const isMatch = picomatch(pattern, { dot: true });
    if (matched.some((f) => isMatch(f))) return;
    const from = options.entriesFrom;
    const where = !from ? '`entries`' : from.from === 'input' ? 'the `entries` input' : from.from === 'flag' ? '--entries' : `entries in ${from.from}`;
    findings.push(
      edgeEntriesUnmatched.report({
        message: `${where}: '${pattern}' matches no file under the working directory, so no edge entry comes from it and the code it was meant to name is not checked`,
        // The list item in .bickford.yml, else its key; an input or a flag has no place in the repository.
        location: from?.items?.[i] ?? from?.location,
        fingerprintKey: `entries\0${pattern}`,
      }),
    );
  });
  return { entries: matched.map((file) => ({ file, kind: 'config', why: 'listed in entries' })), findings };
}
