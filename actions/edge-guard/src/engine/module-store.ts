import type { RunMemo } from '@shared/baseline/run-memo';
import type { CachedFs } from './cached-fs';
import { dirOf } from '@shared/io/repo-path';
import { lightScan } from './light-scan';
import { scanModuleMemo } from './scan-memo';
import type { TsconfigLoader } from './tsconfig-loader';
import type { ModuleFacts } from './types';

const CODE = /\.(c|m)?(j|t)sx?$/;
/** Plain JavaScript: no types, so no import elision question (light-scan.ts). */
const PLAIN_JS = /\.(c|m)?js$/;

export type StoredModule = { file: string; text: string; facts: ModuleFacts } | { file: string; readError: string };

/** Parses each file once per run; files that are not code (CSS, JSON, images, .d.ts) have no imports. */
export class ModuleStore {
  private readonly modules = new Map<string, StoredModule>();

  constructor(
    private readonly cfs: CachedFs,
    private readonly tsconfigs: TsconfigLoader,
    /** Keep imports as written under `verbatimModuleSyntax` (Turbopack, tsc, esbuild); Next 15's webpack SWC does not. */
    private readonly honourVerbatim = true,
    /** New-code mode: facts shared with the other run (head or base), for files the same at both. */
    private readonly memo?: RunMemo,
  ) {}

  static isCode(file: string): boolean {
    return CODE.test(file) && !/\.d\.(c|m)?ts$/.test(file);
  }

  get(file: string): StoredModule {
    let m = this.modules.get(file);
    if (m) return m;
    let text: string;
    try {
      text = this.cfs.fs.readText(file);
    } catch (e) {
      m = { file, readError: (e as Error).message };
      this.modules.set(file, m);
      return m;
    }
    const inPackages = file.includes('node_modules/');
    const verbatim = !inPackages && this.tsconfigs.forDir(dirOf(file)).verbatim;
    // An installed package's plain JavaScript is read with the scanner when that settles everything (light-scan.ts).
    const light = inPackages && PLAIN_JS.test(file) ? lightScan(text) : undefined;
    m = { file, text, facts: light ?? scanModuleMemo(this.memo, file, text, { verbatim, honourVerbatim: this.honourVerbatim }) };
    this.modules.set(file, m);
    return m;
  }

  /** The module if it was already read, without reading it. */
  peek(file: string): StoredModule | undefined {
    return this.modules.get(file);
  }

  get size(): number {
    return this.modules.size;
  }
}
