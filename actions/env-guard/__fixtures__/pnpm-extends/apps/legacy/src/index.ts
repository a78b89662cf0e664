export const flags = [process.env.LEGACY_FLAG, process.env.SHARED_URL];
