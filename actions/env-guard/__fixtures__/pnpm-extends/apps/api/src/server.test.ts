export const testDb = process.env.TEST_DATABASE;
