import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

const place = JSON.parse(readFileSync('data/place.json', 'utf8')) as { contact: { name: string; url: string } };

test('About: a contents list whose every link reaches its section, a glossary of the terms, and where to report a problem', async ({ page, offsiteRequests }) => {
  await page.goto('./?view=about');
  const contents = page.getByRole('navigation', { name: 'On this page' });
  const links = contents.getByRole('link');
  await expect(links).toHaveCount(5);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    await expect(page.locator(href), href).toHaveCount(1);
  }
  await contents.getByRole('link', { name: 'Words used on these pages' }).click();
  await expect(page.locator('#glossary')).toBeInViewport();
  // The view stays About: following an anchor must not lose the address bar's view.
  await expect(page).toHaveURL(/view=about.*#glossary$/);

  const glossary = page.locator('dl.glossary');
  for (const term of ['LSOA', 'MSOA', 'IDACI', 'IDAOPI', 'SII', '99.8%']) await expect(glossary).toContainText(term);

  const report = page.getByRole('link', { name: place.contact.url.replace(/^mailto:/, '') });
  await expect(report).toHaveAttribute('href', place.contact.url);
  await expect(page.locator('#accessibility ~ p', { hasText: place.contact.name })).toHaveCount(1);
  expect(offsiteRequests).toEqual([]);
});
