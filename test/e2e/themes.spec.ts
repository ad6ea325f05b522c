import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/**
 * Every page stays legible and usable in every theme, at desktop and phone sizes: the axe audit
 * (text contrast included) finds nothing serious or critical. One test per theme and size walks
 * every page, so the app is built and opened once for each.
 */
const PAGES = [
  ['simulator', '/'],
  ['simulator mid-run', '/#p=async-retries&t=70000'],
  ['a lesson', '/?lesson=push-vs-pull&step=1'],
  ['lessons', '/?tool=lessons'],
  ['quiz', '/?tool=quiz'],
  ['event source reference', '/?tool=reference&open=s3,lambda-edge,efs,sqs,step-functions'],
  ['event pattern playground', '/?tool=patterns'],
  ['schedule preview', '/?tool=schedules'],
  ['embedded view', '/?embed=1#p=async-retries&t=70000'],
] as const;

const SIZES = {
  desktop: { width: 1280, height: 800 },
  phone: { width: 390, height: 844 },
} as const;

/** Serious and critical findings only, each with where it was found. */
async function audit(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21aa'])
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const theme of ['light', 'dark', 'contrast'] as const) {
  for (const [size, viewport] of Object.entries(SIZES)) {
    test(`every page in the ${theme} theme at ${size} size has no serious accessibility problem`, async ({
      page,
    }) => {
      // Nine pages audited one after another: minutes on a busy machine.
      test.setTimeout(240_000);
      await page.setViewportSize(viewport);
      await page.addInitScript(
        (value) => localStorage.setItem('lambda-event-lab:theme', value),
        theme,
      );
      const found: string[] = [];
      for (const [name, path] of PAGES) {
        await page.goto(path);
        // The embedded view keeps its own look on other sites; the others follow the theme.
        if (!path.includes('embed=1')) {
          await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        }
        await expect(page.locator('main, .embed').first()).toBeVisible();
        for (const problem of await audit(page)) found.push(`${name}: ${problem}`);
      }
      expect(found).toEqual([]);
    });
  }
}

for (const theme of ['dark', 'contrast'] as const) {
  test(`a presentation mid-run in the ${theme} theme has no serious accessibility problem`, async ({
    page,
  }) => {
    await page.addInitScript(
      (value) => localStorage.setItem('lambda-event-lab:theme', value),
      theme,
    );
    await page.setViewportSize({ width: 1920, height: 1080 });
    await page.goto('/');
    await page.getByRole('slider', { name: 'Time' }).fill('61200');
    await page.keyboard.press('f');
    await expect(page.getByRole('region', { name: 'Caption' })).toBeVisible();
    expect(await audit(page)).toEqual([]);
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
