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

test('a skip link, first in the tab order, goes past the header to the diagram or the page', async ({
  page,
}) => {
  await page.goto('/#p=async-retries&t=70000');
  await expect(page.getByLabel('Current time')).toHaveText('1:10.000');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to the diagram' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Diagram' })).toBeFocused();
  // The fragment holds the share link: skipping leaves it alone.
  expect(new URL(page.url()).hash).toBe('#p=async-retries&t=70000');

  await page.goto('/?tool=quiz');
  await expect(page.getByRole('heading', { level: 2, name: 'Quiz' })).toBeVisible();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to the page' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
});

test('after editing a setting and closing the editor, focus is back on the box edited', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('combobox', { name: 'Scenario' }).selectOption('api-gateway-throttle');
  const box = page.locator('.react-flow__node[data-id="function"]');
  const panel = page.getByRole('complementary', { name: 'Scenario details' });

  await box.click();
  await panel.getByRole('spinbutton', { name: 'Timeout (s)' }).fill('1');
  await expect(box).toContainText('timeout 1 s');
  await panel.getByRole('button', { name: 'Close settings' }).click();
  await expect(box).toBeFocused();

  // The same with Escape, from inside a field.
  await page.keyboard.press('Enter');
  await panel.getByRole('spinbutton', { name: 'Timeout (s)' }).fill('2');
  await expect(box).toContainText('timeout 2 s');
  await page.keyboard.press('Escape');
  await expect(panel.getByRole('spinbutton', { name: 'Timeout (s)' })).toHaveCount(0);
  await expect(box).toBeFocused();
});
