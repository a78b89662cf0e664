import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { RepoFs } from '@shared/io/repo-fs';
import { installedVersion, toMajor } from '@shared/prisma';

/** One side of `prisma migrate diff`. */
export type DiffSource = { kind: 'empty' } | { kind: 'migrations'; dir: string } | { kind: 'schema'; path: string } | { kind: 'schema-text'; text: string };

export interface DiffRequest {
  packageDir: string;
  from: DiffSource;
  to: DiffSource;
  shadowDatabaseUrl?: string;
}

export interface CommandResult {
  /** null when the process could not start or was killed (timeout). */
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

/** The repository's own Prisma CLI, as drift checking sees it. Engines get this interface, never a process. */
export interface PrismaCli {
  /** The CLI a package would run, or undefined when it is not installed. */
  locate(packageDir: string): { bin: string; version?: string } | undefined;
  migrateDiff(request: DiffRequest): Promise<CommandResult>;
}

const TIMEOUT_MS = 120_000;
// Prisma 7: the shadow URL reaches the CLI through the environment, never through a file.
const SHADOW_ENV = 'BICKFORD_SHADOW_DATABASE_URL';

/**
 * Runs `node_modules/.bin/prisma migrate diff --script --exit-code` as the package would. Prisma 7 reads the
 * shadow database from a config file only, so a throwaway config that reads it from the environment is passed
 * with --config; Prisma 6 takes --shadow-database-url and --to-schema-datamodel.
 */
export class NodePrismaCli implements PrismaCli {
  constructor(
    private readonly repo: RepoFs,
    private readonly env: Readonly<Record<string, string | undefined>>,
  ) {}

  locate(packageDir: string): { bin: string; version?: string } | undefined {
    for (let dir = packageDir; ; dir = path.posix.dirname(dir)) {
      const bin = path.posix.join(dir, 'node_modules/.bin/prisma');
      if (this.repo.exists(bin)) return { bin, version: installedVersion(this.repo, packageDir, 'prisma') };
      if (dir === '.' || dir === '') return undefined;
    }
  }

  async migrateDiff(request: DiffRequest): Promise<CommandResult> {
    const cli = this.locate(request.packageDir);
    if (!cli) return { exitCode: null, stdout: '', stderr: 'prisma CLI not installed' };
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bickford-drift-'));
    try {
      const seven = toMajor(cli.version ?? '7') >= 7;
      const args = ['migrate', 'diff', ...this.side('from', request.from, tmp, seven), ...this.side('to', request.to, tmp, seven), '--script', '--exit-code'];
      if (seven) {
        const config = path.join(tmp, 'prisma.config.ts');
        fs.writeFileSync(config, `export default {\n  datasource: { url: process.env.${SHADOW_ENV} ?? '', shadowDatabaseUrl: process.env.${SHADOW_ENV} },\n};\n`);
        args.push('--config', config);
      } else if (request.shadowDatabaseUrl) {
        args.push('--shadow-database-url', request.shadowDatabaseUrl); // Prisma 6 takes the URL only as a flag
      }
      return await run(this.repo.abs(cli.bin), args, this.repo.abs(request.packageDir), {
        ...this.env,
        [SHADOW_ENV]: request.shadowDatabaseUrl ?? '',
        PRISMA_HIDE_UPDATE_MESSAGE: '1',
        CHECKPOINT_DISABLE: '1',
      });
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  }

  private side(which: 'from' | 'to', source: DiffSource, tmp: string, seven: boolean): string[] {
    const schemaFlag = seven ? `--${which}-schema` : `--${which}-schema-datamodel`;
    switch (source.kind) {
      case 'empty':
        return [`--${which}-empty`];
      case 'migrations':
        return [`--${which}-migrations`, this.repo.abs(source.dir)];
      case 'schema':
        return [schemaFlag, this.repo.abs(source.path)];
      case 'schema-text': {
        const file = path.join(tmp, `${which}.prisma`);
        fs.writeFileSync(file, source.text);
        return [schemaFlag, file];
      }
    }
  }
}

function run(bin: string, args: string[], cwd: string, env: Record<string, string | undefined>): Promise<CommandResult> {
  return new Promise((resolve) => {
    let stdout = '';
    let stderr = '';
    const child = spawn(bin, args, { cwd, env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'], timeout: TIMEOUT_MS });
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', (e) => resolve({ exitCode: null, stdout, stderr: `${stderr}${e.message}` }));
    child.on('close', (code) => resolve({ exitCode: code, stdout, stderr }));
  });
}
