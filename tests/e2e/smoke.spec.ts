import { test, expect } from '@playwright/test';

test('the home page lists chapter 1', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByRole('link', { name: 'Why backpropagation' })).toBeVisible();
});
