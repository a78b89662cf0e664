/** Earlier migrations for rule tests: these objects exist and may hold rows. */
export const HISTORY = `
CREATE TABLE "User" ("id" TEXT NOT NULL, "email" VARCHAR(100), "bio" TEXT, "age" INTEGER, "price" NUMERIC(10,2), "teamId" TEXT);
CREATE TABLE "Team" ("id" TEXT NOT NULL);
CREATE TYPE "Role" AS ENUM ('USER', 'ADMIN', 'GUEST');
CREATE INDEX "User_email_idx" ON "User"("email");
ALTER TABLE "User" ADD CONSTRAINT "User_teamId_fkey" FOREIGN KEY ("teamId") REFERENCES "Team"("id");
`;
