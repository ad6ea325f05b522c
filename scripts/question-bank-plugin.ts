import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runnerImport, type Plugin } from 'vite';

const ID = 'virtual:question-bank';
const RESOLVED = `\0${ID}`;
const BANK_DIR = 'src/quiz/bank';

type QuestionFileModule = typeof import('../src/quiz/question-file');

/**
 * Serves `virtual:question-bank`: every question of `src/quiz/bank/*.yaml`, in file-name order
 * and file order, checked with the question schema and with its defaults filled in. The app gets
 * plain JSON, so neither the YAML parser nor the schema library is part of its first load. A
 * broken question stops the build (and the tests) with the file, line, question id and field.
 */
export function questionBank(): Plugin {
  return {
    name: 'lambda-event-lab:question-bank',
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    async load(id) {
      if (id !== RESOLVED) return undefined;
      const { module } = await runnerImport<QuestionFileModule>('/src/quiz/question-file.ts');
      const files = readdirSync(resolve(BANK_DIR))
        .filter((f) => f.endsWith('.yaml'))
        .sort();
      const questions: unknown[] = [];
      const firstFile = new Map<string, string>();
      const errors: string[] = [];
      for (const file of files) {
        const path = `${BANK_DIR}/${file}`;
        this.addWatchFile(resolve(path));
        const r = module.parseQuestionFile(readFileSync(resolve(path), 'utf8'), {
          usedElsewhere: (qid) => firstFile.get(qid),
        });
        if (!r.ok) {
          for (const p of r.problems) errors.push(`${path}: ${module.formatProblem(p)}`);
          continue;
        }
        for (const q of r.questions) {
          firstFile.set(q.id, path);
          questions.push(q);
        }
      }
      // Rebuild when the schema changes too (dev server, watch mode); a new file needs a restart.
      for (const file of ['schema.ts', 'question-file.ts']) {
        this.addWatchFile(resolve(`src/quiz/${file}`));
      }
      if (errors.length > 0) {
        throw new Error(`the question bank has ${errors.length} problem(s):\n${errors.join('\n')}`);
      }
      return `export const writtenQuestions = ${JSON.stringify(questions)};`;
    },
  };
}
