export const base = import.meta.env.VITE_BASE;
export const mode = import.meta.env.MODE;
export const remote = import.meta.env.REMOTE_ORIGIN;
export const next = process.env.NEXT_PUBLIC_SITE_NAME;
