/** The pattern language on one card: each operator, a short example, and what it matches. */

export interface OperatorNote {
  readonly name: string;
  readonly example: string;
  readonly meaning: string;
}

export const OPERATOR_NOTES: readonly OperatorNote[] = [
  {
    name: 'Exact values',
    example: '"state": ["running", "stopped"]',
    meaning: 'The field equals one of the listed values. Types count: "5" is not 5.',
  },
  {
    name: 'prefix',
    example: '"key": [{ "prefix": "uploads/" }]',
    meaning: 'The text starts with these characters.',
  },
  {
    name: 'suffix',
    example: '"key": [{ "suffix": ".png" }]',
    meaning: 'The text ends with these characters.',
  },
  {
    name: 'equals-ignore-case',
    example: '"state": [{ "equals-ignore-case": "failed" }]',
    meaning: 'The same letters, whether upper or lower case.',
  },
  {
    name: 'anything-but',
    example: '"state": [{ "anything-but": ["running"] }]',
    meaning: 'Any value except the ones listed. A missing field still does not match.',
  },
  {
    name: 'numeric',
    example: '"amount": [{ "numeric": [">=", 100, "<", 500] }]',
    meaning: 'Compares numbers; two comparisons together make a range.',
  },
  {
    name: 'exists',
    example: '"couponCode": [{ "exists": false }]',
    meaning: 'true: the field is present. false: the event has no value there.',
  },
  {
    name: 'wildcard',
    example: '"key": [{ "wildcard": "uploads/*.jpg" }]',
    meaning: 'Each * stands for any run of characters, including none.',
  },
  {
    name: 'cidr',
    example: '"sourceIPAddress": [{ "cidr": "10.0.0.0/16" }]',
    meaning: 'The IP address lies inside this block (IPv4 or IPv6).',
  },
  {
    name: '$or',
    example: '"$or": [{ "state": ["FAILED"] }, { "count": [{ "numeric": [">", 1] }] }]',
    meaning: 'At least one of the branches must match, instead of all fields.',
  },
  {
    name: 'Arrays in the event',
    example: '"tags": ["urgent"]',
    meaning: 'When the event holds an array, one matching element is enough.',
  },
  {
    name: 'null and ""',
    example: '"owner": [null], "note": [""]',
    meaning: 'Match a JSON null or an empty string; neither matches a missing field.',
  },
];
