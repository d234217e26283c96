// Lint: TypeScript, React's hook rules, Next's rules, and the layers of the house (docs/architecture.md):
//   app/        routes; may use components/ and lib/
//   components/ UI parts; never app/ (routes) or lib/db (data access)
//   lib/        the domain; never app/ or components/
//   lib/db/     the only place that touches the Prisma client, its generated code and pg
// Formatting is Prettier's (checked separately): eslint-config-prettier turns the style rules off.
import nextPlugin from '@next/eslint-plugin-next'
import prettier from 'eslint-config-prettier'
import reactHooks from 'eslint-plugin-react-hooks'
import tseslint from 'typescript-eslint'

const dbInternals = [
  {
    group: ['@/lib/db/generated', '@/lib/db/generated/*', '**/db/generated/*'],
    message: 'Only lib/db touches the Prisma client: import from @/lib/db/client.',
  },
  { group: ['@prisma/*', 'pg'], message: 'Only lib/db talks to the database driver: import from @/lib/db/client.' },
]
const noRoutes = { group: ['@/app', '@/app/*', '**/app/*'], message: 'Routes depend on the domain, never the other way round.' }
const noComponents = { group: ['@/components/*', '**/components/*'], message: 'lib/ holds the domain: UI parts live in components/.' }
const noDb = {
  group: ['@/lib/db', '@/lib/db/*'],
  message: 'components/ hold no data access: the page reads through lib/ and passes props.',
}

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      '.next/',
      '.data/',
      'lib/db/generated/',
      'coverage/',
      'playwright-report/',
      'test-results/',
      'bench-results/',
      'next-env.d.ts',
    ],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    plugins: { 'react-hooks': reactHooks, '@next/next': nextPlugin },
    rules: {
      ...reactHooks.configs['recommended-latest'].rules,
      ...nextPlugin.configs.recommended.rules,
      ...nextPlugin.configs['core-web-vitals'].rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  { files: ['app/**'], rules: { 'no-restricted-imports': ['error', { patterns: dbInternals }] } },
  { files: ['components/**'], rules: { 'no-restricted-imports': ['error', { patterns: [noRoutes, noDb, ...dbInternals] }] } },
  {
    files: ['lib/**'],
    ignores: ['lib/db/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noRoutes, noComponents, ...dbInternals] }] },
  },
  { files: ['scripts/**', 'prisma/**', 'tests/**', '*.config.*'], rules: { '@next/next/no-html-link-for-pages': 'off' } },
  prettier,
)
