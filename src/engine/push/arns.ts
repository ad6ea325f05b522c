import type { PushSource } from '../../scenario/push-schema';
import { EVENT_ACCOUNT as ACCOUNT, EVENT_REGION as REGION } from '../eventbridge/arns';

/** The account every simulated resource lives in (the SourceAccount of push sources). */
export const SOURCE_ACCOUNT = ACCOUNT;

/**
 * The AWS:SourceArn a service presents when it invokes the function, built from the source's
 * `resource`. Services whose call carries no source ARN (function URLs, Alexa, Lambda@Edge) give "".
 */
export function sourceArn(src: PushSource): string {
  switch (src.service) {
    case 'api-gateway':
      return `arn:aws:execute-api:${REGION}:${ACCOUNT}:${src.resource}/prod/GET/orders`;
    case 'alb':
      return `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/${src.resource}/6d0ecf831eec9f09`;
    case 'cognito':
      return `arn:aws:cognito-idp:${REGION}:${ACCOUNT}:userpool/${src.resource}`;
    case 'firehose':
      return `arn:aws:firehose:${REGION}:${ACCOUNT}:deliverystream/${src.resource}`;
    case 's3-batch':
      return `arn:aws:s3:${REGION}:${ACCOUNT}:job/${src.resource}`;
    case 'secrets-manager':
      return `arn:aws:secretsmanager:${REGION}:${ACCOUNT}:secret:${src.resource}`;
    case 'lex':
      return `arn:aws:lex:${REGION}:${ACCOUNT}:intent:${src.resource}:*`;
    case 'connect':
      return `arn:aws:connect:${REGION}:${ACCOUNT}:instance/${src.resource}`;
    case 'step-functions':
      return `arn:aws:states:${REGION}:${ACCOUNT}:stateMachine:${src.resource}`;
    case 's3':
      // Bucket ARNs carry no account: SourceAccount has to pin it.
      return `arn:aws:s3:::${src.resource}`;
    case 'sns':
      return `arn:aws:sns:${REGION}:${ACCOUNT}:${src.resource}`;
    case 'cloudwatch-logs':
      return `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:${src.resource}:*`;
    case 'cloudformation':
      return `arn:aws:cloudformation:${REGION}:${ACCOUNT}:stack/${src.resource}/*`;
    case 'codecommit':
      return `arn:aws:codecommit:${REGION}:${ACCOUNT}:${src.resource}`;
    case 'codepipeline':
      return `arn:aws:codepipeline:${REGION}:${ACCOUNT}:${src.resource}`;
    case 'config':
      return `arn:aws:config:${REGION}:${ACCOUNT}:config-rule/${src.resource}`;
    case 'iot':
      return `arn:aws:iot:${REGION}:${ACCOUNT}:rule/${src.resource}`;
    case 'iot-events':
      return `arn:aws:iotevents:${REGION}:${ACCOUNT}:detectorModel/${src.resource}`;
    case 'ses':
      return `arn:aws:ses:${REGION}:${ACCOUNT}:receipt-rule-set/inbound:receipt-rule/${src.resource}`;
    case 'function-url':
    case 'alexa':
    case 'lambda-edge':
      return '';
  }
}
