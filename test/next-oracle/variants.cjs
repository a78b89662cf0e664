// The `next build` arguments of each oracle variant, shared by run.mjs and oracle.test.ts.
'use strict';
const VARIANTS = [
  { id: 'next15-webpack', pkg: 'next15', args: ['build', '--no-lint'] },
  { id: 'next16-turbopack', pkg: 'next16', args: ['build'] },
  // Where webpack and Turbopack may differ; every case here costs a minute or two of build.
  {
    id: 'next16-webpack',
    pkg: 'next16',
    args: ['build', '--webpack'],
    cases: ['eval-lodash-middleware', 'instrumentation-early-return', 'layout-edge-route-handler', 'react-server-node-only', 'react-server-client-boundary', 'pg-in-middleware'],
  },
];
const VARIANT_ARGS = Object.fromEntries(VARIANTS.map((v) => [v.id, v.args]));
/** The cases a variant builds (all when it names none). */
const casesOf = (variant, all) => (variant.cases ? all.filter((c) => variant.cases.includes(c.name)) : all);
module.exports = { VARIANTS, VARIANT_ARGS, casesOf };
