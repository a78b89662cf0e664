export const x = process.env.IGNORED_PACKAGE_READ;
