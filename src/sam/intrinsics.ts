/**
 * CloudFormation's intrinsic functions in their JSON (long) form, the one both a JSON template and
 * a parsed YAML template hold: `{ "Ref": "Queue" }`, `{ "Fn::GetAtt": ["Queue", "Arn"] }`,
 * `{ "Fn::Sub": "arn:…" }`. The YAML writer prints them as `!Ref`, `!GetAtt` and `!Sub`.
 */

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const ref = (logicalId: string): JsonObject => ({ Ref: logicalId });

export const getAtt = (logicalId: string, attribute: string): JsonObject => ({
  'Fn::GetAtt': [logicalId, attribute],
});

export const sub = (text: string): JsonObject => ({ 'Fn::Sub': text });

/** The name of the intrinsic function an object stands for ("Ref", "Fn::GetAtt" …), if it is one. */
export function intrinsicName(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  if (keys.length !== 1) return undefined;
  const key = keys[0]!;
  return key === 'Ref' || key === 'Condition' || key.startsWith('Fn::') ? key : undefined;
}

export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
