import type { CodegenConfig } from '@graphql-codegen/cli';

// Typed operations from the committed schema: no running server needed.
const config: CodegenConfig = {
  schema: ['../api/schema.graphql'],
  documents: ['src/**/*.{ts,tsx}', '!src/__generated__/**'],
  ignoreNoDocuments: true,
  generates: {
    'src/__generated__/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // The enums are the domain package's, so labels and generated types share one definition.
        enumValues: {
          Role: '@udfasning/domain#Role',
          StepStatus: '@udfasning/domain#StepStatus',
          StepType: '@udfasning/domain#StepType',
          OpsigelseKind: '@udfasning/domain#OpsigelseKind',
          SystemKind: '@udfasning/domain#SystemKind',
          TrafficLight: '@udfasning/domain#TrafficLight',
          GateState: '@udfasning/domain#GateState',
        },
        useTypeImports: true,
        scalars: { Date: 'string', DateTime: 'string', JSON: 'unknown' },
        skipTypename: false,
        avoidOptionals: { field: true, inputValue: false, object: false },
      },
    },
  },
};

export default config;
