import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Every page stays legible in every theme: the axe audit (text contrast included) per theme. */
const PAGES = [
  ['simulator', '/'],
  ['quiz', '/?tool=quiz'],
  ['event source reference', '/?tool=reference&open=s3,lambda-edge,efs,sqs,step-functions'],
  ['event pattern playground', '/?tool=patterns'],
  ['schedule preview', '/?tool=schedules'],
] as const;

async function audit(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return result.violations.map(
    (v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
  );
}

for (const theme of ['dark', 'contrast'] as const) {
  test.describe(`the ${theme} theme`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript(
        (value) => localStorage.setItem('lambda-event-lab:theme', value),
        theme,
      );
    });

    for (const [name, path] of PAGES) {
      test(`the ${name} has no accessibility violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
        expect(await audit(page)).toEqual([]);
      });
    }

    test('a presentation mid-run has no accessibility violations', async ({ page }) => {
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto('/');
      await page.getByRole('slider', { name: 'Time' }).fill('61200');
      await page.keyboard.press('f');
      await expect(page.getByRole('region', { name: 'Caption' })).toBeVisible();
      expect(await audit(page)).toEqual([]);
    });
  });
}

test('the theme button cycles the themes and the choice survives a reload', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  const html = page.locator('html');
  await expect(html).toHaveAttribute('data-theme', 'light');
  await page.getByRole('button', { name: 'Theme: Light. Switch to Dark' }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(
    page.getByRole('button', { name: 'Theme: Dark. Switch to High contrast' }),
  ).toBeVisible();
});

test('with nothing saved the theme follows the system, and a bad saved value is ignored', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.addInitScript(() => localStorage.setItem('lambda-event-lab:theme', 'sepia'));
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
