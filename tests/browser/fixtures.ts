import { test as base, expect, type Page } from '@playwright/test';

/** Every test watches for console errors and for any request that would leave this machine. */
export const test = base.extend<{ offsiteRequests: string[]; consoleErrors: string[] }>({
  offsiteRequests: async ({ page }, use) => {
    const offsite: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) {
        offsite.push(request.url());
      }
    });
    await use(offsite);
  },
  consoleErrors: async ({ page }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await use(errors);
  },
});

export { expect };

export const PHONE = { width: 390, height: 844 };

export async function openDashboard(page: Page, query = '') {
  await page.goto(`./${query}`);
  await expect(page.locator('path[data-area-code]').first()).toBeVisible();
}

export const SCREENSHOT_DIR = 'tests/browser/screenshots';
