// Writes docs/fidelity.md from the rule catalog, formatted as the repository formats Markdown.
import { writeFileSync } from 'node:fs';
import { format } from 'prettier';
import { renderFidelityDoc } from '../src/catalog/fidelity-doc';

const text = await format(renderFidelityDoc(), {
  parser: 'markdown',
  singleQuote: true,
  printWidth: 100,
});
writeFileSync('docs/fidelity.md', text);
console.log('wrote docs/fidelity.md');
