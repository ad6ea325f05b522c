import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { serviceById } from '../../../src/catalog/services';
import { prettyJson } from '../../../src/ui/tools/patterns/pretty-json';

/** Scenarios for "Run it": SQS has a valid one, Kinesis a broken one, the rest none. */
vi.mock('../../../src/scenario/service-scenarios', () => ({
  scenarioForService: (id: string) =>
    id === 'sqs'
      ? { version: 1, name: 'SQS test scenario' }
      : id === 'kinesis'
        ? { version: 1, durationMs: -5 }
        : undefined,
}));
const { default: ReferenceView, CARDS_QUERY } =
  await import('../../../src/ui/reference/ReferenceView');

afterEach(() => {
  vi.unstubAllGlobals();
  window.history.replaceState(null, '', '/');
});

function openPage(url = '/?tool=reference') {
  window.history.replaceState(null, '', url);
  const user = userEvent.setup();
  render(<ReferenceView />);
  return user;
}

const table = () => screen.getByRole('table');
/** The service names of the rows shown, top to bottom. */
const rowNames = () =>
  within(table())
    .getAllByRole('rowheader')
    .map((h) => within(h).getByRole('button').textContent);
const group = (name: string) => screen.getByRole('group', { name });
const chips = (name: string) =>
  within(group(name))
    .getAllByRole('button')
    .map((b) => b.textContent);
const chip = (groupName: string, label: string) =>
  within(group(groupName)).getByRole('button', { name: new RegExp(`^${label} \\d+$`) });
const toggle = (name: string) => screen.getByRole('button', { name, expanded: false });
const opened = (name: string) => screen.getByRole('button', { name, expanded: true });
const status = () => screen.getByText(/services/, { selector: '[role="status"]' });
const search = () => screen.getByRole('searchbox', { name: 'Search services' });

const POLL = [
  'Amazon Managed Streaming for Apache Kafka (MSK)',
  'Self-managed Apache Kafka',
  'Amazon DynamoDB Streams',
  'Amazon Kinesis Data Streams',
  'Amazon MQ',
  'Amazon Simple Queue Service (SQS)',
];

describe('the event source reference', () => {
  it('lists all 31 services, numbering the 29 of the study table and marking the other 2', () => {
    openPage();
    expect(screen.getByRole('heading', { level: 2, name: 'Event source reference' })).toBeVisible();
    const names = rowNames();
    expect(names).toHaveLength(31);
    expect(names.slice(0, 3)).toEqual([
      'Amazon Alexa',
      'Amazon Managed Streaming for Apache Kafka (MSK)',
      'Self-managed Apache Kafka',
    ]);
    expect(names.slice(-3)).toEqual([
      'AWS X-Ray',
      'AWS Lambda function URLs',
      'AWS Step Functions',
    ]);
    const rows = within(table()).getAllByRole('row').slice(1);
    const cells = (i: number) =>
      within(rows[i]!)
        .getAllByRole('cell')
        .map((c) => c.textContent);
    expect(cells(0)).toEqual([
      '1',
      'Synchronous',
      'Push',
      'On the source service',
      'Function policy alexa-appkit.amazon.com',
    ]);
    expect(cells(24)).toEqual([
      '25',
      'Polling',
      'Pull',
      'In Lambda: event source mapping',
      'Execution role AWSLambdaSQSQueueExecutionRole',
    ]);
    expect(cells(28)).toEqual([
      '29',
      'Integration — never invokes',
      'Neither',
      'No trigger: sends no events',
      'Execution role AWSXRayDaemonWriteAccess',
    ]);
    expect(cells(29)[0]).toBe('—');
    expect(within(rows[29]!).getByText('Not in the study table')).toBeVisible();
    expect(within(rows[30]!).getByText('Not in the study table')).toBeVisible();
    expect(screen.getAllByText('Not in the study table')).toHaveLength(2);
    expect(status()).toHaveTextContent(
      'All 31 services: the 29 rows of the study table, plus 2 it leaves out.',
    );
  });

  it('counts each chip: 12 sync, 11 async, 6 poll, 2 special; 23 push, 6 pull', () => {
    openPage();
    expect(chips('Invocation model')).toEqual([
      'All 31',
      'Sync 12',
      'Async 11',
      'Poll 6',
      'Special 2',
    ]);
    expect(chips('Push or pull')).toEqual(['All 31', 'Push 23', 'Pull 6']);
    expect(chip('Invocation model', 'All')).toHaveAttribute('aria-pressed', 'true');
    expect(chip('Push or pull', 'All')).toHaveAttribute('aria-pressed', 'true');
  });

  it('filters by model: Poll shows exactly the six pollers, and recounts push/pull', async () => {
    const user = openPage();
    await user.click(chip('Invocation model', 'Poll'));
    expect(rowNames()).toEqual(POLL);
    expect(chip('Invocation model', 'Poll')).toHaveAttribute('aria-pressed', 'true');
    expect(chip('Invocation model', 'All')).toHaveAttribute('aria-pressed', 'false');
    expect(chips('Push or pull')).toEqual(['All 6', 'Push 0', 'Pull 6']);
    expect(status()).toHaveTextContent('Showing 6 of 31 services (6 from the study table).');
    expect(
      screen.getByText(/^Poll: Lambda’s own pollers read the source through an event source/),
    ).toBeVisible();

    await user.click(chip('Invocation model', 'Special'));
    expect(rowNames()).toEqual(['Amazon Elastic File System', 'AWS X-Ray']);
  });

  it('filters by push or pull, and recounts the models', async () => {
    const user = openPage();
    await user.click(chip('Push or pull', 'Push'));
    expect(rowNames()).toHaveLength(23);
    expect(rowNames()).not.toContain('Amazon Simple Queue Service (SQS)');
    expect(rowNames()).not.toContain('Amazon Elastic File System');
    expect(chips('Invocation model')).toEqual([
      'All 23',
      'Sync 12',
      'Async 11',
      'Poll 0',
      'Special 0',
    ]);
    expect(status()).toHaveTextContent('Showing 23 of 31 services (21 from the study table).');
    expect(screen.getByText('Push: the service sends the event to Lambda.')).toBeVisible();

    await user.click(chip('Push or pull', 'Pull'));
    expect(rowNames()).toEqual(POLL);
  });

  it('says when the filters leave nothing, and brings everything back', async () => {
    const user = openPage();
    await user.click(chip('Invocation model', 'Poll'));
    await user.click(chip('Push or pull', 'Push'));
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    expect(screen.getByText('No service matches with these filters.')).toBeVisible();
    expect(status()).toHaveTextContent('Showing 0 of 31 services (0 from the study table).');
    await user.click(screen.getByRole('button', { name: 'Show all services' }));
    expect(rowNames()).toHaveLength(31);
    expect(chip('Invocation model', 'All')).toHaveAttribute('aria-pressed', 'true');
    expect(chip('Push or pull', 'All')).toHaveAttribute('aria-pressed', 'true');
  });

  it('searches names and behaviour from the start of words, name matches first', async () => {
    const user = openPage();
    await user.type(search(), 'kin');
    expect(rowNames()).toEqual([
      'Amazon Kinesis Data Streams',
      'Amazon Data Firehose (Kinesis Data Firehose)',
      'Amazon DynamoDB Streams',
    ]);
    expect(chips('Invocation model')).toEqual([
      'All 3',
      'Sync 1',
      'Async 0',
      'Poll 2',
      'Special 0',
    ]);
    expect(chips('Push or pull')).toEqual(['All 3', 'Push 1', 'Pull 2']);

    await user.clear(search());
    await user.type(search(), 'visibility timeout');
    expect(rowNames()).toEqual(['Amazon Simple Queue Service (SQS)']);

    await user.clear(search());
    await user.type(search(), 'zzz');
    expect(screen.getByText(/No service matches/)).toHaveTextContent('No service matches “zzz”.');
    await user.click(screen.getByRole('button', { name: 'Show all services' }));
    expect(search()).toHaveValue('');
    expect(rowNames()).toHaveLength(31);
  });

  it('combines the search with both filters', async () => {
    const user = openPage();
    await user.type(search(), 'batch');
    await user.click(chip('Push or pull', 'Push'));
    expect(rowNames()).toEqual([
      'Amazon S3 Batch Operations',
      'Amazon Data Firehose (Kinesis Data Firehose)',
    ]);
    await user.click(chip('Invocation model', 'Async'));
    expect(screen.getByText(/No service matches/)).toHaveTextContent(
      'No service matches “batch” with these filters.',
    );
  });
});

describe('a row, opened', () => {
  it('expands and collapses from its name, with aria-expanded and aria-controls', async () => {
    const user = openPage();
    const button = toggle('Amazon Simple Queue Service (SQS)');
    expect(button).not.toHaveAttribute('aria-controls');
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    const details = document.getElementById(button.getAttribute('aria-controls')!)!;
    expect(details).toBeVisible();
    expect(within(details).getByRole('heading', { level: 3, name: 'What SQS adds' })).toBeVisible();
    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(details).not.toBeInTheDocument();
  });

  it('opens from the keyboard, and several rows can be open at once', async () => {
    const user = openPage();
    toggle('Amazon Simple Queue Service (SQS)').focus();
    await user.keyboard('{Enter}');
    toggle('Amazon MQ').focus();
    await user.keyboard(' ');
    expect(screen.getAllByRole('button', { expanded: true }).map((b) => b.textContent)).toEqual([
      'Amazon MQ',
      'Amazon Simple Queue Service (SQS)',
    ]);
  });

  it('shows what the service adds, its limits, permission, missing permission, facts and docs', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Simple Queue Service (SQS)'));
    const sqs = serviceById('sqs')!;
    const section = (name: string) =>
      screen.getByRole('heading', { level: 3, name }).closest('section')!;

    const adds = within(section('What SQS adds')).getAllByRole('listitem');
    expect(adds.map((li) => li.textContent)).toEqual(sqs.behaviour);
    expect(adds).toHaveLength(6);

    const limits = section('Limits');
    expect(
      within(limits)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual([
      'Batch size',
      'Batching window',
      'Visibility timeout',
      'MaximumConcurrency',
      'Message size',
    ]);
    expect(within(limits).getAllByRole('definition')[2]).toHaveTextContent(
      'at least 6 × the function timeout',
    );

    const permission = section('Permission');
    expect(permission).toHaveTextContent('Execution role. The function’s own role must allow:');
    expect(
      within(permission)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:GetQueueAttributes']);
    expect(permission).toHaveTextContent(
      'The AWS managed policy AWSLambdaSQSQueueExecutionRole grants them.',
    );

    expect(section('When the permission is missing')).toHaveTextContent(sqs.missingPermission);
    expect(
      within(section('Exam facts'))
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(sqs.examFacts);

    const links = within(section('AWS documentation')).getAllByRole('link');
    expect(links.map((a) => a.getAttribute('href'))).toEqual(sqs.docs);
    expect(links[0]).toHaveAccessibleName('with-sqs (opens in a new tab)');
    for (const a of links) {
      expect(a).toHaveAttribute('target', '_blank');
      expect(a).toHaveAttribute('rel', 'noopener noreferrer');
    }
    expect(screen.getByText('Study table:').closest('p')).toHaveTextContent(
      'Study table: Lambda polling',
    );
  });

  it('shows the sample event as pretty JSON, copies it, and draws another on demand', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Simple Queue Service (SQS)'));
    const sqs = serviceById('sqs')!;
    const pre = () =>
      screen.getByRole('figure', { name: 'Sample SQS event' }).querySelector('pre')!;
    expect(pre().textContent).toBe(prettyJson(sqs.sampleEvent(1)));
    expect(JSON.parse(pre().textContent!)).toEqual(sqs.sampleEvent(1));
    expect(pre()).toHaveAttribute('tabindex', '0');

    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(await navigator.clipboard.readText()).toBe(prettyJson(sqs.sampleEvent(1)));
    expect(screen.getByText('Copied')).toHaveAttribute('role', 'status');

    await user.click(screen.getByRole('button', { name: 'Another sample' }));
    expect(pre().textContent).toBe(prettyJson(sqs.sampleEvent(2)));
    expect(pre().textContent).not.toBe(prettyJson(sqs.sampleEvent(1)));
    expect(screen.queryByText('Copied')).not.toBeInTheDocument();
  });

  it('says so when the clipboard refuses', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Simple Queue Service (SQS)'));
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValueOnce(new Error('denied'));
    await user.click(screen.getByRole('button', { name: 'Copy JSON' }));
    expect(
      await screen.findByText('Could not copy: select the text and copy it'),
    ).toBeInTheDocument();
  });

  it('shows a function policy with principal, SourceArn and SourceAccount', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Simple Storage Service (S3)'));
    const permission = screen.getByRole('heading', { name: 'Permission' }).closest('section')!;
    expect(permission).toHaveTextContent(
      'Function policy. A statement in the function’s resource-based policy allows lambda:InvokeFunction for:',
    );
    const terms = within(permission)
      .getAllByRole('term')
      .map((t) => t.textContent);
    const defs = within(permission)
      .getAllByRole('definition')
      .map((d) => d.querySelector('code')!.textContent);
    expect(terms).toEqual(['Principal', 'SourceArn example', 'SourceAccount']);
    expect(defs).toEqual(['s3.amazonaws.com', 'arn:aws:s3:::photo-uploads', '123456789012']);
  });

  it('shows the caller’s own role, and the note when no invoke permission applies', async () => {
    const user = openPage();
    await user.click(toggle('AWS Step Functions'));
    await user.click(toggle('Amazon CloudFront (Lambda@Edge)'));
    const [edge, sfn] = screen.getAllByRole('heading', { name: 'Permission' });
    expect(sfn!.closest('section')).toHaveTextContent(
      'The caller’s own IAM role. Within one account the function’s policy is not involved: the identity policy of the state machine’s execution role must allow:lambda:InvokeFunction',
    );
    expect(edge!.closest('section')).toHaveTextContent(
      `No invoke permission. ${(serviceById('lambda-edge')!.permission as { note: string }).note}`,
    );
  });

  it('labels EFS and X-Ray as integrations that never invoke', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Elastic File System'));
    const row = screen
      .getByRole('rowheader', { name: 'Amazon Elastic File System' })
      .closest('tr')!;
    expect(within(row).getByText('Integration — never invokes')).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What EFS does' })).toBeVisible();
    expect(
      screen.getByRole('heading', { name: 'What the function gets (no events)' }),
    ).toBeVisible();
    expect(
      screen.getByRole('figure', { name: 'Configuration EFS gives the function' }),
    ).toBeVisible();
  });
});

describe('Run it, before it is pressed', () => {
  it('is enabled and names the scenario it opens when one validates', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Simple Queue Service (SQS)'));
    const run = screen.getByRole('button', { name: 'Run it: SQS' });
    expect(run).toBeEnabled();
    expect(run).toHaveAccessibleDescription('Opens “SQS test scenario” in the simulator.');
  });

  it('is disabled, with the reason, when the service has no scenario', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Alexa'));
    const run = screen.getByRole('button', { name: 'Run it: Alexa' });
    expect(run).toBeDisabled();
    expect(run).toHaveAccessibleDescription('There is no simulator scenario for Alexa yet.');
    expect(screen.getByText('There is no simulator scenario for Alexa yet.')).toBeVisible();
  });

  it('is disabled for an integration, saying it never invokes', async () => {
    const user = openPage();
    await user.click(toggle('AWS X-Ray'));
    expect(screen.getByRole('button', { name: 'Run it: X-Ray' })).toHaveAccessibleDescription(
      'X-Ray never invokes a function, so there is no scenario to run.',
    );
  });

  it('is disabled, listing each problem, when the scenario does not validate', async () => {
    const user = openPage();
    await user.click(toggle('Amazon Kinesis Data Streams'));
    const run = screen.getByRole('button', { name: 'Run it: Kinesis' });
    expect(run).toBeDisabled();
    expect(run).toHaveAccessibleDescription(
      'The Kinesis scenario does not pass validation (1 problem), so it cannot run. durationMs must be a whole number from 1 to 604,800,000 ms',
    );
  });
});

describe('the address', () => {
  it('restores the filters, the search and the open rows from the URL', () => {
    openPage('/?tool=reference&model=poll&q=kin&open=kinesis');
    expect(search()).toHaveValue('kin');
    expect(chip('Invocation model', 'Poll')).toHaveAttribute('aria-pressed', 'true');
    expect(rowNames()).toEqual(['Amazon Kinesis Data Streams', 'Amazon DynamoDB Streams']);
    expect(
      screen.getByRole('button', { name: 'Amazon Kinesis Data Streams', expanded: true }),
    ).toBeVisible();
    expect(screen.getByRole('heading', { name: 'What Kinesis adds' })).toBeVisible();
  });

  it('follows each change, keeping other parameters and the fragment as they are', async () => {
    const user = openPage('/?x=%7E1&tool=reference#s=abc');
    await user.click(chip('Invocation model', 'Poll'));
    expect(window.location.search).toBe('?x=%7E1&tool=reference&model=poll');
    await user.click(chip('Push or pull', 'Pull'));
    await user.click(toggle('Amazon Simple Queue Service (SQS)'));
    await user.click(toggle('Amazon Managed Streaming for Apache Kafka (MSK)'));
    expect(window.location.search).toBe('?x=%7E1&tool=reference&model=poll&flow=pull&open=msk,sqs');
    expect(window.location.hash).toBe('#s=abc');

    // Typing reaches the address once it pauses, not at every key; a new parameter goes last.
    await user.type(search(), 'queue service');
    await waitFor(() =>
      expect(window.location.search).toBe(
        '?x=%7E1&tool=reference&model=poll&flow=pull&open=msk,sqs&q=queue+service',
      ),
    );
    await user.click(chip('Invocation model', 'All'));
    await user.click(chip('Push or pull', 'All'));
    await user.clear(search());
    await user.click(opened('Amazon Simple Queue Service (SQS)'));
    await user.click(opened('Amazon Managed Streaming for Apache Kafka (MSK)'));
    await waitFor(() => expect(window.location.search).toBe('?x=%7E1&tool=reference'));
    expect(window.location.hash).toBe('#s=abc');
  });

  it('takes the search text at once when the box loses focus', async () => {
    const user = openPage();
    await user.type(search(), 'fifo');
    await user.tab();
    expect(window.location.search).toBe('?tool=reference&q=fifo');
  });

  it('replaces the history entry instead of adding one per change', async () => {
    const user = openPage();
    const before = window.history.length;
    await user.click(chip('Invocation model', 'Sync'));
    await user.click(chip('Invocation model', 'Async'));
    expect(window.history.length).toBe(before);
  });
});

describe('on a phone', () => {
  it('shows the same services as cards, each with its facts and the same details', async () => {
    vi.stubGlobal('matchMedia', (query: string) => ({
      matches: query === CARDS_QUERY,
      media: query,
      addEventListener: () => {},
      removeEventListener: () => {},
    }));
    const user = openPage('/?tool=reference&model=poll');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Event sources' })).getAllByRole(
      'listitem',
    );
    expect(cards).toHaveLength(6);
    expect(screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual(POLL);
    const sqs = cards[5]!;
    expect(sqs).toHaveTextContent('Study table row #25');
    expect(within(sqs).getByText('Polling')).toBeVisible();
    expect(within(sqs).getByText('Pull')).toBeVisible();
    expect(
      within(sqs)
        .getAllByRole('term')
        .map((t) => t.textContent),
    ).toEqual(['Trigger lives', 'Permission']);
    expect(
      within(sqs)
        .getAllByRole('definition')
        .map((d) => d.textContent),
    ).toEqual(['In Lambda: event source mapping', 'Execution role AWSLambdaSQSQueueExecutionRole']);
    await user.click(
      within(sqs).getByRole('button', { name: 'Amazon Simple Queue Service (SQS)' }),
    );
    expect(within(sqs).getByRole('heading', { level: 4, name: 'What SQS adds' })).toBeVisible();
    expect(within(sqs).getByRole('button', { name: 'Run it: SQS' })).toBeEnabled();
  });
});
