export const only = process.env.API_ONLY;
export const shared = process.env.SHARED_URL;
export const aws = process.env.AWS_REGION;
