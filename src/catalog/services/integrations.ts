/**
 * EFS and X-Ray appear in the study table as "special integrations": they never invoke a
 * function. Their records exist so the palette and the quiz can say what they add instead, and
 * their permissions sit on the function's own execution role.
 */
import { ACCOUNT, REGION, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

const ENI_ACTIONS = [
  'ec2:CreateNetworkInterface',
  'ec2:DescribeNetworkInterfaces',
  'ec2:DeleteNetworkInterface',
] as const;

export const efs: ServiceRecord = {
  id: 'efs',
  name: 'Amazon Elastic File System',
  shortName: 'EFS',
  inStudyTable: true,
  studyTableMethod: 'Special integration',
  invocation: 'special',
  push: 'none',
  mappingLives: 'none',
  permission: {
    kind: 'execution-role',
    actions: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite', ...ENI_ACTIONS],
    managedPolicy: 'AmazonElasticFileSystemClientReadWriteAccess',
  },
  missingPermission:
    'Invocations fail before any code runs, with an error saying the function could not mount its file system.',
  behaviour: [
    'Sends no events: it mounts a shared file system into the function, through an access point, at a path under /mnt.',
    'The function must be attached to the VPC that holds the file system’s mount targets.',
    'A file system accepts up to 25,000 connections, which bounds how many environments can mount it at once.',
  ],
  limits: [
    { label: 'Connections per file system', value: '25,000' },
    { label: 'Mount path', value: '/mnt/…' },
  ],
  examFacts: [
    'EFS gives functions shared, persistent storage that outlives any single execution environment.',
    'A function that mounts EFS has to run in a VPC.',
    'SnapStart cannot be combined with an EFS mount.',
  ],
  docs: [DOC.lambdaServices],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'efs');
    return {
      FileSystemConfigs: [
        {
          Arn: `arn:aws:elasticfilesystem:${REGION}:${ACCOUNT}:access-point/fsap-${s.hex(17)}`,
          LocalMountPath: `/mnt/${s.pick(['models', 'shared', 'assets'])}`,
        },
      ],
    };
  },
};

export const xray: ServiceRecord = {
  id: 'xray',
  name: 'AWS X-Ray',
  shortName: 'X-Ray',
  inStudyTable: true,
  studyTableMethod: 'Special integration',
  invocation: 'special',
  push: 'none',
  mappingLives: 'none',
  permission: {
    kind: 'execution-role',
    actions: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'],
    managedPolicy: 'AWSXRayDaemonWriteAccess',
  },
  missingPermission:
    'Callers notice nothing: the function runs, but X-Ray refuses its trace data, so traces have a gap where the function should be.',
  behaviour: [
    'Never invokes anything; with active tracing on, Lambda records traces of sampled requests.',
    'Default sampling keeps the first request in each second and 5 % of the requests after it.',
  ],
  limits: [{ label: 'Default sampling', value: '1 request/s + 5 %' }],
  examFacts: [
    'Active tracing shows where a request spends its time across Lambda and the services it calls.',
    'Tracing needs xray:PutTraceSegments and xray:PutTelemetryRecords on the execution role.',
  ],
  docs: [DOC.lambdaServices],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'xray');
    const epochHex = Math.floor(s.timeMs() / 1000).toString(16);
    return {
      TracingConfig: { Mode: 'Active' },
      _X_AMZN_TRACE_ID: `Root=1-${epochHex}-${s.hex(24)};Parent=${s.hex(16)};Sampled=1`,
    };
  },
};
