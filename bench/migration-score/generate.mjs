// Writes a deterministic corpus of Prisma-style PostgreSQL migrations into bench/.corpus/generated
// (git-ignored). The mix follows what `prisma migrate dev` writes: tables, indexes, foreign keys,
// enums, added and dropped columns, plus the risky statements the rules exist for.
import * as fs from 'node:fs';
import * as path from 'node:path';

export function generateCorpus(dir, count = 5000, seed = 42) {
  let s = seed;
  const rand = () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  const pick = (a) => a[Math.floor(rand() * a.length)];
  const migrations = path.join(dir, 'prisma', 'migrations');
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(migrations, { recursive: true });
  fs.writeFileSync(path.join(migrations, 'migration_lock.toml'), 'provider = "postgresql"\n');
  const tables = [];
  const files = [];
  for (let i = 0; i < count; i++) {
    const out = [];
    const n = 1 + Math.floor(rand() * 6);
    for (let k = 0; k < n; k++) {
      const r = rand();
      const t = tables.length ? pick(tables) : 'T0';
      if (r < 0.25 || tables.length < 3) {
        const name = `T${tables.length}`;
        tables.push(name);
        out.push(`-- CreateTable\nCREATE TABLE "${name}" (\n    "id" TEXT NOT NULL,\n    "name" VARCHAR(191) NOT NULL,\n    "count" INTEGER NOT NULL DEFAULT 0,\n    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,\n    "ownerId" TEXT,\n\n    CONSTRAINT "${name}_pkey" PRIMARY KEY ("id")\n);`);
      } else if (r < 0.45) out.push(`-- CreateIndex\nCREATE INDEX "${t}_c${i}_idx" ON "${t}"("name");`);
      else if (r < 0.6) out.push(`-- AddForeignKey\nALTER TABLE "${t}" ADD CONSTRAINT "${t}_o${i}_fkey" FOREIGN KEY ("ownerId") REFERENCES "${pick(tables)}"("id") ON DELETE SET NULL ON UPDATE CASCADE;`);
      else if (r < 0.75) out.push(`-- AlterTable\nALTER TABLE "${t}" ADD COLUMN "f${i}_${k}" TEXT;`);
      else if (r < 0.8) out.push(`-- CreateEnum\nCREATE TYPE "E${i}_${k}" AS ENUM ('A', 'B', 'C');`);
      else if (r < 0.85) out.push(`/*\n  Warnings:\n\n  - You are about to drop the column \`name\` on the \`${t}\` table. All the data in the column will be lost.\n\n*/\n-- AlterTable\nALTER TABLE "${t}" DROP COLUMN "name";`);
      else if (r < 0.88) out.push(`-- AlterTable\nALTER TABLE "${t}" ADD COLUMN "req${i}" TEXT NOT NULL;`);
      else if (r < 0.91) out.push(`-- AlterTable\nALTER TABLE "${t}" ALTER COLUMN "count" SET DATA TYPE BIGINT;`);
      else if (r < 0.94) out.push(`-- AlterTable\nALTER TABLE "${t}" ALTER COLUMN "ownerId" SET NOT NULL;`);
      else if (r < 0.96) out.push(`UPDATE "${t}" SET "count" = 0;`);
      else if (r < 0.98) out.push(`-- AlterTable\nALTER TABLE "${t}" RENAME COLUMN "count" TO "total";`);
      else out.push(`-- DropTable\nDROP TABLE "${t}";`);
    }
    const folder = path.join(migrations, `${String(20200101000000 + i * 100)}_m${i}`);
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'migration.sql'), `${out.join('\n\n')}\n`);
    files.push(path.join(folder, 'migration.sql'));
  }
  return files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? 'bench/.corpus/generated');
  console.log(`${generateCorpus(dir).length} migrations in ${dir}`);
}
