// Hand edit after the generated statements: articles published before this migration get the date
// of their first published version (or their last update, if versions were pruned), so the rule
// "a contributor cannot take over once-public work" holds for them too; their versions inherit it.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" ADD COLUMN "first_published_at" timestamp(3) with time zone;
  ALTER TABLE "_articles_v" ADD COLUMN "version_first_published_at" timestamp(3) with time zone;`)

  await db.execute(sql`
   UPDATE "articles" SET "first_published_at" = COALESCE(
     (SELECT MIN(v."updated_at") FROM "_articles_v" v WHERE v."parent_id" = "articles"."id" AND v."version__status" = 'published'),
     CASE WHEN "_status" = 'published' THEN "updated_at" END);
   UPDATE "_articles_v" SET "version_first_published_at" =
     (SELECT a."first_published_at" FROM "articles" a WHERE a."id" = "_articles_v"."parent_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "articles" DROP COLUMN "first_published_at";
  ALTER TABLE "_articles_v" DROP COLUMN "version_first_published_at";`)
}
