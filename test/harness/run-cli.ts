import { spawn } from 'node:child_process';
import * as path from 'node:path';

export const CLI_BIN = path.resolve(__dirname, '..', '..', 'cli', 'bin.cjs');

/** Runs the built CLI (cli/bin.cjs → cli/dist) as a user would, without colour and with a bare environment. */
export function runCli(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [CLI_BIN, ...args], { cwd, env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? cwd, NO_COLOR: '1', ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}
