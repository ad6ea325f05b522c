export * from './rules';
export * from './runtimes';
