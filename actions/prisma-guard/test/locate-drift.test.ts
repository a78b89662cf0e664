import { locateDrift } from '../src/drift/locate-drift';
import { indexSchema } from '../src/drift/schema-index';
import { statements } from '../src/drift/failing-statement';

const SCHEMA = [
  'datasource db {',
  '  provider = "postgresql"',
  '}',
  '',
  'enum Role {',
  '  USER',
  '  ADMIN',
  '}',
  '',
  'model User {',
  '  id       Int     @id',
  '  email    String  @unique // note: { braces } in a comment',
  '  nickName String? @map("nick_name")',
  '  posts    Post[]',
  '  @@map("users")',
  '}',
  '',
  'model Post {',
  '  id       Int  @id',
  '  authorId Int',
  '  author   User @relation(fields: [authorId], references: [id])',
  '}',
].join('\n');
const index = indexSchema([['prisma/schema.prisma', SCHEMA]]);
const MIGRATIONS = [{ name: '1_init', file: 'prisma/migrations/1_init/migration.sql', sql: '-- CreateTable\nCREATE TABLE "Old" (\n    "id" INTEGER NOT NULL,\n    "gone" TEXT\n);\nALTER TABLE "users" ADD COLUMN "legacy" TEXT;\n' }];

function at(script: string) {
  return locateDrift(script, index, MIGRATIONS).map((c) => ({ subject: c.subject, inSchema: c.inSchema, line: c.at?.line, file: c.at?.file }));
}

describe('indexSchema', () => {
  it('maps tables and columns through @@map and @map, and skips relation fields', () => {
    expect(index.tables.get('users')).toMatchObject({ name: 'User', line: 10 });
    expect(index.tables.get('users')!.columns.get('nick_name')).toMatchObject({ line: 13, column: 3 });
    expect(index.tables.get('Post')!.columns.has('author')).toBe(false);
    expect(index.enums.get('Role')).toMatchObject({ line: 5 });
  });
});

describe('locateDrift', () => {
  it('places a column the schema adds at its field, through @map', () => {
    expect(at('-- AlterTable\nALTER TABLE "users" ADD COLUMN     "nick_name" TEXT;\n')).toEqual([{ subject: 'column "nick_name" of table "users"', inSchema: true, line: 13, file: 'prisma/schema.prisma' }]);
  });

  it('places each column of a multi-column ALTER TABLE at its own field', () => {
    expect(at('-- AlterTable\nALTER TABLE "users" ADD COLUMN "email" TEXT NOT NULL,\nADD COLUMN "nick_name" TEXT;\n').map((c) => c.line)).toEqual([12, 13]);
  });

  it('places a table and an enum the schema adds at their declarations', () => {
    expect(at('-- CreateEnum\nCREATE TYPE "Role" AS ENUM (\'USER\', \'ADMIN\');\n\n-- CreateTable\nCREATE TABLE "Post" (\n    "id" INTEGER NOT NULL\n);\n').map((c) => c.line)).toEqual([5, 18]);
  });

  it('places a single-column index at its field and a foreign key at its scalar field', () => {
    expect(at('-- CreateIndex\nCREATE UNIQUE INDEX "users_email_key" ON "users"("email");\n\n-- AddForeignKey\nALTER TABLE "Post" ADD CONSTRAINT "Post_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;\n').map((c) => c.line)).toEqual([12, 20]);
  });

  it('places what only the migrations have at the migration line that created it', () => {
    expect(at('-- DropTable\nDROP TABLE "Old";\n\n-- AlterTable\nALTER TABLE "users" DROP COLUMN "legacy";\n')).toEqual([
      { subject: 'table "Old"', inSchema: false, line: 2, file: 'prisma/migrations/1_init/migration.sql' },
      { subject: 'column "legacy" of table "users"', inSchema: false, line: 6, file: 'prisma/migrations/1_init/migration.sql' },
    ]);
  });

  it('keeps a step it cannot place, without a location', () => {
    expect(at('-- CreateSchema\nCREATE SCHEMA IF NOT EXISTS "audit";\n')).toEqual([{ subject: 'the database schema', inSchema: true, line: undefined, file: undefined }]);
  });
});

describe('statements', () => {
  it('splits at top-level semicolons only, past comments, quotes and dollar quotes', () => {
    const script = "-- a; comment\nCREATE TABLE \"a;b\" (x text default ';');\n/* ; */ CREATE FUNCTION f() RETURNS int AS $fn$ BEGIN RETURN 1; END; $fn$ LANGUAGE plpgsql;\nSELECT 1";
    const parts = statements(script);
    expect(parts.map((p) => script.slice(p.start).split('\n')[0].slice(0, 20))).toEqual(['CREATE TABLE "a;b" (', 'CREATE FUNCTION f() ', 'SELECT 1']);
  });
});
