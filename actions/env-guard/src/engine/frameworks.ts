import type { Workspace } from './workspaces';

export interface Framework {
  slug: string;
  name: string;
  envWildcards: string[];
  dependencyMatch: { strategy: 'all' | 'some'; dependencies: string[] };
}

/**
 * turbo's framework inference: a workspace that depends on a framework gets the framework's variables added
 * to every task's `env`. Copied from turborepo `crates/turborepo-frameworks/src/frameworks.json` as shipped in
 * eslint-plugin-turbo 2.11.9 (the Next.js `envConditionals` entry, VERCEL_DEPLOYMENT_ID under skew protection,
 * is left out: it depends on a deploy-time value this check cannot see).
 */
export const FRAMEWORKS: readonly Framework[] = [
  { slug: 'astro', name: 'Astro', envWildcards: ['PUBLIC_*'], dependencyMatch: { strategy: 'all', dependencies: ['astro'] } },
  { slug: 'blitzjs', name: 'Blitz', envWildcards: ['NEXT_PUBLIC_*'], dependencyMatch: { strategy: 'all', dependencies: ['blitz'] } },
  { slug: 'create-react-app', name: 'Create React App', envWildcards: ['REACT_APP_*'], dependencyMatch: { strategy: 'some', dependencies: ['react-scripts', 'react-dev-utils'] } },
  { slug: 'expo', name: 'Expo', envWildcards: ['EXPO_PUBLIC_*'], dependencyMatch: { strategy: 'all', dependencies: ['expo'] } },
  { slug: 'gatsby', name: 'Gatsby', envWildcards: ['GATSBY_*'], dependencyMatch: { strategy: 'all', dependencies: ['gatsby'] } },
  { slug: 'nextjs', name: 'Next.js', envWildcards: ['NEXT_PUBLIC_*', 'NEXT_DEPLOYMENT_ID'], dependencyMatch: { strategy: 'all', dependencies: ['next'] } },
  {
    slug: 'nitro',
    name: 'Nitro',
    envWildcards: ['NITRO_*', 'SERVER_*', 'AWS_APP_ID', 'INPUT_AZURE_STATIC_WEB_APPS_API_TOKEN', 'CLEAVR', 'CF_PAGES', 'FIREBASE_APP_HOSTING', 'NETLIFY', 'STORMKIT', 'NOW_BUILDER', 'ZEABUR', 'RENDER'],
    dependencyMatch: { strategy: 'some', dependencies: ['nitropack', 'nitropack-nightly', 'nitro', 'nitro-nightly'] },
  },
  {
    slug: 'nuxtjs',
    name: 'Nuxt.js',
    envWildcards: ['NUXT_*', 'NUXT_ENV_*', 'NITRO_*', 'SERVER_*', 'AWS_APP_ID', 'INPUT_AZURE_STATIC_WEB_APPS_API_TOKEN', 'CLEAVR', 'CF_PAGES', 'FIREBASE_APP_HOSTING', 'NETLIFY', 'STORMKIT', 'NOW_BUILDER', 'ZEABUR', 'RENDER', 'LAUNCH_EDITOR'],
    dependencyMatch: { strategy: 'some', dependencies: ['nuxt', 'nuxt-edge', 'nuxt3', 'nuxt3-edge'] },
  },
  { slug: 'redwoodjs', name: 'RedwoodJS', envWildcards: ['REDWOOD_ENV_*'], dependencyMatch: { strategy: 'all', dependencies: ['@redwoodjs/core'] } },
  { slug: 'remix', name: 'Remix', envWildcards: ['REMIX_*'], dependencyMatch: { strategy: 'some', dependencies: ['@remix-run/dev', '@remix-run/react', '@remix-run/serve', '@react-router/dev'] } },
  { slug: 'sanity', name: 'Sanity Studio', envWildcards: ['SANITY_STUDIO_*'], dependencyMatch: { strategy: 'all', dependencies: ['@sanity/cli'] } },
  { slug: 'solidstart', name: 'Solid', envWildcards: ['VITE_*'], dependencyMatch: { strategy: 'all', dependencies: ['solid-js', 'solid-start'] } },
  { slug: 'sveltekit', name: 'SvelteKit', envWildcards: ['VITE_*', 'PUBLIC_*'], dependencyMatch: { strategy: 'all', dependencies: ['@sveltejs/kit'] } },
  { slug: 'vite', name: 'Vite', envWildcards: ['VITE_*'], dependencyMatch: { strategy: 'all', dependencies: ['vite'] } },
  { slug: 'vue', name: 'Vue', envWildcards: ['VUE_APP_*', 'LAUNCH_EDITOR'], dependencyMatch: { strategy: 'all', dependencies: ['@vue/cli-service'] } },
];

/** The frameworks turbo would infer for a workspace from its dependencies. */
export function inferFrameworks(ws: Workspace): Framework[] {
  return FRAMEWORKS.filter(({ dependencyMatch: { strategy, dependencies } }) =>
    strategy === 'all' ? dependencies.every((d) => ws.dependencies.has(d)) : dependencies.some((d) => ws.dependencies.has(d)),
  );
}
