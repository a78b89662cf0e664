export const admin = process.env.ADMIN_ONLY;
export const shared = process.env.SHARED_URL;
export const apiOnly = process.env.API_ONLY;
