/**
 * One record per AWS service that can invoke a Lambda function, or that plugs into one. The engine's
 * push sources, the palette, the reference page and the quiz generator all read these records, so
 * a fact about a service is written here once and nowhere else.
 */

/**
 * How the service gets events into the function: it waits for the answer ('sync'), hands the event
 * to Lambda's internal queue ('async'), or Lambda's own poller reads it ('poll'). 'special' marks
 * integrations that never invoke anything (EFS, X-Ray).
 */
export type InvocationModel = 'sync' | 'async' | 'poll' | 'special';

/**
 * What lets the invocation (or integration) happen.
 *
 * - `resource-policy`: a statement in the function's resource-based policy names the service
 *   principal (the push model).
 * - `execution-role`: the function's own execution role needs these actions (pollers, and the two
 *   special integrations).
 * - `invoker-role`: the calling service acts through an IAM role of its own (a pipeline's service
 *   role, a state machine's role, …), and that role's identity policy must allow the actions; the
 *   function's policy is not involved for callers in the same account. Added beside the first two
 *   because several push sources really work this way, and a quiz must not claim otherwise.
 * - `none`: no invoke permission applies (CloudFront runs Lambda@Edge replicas itself); the note
 *   says what is needed instead.
 */
export type ServicePermission =
  | {
      readonly kind: 'resource-policy';
      readonly principal: string;
      readonly sourceArnExample?: string;
      readonly needsSourceAccount?: boolean;
    }
  | {
      readonly kind: 'execution-role';
      readonly actions: readonly string[];
      readonly managedPolicy?: string;
    }
  | { readonly kind: 'invoker-role'; readonly role: string; readonly actions: readonly string[] }
  | { readonly kind: 'none'; readonly note: string };

export interface ServiceLimit {
  readonly label: string;
  readonly value: string;
}

export interface ServiceRecord {
  /** Short, stable, kebab-case: 'api-gateway', 's3', 'msk', 'lambda-edge', … */
  readonly id: string;
  /** Full name, e.g. "Amazon API Gateway". */
  readonly name: string;
  /** Name for tight spaces, e.g. "API Gateway". */
  readonly shortName: string;
  /** True for the services listed in the study material's table of event sources. */
  readonly inStudyTable: boolean;
  /** That table's method of invocation, reworded. */
  readonly studyTableMethod?: string;
  readonly invocation: InvocationModel;
  /** 'none' for the special integrations. */
  readonly push: 'push' | 'pull' | 'none';
  /** Where the trigger or event source mapping is configured. */
  readonly mappingLives: 'source' | 'lambda' | 'none';
  readonly permission: ServicePermission;
  /** What the learner sees when that permission is missing. */
  readonly missingPermission: string;
  /** What the service itself adds (its retries, time limits, error mapping), one sentence each. */
  readonly behaviour: readonly string[];
  readonly limits: readonly ServiceLimit[];
  /** One to four facts an exam question would test. */
  readonly examFacts: readonly string[];
  /** AWS documentation pages the facts come from. */
  readonly docs: readonly string[];
  /**
   * Set for a service AWS has retired: kept because the study material lists it, shown as retired
   * and never taught as current. `since` is when support ended ("September 2025").
   */
  readonly retired?: { readonly since: string; readonly note: string };
  /**
   * A realistic payload with the key fields of the real event, the same for the same seed. For the
   * special integrations, which send no events, it is the configuration the function sees instead.
   */
  readonly sampleEvent: (seed: number) => unknown;
}
