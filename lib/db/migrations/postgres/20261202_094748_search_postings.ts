// Hand edit after the generated statements: the postings are built for the articles already
// published (and entries written before them rewritten), through Payload like every later save.
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { reindexAll } from '@/collections/search/sync'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_search_postings_locale" AS ENUM('en', 'zh');
  CREATE TABLE "search_postings" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"term" varchar NOT NULL,
  	"article_id" integer,
  	"locale" "enum_search_postings_locale" NOT NULL,
  	"rank" varchar NOT NULL
  );
  
  ALTER TABLE "search_entries_texts" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_entries_texts" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "search_postings_id" integer;
  ALTER TABLE "search_postings" ADD CONSTRAINT "search_postings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "search_postings_article_idx" ON "search_postings" USING btree ("article_id");
  CREATE UNIQUE INDEX "search_postings_rank_idx" ON "search_postings" USING btree ("rank");
  CREATE INDEX "term_rank_article_idx" ON "search_postings" USING btree ("term","rank","article_id");
  CREATE UNIQUE INDEX "article_term_idx" ON "search_postings" USING btree ("article_id","term");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_postings_fk" FOREIGN KEY ("search_postings_id") REFERENCES "public"."search_postings"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_search_postings_id_idx" ON "payload_locked_documents_rels" USING btree ("search_postings_id");`)
  await reindexAll(payload, { req })
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "search_entries_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  ALTER TABLE "search_postings" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "search_postings" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_search_postings_fk";
  
  DROP INDEX "payload_locked_documents_rels_search_postings_id_idx";
  ALTER TABLE "search_entries_texts" ADD CONSTRAINT "search_entries_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."search_entries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "search_entries_texts_order_parent" ON "search_entries_texts" USING btree ("order","parent_id");
  CREATE INDEX "search_entries_texts_text_idx" ON "search_entries_texts" USING btree ("text");
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "search_postings_id";
  DROP TYPE "public"."enum_search_postings_locale";`)
}
