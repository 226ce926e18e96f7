/**
 * The select-list entry that reads a district's rule profile as the domain's StoredRuleProfile, for
 * stateRuleProfileFor: its code and, when it has one, its own profile. `district` is the alias of the
 * districts row in the query. One fragment, so every area reads the profile the same way.
 */
export function ruleProfileColumn(district: string, as = 'ruleProfile'): string {
  return `jsonb_build_object('code', ${district}.state_code, 'own',
    (SELECT jsonb_build_object('name', rp.name, 'basedOn', rp.based_on, 'rules', rp.rules)
       FROM district_rule_profiles rp WHERE rp.district_id = ${district}.id)) AS "${as}"`;
}
