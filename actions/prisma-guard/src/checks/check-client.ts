import type { RepoFs } from '@shared/io/repo-fs';
import type { Finding, Location } from '@shared/findings/finding';
import type { PrismaProject, ResolvedGenerator, SchemaFiles, SchemaWasm } from '@shared/prisma';
import { clientMissing } from '../rules/prisma-client-missing';
import { clientStale } from '../rules/prisma-client-stale';
import { clientVersionMismatch } from '../rules/prisma-client-version-mismatch';
import { readGeneratedClient } from './read-client';
import { changedBlocks } from './schema-blocks';

const CLIENT_PROVIDERS = new Set(['prisma-client', 'prisma-client-js']);

/**
 * Each Prisma client generator's output must exist and come from the current schema. The merged schema
 * (`merge_schemas`) is exactly what Prisma 7 inlines, so formatting alone never makes a client stale;
 * blocks are compared as a set because Prisma merges folder files in directory order.
 */
export function checkClients(fs: RepoFs, project: PrismaProject, files: SchemaFiles, generators: ResolvedGenerator[], wasm: SchemaWasm, cliVersion: string | undefined, merged: string): Finding[] {
  const findings: Finding[] = [];
  for (const g of generators.filter((x) => CLIENT_PROVIDERS.has(x.provider))) {
    const at = generatorLocation(files, g);
    if (!g.output) {
      findings.push(clientMissing(g, project.packageDir, at));
      continue;
    }
    const client = readGeneratedClient(fs, g.output);
    if (!client || client.schema === undefined) {
      findings.push(clientMissing(g, project.packageDir, at));
      continue;
    }
    const generatedFrom = client.schemaIsCopy ? wasm.mergeSchemas([[client.file, client.schema]]) : client.schema;
    const changes = generatedFrom === merged ? [] : changedBlocks(generatedFrom, merged);
    if (changes.length > 0) findings.push(clientStale(g, changes, client.file, at));
    if (client.clientVersion && cliVersion && client.clientVersion !== cliVersion) findings.push(clientVersionMismatch(g, client.clientVersion, cliVersion, at));
  }
  return findings;
}


function generatorLocation(files: SchemaFiles, g: ResolvedGenerator): Location {
  const text = files.find(([f]) => f === g.sourceFile)?.[1] ?? '';
  const lines = text.split('\n');
  const i = lines.findIndex((l) => new RegExp(`^\\s*generator\\s+${g.name}\\b`).test(l));
  return { file: g.sourceFile, line: i >= 0 ? i + 1 : 1, column: 1 };
}
