import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// Which area of the web client may import which (`feature:<area>` tags on libs/web/feature-*). Anything else
// that two areas share belongs in libs/web/ui or libs/web/data-access.
const webFeatureImports = {
  drafting: [],
  // A version's parts and their changes, shown as the editor shows them.
  signoff: ['drafting'],
  // Attendees sign the meeting's attendance sheet with the sign-off step.
  meetings: ['signoff'],
  // Accepting an invitation sets a password (feature-session/password).
  team: ['session'],
  notifications: [],
  compliance: [],
  // The student page shows who holds the rights as the rights page does.
  caseload: ['rights'],
  progress: [],
  services: [],
  // The rights holder e-signs a revocation of consent with the sign-off step's evidence.
  rights: ['signoff'],
  admin: [],
  // A parent e-signs consent to evaluate with the sign-off step's evidence.
  evaluation: ['signoff'],
  session: [],
};
const webFeatureConstraints = Object.entries(webFeatureImports).map(([area, allowed]) => ({
  sourceTag: `feature:${area}`,
  onlyDependOnLibsWithTags: [...allowed.map((other) => `feature:${other}`), 'type:ui', 'type:data-access', 'type:util'],
}));

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '.data/**', '.nx/**', 'libs/web/data-access/src/gql/**', '**/*.cjs', '**/*.mjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  prettier,
  {
    files: ['**/*.ts', '**/*.tsx'],
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          allow: [],
          depConstraints: [
            { sourceTag: 'scope:shared', onlyDependOnLibsWithTags: ['scope:shared'] },
            { sourceTag: 'scope:api', onlyDependOnLibsWithTags: ['scope:api', 'scope:shared'] },
            { sourceTag: 'scope:web', onlyDependOnLibsWithTags: ['scope:web', 'scope:shared'] },
            { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
            { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util'] },
            // Design-system pieces and the app shell: never a feature.
            { sourceTag: 'type:ui', onlyDependOnLibsWithTags: ['type:ui', 'type:data-access', 'type:util'] },
            { sourceTag: 'type:feature', onlyDependOnLibsWithTags: ['type:feature', 'type:ui', 'type:data-access', 'type:util'] },
            ...webFeatureConstraints,
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:app'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:feature', 'type:data-access', 'type:util', 'type:ui', 'type:testing'] },
          ],
        },
      ],
    },
  },
);
