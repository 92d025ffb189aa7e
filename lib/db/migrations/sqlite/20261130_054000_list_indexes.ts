// Hand edit, after the generated statements: (1) indexes on each per-language table's parent id,
// which Payload does not declare (its unique index starts with _locale, so reading one document's
// languages scanned the whole table); raw SQL, so no schema snapshot knows them and no later
// generated migration drops them. (2) Backfills, as mark-translation computes them from the
// per-language `translated` flag: the new per-language `complete` columns, and `complete_in` for rows
// saved before 20261130_015218_editorial_workflow (it added the column but left it empty).
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`complete_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`articles\` ADD \`complete_zh\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`_status_completeEn_releaseDate_createdAt_idx\` ON \`articles\` (\`_status\`,\`complete_en\`,\`release_date\`,\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_status_completeZh_releaseDate_createdAt_idx\` ON \`articles\` (\`_status\`,\`complete_zh\`,\`release_date\`,\`created_at\`);`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_complete_en\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_complete_zh\` integer DEFAULT false;`)
  await db.run(sql`CREATE INDEX \`compound_index_idx\` ON \`_articles_v\` (\`version__status\`,\`version_complete_en\`,\`version_release_date\`,\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`compound_index_1_idx\` ON \`_articles_v\` (\`version__status\`,\`version_complete_zh\`,\`version_release_date\`,\`version_created_at\`);`)

  await db.run(sql`CREATE INDEX \`articles_locales_parent_id_idx\` ON \`articles_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_articles_v_locales_parent_id_idx\` ON \`_articles_v_locales\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`media_locales_parent_id_idx\` ON \`media_locales\` (\`_parent_id\`);`)

  await db.run(sql`UPDATE \`articles\` SET
    \`complete_en\` = EXISTS (SELECT 1 FROM \`articles_locales\` l WHERE l.\`_parent_id\` = \`articles\`.\`id\` AND l.\`_locale\` = 'en' AND l.\`translated\` = 1),
    \`complete_zh\` = EXISTS (SELECT 1 FROM \`articles_locales\` l WHERE l.\`_parent_id\` = \`articles\`.\`id\` AND l.\`_locale\` = 'zh' AND l.\`translated\` = 1);`)
  await db.run(sql`UPDATE \`articles\` SET \`complete_in\` = CASE
    WHEN \`complete_en\` AND \`complete_zh\` THEN 'en,zh' WHEN \`complete_en\` THEN 'en' WHEN \`complete_zh\` THEN 'zh' ELSE '' END
    WHERE \`complete_in\` IS NULL;`)
  await db.run(sql`UPDATE \`_articles_v\` SET
    \`version_complete_en\` = EXISTS (SELECT 1 FROM \`_articles_v_locales\` l WHERE l.\`_parent_id\` = \`_articles_v\`.\`id\` AND l.\`_locale\` = 'en' AND l.\`version_translated\` = 1),
    \`version_complete_zh\` = EXISTS (SELECT 1 FROM \`_articles_v_locales\` l WHERE l.\`_parent_id\` = \`_articles_v\`.\`id\` AND l.\`_locale\` = 'zh' AND l.\`version_translated\` = 1);`)
  await db.run(sql`UPDATE \`_articles_v\` SET \`version_complete_in\` = CASE
    WHEN \`version_complete_en\` AND \`version_complete_zh\` THEN 'en,zh' WHEN \`version_complete_en\` THEN 'en' WHEN \`version_complete_zh\` THEN 'zh' ELSE '' END
    WHERE \`version_complete_in\` IS NULL;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP INDEX \`articles_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_articles_v_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`media_locales_parent_id_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_completeEn_releaseDate_createdAt_idx\`;`)
  await db.run(sql`DROP INDEX \`_status_completeZh_releaseDate_createdAt_idx\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`complete_en\`;`)
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`complete_zh\`;`)
  await db.run(sql`DROP INDEX \`compound_index_idx\`;`)
  await db.run(sql`DROP INDEX \`compound_index_1_idx\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_complete_en\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_complete_zh\`;`)
}
