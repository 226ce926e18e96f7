import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A district's own rule profile, derived from a built-in one (DESIGN §7): one per district, holding every
 * rule the district administrator set. The bounds are checked in libs/domain (profileRuleProblems) before
 * a row is written; the database keeps the shape. A district uses it when `districts.state_code` is
 * 'DISTRICT'. `version` lets two administrators' edits be told apart (a stale save is a CONFLICT).
 */
export class CreateDistrictRuleProfiles1763960000000 implements MigrationInterface {
  name = 'CreateDistrictRuleProfiles1763960000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE district_rule_profiles (
        district_id uuid PRIMARY KEY REFERENCES districts (id) ON DELETE CASCADE,
        name text NOT NULL CHECK (char_length(btrim(name)) BETWEEN 1 AND 100),
        based_on text NOT NULL CHECK (based_on IN ('IDEA', 'MA', 'CA', 'IDEA_NOTICE')),
        rules jsonb NOT NULL CHECK (jsonb_typeof(rules) = 'object'),
        version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
        updated_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `COMMENT ON TABLE district_rule_profiles IS 'A district''s own deadline rules, derived from a built-in state profile; used when districts.state_code = ''DISTRICT'''`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`UPDATE districts SET state_code = coalesce((SELECT based_on FROM district_rule_profiles p WHERE p.district_id = districts.id), 'IDEA') WHERE state_code = 'DISTRICT'`);
    await q.query(`DROP TABLE district_rule_profiles`);
  }
}
