// The `next build` arguments of each oracle variant, shared by run.mjs and oracle.test.ts.
'use strict';
const VARIANTS = [
  { id: 'next15-webpack', pkg: 'next15', args: ['build', '--no-lint'] },
  { id: 'next16-turbopack', pkg: 'next16', args: ['build'] },
  { id: 'next16-webpack', pkg: 'next16', args: ['build', '--webpack'] },
];
const VARIANT_ARGS = Object.fromEntries(VARIANTS.map((v) => [v.id, v.args]));
module.exports = { VARIANTS, VARIANT_ARGS };
