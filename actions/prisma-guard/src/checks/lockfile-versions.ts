import type { Location } from '@shared/findings/finding';

export interface LockedVersion {
  version: string;
  location: Location;
}

/**
 * Resolved versions of one package in a lockfile, each at its line. npm: `node_modules/<name>` keys;
 * pnpm: `<name>@<version>` package keys (v6 with a leading slash, v9 quoted); yarn v1 and berry:
 * the `version` line under a `<name>@…` entry.
 */
export function lockedVersions(file: string, text: string, name: string): LockedVersion[] {
  const lines = text.split('\n');
  const out: LockedVersion[] = [];
  const esc = name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
  const base = file.split('/').pop();
  if (base === 'package-lock.json' || base === 'npm-shrinkwrap.json') {
    const key = new RegExp(`^\\s*"(?:[^"]*/)?node_modules/${esc}":\\s*\\{`);
    lines.forEach((l, i) => {
      if (!key.test(l)) return;
      for (let k = i + 1; k < Math.min(lines.length, i + 6); k++) {
        const v = /^\s*"version":\s*"([^"]+)"/.exec(lines[k]);
        if (v) return void out.push({ version: v[1], location: { file, line: i + 1, column: 1 } });
      }
    });
  } else if (base === 'pnpm-lock.yaml') {
    const key = new RegExp(`^\\s{2}['"]?/?${esc}[@/](\\d[^('":\\s]*)`);
    lines.forEach((l, i) => {
      const m = key.exec(l);
      if (m) out.push({ version: m[1], location: { file, line: i + 1, column: 1 } });
    });
  } else if (base === 'yarn.lock') {
    const entry = new RegExp(`^"?${esc}@`);
    lines.forEach((l, i) => {
      if (!entry.test(l) && !new RegExp(`(^|, )"?${esc}@`).test(l)) return;
      if (/^\s/.test(l)) return;
      for (let k = i + 1; k < Math.min(lines.length, i + 4); k++) {
        const v = /^\s+version:?\s+"?([^"\s]+)"?/.exec(lines[k]);
        if (v) return void out.push({ version: v[1], location: { file, line: k + 1, column: 1 } });
      }
    });
  }
  return dedupe(out);
}

function dedupe(list: LockedVersion[]): LockedVersion[] {
  const seen = new Map<string, LockedVersion>();
  for (const v of list) if (!seen.has(v.version)) seen.set(v.version, v);
  return [...seen.values()];
}
