// Lint with typescript-eslint's recommended rules. TypeScript is pinned to 6.0 for it:
// TypeScript 7 exports no compiler API, so typescript-eslint cannot use it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config({ ignores: ['dist/', 'node_modules/'] }, js.configs.recommended, ...tseslint.configs.recommended, {
  rules: {
    '@typescript-eslint/no-non-null-assertion': 'off',
    // Leaving a field out by destructuring names it with a leading underscore.
    '@typescript-eslint/no-unused-vars': ['error', { varsIgnorePattern: '^_', argsIgnorePattern: '^_' }],
  },
});
