import type { Series } from './types';

/**
 * A step series that only records changes: value[i] holds from time[i] until time[i + 1]. Several
 * changes at one instant keep the last value, so a chart never shows a zero-width spike.
 */
export class StepSeries implements Series {
  readonly time: number[] = [];
  readonly value: number[] = [];

  set(t: number, v: number): void {
    const n = this.time.length;
    if (n > 0 && this.time[n - 1] === t) {
      this.value[n - 1] = v;
      if (n > 1 && this.value[n - 2] === v) {
        this.time.pop();
        this.value.pop();
      }
      return;
    }
    if (n > 0 && this.value[n - 1] === v) return;
    this.time.push(t);
    this.value.push(v);
  }
}
