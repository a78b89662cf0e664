#!/usr/bin/env node
// The CLI is bundled like the actions, so `npx bickford` needs no TypeScript at run time.
require('./dist/index.js');
