// The anchors GitHub gives each Markdown file: a slug per heading (github-slugger, GitHub's own algorithm, with
// its -1, -2 suffixes for repeated headings) and every HTML id/name. Run as a child process by links.test.ts:
// github-slugger is ES-module only, which Jest's CommonJS runtime cannot load on Node 20.
//   node anchors.mjs <file.md>...   prints {"<file>": ["anchor", ...]}
import * as fs from 'node:fs';
import GithubSlugger from 'github-slugger';

/** Heading text as GitHub renders it before slugging: links and images by their text, HTML tags dropped. */
function plain(heading) {
  return heading
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+#+\s*$/, '')
    .trim();
}

const out = {};
for (const file of process.argv.slice(2)) {
  const slugger = new GithubSlugger();
  const anchors = [];
  let fence;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const f = /^\s{0,3}(`{3,}|~{3,})/.exec(line);
    if (f) {
      if (!fence) fence = f[1];
      else if (f[1][0] === fence[0] && f[1].length >= fence.length) fence = undefined;
      continue;
    }
    if (fence) continue;
    const h = /^\s{0,3}#{1,6}\s+(.*)$/.exec(line);
    if (h) anchors.push(slugger.slug(plain(h[1])));
    for (const m of line.matchAll(/<[a-z]+[^>]*\s(?:id|name)="([^"]+)"/gi)) anchors.push(m[1]);
  }
  out[file] = anchors;
}
process.stdout.write(JSON.stringify(out));
