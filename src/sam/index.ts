/** AWS SAM templates: export a scenario as one, and import one (or a CloudFormation template). */
export { scenarioToTemplate, METADATA_KEY, type ExportedTemplate } from './export';
export { templateYaml } from './template-text';
export { importTemplate, type ImportResult } from './import';
export type { Skipped } from './reader';

import type { Scenario } from '../scenario/schema';
import { scenarioToTemplate } from './export';
import { templateYaml } from './template-text';

/** The scenario as the text of template.yaml. */
export function scenarioToSamYaml(s: Scenario): string {
  return templateYaml(scenarioToTemplate(s));
}
