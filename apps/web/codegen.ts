import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema: no running server needed.
const config: CodegenConfig = {
  schema: ['../api/schema.graphql', 'src/contract-pending.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        enumsAsTypes: true,
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string' },
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: false },
      },
    },
  },
};

export default config;
