/** One line of the benchmark's report: what was measured, the figure, its budget, and whether it was met. */
export interface BenchRow {
  readonly name: string;
  readonly value: string;
  readonly budget: string;
  readonly ok: boolean;
}

export function printRow(row: BenchRow): void {
  console.log(
    `${row.ok ? 'ok  ' : 'MISS'}  ${row.name.padEnd(44)} ${row.value}   [budget ${row.budget}]`,
  );
}
