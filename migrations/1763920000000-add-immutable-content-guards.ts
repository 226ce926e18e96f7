import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * API processes keep the content of IEP parts and suggestions they have read (DocumentContentCache) and
 * ask the database only for what changed. That is sound because a part's content at a given version
 * never changes and a suggestion's proposal is never rewritten; these triggers make both rules the
 * database's, so no future code path can break them silently.
 */
export class AddImmutableContentGuards1763920000000 implements MigrationInterface {
  name = 'AddImmutableContentGuards1763920000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE FUNCTION iep_parts_content_takes_a_new_version() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.content IS DISTINCT FROM OLD.content AND NEW.version <= OLD.version THEN
          RAISE EXCEPTION 'iep_parts: a change of content must take a new version (part %, version %)', OLD.id, OLD.version
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER iep_parts_content_takes_a_new_version
      BEFORE UPDATE OF content, version ON iep_parts
      FOR EACH ROW EXECUTE FUNCTION iep_parts_content_takes_a_new_version()`);
    await q.query(`
      CREATE FUNCTION iep_suggestions_proposal_is_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.proposed_content IS DISTINCT FROM OLD.proposed_content OR NEW.part_id IS DISTINCT FROM OLD.part_id
           OR NEW.base_version IS DISTINCT FROM OLD.base_version OR NEW.iep_id IS DISTINCT FROM OLD.iep_id THEN
          RAISE EXCEPTION 'iep_suggestions: a proposal cannot be rewritten (suggestion %)', OLD.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER iep_suggestions_proposal_is_immutable
      BEFORE UPDATE OF proposed_content, part_id, base_version, iep_id ON iep_suggestions
      FOR EACH ROW EXECUTE FUNCTION iep_suggestions_proposal_is_immutable()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER iep_suggestions_proposal_is_immutable ON iep_suggestions`);
    await q.query(`DROP FUNCTION iep_suggestions_proposal_is_immutable()`);
    await q.query(`DROP TRIGGER iep_parts_content_takes_a_new_version ON iep_parts`);
    await q.query(`DROP FUNCTION iep_parts_content_takes_a_new_version()`);
  }
}
