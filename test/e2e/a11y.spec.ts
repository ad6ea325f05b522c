import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';

/** Every screen passes an automated accessibility audit (WCAG 2 A and AA rules). */
for (const [name, path] of [
  ['simulator', '/'],
  ['event pattern playground', '/?tool=patterns'],
  ['schedule preview', '/?tool=schedules'],
  // With rows open that show each kind of permission, a sample event and Run it.
  ['event source reference', '/?tool=reference&open=s3,lambda-edge,efs,sqs,step-functions'],
] as const) {
  test(`the ${name} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.waitForLoadState('networkidle');
    const result = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
      .analyze();
    const found = result.violations.map(
      (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
    );
    expect(found).toEqual([]);
  });
}

test('an EventBridge scenario in the simulator has no accessibility violations', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('eventbridge-fanout');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.nodes.length} × ${v.help}`)).toEqual([]);
});

test('the keyboard shortcut help is accessible and lists the keys', async ({ page }) => {
  await page.goto('/');
  await page.keyboard.press('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog.getByText('Play / pause')).toBeVisible();
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  expect(result.violations.map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
});
