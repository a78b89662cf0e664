const api = process.env.API_URL;
const site = process.env.NEXT_PUBLIC_SITE_NAME;
export const secret = process.env.SECRET_TOKEN;
const host = process.env["DB_HOST"];
const { STRIPE_KEY, STRIPE_TEST_KEY: testKey, REGION = 'eu' } = process.env;
export function read(name: string) {
  return process.env[name];
}
process.env.WRITTEN_ONLY = '1';
const runtime = process.env.NEXT_RUNTIME;
const branch = process.env.NEXT_PUBLIC_VERCEL_GIT_BRANCH;
export default function Page() {
  return <p>{api}{site}{host}{STRIPE_KEY}{testKey}{REGION}{runtime}{branch}</p>;
}
