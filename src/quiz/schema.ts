import { z } from 'zod';

/**
 * The question bank's format. Every question is data, checked by this schema at test time, so a
 * question with two right answers to a "choose one", a missing explanation or an unknown topic
 * never reaches a learner.
 */

export const TOPICS = [
  'push-pull',
  'invocation-models',
  'services',
  'permissions',
  'async-retries',
  'idempotency',
  'dlq-destinations',
  'sqs',
  'streams',
  'kafka-mq',
  'filtering',
  'batching',
  'limits',
  'concurrency',
  'cold-warm',
  'provisioned',
  'versions-aliases',
  'eventbridge-buses',
  'eventbridge-rules',
  'eventbridge-patterns',
  'eventbridge-schedules',
  'integration-choices',
  'step-functions',
  'vpc-networking',
  'api-edge',
  'cost-levers',
] as const;
export type Topic = (typeof TOPICS)[number];

/** The four domains of the Solutions Architect – Associate exam (SAA-C03) and their weights. */
export const DOMAINS = {
  secure: { title: 'Design Secure Architectures', weight: 0.3 },
  resilient: { title: 'Design Resilient Architectures', weight: 0.26 },
  performant: { title: 'Design High-Performing Architectures', weight: 0.24 },
  cost: { title: 'Design Cost-Optimized Architectures', weight: 0.2 },
} as const;
export type Domain = keyof typeof DOMAINS;

const text = (max: number) => z.string().trim().min(1).max(max);

export const optionSchema = z.strictObject({
  /** "a", "b", … in the order written; the quiz may shuffle them for display. */
  id: z.string().regex(/^[a-f]$/),
  text: text(400),
  correct: z.boolean(),
  /** Why this option is right, or why it is wrong. */
  why: text(600),
});

/**
 * "Show me": a preset and the trace event that proves the answer. The moment is found by running
 * the preset, never written down as a time, so it stays right when the engine improves.
 */
export const showMeSchema = z.strictObject({
  preset: z.string().regex(/^[a-z0-9-]+$/),
  /** The nth (1-based) trace event of this kind (and rule, if given). */
  kind: z.string().min(1),
  rule: z.string().min(1).optional(),
  nth: z.number().int().min(1).default(1),
});

export const questionSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'must be kebab-case' }),
    /** single: one of four; multiple: "Choose two" (or three), all-or-nothing. */
    kind: z.enum(['single', 'multiple']),
    stem: text(1_200),
    options: z.array(optionSchema).min(4).max(6),
    topic: z.enum(TOPICS),
    domain: z.enum(Object.keys(DOMAINS) as [Domain, ...Domain[]]),
    difficulty: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    /** Ids of the study-material facts this question tests (src/quiz/facts). */
    facts: z.array(z.string().min(1)).min(1),
    /** The teaching point, shown after answering. */
    explanation: text(1_200),
    /**
     * The AWS documentation pages the answer rests on (1 to 4), shown with the explanation. Every
     * question has them: written ones list them, generated ones take the catalog's pages, predict
     * ones the receipts of their rules.
     */
    sources: z
      .array(
        z.url({ protocol: /^https$/, hostname: /^(docs\.aws\.amazon\.com|aws\.amazon\.com)$/ }),
      )
      .min(1)
      .max(4),
    showMe: showMeSchema.optional(),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    const ids = q.options.map((o) => o.id);
    if (ids.join('') !== 'abcdef'.slice(0, ids.length)) {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be a, b, c …' });
    }
    if (q.kind === 'single' && (correct !== 1 || q.options.length !== 4)) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: 'a single-answer question has 4 options and exactly 1 correct',
      });
    }
    if (q.kind === 'multiple') {
      const word = ['', '', 'two', 'three'][correct];
      if (correct < 2 || correct > 3 || q.options.length < 5) {
        ctx.addIssue({
          code: 'custom',
          path: ['options'],
          message: 'a multiple-response question has 5–6 options and 2 or 3 correct',
        });
      } else if (!q.stem.includes(`(Choose ${word}.)`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['stem'],
          message: `a multiple-response stem ends with "(Choose ${word}.)"`,
        });
      }
    }
  });

export type QuestionInput = z.input<typeof questionSchema>;
export type Question = z.output<typeof questionSchema>;

/** A fact a learner must come away knowing, in our own words, with where it is taught. */
export const factSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
  /** Which study document teaches it: "events" (event sources) or "notes" (study notes). */
  source: z.enum(['events', 'notes', 'exam']),
  topic: z.enum(TOPICS),
  text: text(400),
});
export type Fact = z.output<typeof factSchema>;
