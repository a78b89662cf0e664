export const a = process.env.ANYTHING;
