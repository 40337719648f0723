// Lint rules that keep the layering of shared/guides/architecture.md true without anyone
// remembering it: imports flow protocol -> servers -> wire -> flows -> shared -> features -> app.
import { readdirSync } from 'node:fs'
import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'
import reactHooks from 'eslint-plugin-react-hooks'
import { importX } from 'eslint-plugin-import-x'
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript'

const src = (dir) => `./src/${dir}`
// local-server/ is the Node-only entry of `npm run auth-server` (node:http): nothing in the app
// may import it, and it composes only the servers below it.
const layerAbove = {
  protocol: [
    'auth-server',
    'resource-server',
    'wire',
    'flows',
    'shared',
    'features',
    'app',
    'local-server',
  ],
  'auth-server': ['resource-server', 'wire', 'flows', 'shared', 'features', 'app', 'local-server'],
  'resource-server': ['auth-server', 'wire', 'flows', 'shared', 'features', 'app', 'local-server'],
  wire: ['flows', 'shared', 'features', 'app', 'local-server'],
  flows: ['shared', 'features', 'app', 'local-server'],
  shared: ['features', 'app', 'local-server'],
  features: ['app', 'local-server'],
  app: ['local-server'],
  'local-server': ['wire', 'flows', 'shared', 'features', 'app'],
}
const layerZones = Object.entries(layerAbove).flatMap(([layer, forbidden]) =>
  forbidden.map((above) => ({
    target: src(layer),
    from: src(above),
    message: `${layer}/ sits below ${above}/ and must not import it (shared/guides/architecture.md).`,
  })),
)
// Features do not import each other: what two features share moves down into src/shared/.
const features = readdirSync('./src/features', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
const featureZones = features.map((feature) => ({
  target: src(`features/${feature}`),
  from: src('features'),
  except: [`./${feature}`],
  message: 'Features do not import each other; move what they share into src/shared/.',
}))

const noUiImports = {
  patterns: [
    {
      group: [
        'react',
        'react-dom',
        'react-dom/*',
        'react/*',
        '@xyflow/*',
        '@xstate/react',
        'react-router',
      ],
      message: 'Protocol, server, wire and flow code is framework-free: no React, no React Flow.',
    },
  ],
}

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '**/*-tmp.*',
      '**/*.tmp.*',
    ],
  },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [
        createTypeScriptImportResolver({ project: './tsconfig.app.json' }),
      ],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  {
    // Playwright fixtures call a function named `use`; the hooks rules are for React code only.
    files: ['src/**/*.{ts,tsx}'],
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/{protocol,auth-server,resource-server,wire,flows}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noUiImports] },
  },
)
