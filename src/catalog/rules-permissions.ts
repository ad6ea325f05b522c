import type { Rule } from './rules';

const DOCS = 'https://docs.aws.amazon.com/lambda/latest/dg';

/** Who may invoke the function (its resource-based policy) and what it may call (its execution role). */
export const PERMISSION_RULES = [
  {
    id: 'permission.resource-policy',
    title: 'Push sources need a resource-based policy statement',
    statement:
      'A service that invokes the function directly is allowed by a statement in the function’s resource-based policy that names its service principal (lambda:InvokeFunction); without one the invoke is denied.',
    docUrl: `${DOCS}/access-control-resource-based.html`,
  },
  {
    id: 'permission.source-arn',
    title: 'SourceArn and SourceAccount conditions',
    statement:
      'A statement for a service principal should be limited with AWS:SourceArn (and AWS:SourceAccount for S3, whose bucket ARNs carry no account); a request from another resource does not match and is denied, which stops the confused-deputy problem.',
    docUrl: `${DOCS}/access-control-resource-based.html`,
  },
  {
    id: 'permission.execution-role',
    title: 'Pollers use the function’s execution role',
    statement:
      'An event source mapping reads its source with the function’s execution role; creating it is rejected with InvalidParameterValueException when the role lacks the read actions, and if they are revoked later the mapping keeps trying while records wait in the source.',
    docUrl: `${DOCS}/lambda-intro-execution-role.html`,
  },
] as const satisfies readonly Rule[];
