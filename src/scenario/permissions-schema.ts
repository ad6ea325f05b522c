import { z } from 'zod';

/**
 * The function's permissions. Left out, every source the scenario configures is allowed (as the
 * console arranges when it adds a trigger); written out, only what is listed is allowed, so a
 * scenario can remove a statement or an action and show the failure it causes.
 */
export const policyStatementSchema = z.strictObject({
  sid: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,100}$/, { error: 'must be 1–100 letters, digits, "-" or "_"' })
    .optional(),
  /** A service principal ("s3.amazonaws.com") or an account ("123456789012", "*"). */
  principal: z.string().regex(/^(\*|\d{12}|[a-z0-9.-]+\.amazon(aws)?\.com)$/, {
    error:
      'must be a service principal like "s3.amazonaws.com" (or "alexa-appkit.amazon.com"), a 12-digit account or "*"',
  }),
  /** AWS:SourceArn condition; "*" and "?" wildcards as in ArnLike. */
  sourceArn: z
    .string()
    .regex(/^arn:[^\s]{1,2040}$/, { error: 'must be an ARN starting with "arn:"' })
    .optional(),
  /** AWS:SourceAccount condition. */
  sourceAccount: z
    .string()
    .regex(/^\d{12}$/, { error: 'must be a 12-digit account id' })
    .optional(),
});

export const permissionsSchema = z.strictObject({
  /** Statements of the function's resource-based policy (lambda:InvokeFunction). */
  resourcePolicy: z
    .array(policyStatementSchema)
    .max(50, { error: 'at most 50 statements' })
    .optional(),
  /** Actions the execution role allows, e.g. "sqs:ReceiveMessage", "sqs:*" or "*". */
  executionRole: z
    .array(
      z.string().regex(/^(\*|[a-z0-9-]+:[A-Za-z0-9*]+)$/, {
        error: 'must be an action like "sqs:ReceiveMessage", "sqs:*" or "*"',
      }),
    )
    .max(200, { error: 'at most 200 actions' })
    .optional(),
});

export type PolicyStatement = z.output<typeof policyStatementSchema>;
export type PermissionsConfig = z.output<typeof permissionsSchema>;
