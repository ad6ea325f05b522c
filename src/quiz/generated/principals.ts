import type { ServiceRecord } from '../../catalog/services';

/**
 * The service principal each service acts as, for the options of generated permission questions.
 * A push source with a resource-based policy uses the principal its record names; for the others
 * (pollers, callers with a role of their own, Lambda@Edge, the special integrations) this is the
 * principal a learner would expect to see in a policy, so that a wrong option names a real
 * principal too and the right answer cannot be spotted as the only concrete one.
 */
const EXPECTED_PRINCIPAL: Readonly<Record<string, string>> = {
  msk: 'kafka.amazonaws.com',
  'self-managed-kafka': 'kafka.amazonaws.com',
  cloudformation: 'cloudformation.amazonaws.com',
  'lambda-edge': 'edgelambda.amazonaws.com',
  codepipeline: 'codepipeline.amazonaws.com',
  dynamodb: 'dynamodb.amazonaws.com',
  efs: 'elasticfilesystem.amazonaws.com',
  kinesis: 'kinesis.amazonaws.com',
  firehose: 'firehose.amazonaws.com',
  mq: 'mq.amazonaws.com',
  sqs: 'sqs.amazonaws.com',
  's3-batch': 'batchoperations.s3.amazonaws.com',
  xray: 'xray.amazonaws.com',
  'step-functions': 'states.amazonaws.com',
};

export function principalOf(s: ServiceRecord): string {
  if (s.permission.kind === 'resource-policy') return s.permission.principal;
  const p = EXPECTED_PRINCIPAL[s.id];
  if (p === undefined) throw new Error(`no service principal is known for "${s.id}"`);
  return p;
}
