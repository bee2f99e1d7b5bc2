// Applied by src/graph/schema.ts before any write (npm start, npm run load, tests); every
// statement is idempotent (IF NOT EXISTS), so applying it twice changes nothing.

// One node per key: the loader MERGEs on these, and concurrent loads cannot duplicate them.
CREATE CONSTRAINT country_code IF NOT EXISTS FOR (n:Country) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT deal_id IF NOT EXISTS FOR (n:Deal) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT system_id IF NOT EXISTS FOR (n:System) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT source_id IF NOT EXISTS FOR (n:Source) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
// The lock node of a deal bucket (party set + kind): writers of one bucket take turns on it.
CREATE CONSTRAINT deal_bucket_key IF NOT EXISTS FOR (n:DealBucket) REQUIRE n.key IS UNIQUE;
// A bucket's resolution state, one node per report signature (src/graph/bucket-state.ts).
CREATE CONSTRAINT deal_signature_key IF NOT EXISTS FOR (n:DealSignature) REQUIRE n.signature IS UNIQUE;
// The one lock node every write transaction takes first (src/graph/writer.ts).
CREATE CONSTRAINT write_lock_id IF NOT EXISTS FOR (n:WriteLock) REQUIRE n.id IS UNIQUE;

// What queries filter and sort on.
CREATE INDEX article_key IF NOT EXISTS FOR (n:Article) ON (n.key);
// `watch` asks which feed links are loaded already: by the address an article was fetched from.
CREATE INDEX article_file IF NOT EXISTS FOR (n:Article) ON (n.file);
CREATE INDEX article_published IF NOT EXISTS FOR (n:Article) ON (n.publishedAt);
CREATE INDEX deal_status IF NOT EXISTS FOR (n:Deal) ON (n.status);
CREATE INDEX deal_kind IF NOT EXISTS FOR (n:Deal) ON (n.kind);
CREATE INDEX deal_last_reported IF NOT EXISTS FOR (n:Deal) ON (n.lastReported);
CREATE INDEX system_category IF NOT EXISTS FOR (n:System) ON (n.category);
// Resolution reads a bucket's reports and moves reports of one signature between deals.
CREATE INDEX deal_bucket IF NOT EXISTS FOR (n:Deal) ON (n.bucket);
CREATE INDEX report_bucket IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.bucket);
CREATE INDEX report_signature IF NOT EXISTS FOR ()-[r:REPORTS]-() ON (r.signature);
CREATE INDEX deal_signature_bucket IF NOT EXISTS FOR (n:DealSignature) ON (n.bucket);

// Free-text search over names, aliases and titles. Lucene's Arabic analyzer normalizes and
// light-stems Arabic and lowercases Latin words, so one index serves both scripts. Exact
// lookup by any name (الباكستانية → Pakistan) goes through nameKeys instead, made with the
// same normalization and aliases as extraction.
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Country|System|Organization|Source|Person) ON EACH [n.name, n.nameAr, n.aliasText]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
CREATE FULLTEXT INDEX article_titles IF NOT EXISTS
FOR (n:Article) ON EACH [n.title]
OPTIONS {indexConfig: {`fulltext.analyzer`: 'arabic'}};
