const encoder = new TextEncoder();

/** Edge-safe: Web Crypto, no Node built-ins. */
export async function verifySession(token: string | undefined): Promise<boolean> {
  if (!token) return false;
  const digest = await crypto.subtle.digest('SHA-256', encoder.encode(token));
  return digest.byteLength === 32;
}
