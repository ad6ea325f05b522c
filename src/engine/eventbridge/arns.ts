import type { EventBridgeRule, EventBridgeTarget } from '../../scenario/schema';

const REGION = 'us-east-1';
const ACCOUNT = '123456789012';

export function ruleArn(rule: Pick<EventBridgeRule, 'bus' | 'name'>): string {
  const path = rule.bus === 'default' ? rule.name : `${rule.bus}/${rule.name}`;
  return `arn:aws:events:${REGION}:${ACCOUNT}:rule/${path}`;
}

export function targetArn(t: EventBridgeTarget, lambdaArn: (qualifier: string) => string): string {
  const name = t.name ?? '';
  switch (t.type) {
    case 'lambda':
      return lambdaArn(String(t.qualifier));
    case 'sqs':
      return `arn:aws:sqs:${REGION}:${ACCOUNT}:${name}`;
    case 'sns':
      return `arn:aws:sns:${REGION}:${ACCOUNT}:${name}`;
    case 'stepfunctions':
      return `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${name}`;
    case 'logs':
      return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${name}`;
    case 'kinesis':
      return `arn:aws:kinesis:${REGION}:${ACCOUNT}:stream/${name}`;
  }
}

export const EVENT_ACCOUNT = ACCOUNT;
export const EVENT_REGION = REGION;
