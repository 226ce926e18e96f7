import type { CodegenConfig } from '@graphql-codegen/cli';

// Paths are relative to the workspace root, where `npm run codegen` and `nx run web-data-access:codegen` run.
// Every web project writes its operations next to the component that sends them; the types land here.
const config: CodegenConfig = {
  schema: 'apps/api/schema.gql',
  documents: ['apps/web/src/**/*.tsx', 'libs/web/*/src/**/*.tsx'],
  ignoreNoDocuments: false,
  generates: {
    'libs/web/data-access/src/gql/': {
      preset: 'client',
      presetConfig: {
        // Named so it does not collide with Apollo's own useFragment hook.
        fragmentMasking: { unmaskFunctionName: 'getFragmentData' },
      },
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: { DateTime: 'string', JSONObject: 'Record<string, unknown>' },
        // The schema is the contract; an unknown scalar or missing type should fail generation, not widen to any.
        strictScalars: true,
        skipTypename: false,
        // `...Fragment @unmask` gives the spreading query the fragment's fields (Apollo strips the directive).
        customDirectives: { apolloUnmask: true },
      },
    },
  },
  hooks: { afterAllFileWrite: ['prettier --write'] },
};

export default config;
