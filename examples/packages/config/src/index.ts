/**
 * Configuration shared by the Acme apps, read once from the environment. Safe on the edge: plain reads of
 * process.env, which Next.js inlines or provides in every runtime.
 */
declare const process: { env: Record<string, string | undefined> };

export interface AcmeConfig {
  appUrl: string;
  logLevel: 'debug' | 'info' | 'warn' | 'error';
  featureFlags: string[];
}

const LEVELS = ['debug', 'info', 'warn', 'error'] as const;

function logLevel(value: string | undefined): AcmeConfig['logLevel'] {
  return (LEVELS as readonly string[]).includes(value ?? '') ? (value as AcmeConfig['logLevel']) : 'info';
}

export const config: AcmeConfig = {
  appUrl: process.env.NEXT_PUBLIC_APP_URL ?? 'http://localhost:3000',
  logLevel: logLevel(process.env.LOG_LEVEL),
  // DEMO: FEATURE_FLAGS is read here but no turbo.json declares it, so turbo neither hashes it nor passes it
  // to the build in strict mode. env-guard reports it (env-undeclared-read) and says to add it to the `env`
  // of the `build` task.
  featureFlags: (process.env.FEATURE_FLAGS ?? '').split(',').filter(Boolean),
};

export function isEnabled(flag: string): boolean {
  return config.featureFlags.includes(flag);
}
