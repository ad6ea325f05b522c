import { getAtt, ref, sub, type Json, type JsonObject } from './intrinsics';

/** One resource of a template, with the comments written above it. */
export interface Resource {
  Type: string;
  Properties: JsonObject;
}

/**
 * What an export collects while it walks a scenario: the resources in the order they appear, the
 * function's events and policies, parameters for things a template can only point at (a Kafka
 * cluster, a broker), and comments for what the simulator models but a template cannot say.
 */
export class TemplateBuilder {
  readonly resources = new Map<string, Resource>();
  readonly parameters = new Map<string, JsonObject>();
  readonly events = new Map<string, JsonObject>();
  readonly policies: Json[] = [];
  /** Comments above a resource (by logical id) or above the function's event (by event id). */
  readonly comments = new Map<string, string[]>();
  /** Comments at the top of the template. */
  readonly notes: string[] = [];
  /** FunctionUrlConfig, when a workload calls the function's URL. */
  functionUrl: JsonObject | undefined;
  private readonly byName = new Map<string, string>();

  constructor(readonly functionId: string) {
    this.used.add(functionId);
  }
  private readonly used = new Set<string>();

  /** A logical id made of `name` and `suffix`, unique in the template. */
  uniqueId(name: string, suffix: string): string {
    const base = `${pascal(name)}${pascal(name).endsWith(suffix) ? '' : suffix}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}${n}`;
    this.used.add(id);
    return id;
  }

  add(id: string, type: string, properties: JsonObject, comment?: string): string {
    this.resources.set(id, { Type: type, Properties: properties });
    if (comment !== undefined) this.comment(id, comment);
    return id;
  }

  /** A statement of the function's resource-based policy that SAM does not write itself. */
  permission(name: string, principal: string, sourceArn?: Json, comment?: string): string {
    const id = this.uniqueId(name, 'Permission');
    const props: JsonObject = {
      FunctionName: ref(this.functionId),
      Action: 'lambda:InvokeFunction',
      Principal: principal,
    };
    if (sourceArn !== undefined) props.SourceArn = sourceArn;
    return this.add(id, 'AWS::Lambda::Permission', props, comment);
  }

  comment(key: string, text: string): void {
    const list = this.comments.get(key) ?? [];
    list.push(text);
    this.comments.set(key, list);
  }

  event(name: string, type: string, properties: JsonObject, comment?: string): void {
    let id = pascal(name);
    for (let n = 2; this.events.has(id); n++) id = `${pascal(name)}${n}`;
    this.events.set(id, { Type: type, Properties: properties });
    if (comment !== undefined) this.comment(`event:${id}`, comment);
  }

  /** The logical id of the resource of `kind` named `name`, created with `make` the first time. */
  named(kind: string, name: string, make: (id: string) => void): string {
    const key = `${kind}:${name}`;
    const known = this.byName.get(key);
    if (known !== undefined) return known;
    const id = this.uniqueId(name, kind);
    this.byName.set(key, id);
    make(id);
    return id;
  }

  queue(name: string): string {
    return this.named('Queue', name, (id) =>
      this.add(id, 'AWS::SQS::Queue', {
        QueueName: name,
        ...(name.endsWith('.fifo') ? { FifoQueue: true } : {}),
      }),
    );
  }

  topic(name: string): string {
    return this.named('Topic', name, (id) => this.add(id, 'AWS::SNS::Topic', { TopicName: name }));
  }

  bucket(name: string): string {
    return this.named('Bucket', name, (id) =>
      this.add(id, 'AWS::S3::Bucket', { BucketName: name }),
    );
  }

  /** The ARN of a destination, dead-letter queue or on-failure target, by its kind and name. */
  arnOf(type: 'sqs' | 'sns' | 's3' | 'lambda' | 'eventbridge' | 'kafka', name: string): Json {
    switch (type) {
      case 'sqs':
        return getAtt(this.queue(name), 'Arn');
      case 'sns':
        return ref(this.topic(name));
      case 's3':
        return getAtt(this.bucket(name), 'Arn');
      case 'lambda':
        return sub(
          `arn:\${AWS::Partition}:lambda:\${AWS::Region}:\${AWS::AccountId}:function:${name}`,
        );
      case 'eventbridge':
        return this.byName.has(`Bus:${name}`)
          ? getAtt(this.byName.get(`Bus:${name}`)!, 'Arn')
          : sub(
              `arn:\${AWS::Partition}:events:\${AWS::Region}:\${AWS::AccountId}:event-bus/${name}`,
            );
      case 'kafka':
        return `kafka://${name}`;
    }
  }

  rememberName(kind: string, name: string, id: string): void {
    this.byName.set(`${kind}:${name}`, id);
  }

  idOf(kind: string, name: string): string | undefined {
    return this.byName.get(`${kind}:${name}`);
  }
}

/** "orders-dlq.fifo" → "OrdersDlqFifo": a logical id takes letters and digits only. */
export function pascal(name: string): string {
  const words = name.split(/[^A-Za-z0-9]+/).filter((w) => w !== '');
  const id = words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join('');
  return /^[A-Za-z]/.test(id) ? id : `R${id}`;
}
