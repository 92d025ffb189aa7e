// Hand edit after the generated statements: articles published before this migration get the date
// of their first published version (or their last update, if versions were pruned), so the rule
// "a contributor cannot take over once-public work" holds for them too; their versions inherit it.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` ADD \`first_published_at\` text;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` ADD \`version_first_published_at\` text;`)

  await db.run(sql`UPDATE \`articles\` SET \`first_published_at\` = COALESCE(
    (SELECT MIN(v.\`updated_at\`) FROM \`_articles_v\` v WHERE v.\`parent_id\` = \`articles\`.\`id\` AND v.\`version__status\` = 'published'),
    CASE WHEN \`_status\` = 'published' THEN \`updated_at\` END);`)
  await db.run(sql`UPDATE \`_articles_v\` SET \`version_first_published_at\` =
    (SELECT a.\`first_published_at\` FROM \`articles\` a WHERE a.\`id\` = \`_articles_v\`.\`parent_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`articles\` DROP COLUMN \`first_published_at\`;`)
  await db.run(sql`ALTER TABLE \`_articles_v\` DROP COLUMN \`version_first_published_at\`;`)
}
