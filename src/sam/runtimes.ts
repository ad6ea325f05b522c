import type { RuntimeId } from '../catalog/runtimes';

/** The Lambda runtime identifier an export writes for each of the simulator's runtimes. */
export const RUNTIME_IDENTIFIERS: Readonly<Record<RuntimeId, string>> = {
  nodejs: 'nodejs22.x',
  python: 'python3.13',
  java: 'java21',
  dotnet: 'dotnet8',
  go: 'provided.al2023',
  rust: 'provided.al2023',
  ruby: 'ruby3.4',
};

/** The simulator's runtime for a Lambda runtime identifier ("python3.12" → python), if any. */
export function runtimeFromIdentifier(identifier: string): RuntimeId | undefined {
  if (identifier.startsWith('nodejs')) return 'nodejs';
  if (identifier.startsWith('python')) return 'python';
  if (identifier.startsWith('java')) return 'java';
  if (identifier.startsWith('dotnet')) return 'dotnet';
  if (identifier.startsWith('ruby')) return 'ruby';
  if (identifier.startsWith('provided') || identifier.startsWith('go')) return 'go';
  return undefined;
}

/** A handler in each runtime's usual form, for the code the template's user writes. */
export const HANDLERS: Readonly<Record<RuntimeId, string>> = {
  nodejs: 'index.handler',
  python: 'app.handler',
  java: 'example.Handler::handleRequest',
  dotnet: 'Function::Function.Handler::FunctionHandler',
  go: 'bootstrap',
  rust: 'bootstrap',
  ruby: 'app.handler',
};
