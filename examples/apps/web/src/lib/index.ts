// The app's barrel: importing one name evaluates every module below, as the bundler does.
export * from './http';
export * from './session';
export * from './users';
