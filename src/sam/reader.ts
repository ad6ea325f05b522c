import { isObject } from './intrinsics';

/** Something of a template that an import could not turn into the scenario. */
export interface Skipped {
  /** The resource's logical id. */
  readonly logicalId: string;
  /** The property, dotted from the resource's Properties ("Events.Orders.Properties.KmsKeyArn"). */
  readonly property: string;
  readonly reason: string;
}

/**
 * Reads one object of a template and remembers which properties it read, so that whatever was
 * left unread can be listed afterwards instead of being dropped without a word.
 */
export class Reader {
  private readonly read = new Set<string>();

  constructor(
    readonly logicalId: string,
    readonly at: string,
    readonly value: Record<string, unknown>,
    private readonly skipped: Skipped[],
  ) {}

  static of(logicalId: string, at: string, value: unknown, skipped: Skipped[]): Reader {
    return new Reader(logicalId, at, isObject(value) ? value : {}, skipped);
  }

  has(key: string): boolean {
    return Object.hasOwn(this.value, key);
  }

  get(key: string): unknown {
    this.read.add(key);
    return this.value[key];
  }

  /** A property known on purpose and not simulated: listed with its reason. */
  ignore(key: string, reason: string): void {
    this.read.add(key);
    if (this.has(key)) this.skip(key, reason);
  }

  string(key: string): string | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v === 'string') return v;
    if (typeof v === 'number' || typeof v === 'boolean') return String(v);
    this.skip(key, 'is not a plain value (an intrinsic function the import cannot work out)');
    return undefined;
  }

  number(key: string): number | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v === 'number') return v;
    if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
    this.skip(key, `is not a number: ${JSON.stringify(v)}`);
    return undefined;
  }

  boolean(key: string): boolean | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    if (typeof v === 'boolean') return v;
    if (v === 'true' || v === 'false') return v === 'true';
    this.skip(key, `is not true or false: ${JSON.stringify(v)}`);
    return undefined;
  }

  /** A nested object, read with its own reader; finish() it too. */
  child(key: string): Reader | undefined {
    const v = this.get(key);
    if (v === undefined) return undefined;
    return new Reader(this.logicalId, this.path(key), isObject(v) ? v : {}, this.skipped);
  }

  skip(key: string, reason: string): void {
    this.skipped.push({ logicalId: this.logicalId, property: this.path(key), reason });
  }

  /** Lists every property that was not read. */
  finish(reason = 'not simulated'): void {
    for (const key of Object.keys(this.value)) if (!this.read.has(key)) this.skip(key, reason);
  }

  private path(key: string): string {
    return this.at === '' ? key : `${this.at}.${key}`;
  }
}
