// Writes a synthetic Turborepo monorepo for the env-guard benchmark into bench/.corpus/env-guard (git-ignored).
// Deterministic: the same arguments give the same files, so runs on two machines compare.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function generateCorpus(dir, { workspaces = 80, filesPerWorkspace = 40, readsPerFile = 6 } = {}) {
  fs.rmSync(dir, { recursive: true, force: true });
  let seed = 42;
  const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const write = (rel, text) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  const declared = Array.from({ length: 120 }, (_, i) => `SERVICE_${i}_URL`);
  write('package.json', JSON.stringify({ name: 'bench', private: true, workspaces: ['packages/*'] }, null, 2));
  write('turbo.json', JSON.stringify({ globalEnv: ['NODE_ENV'], tasks: { build: { env: [...declared, 'FEATURE_*'] }, test: {} } }, null, 2));
  let undeclared = 0;
  let reads = 0;
  for (let w = 0; w < workspaces; w++) {
    const next = w % 4 === 0;
    write(`packages/pkg-${w}/package.json`, JSON.stringify({ name: `pkg-${w}`, scripts: { build: 'tsc' }, dependencies: next ? { next: '15.0.0' } : {} }));
    for (let f = 0; f < filesPerWorkspace; f++) {
      const lines = [`// generated file ${w}/${f}`, 'export function handler(input: { id: string }) {'];
      for (let r = 0; r < readsPerFile; r++) {
        const x = rand();
        let name;
        if (x < 0.05) name = `UNDECLARED_${w}_${f}_${r}`;
        else if (x < 0.15) name = next ? `NEXT_PUBLIC_KEY_${r}` : `FEATURE_${r}`;
        else name = declared[Math.floor(rand() * declared.length)];
        if (name.startsWith('UNDECLARED')) undeclared++;
        reads++;
        lines.push(r % 3 === 0 ? `  const v${r} = process.env["${name}"];` : `  const v${r} = process.env.${name};`);
      }
      lines.push(...Array.from({ length: 30 }, (_, i) => `  const local${i} = input.id.length + ${i};`));
      lines.push(`  return [${Array.from({ length: readsPerFile }, (_, r) => `v${r}`).join(', ')}];`, '}', '');
      write(`packages/pkg-${w}/src/file-${f}.ts`, lines.join('\n'));
    }
  }
  return { workspaces, files: workspaces * filesPerWorkspace, reads, undeclared };
}
