/**
 * Every link a user can follow from Bickford points at a file or anchor that exists (issue 17): links in docs/**,
 * in every README, in the actions' action.yml descriptions, every rule's docs URL, and the links written into
 * messages in the sources. Links into this repository (relative, or https://github.com/bickford/actions/...)
 * are resolved against the working tree, anchors by GitHub's slug rules (test/docs/anchors.mjs, github-slugger).
 * Links to other sites are not followed: the test must not depend on the network.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse } from 'yaml';
import { docsUrlFor } from '@shared/findings/finding';
import { PRISMA_ON_EDGE_RULE } from '../../packages/runtime/src/gates';
import { GUARD_RULES } from '../harness/guard-rules';

const ROOT = path.resolve(__dirname, '..', '..');
const REPO_URL = 'https://github.com/bickford/actions';

interface Link {
  /** Where the link is written, `file:line`. */
  from: string;
  /** The file relative links resolve against. */
  base: string;
  target: string;
}

const tracked = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8' }).split('\0').filter(Boolean);
const isFixture = (f: string) => /(^|\/)(__fixtures__|fixtures|node_modules)\//.test(f);

const markdownFiles = tracked.filter((f) => !isFixture(f) && (f.startsWith('docs/') || /(^|\/)README\.md$/i.test(f)) && f.endsWith('.md'));
const actionFiles = tracked.filter((f) => /^actions\/[^/]+\/action\.yml$/.test(f));
const sourceFiles = tracked.filter((f) => /^(shared|cli\/src|actions\/[^/]+\/src|packages\/[^/]+\/src)\/.*\.ts$/.test(f) && !/\.test\.ts$/.test(f) && !isFixture(f));

/** Markdown links, reference definitions and bare URLs outside code (fenced blocks and inline code spans). */
function linksInMarkdown(file: string): Link[] {
  const links: Link[] = [];
  let fence: string | undefined;
  fs.readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((raw, i) => {
      const f = /^\s{0,3}(`{3,}|~{3,})/.exec(raw);
      if (f) {
        if (!fence) fence = f[1];
        else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
        return;
      }
      if (fence) return;
      const line = raw.replace(/`[^`]*`/g, '');
      const add = (target: string) => links.push({ from: `${file}:${i + 1}`, base: file, target });
      for (const m of line.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)) add(m[1]);
      for (const m of line.matchAll(/^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(\s|$)/g)) add(m[1]);
      for (const m of line.matchAll(/(?:href|src)="([^"]+)"/g)) add(m[1]);
      for (const m of line.matchAll(/(?<![(<"[])\bhttps:\/\/github\.com\/bickford\/actions[^\s)>\]"'`]*/g)) add(m[0]);
    });
  return links;
}

/** Links in an action's metadata: its description and every input's and output's. */
function linksInAction(file: string): Link[] {
  const meta = parse(fs.readFileSync(path.join(ROOT, file), 'utf8')) as { description?: string; inputs?: Record<string, { description?: string }>; outputs?: Record<string, { description?: string }> };
  const texts = [meta.description ?? '', ...Object.values(meta.inputs ?? {}).map((i) => i.description ?? ''), ...Object.values(meta.outputs ?? {}).map((o) => o.description ?? '')];
  return texts.flatMap((t) => [...t.matchAll(/\]\(([^)\s]+)\)|https:\/\/[^\s)>\]"'`]+/g)].map((m) => ({ from: file, base: file, target: m[1] ?? m[0] })));
}

/** Links to this repository written in the sources: the docs links of configuration errors and findings. */
function linksInSources(file: string): Link[] {
  const links: Link[] = [];
  fs.readFileSync(path.join(ROOT, file), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      // A URL that continues with an interpolation (`${DOCS_BASE}/${id}.md`) is a base; the rules' URLs are checked below.
      for (const m of line.matchAll(/https:\/\/github\.com\/bickford\/actions[^\s'"`)${}]*(?!\$)/g)) {
        if (line.slice((m.index ?? 0) + m[0].length).startsWith('${')) continue;
        links.push({ from: `${file}:${i + 1}`, base: file, target: m[0].replace(/[.,;:]+$/, '') });
      }
    });
  return links;
}

function ruleDocsLinks(): Link[] {
  return [
    ...GUARD_RULES.map((r) => ({ from: `rule ${r.id}`, base: 'README.md', target: r.docsUrl })),
    { from: `rule ${PRISMA_ON_EDGE_RULE}`, base: 'README.md', target: docsUrlFor(PRISMA_ON_EDGE_RULE) },
  ];
}

/** Where a link lands in this repository (path and anchor), or undefined for another site or a non-file page. */
function resolve(link: Link): { file: string; anchor?: string } | undefined {
  let target = link.target;
  if (/^(mailto:|data:)/.test(target)) return undefined;
  if (/^https?:\/\//.test(target)) {
    if (!target.startsWith(REPO_URL)) return undefined;
    const rest = target.slice(REPO_URL.length);
    if (rest === '' || rest === '/') return { file: 'README.md' };
    if (rest.startsWith('#')) return { file: 'README.md', anchor: rest.slice(1) };
    const m = /^\/(?:blob|tree)\/main\/([^#?]*)(?:\?[^#]*)?(?:#(.*))?$/.exec(rest);
    // issues/new, releases, and a JSON schema's $id are pages or names, not files of the tree.
    if (!m) return /^\/(issues|pulls|releases|discussions|security|actions|schemas)\b/.test(rest) ? undefined : { file: `(no such page) ${rest}` };
    return { file: decodeURIComponent(m[1]).replace(/\/$/, '') || '.', anchor: m[2] };
  }
  const hash = target.indexOf('#');
  const anchor = hash === -1 ? undefined : target.slice(hash + 1);
  target = hash === -1 ? target : target.slice(0, hash);
  target = target.replace(/\?.*$/, '');
  const file = target === '' ? link.base : path.posix.normalize(path.posix.join(path.posix.dirname(link.base), decodeURIComponent(target)));
  return { file: file.replace(/\/$/, ''), anchor };
}

const links = [...markdownFiles.flatMap(linksInMarkdown), ...actionFiles.flatMap(linksInAction), ...sourceFiles.flatMap(linksInSources), ...ruleDocsLinks()];
const resolved = links.map((l) => ({ link: l, to: resolve(l) })).filter((x): x is { link: Link; to: { file: string; anchor?: string } } => x.to !== undefined);
const anchoredMarkdown = [...new Set(resolved.filter((r) => r.to.anchor && r.to.file.endsWith('.md') && fs.existsSync(path.join(ROOT, r.to.file))).map((r) => r.to.file))];
const anchors: Record<string, string[]> = anchoredMarkdown.length
  ? JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'anchors.mjs'), ...anchoredMarkdown], { cwd: ROOT, encoding: 'utf8' }))
  : {};

describe('links', () => {
  it('are collected from the docs, every README, the action.yml files, the sources and the rules', () => {
    expect(markdownFiles).toEqual(expect.arrayContaining(['README.md', 'docs/distribution.md', 'actions/edge-guard/README.md', 'docs/rules/README.md']));
    expect(actionFiles.length).toBeGreaterThanOrEqual(5);
    expect(resolved.length).toBeGreaterThan(200);
  });

  it('point at files that exist in this repository', () => {
    const missing = resolved.filter((r) => !fs.existsSync(path.join(ROOT, r.to.file)) || !tracked.some((t) => t === r.to.file || t.startsWith(`${r.to.file}/`)) && r.to.file !== '.');
    expect(missing.map((r) => `${r.link.from}: ${r.link.target}`)).toEqual([]);
  });

  it('point at anchors that exist, by GitHub slug rules', () => {
    const broken = resolved.filter((r) => {
      if (!r.to.anchor || !r.to.file.endsWith('.md')) return false;
      // A line link (#L10) into Markdown shows the source view; GitHub accepts it.
      if (/^L\d+(-L\d+)?$/.test(r.to.anchor)) return false;
      return !(anchors[r.to.file] ?? []).includes(decodeURIComponent(r.to.anchor));
    });
    expect(broken.map((r) => `${r.link.from}: ${r.link.target}`)).toEqual([]);
  });
});

describe('anchors.mjs (GitHub slug rules)', () => {
  it('slugs headings as GitHub does: code, punctuation, repeats and links', () => {
    const dir = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'bickford-anchors-'));
    const file = path.join(dir, 'a.md');
    fs.writeFileSync(file, '# `bickford init`\n## Fork pull requests\n## Fork pull requests\n### Inputs & outputs (v1.2)\n```md\n# not a heading\n```\n## [Linked](x.md) title\n<a id="custom"></a>\n');
    const out = JSON.parse(execFileSync(process.execPath, [path.join(__dirname, 'anchors.mjs'), file], { encoding: 'utf8' }));
    expect(out[file]).toEqual(['bickford-init', 'fork-pull-requests', 'fork-pull-requests-1', 'inputs--outputs-v12', 'linked-title', 'custom']);
  });
});
