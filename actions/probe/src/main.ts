import * as core from '@actions/core';
import { parseSync, loadModule } from 'libpg-query';
async function main() {
  await loadModule();
  const r = parseSync('select 1; drop table x;');
  core.info(JSON.stringify(r.stmts!.length));
  core.setOutput('n', String(r.stmts!.length));
}
main().catch((e) => { core.setFailed(String(e)); });
