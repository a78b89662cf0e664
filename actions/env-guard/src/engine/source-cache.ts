import type ts from 'typescript';
import type { RepoFs } from '@shared/io/repo-fs';
import { parseSource } from './find-reads';

/**
 * Each source file read once; the trees the wrapper pass parses are kept for the read pass. The read pass
 * does not keep its own (`peek`): holding every tree of a large monorepo costs more memory than reparsing.
 */
export class SourceCache {
  private readonly texts = new Map<string, string>();
  private readonly trees = new Map<string, ts.SourceFile>();

  constructor(private readonly fs: RepoFs) {}

  text(file: string): string {
    let t = this.texts.get(file);
    if (t === undefined) this.texts.set(file, (t = this.fs.readText(file)));
    return t;
  }

  peek(file: string): ts.SourceFile | undefined {
    return this.trees.get(file);
  }

  parsed(file: string): ts.SourceFile {
    let tree = this.trees.get(file);
    if (!tree) this.trees.set(file, (tree = parseSource(file, this.text(file))));
    return tree;
  }
}
