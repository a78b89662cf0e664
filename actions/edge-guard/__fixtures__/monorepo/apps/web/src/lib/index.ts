export * from './format';
export * from './users';
export { readSession } from './session';
