// A missing page gets the book's 404 page: its chrome, a working search box and the contents.
import { test, expect } from '@playwright/test';
import { readDist } from './support/dist';

const chapters = [...readDist('/').matchAll(/href="(\/chapters\/[^"#]+)"/g)].length;

test('a missing page answers 404 with the contents and a working search', async ({ page }) => {
  const response = await page.goto('/no-such-page/', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page here');
  const contents = page.locator('main .chapter-list a');
  await expect(contents).toHaveCount(chapters);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);

  await page.getByRole('searchbox', { name: 'Search the book' }).fill('central difference');
  const result = page.locator('.search-list a').first();
  await expect(result).toHaveAttribute('href', /\/chapters\//);
  await result.click();
  await expect(page).toHaveURL(/\/chapters\//);
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('There is no page here');
});

test('Pagefind does not index the 404 page', () => {
  expect(readDist('/404.html')).not.toContain('data-pagefind-body');
});

test('a missing page under /ko/ answers 404 with the Korean edition’s page', async ({ page }) => {
  const response = await page.goto('/ko/no-such-page/', { waitUntil: 'networkidle' });
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
  await expect(page.locator('main .chapter-list a')).toHaveCount(chapters);
  await expect(page.locator('main .chapter-list a').first()).toHaveAttribute(
    'href',
    /^\/ko\/chapters\//,
  );
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(0);
});
