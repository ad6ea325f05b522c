// Writes docs/quiz-coverage.md from the quiz's fact lists and question bank, formatted as the
// repository formats Markdown. The bank's YAML files reach the code through a Vite plugin, so the
// document is rendered through Vite's module runner with that plugin.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { runnerImport } from 'vite';
import { questionBank } from './question-bank-plugin';
import { validatedPresets } from './validated-presets-plugin';

type CoverageDocModule = typeof import('../src/quiz/coverage-doc');

const { module } = await runnerImport<CoverageDocModule>('/src/quiz/coverage-doc.ts', {
  configFile: false,
  logLevel: 'warn',
  plugins: [questionBank(), validatedPresets()],
});
const text = await format(module.renderCoverageDoc(), {
  parser: 'markdown',
  singleQuote: true,
  printWidth: 100,
});
writeFileSync('docs/quiz-coverage.md', text);
console.log('wrote docs/quiz-coverage.md');
