/** AWS SAM templates: export a scenario as one, and import one (or a CloudFormation template). */
export { scenarioToTemplate, METADATA_KEY, type ExportedTemplate } from './export';
export { templateYaml } from './template-text';
