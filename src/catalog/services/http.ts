/**
 * HTTP front doors: API Gateway, Application Load Balancer, function URLs and Lambda@Edge. All of
 * them hold a client connection open, so all call the function synchronously and none retries.
 */
import { ACCOUNT, REGION, docIp, iso, sampler } from './sample';
import { DOC } from './sources';
import type { ServiceRecord } from './types';

const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/133.0';

export const apiGateway: ServiceRecord = {
  id: 'api-gateway',
  name: 'Amazon API Gateway',
  shortName: 'API Gateway',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'apigateway.amazonaws.com',
    sourceArnExample: `arn:aws:execute-api:${REGION}:${ACCOUNT}:a1b2c3d4e5/*/GET/orders/*`,
  },
  missingPermission:
    'The client gets HTTP 500 and the execution log says the permissions on the Lambda function are invalid; the function never runs.',
  behaviour: [
    'No retries: the client receives the result of exactly one invocation attempt.',
    'Waits up to 29 s for the function, then answers 504 (REST Regional and private APIs may raise this since 2024; HTTP APIs allow up to 30 s).',
    'When Lambda rejects the call (throttled, or the permission is missing) the client sees 500, not 429.',
    'A function error, or a proxy response in the wrong shape, reaches the client as 502 Bad Gateway.',
  ],
  limits: [
    { label: 'Integration timeout', value: '29 s (REST default), 30 s (HTTP API)' },
    { label: 'Payload to and from Lambda', value: '6 MB (synchronous limit)' },
  ],
  examFacts: [
    'A 29-second integration timeout shows up as 504, whatever the function timeout says.',
    'A throttled function behind API Gateway makes clients see 500; retrying is their job.',
    'Each method (GET, PUT, …) of a REST API can map to its own function.',
  ],
  docs: [DOC.apiGatewayErrors, DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'api-gateway');
    const orderId = `ord-${s.digits(6)}`;
    const ms = s.timeMs();
    const ip = docIp(s);
    const apiId = s.pick(['a1b2c3d4e5', 'k9m8n7p6q5', 'x1y2z3w4v5']);
    return {
      resource: '/orders/{id}',
      path: `/orders/${orderId}`,
      httpMethod: 'GET',
      headers: { Accept: 'application/json', Host: `${apiId}.execute-api.${REGION}.amazonaws.com` },
      multiValueHeaders: { Accept: ['application/json'] },
      queryStringParameters: { expand: 'items' },
      multiValueQueryStringParameters: { expand: ['items'] },
      pathParameters: { id: orderId },
      stageVariables: null,
      requestContext: {
        accountId: ACCOUNT,
        apiId,
        resourcePath: '/orders/{id}',
        httpMethod: 'GET',
        path: `/prod/orders/${orderId}`,
        stage: 'prod',
        requestId: s.uuid(),
        requestTimeEpoch: ms,
        identity: { sourceIp: ip, userAgent: USER_AGENT },
        authorizer: null,
      },
      body: null,
      isBase64Encoded: false,
    };
  },
};

export const alb: ServiceRecord = {
  id: 'alb',
  name: 'Elastic Load Balancing (Application Load Balancer)',
  shortName: 'ALB',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  permission: {
    kind: 'resource-policy',
    principal: 'elasticloadbalancing.amazonaws.com',
    sourceArnExample: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/orders-fn/6d0ecf831eec9f09`,
  },
  missingPermission:
    'Registering the function in the Lambda target group fails, so the load balancer has no healthy target to send requests to.',
  behaviour: [
    'The load balancer makes one attempt per request and never retries the function.',
    'An error thrown by the function becomes a 502 response from the load balancer.',
    'Request and response bodies are capped at 1 MB.',
  ],
  limits: [{ label: 'Request or response body', value: '1 MB' }],
  examFacts: [
    'An ALB can route paths or hosts to a Lambda target group, turning functions into web back ends.',
    'Lambda targets behind an ALB answer with statusCode, statusDescription, headers and body.',
  ],
  docs: [DOC.lambdaServices, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'alb');
    const user = `u-${s.digits(5)}`;
    return {
      requestContext: {
        elb: {
          targetGroupArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/orders-fn/${s.hex(16)}`,
        },
      },
      httpMethod: 'GET',
      path: '/profile',
      queryStringParameters: { user },
      headers: {
        host: 'shop-alb-1234567890.us-east-1.elb.amazonaws.com',
        'user-agent': USER_AGENT,
        'x-amzn-trace-id': `Root=1-${s.hex(8)}-${s.hex(24)}`,
        'x-forwarded-for': docIp(s),
        'x-forwarded-port': '443',
        'x-forwarded-proto': 'https',
      },
      body: '',
      isBase64Encoded: false,
    };
  },
};

export const functionUrl: ServiceRecord = {
  id: 'function-url',
  name: 'AWS Lambda function URLs',
  shortName: 'Function URL',
  inStudyTable: false,
  invocation: 'sync',
  push: 'push',
  // The URL is a setting of the function itself (CreateFunctionUrlConfig), not of another service.
  mappingLives: 'lambda',
  // With auth type NONE the policy names everyone ('*'), not a service: anyone holding the URL may
  // call it. With AWS_IAM, the caller's IAM identity needs lambda:InvokeFunctionUrl instead.
  permission: { kind: 'resource-policy', principal: '*' },
  missingPermission:
    'With auth type NONE and no public statement in the function policy, every request gets 403 Forbidden; with AWS_IAM, unsigned or unauthorised callers get 403 too.',
  behaviour: [
    'Auth type is either NONE (public) or AWS_IAM (requests signed with SigV4).',
    'No API Gateway in the way, so a request may run as long as the function timeout allows, up to 15 min.',
    'Events use the HTTP API 2.0 payload format.',
  ],
  limits: [
    { label: 'Longest request', value: '15 min (the function timeout)' },
    { label: 'Payload', value: '6 MB (synchronous limit)' },
  ],
  examFacts: [
    'A function URL gives one function its own HTTPS endpoint without API Gateway.',
    'Function URLs offer only NONE or AWS_IAM auth; API keys, usage plans and request validation need API Gateway.',
  ],
  docs: [DOC.lambdaServices, DOC.invocationSync, DOC.resourcePolicy],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'function-url');
    const urlId = s.pick(['abcdefghij1234567890klmnop', 'qrstuvwxyz0987654321abcdef']);
    const ms = s.timeMs();
    const ip = docIp(s);
    const rawQueryString = `page=${s.int(1, 9)}`;
    return {
      version: '2.0',
      routeKey: '$default',
      rawPath: '/reports/daily',
      rawQueryString,
      headers: { host: `${urlId}.lambda-url.${REGION}.on.aws`, 'user-agent': USER_AGENT },
      queryStringParameters: { page: rawQueryString.slice(5) },
      requestContext: {
        accountId: 'anonymous',
        apiId: urlId,
        domainName: `${urlId}.lambda-url.${REGION}.on.aws`,
        domainPrefix: urlId,
        http: {
          method: 'GET',
          path: '/reports/daily',
          protocol: 'HTTP/1.1',
          sourceIp: ip,
          userAgent: USER_AGENT,
        },
        requestId: s.uuid(),
        routeKey: '$default',
        stage: '$default',
        time: iso(ms),
        timeEpoch: ms,
      },
      isBase64Encoded: false,
    };
  },
};

export const lambdaEdge: ServiceRecord = {
  id: 'lambda-edge',
  name: 'Amazon CloudFront (Lambda@Edge)',
  shortName: 'Lambda@Edge',
  inStudyTable: true,
  studyTableMethod: 'Event-driven, synchronous',
  invocation: 'sync',
  push: 'push',
  mappingLives: 'source',
  // CloudFront runs replicas of a numbered version near viewers; no statement in the function
  // policy lets it invoke. What matters is the role trust and the deployer's replication rights.
  permission: {
    kind: 'none',
    note: 'The execution role must trust edgelambda.amazonaws.com as well as lambda.amazonaws.com, and whoever attaches the function needs lambda:GetFunction, lambda:EnableReplication* and cloudfront:UpdateDistribution.',
  },
  missingPermission:
    'CloudFront refuses the association: the function’s execution role has to be assumable by edgelambda.amazonaws.com, not only lambda.amazonaws.com.',
  behaviour: [
    'Functions are created in us-east-1 and attached as a numbered version, never $LATEST or an alias.',
    'Viewer request and viewer response triggers must finish in 5 s with 128 MB of memory.',
    'Origin request and origin response triggers may run 30 s with up to 10 GB of memory.',
    'No VPC access, environment variables, layers or provisioned concurrency at the edge.',
    'When the function fails or returns something invalid, CloudFront answers the viewer with 502 or 503.',
  ],
  limits: [
    { label: 'Viewer trigger timeout', value: '5 s' },
    { label: 'Viewer trigger memory', value: '128 MB' },
    { label: 'Origin trigger timeout', value: '30 s' },
    { label: 'Origin trigger memory', value: 'up to 10,240 MB' },
  ],
  examFacts: [
    'Lambda@Edge functions are authored in us-east-1 and deployed as a numbered version.',
    'Viewer triggers get 5 s and 128 MB; origin triggers get 30 s.',
    'The four trigger points are viewer request, origin request, origin response and viewer response.',
  ],
  docs: [DOC.cloudfrontQuotas, DOC.edgeRestrictions, DOC.lambdaServices],
  sampleEvent: (seed) => {
    const s = sampler(seed, 'lambda-edge');
    return {
      Records: [
        {
          cf: {
            config: {
              distributionDomainName: `d${s.hex(13)}.cloudfront.net`,
              distributionId: `E${s.hex(13).toUpperCase()}`,
              eventType: 'viewer-request',
              requestId: `${s.hex(24)}==`,
            },
            request: {
              clientIp: docIp(s),
              method: 'GET',
              uri: `/images/banner-${s.int(1, 40)}.webp`,
              querystring: 'w=640',
              headers: {
                host: [{ key: 'Host', value: 'www.example.com' }],
                'user-agent': [{ key: 'User-Agent', value: USER_AGENT }],
              },
            },
          },
        },
      ],
    };
  },
};
