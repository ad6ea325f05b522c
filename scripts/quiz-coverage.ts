// Writes docs/quiz-coverage.md from the quiz's fact lists and question bank, formatted as the
// repository formats Markdown.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { renderCoverageDoc } from '../src/quiz/coverage-doc';

const text = await format(renderCoverageDoc(), {
  parser: 'markdown',
  singleQuote: true,
  printWidth: 100,
});
writeFileSync('docs/quiz-coverage.md', text);
console.log('wrote docs/quiz-coverage.md');
