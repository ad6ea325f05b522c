import { parseScenario, type ScenarioError } from '../scenario/parse';
import type { Scenario } from '../scenario/schema';
import { resourcesDigest } from './digest';
import { METADATA_KEY } from './export';
import { Draft } from './import-draft';
import { keepSimulation } from './import-keep';
import { readFunction } from './import-function';
import { readOtherResources } from './import-resources';
import { isObject } from './intrinsics';
import { parseTemplate, type Template } from './parse-template';
import type { Skipped } from './reader';
import { Resolver } from './resolve';

export type ImportResult =
  | {
      readonly ok: true;
      readonly scenario: Scenario;
      /** What the template holds that the scenario does not, by logical id and property. */
      readonly skipped: readonly Skipped[];
      /** True when the template carried the scenario it was exported from, unchanged. */
      readonly restored: boolean;
      /**
       * True when the resources were edited since the export and the traffic, behaviour and
       * faults came from the scenario in the metadata; false when they are the import's defaults.
       */
      readonly keptSimulation: boolean;
    }
  | { readonly ok: false; readonly errors: readonly ScenarioError[] };

/** Resources an import reads only for their name: their other properties are listed. */
const NAME_ONLY: Readonly<Record<string, string>> = {
  'AWS::SNS::Topic': 'TopicName',
  'AWS::S3::Bucket': 'BucketName',
  'AWS::Logs::LogGroup': 'LogGroupName',
  'AWS::Cognito::UserPool': 'UserPoolName',
  'AWS::Kinesis::StreamConsumer': 'ConsumerName',
};

/**
 * A SAM or CloudFormation template as a scenario. A template exported by Lambda Event Lab whose
 * resources are unchanged gives back the scenario it came from (kept in its Metadata); any other
 * template is read resource by resource, and whatever cannot be used is listed.
 */
export function importTemplate(text: string): ImportResult {
  const parsed = parseTemplate(text);
  if (!parsed.ok) return parsed;
  const template = parsed.template;
  const meta = isObject(template.Metadata) ? template.Metadata[METADATA_KEY] : undefined;
  const saved = isObject(meta) ? parseScenario(meta.scenario) : undefined;
  if (
    saved?.ok === true &&
    isObject(meta) &&
    meta.resourcesDigest === resourcesDigest(template.Resources)
  )
    return {
      ok: true,
      scenario: saved.scenario,
      skipped: [],
      restored: true,
      keptSimulation: true,
    };
  return readTemplate(template, saved?.ok === true ? saved.scenario : undefined);
}

/**
 * SAM's Globals: properties every function takes unless it sets its own. Other sections (Api,
 * HttpApi …) configure what the simulator does not model, and are listed.
 */
function withGlobals(template: Template, skipped: Skipped[]): Record<string, unknown> {
  const globals = isObject(template.Globals) ? template.Globals : {};
  for (const key of Object.keys(globals))
    if (key !== 'Function')
      skipped.push({ logicalId: 'Globals', property: key, reason: 'not simulated' });
  const fnGlobals = isObject(globals.Function) ? globals.Function : undefined;
  if (fnGlobals === undefined) return template.Resources;
  const out: Record<string, unknown> = {};
  for (const [id, r] of Object.entries(template.Resources)) {
    out[id] =
      isObject(r) && r.Type === 'AWS::Serverless::Function'
        ? { ...r, Properties: { ...fnGlobals, ...(isObject(r.Properties) ? r.Properties : {}) } }
        : r;
  }
  return out;
}

function readTemplate(template: Template, saved: Scenario | undefined): ImportResult {
  const globalsSkipped: Skipped[] = [];
  const resources = withGlobals(template, globalsSkipped);
  const parameters = isObject(template.Parameters) ? template.Parameters : {};
  const d = new Draft(resources, new Resolver(resources, parameters));
  const functions = Object.entries(resources).filter(
    ([, r]) =>
      isObject(r) && (r.Type === 'AWS::Serverless::Function' || r.Type === 'AWS::Lambda::Function'),
  );
  if (functions.length === 0)
    return {
      ok: false,
      errors: [
        {
          path: 'Resources',
          message:
            'has no function: the simulator needs an AWS::Serverless::Function or AWS::Lambda::Function',
        },
      ],
    };
  d.skipped.push(...globalsSkipped);
  readFunction(d, functions[0]![0]);
  for (const [id] of functions.slice(1)) {
    d.consumed.add(id);
    d.skipped.push({
      logicalId: id,
      property: '(resource)',
      reason: `the simulator runs one function (${functions[0]![0]})`,
    });
  }
  readOtherResources(d);
  for (const [id, r] of Object.entries(resources)) {
    const type = isObject(r) && typeof r.Type === 'string' ? r.Type : '(no Type)';
    if (!d.consumed.has(id) && NAME_ONLY[type] === undefined) {
      d.skipped.push({ logicalId: id, property: '(resource)', reason: `${type} is not simulated` });
      continue;
    }
    const nameProp = NAME_ONLY[type];
    if (nameProp !== undefined && isObject(r) && isObject(r.Properties)) {
      for (const key of Object.keys(r.Properties))
        if (key !== nameProp)
          d.skipped.push({ logicalId: id, property: key, reason: 'not simulated' });
    }
  }

  const doc: Record<string, unknown> = {
    version: 1,
    name:
      typeof template.Description === 'string' && template.Description.trim() !== ''
        ? template.Description.slice(0, 120)
        : `Imported: ${d.functionName}`,
    function: d.fn,
    workloads: d.workloads,
  };
  if (d.queues.size > 0)
    doc.queues = [...d.queues.values()].map((q) =>
      q.mapping !== undefined && q.producers === undefined
        ? {
            ...q,
            producers: [
              {
                id: 'producer',
                arrivals: { kind: 'single', atMs: [1_000] },
                ...(q.type === 'fifo' ? { messageGroupIds: ['group-1'] } : {}),
              },
            ],
          }
        : q,
    );
  if (d.streams.length > 0) doc.streams = d.streams;
  if (d.kafka.length > 0) doc.kafka = d.kafka;
  if (d.brokers.length > 0) doc.brokers = d.brokers;
  if (d.buses.length + d.rules.length + d.schedules.length + d.archives.length > 0)
    doc.eventbridge = {
      buses: d.buses,
      rules: d.rules,
      schedules: d.schedules,
      archives: d.archives,
    };
  if (saved !== undefined) {
    keepSimulation(doc, saved);
    const kept = parseScenario(doc);
    if (kept.ok)
      return {
        ok: true,
        scenario: kept.scenario,
        skipped: d.skipped,
        restored: false,
        keptSimulation: true,
      };
    // The edit contradicts the saved traffic (say, a queue made FIFO): read the resources alone.
    return readTemplate(template, undefined);
  }
  const result = parseScenario(doc);
  if (!result.ok) return result;
  return {
    ok: true,
    scenario: result.scenario,
    skipped: d.skipped,
    restored: false,
    keptSimulation: false,
  };
}
