// Hand edit, after the generated statements: (1) indexes on each per-language table's parent id,
// which Payload does not declare (its unique index starts with _locale, so reading one document's
// languages scanned the whole table); raw SQL, so no schema snapshot knows them and no later
// generated migration drops them. (2) Backfills, as mark-translation computes them from the
// per-language `translated` flag: the new per-language `complete` columns, and `complete_in` for rows
// saved before 20261130_015229_editorial_workflow (it added the column but left it empty).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "complete_en" boolean DEFAULT false;
  ALTER TABLE "articles" ADD COLUMN "complete_zh" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_complete_en" boolean DEFAULT false;
  ALTER TABLE "_articles_v" ADD COLUMN "version_complete_zh" boolean DEFAULT false;
  CREATE INDEX "_status_completeEn_releaseDate_createdAt_idx" ON "articles" USING btree ("_status","complete_en","release_date","created_at");
  CREATE INDEX "_status_completeZh_releaseDate_createdAt_idx" ON "articles" USING btree ("_status","complete_zh","release_date","created_at");
  CREATE INDEX "compound_index_idx" ON "_articles_v" USING btree ("version__status","version_complete_en","version_release_date","version_created_at");
  CREATE INDEX "compound_index_1_idx" ON "_articles_v" USING btree ("version__status","version_complete_zh","version_release_date","version_created_at");`)

  await db.execute(sql`
  CREATE INDEX "articles_locales_parent_id_idx" ON "articles_locales" USING btree ("_parent_id");
  CREATE INDEX "_articles_v_locales_parent_id_idx" ON "_articles_v_locales" USING btree ("_parent_id");
  CREATE INDEX "media_locales_parent_id_idx" ON "media_locales" USING btree ("_parent_id");

  UPDATE "articles" SET
    "complete_en" = EXISTS (SELECT 1 FROM "articles_locales" l WHERE l."_parent_id" = "articles"."id" AND l."_locale" = 'en' AND l."translated"),
    "complete_zh" = EXISTS (SELECT 1 FROM "articles_locales" l WHERE l."_parent_id" = "articles"."id" AND l."_locale" = 'zh' AND l."translated");
  UPDATE "articles" SET "complete_in" = concat_ws(',', CASE WHEN "complete_en" THEN 'en' END, CASE WHEN "complete_zh" THEN 'zh' END)
    WHERE "complete_in" IS NULL;
  UPDATE "_articles_v" SET
    "version_complete_en" = EXISTS (SELECT 1 FROM "_articles_v_locales" l WHERE l."_parent_id" = "_articles_v"."id" AND l."_locale" = 'en' AND l."version_translated"),
    "version_complete_zh" = EXISTS (SELECT 1 FROM "_articles_v_locales" l WHERE l."_parent_id" = "_articles_v"."id" AND l."_locale" = 'zh' AND l."version_translated");
  UPDATE "_articles_v" SET "version_complete_in" = concat_ws(',', CASE WHEN "version_complete_en" THEN 'en' END, CASE WHEN "version_complete_zh" THEN 'zh' END)
    WHERE "version_complete_in" IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP INDEX "articles_locales_parent_id_idx";
  DROP INDEX "_articles_v_locales_parent_id_idx";
  DROP INDEX "media_locales_parent_id_idx";
  DROP INDEX "_status_completeEn_releaseDate_createdAt_idx";
  DROP INDEX "_status_completeZh_releaseDate_createdAt_idx";
  DROP INDEX "compound_index_idx";
  DROP INDEX "compound_index_1_idx";
  ALTER TABLE "articles" DROP COLUMN "complete_en";
  ALTER TABLE "articles" DROP COLUMN "complete_zh";
  ALTER TABLE "_articles_v" DROP COLUMN "version_complete_en";
  ALTER TABLE "_articles_v" DROP COLUMN "version_complete_zh";`)
}
