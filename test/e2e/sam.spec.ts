import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** What the diagram shows: every box, by id, with its text. */
async function diagram(page: Page): Promise<string[]> {
  const nodes = page.locator('.react-flow__node');
  await expect(nodes.first()).toBeVisible();
  return nodes.evaluateAll((els) =>
    els.map((el) => `${el.getAttribute('data-id')}: ${el.textContent ?? ''}`).sort(),
  );
}

async function openShare(page: Page) {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  return page.getByRole('dialog', { name: 'Share this moment' });
}

test('a preset exported as a SAM template and imported back shows the same diagram', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  // The template code (with its YAML parser) loads when it is first needed, not with the page.
  const samChunks: string[] = [];
  page.on('request', (r) => {
    if (/\/assets\/sam-[^/]*\.js$/.test(r.url())) samChunks.push(r.url());
  });
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('sqs-redrive');
  await expect(page.locator('.react-flow__node[data-id="sqs:orders"]')).toBeVisible();
  const before = await diagram(page);

  let dialog = await openShare(page);
  expect(samChunks).toEqual([]);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: 'Export SAM template' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('template.yaml');
  expect(samChunks).toHaveLength(1);
  const path = await download.path();
  const text = await readFile(path, 'utf8');
  expect(text).toContain('Type: AWS::Serverless::Function');
  expect(text).toContain('deadLetterTargetArn: !GetAtt OrdersDlqQueue.Arn');

  // The copyable view shows the same text.
  await dialog.getByRole('button', { name: 'Show template' }).click();
  await expect(dialog.getByRole('textbox', { name: 'template.yaml' })).toHaveValue(text);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('sync-throttle');
  await expect(page.locator('.react-flow__node[data-id="sqs:orders"]')).toHaveCount(0);
  expect(await diagram(page)).not.toEqual(before);

  dialog = await openShare(page);
  await dialog
    .getByLabel('Template file to import')
    .setInputFiles({ name: 'template.yaml', mimeType: 'text/yaml', buffer: Buffer.from(text) });
  await expect(dialog.getByText(/Imported template\.yaml: /)).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await diagram(page)).toEqual(before);
  expect(errors).toEqual([]);
});

test('a bad template says where it is wrong and the scenario stays', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('sqs-redrive');
  await expect(page.locator('.react-flow__node[data-id="sqs:orders"]')).toBeVisible();
  const before = await diagram(page);
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Paste a template' }).click();
  await dialog
    .getByRole('textbox', { name: 'Template to import (YAML or JSON)' })
    .fill('Resources:\n  Fn:\n    Type: [AWS::Serverless::Function\n  Q: 1\n');
  await dialog.getByRole('button', { name: 'Import pasted template' }).click();
  await expect(
    dialog.getByText(
      'the pasted template was not imported; the scenario on screen has not changed.',
    ),
  ).toBeVisible();
  await expect(dialog.getByText('line 4, column 3')).toBeVisible();

  // A template that reads but has settings the simulator refuses names the field.
  await dialog
    .getByRole('textbox', { name: 'Template to import (YAML or JSON)' })
    .fill(
      'Resources:\n  Fn:\n    Type: AWS::Lambda::Function\n    Properties:\n      Timeout: 5000\n',
    );
  await dialog.getByRole('button', { name: 'Import pasted template' }).click();
  await expect(dialog.getByText('must be a whole number from 1 to 900 s')).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await diagram(page)).toEqual(before);
});

test('a hand-written template lists what it could not use, and the section is accessible', async ({
  page,
}) => {
  await page.goto('/');
  const dialog = await openShare(page);
  await dialog.getByRole('button', { name: 'Show template' }).click();
  await dialog.getByRole('button', { name: 'Paste a template' }).click();
  await dialog
    .getByRole('textbox', { name: 'Template to import (YAML or JSON)' })
    .fill(
      [
        'Resources:',
        '  Worker:',
        '    Type: AWS::Serverless::Function',
        '    Properties:',
        '      FunctionName: worker',
        '      Runtime: python3.12',
        '      Handler: app.handler',
        '      Timeout: 20',
        '      Events:',
        '        Jobs:',
        '          Type: SQS',
        '          Properties:',
        '            Queue: !GetAtt Jobs.Arn',
        '            BatchSize: 5',
        '  Jobs:',
        '    Type: AWS::SQS::Queue',
        '    Properties:',
        '      VisibilityTimeout: 120',
        '  Alarm:',
        '    Type: AWS::CloudWatch::Alarm',
      ].join('\n'),
    );
  await dialog.getByRole('button', { name: 'Import pasted template' }).click();
  await expect(dialog.getByText(/Imported the pasted template: Imported: worker\./)).toBeVisible();
  await expect(
    dialog.getByText('A template holds no traffic: each event source sends one event at 1 s.'),
  ).toBeVisible();
  await dialog.getByText('2 settings of the template are not in the scenario').click();
  await expect(dialog.getByText('AWS::CloudWatch::Alarm is not simulated')).toBeVisible();
  await expect(dialog.getByText('the code is not simulated')).toBeVisible();

  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(
    result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(page.locator('.react-flow__node[data-id="sqs:jobs"]')).toContainText(
    'visibility 120 s',
  );
});
