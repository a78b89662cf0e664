import { LineIndex } from '@shared/findings/positions';
import { loadParser, parseStatements } from './parse-sql';
import { SchemaState } from './schema-state';

async function stateAfter(history: string, scope = ''): Promise<SchemaState> {
  await loadParser();
  const state = new SchemaState();
  const apply = (sql: string) => {
    const parsed = parseStatements(sql, new LineIndex(sql));
    if (!parsed.ok) throw new Error(parsed.message);
    for (const s of parsed.statements) state.apply(s);
  };
  apply(history);
  state.settle();
  if (scope) apply(scope);
  return state;
}

describe('SchemaState', () => {
  it('keeps schemas apart: CREATE TABLE "auth"."User" does not make "public"."User" new', async () => {
    const state = await stateAfter('CREATE TABLE "User" ("id" TEXT);', 'CREATE TABLE "auth"."User" ("id" TEXT);');
    expect([state.isNewTable('User'), state.isNewTable('public.User'), state.isNewTable('auth.User')]).toEqual([false, false, true]);
  });

  it('tells a column added to an existing table from one on a new table', async () => {
    const state = await stateAfter('CREATE TABLE "User" ("id" TEXT);', 'ALTER TABLE "User" ADD COLUMN "slug" TEXT;\nCREATE TABLE "Post" ("t" TEXT);');
    expect([state.isNewColumn('User', 'slug'), state.isAddedToExistingTable('User', 'slug'), state.isAddedToExistingTable('Post', 't'), state.isNewColumn('Post', 't')]).toEqual([true, true, false, true]);
  });

  it('knows constraint kinds from the parse tree, and follows renames within the schema', async () => {
    const state = await stateAfter(
      'CREATE SCHEMA app;\nCREATE TABLE app."T" ("id" INT PRIMARY KEY, "r" INT, CONSTRAINT "link" FOREIGN KEY ("r") REFERENCES app."T"("id"));\nALTER TABLE app."T" RENAME TO "U";',
    );
    expect([state.constraintKind('app.U', 'T_pkey'), state.constraintKind('app.U', 'link'), state.constraintKind('U', 'link')]).toEqual(['primaryKey', 'foreignKey', undefined]);
  });
});
