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
const layerAbove = {
  protocol: ['auth-server', 'resource-server', 'wire', 'flows', 'shared', 'features', 'app'],
  'auth-server': ['resource-server', 'wire', 'flows', 'shared', 'features', 'app'],
  'resource-server': ['auth-server', 'wire', 'flows', 'shared', 'features', 'app'],
  wire: ['flows', 'shared', 'features', 'app'],
  flows: ['shared', 'features', 'app'],
  shared: ['features', 'app'],
  features: ['app'],
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
      group: ['react', 'react-dom', 'react-dom/*', 'react/*', '@xyflow/*', '@xstate/react', 'react-router'],
      message: 'Protocol, server, wire and flow code is framework-free: no React, no React Flow.',
    },
  ],
}

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'playwright-report'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: { ecmaVersion: 2023, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'import-x': importX, 'react-hooks': reactHooks },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: './tsconfig.app.json' })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: [...layerZones, ...featureZones] }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/{protocol,auth-server,resource-server,wire,flows}/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', noUiImports] },
  },
)
