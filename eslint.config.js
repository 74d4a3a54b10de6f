// ESLint (flat config) with typescript-eslint and the import-direction rules of docs/architecture.md.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const message = (why) => `Import direction (docs/architecture.md): ${why}`;

export default tseslint.config(
  { ignores: ['node_modules/', 'web/dist/', 'dist/', '.lingkar/', '.scratch/', 'test-results/', 'playwright-report/', 'src/db/migrations/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node }, ecmaVersion: 2023, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-explicit-any': 'error',
      'no-console': 'off',
    },
  },
  {
    files: ['web/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)src/', message: message('web/ talks to the server over HTTP only.') }] }],
    },
  },
  {
    // Nothing in src/ imports web/.
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '(^|/)web/', message: message('src/ never imports web/.') }] }],
    },
  },
  {
    // core/ is the shared kernel: it depends on no module, server, db or jobs code.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{ regex: '^\\.\\./(modules|server|db|jobs|cli|demo)(/|$)', message: message('core/ depends on nothing else in src/.') }] }],
    },
  },
  {
    // domain/: pure TypeScript — core/ and its own domain/ only; no HTTP, SQL, files or clock.
    files: ['src/modules/*/domain/**/*.ts'],
    ignores: ['src/modules/*/domain/data/generate-*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: ['pg', 'fastify', 'drizzle-orm', '@electric-sql/pglite', 'node:fs', 'node:http', 'pg-boss'].map((name) => ({ name, message: message('domain/ is pure: no I/O.') })),
          patterns: [
            { regex: '^(drizzle-orm|@fastify)/', message: message('domain/ is pure: no SQL or HTTP.') },
            { regex: '(^|/)(store|service|[a-z-]+-service|routes|schema)$', message: message('domain/ must not import store, service, routes or schema.') },
            { regex: '/(server|db|jobs|cli|demo)/', message: message('domain/ imports only core/ and its own domain/.') },
            { regex: '^\\.\\./\\.\\./(?!\\.\\./core/)[^.]', message: message('domain/ must not import another area.') },
          ],
        },
      ],
      'no-restricted-syntax': [
        'error',
        { selector: "NewExpression[callee.name='Date'][arguments.length=0]", message: message('domain/ reads no clock: take the date as an argument (Clock is injected in services).') },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']", message: message('domain/ reads no clock.') },
      ],
    },
  },
  {
    // routes.ts: its own service, core/ and server helpers only.
    files: ['src/modules/*/routes.ts', 'src/modules/*/*-routes.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'drizzle-orm', message: message('routes.ts calls its service, never SQL.') }],
          patterns: [
            { regex: '^\\./(store|schema)$', message: message('routes.ts calls its service, never the store or schema.') },
            { regex: '^\\.\\./(?!\\.\\./)[^/]+', message: message('routes.ts must not import another area.') },
          ],
        },
      ],
    },
  },
  {
    // Other area files: another area only through its index.ts.
    files: ['src/modules/*/*.ts'],
    ignores: ['src/modules/*/routes.ts', 'src/modules/*/*-routes.ts', 'src/modules/*/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '^\\.\\./(?!\\.\\.)[^/]+/.+', message: message("use another area only through its index.ts (import from '../<area>').") }] },
      ],
    },
  },
  {
    files: ['**/*.test.ts', 'e2e/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.{ts,mjs}'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
