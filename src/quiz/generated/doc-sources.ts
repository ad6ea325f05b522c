const AWS_DOCS = /^https:\/\/(docs\.aws\.amazon\.com|aws\.amazon\.com)\//;

/**
 * The pages a generated question rests on: the catalog's AWS documentation pages, in order, at
 * most four. The catalog also links guides hosted elsewhere (the Lambda Operator Guide lives on
 * Serverless Land), which the quiz does not cite as AWS documentation.
 */
export function docSources(docs: readonly string[]): string[] {
  return [...new Set(docs.filter((u) => AWS_DOCS.test(u)))].slice(0, 4);
}
