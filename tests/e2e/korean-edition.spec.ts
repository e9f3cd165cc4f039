// The Korean edition in Chromium (issue 17): every page under /ko/ is Korean, the language switch
// keeps the reader's section both ways, the alternates are absolute, the shopping cell is driven by
// its Korean labels, search finds Korean pages only, and a Korean page's browser code carries no
// English words (nor an English page's any Korean).
import { expect, test, type Page } from '@playwright/test';
import { upgradeCell } from './support/cells';
import { distPages, readDist } from './support/dist';

const koPages = distPages().filter((p) => p.startsWith('/ko/'));
const CHAPTER = 'computational-graphs';
/** Hangul syllables. */
const HANGUL = /[\uac00-\ud7a3]/;

test('every page under /ko/ is a Korean page, and every English page has its twin', () => {
  expect(koPages.length).toBeGreaterThanOrEqual(10);
  for (const path of koPages) expect(readDist(path), path).toMatch(/<html lang="ko"/);
  const twins = distPages().filter((p) => /^\/(chapters\/[^/]+\/|book\/|glossary\/)?$/.test(p));
  for (const path of twins) expect(koPages, path).toContain(`/ko${path}`);
});

test('a chapter names both editions as absolute alternates, English as the default', async ({
  page,
}) => {
  for (const [path, other] of [
    [`/chapters/${CHAPTER}/`, `/ko/chapters/${CHAPTER}/`],
    [`/ko/chapters/${CHAPTER}/`, `/chapters/${CHAPTER}/`],
  ] as const) {
    await page.goto(path);
    const alt = (lang: string) =>
      page.locator(`link[rel="alternate"][hreflang="${lang}"]`).getAttribute('href');
    const [en, ko, dflt] = await Promise.all([alt('en'), alt('ko'), alt('x-default')]);
    expect(new URL(en!).pathname).toBe(path.startsWith('/ko/') ? other : path);
    expect(new URL(ko!).pathname).toBe(path.startsWith('/ko/') ? path : other);
    expect(dflt).toBe(en);
    expect(en).toMatch(/^https?:\/\//);
  }
});

test.describe('the language switch', () => {
  test('takes a reader at a section to the same section in Korean, and back', async ({ page }) => {
    await page.goto(`/chapters/${CHAPTER}/#local-computation`);
    await page.getByRole('link', { name: /한국어/ }).click();
    await expect(page).toHaveURL(new RegExp(`/ko/chapters/${CHAPTER}/#local-computation$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('#local-computation')).toBeInViewport();
    await expect(page.locator('#local-computation')).toContainText('국소적 계산');

    await page.getByRole('link', { name: /English/ }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${CHAPTER}/#local-computation$`));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });

  test('after the table of contents took the reader to a section, keeps that section', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.goto(`/ko/chapters/${CHAPTER}/`);
    await page.locator('a[href="#why-graphs-help"]').first().click();
    await expect(page.locator('#why-graphs-help')).toBeInViewport();
    await page.getByRole('link', { name: /English/ }).click();
    await expect(page).toHaveURL(new RegExp(`/chapters/${CHAPTER}/#why-graphs-help$`));
    await expect(page.locator('#why-graphs-help')).toBeInViewport();
  });

  test('is a plain link that remembers nothing and works without JavaScript', async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    const link = page.getByRole('link', { name: /한국어/ });
    await expect(link).toHaveAttribute('href', '/ko/');
    await expect(link).toHaveAttribute('hreflang', 'ko');
    await link.click();
    await expect(page).toHaveURL(/\/ko\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ko');
    await expect(page.locator('main')).toContainText(HANGUL);
    await context.close();
  });

  test('a Korean browser opening the English home stays on English', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ko-KR' });
    const page = await context.newPage();
    await page.goto('/', { waitUntil: 'networkidle' });
    await expect(page).toHaveURL(/\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await context.close();
  });
});

/** The text of every script the page fetched, after its cells upgraded. */
async function scriptsOf(page: Page, path: string): Promise<string> {
  const bodies: Promise<string>[] = [];
  page.on('response', (r) => {
    if (r.request().resourceType() === 'script' || r.url().endsWith('.js')) bodies.push(r.text());
  });
  await page.goto(path, { waitUntil: 'networkidle' });
  await upgradeCell(page.locator('bp-shopping'));
  await page.waitForLoadState('networkidle');
  return (await Promise.all(bodies)).join('\n');
}

test('the shopping cell speaks Korean: 사과 가격 120 gives 지불 금액 759 and ∂/∂소비세 690', async ({
  page,
}) => {
  await page.goto(`/ko/chapters/${CHAPTER}/`);
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  for (const label of ['사과 가격', '사과 개수', '귤 가격', '귤 개수', '소비세'])
    await expect(cell.getByLabel(label, { exact: true })).toBeVisible();
  await cell.getByLabel('사과 가격', { exact: true }).fill('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  await expect(cell.locator('.bp-result-forward')).toContainText('지불 금액');
  await expect(cell.getByRole('row', { name: /∂지불 금액\/∂소비세/ })).toContainText('690');
  await expect(cell.getByRole('status')).toContainText('759');
  await expect(cell.getByRole('status')).toContainText(HANGUL);

  await cell.getByLabel('사과 가격', { exact: true }).fill('abc');
  const error = cell.locator('[id$="-error"]').first();
  await expect(error).toContainText(HANGUL);
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
});

test('a Korean page loads Korean words only, an English page English only', async ({ browser }) => {
  const ko = await browser.newPage();
  const koCode = await scriptsOf(ko, `/ko/chapters/${CHAPTER}/`);
  expect(koCode).toContain('사과 가격');
  expect(koCode).not.toContain('Apple price');
  const en = await browser.newPage();
  const enCode = await scriptsOf(en, `/chapters/${CHAPTER}/`);
  expect(enCode).toContain('Apple price');
  expect(enCode).not.toMatch(HANGUL);
});

test('Korean search finds 역전파 on Korean pages only', async ({ page }) => {
  await page.goto('/ko/');
  const box = page.getByRole('searchbox');
  await box.fill('역전파');
  const results = page.locator('.search-list a');
  await expect(results.first()).toBeVisible();
  const hrefs = await results.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  expect(hrefs.length).toBeGreaterThan(1);
  for (const href of hrefs) expect(href).toMatch(/^\/ko\//);

  await page.goto('/');
  await page.getByRole('searchbox').fill('backpropagation');
  await expect(page.locator('.search-list a').first()).toBeVisible();
  const english = await page
    .locator('.search-list a')
    .evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).pathname));
  for (const href of english) expect(href).not.toMatch(/^\/ko\//);
});

test('an exercise speaks Korean: refusals, a wrong answer and the right one', async ({ page }) => {
  await page.goto(`/ko/chapters/${CHAPTER}/`);
  const form = page.getByRole('form', { name: /^연습 문제 2\.1\b/ });
  await form.scrollIntoViewIfNeeded();
  await expect(form.locator('xpath=..')).toHaveClass(/\bbp-ex-live\b/, { timeout: 20_000 });
  const box = form.getByRole('textbox', { name: '내 답' });
  await box.fill('abc');
  await form.getByRole('button', { name: '확인' }).click();
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await expect(form.locator('.bp-ex-error')).toContainText(HANGUL);
  // The answer the page prints in its working, for the problem on screen ("정답: 715").
  const answer = /정답: ([\d.,−-]+)/
    .exec((await form.locator('.bp-ex-answer').first().textContent()) ?? '')![1]!
    .replace(/,/g, '');
  await box.fill(String(Number(answer) + 1000));
  await box.press('Enter');
  await expect(form.getByRole('status')).toHaveText(/^아직 아니다\./);
  await box.fill(answer);
  await box.press('Enter');
  await expect(form.getByRole('status')).toHaveText(new RegExp(`^맞았다\\. 정답: ${answer}`));
});

test('a missing page offers the other edition’s home', async ({ page }) => {
  await page.goto('/ko/no-such-page/');
  await expect(page.getByRole('link', { name: /English/ })).toHaveAttribute('href', '/');
  await page.goto('/no-such-page/');
  await expect(page.getByRole('link', { name: /한국어/ })).toHaveAttribute('href', '/ko/');
});

test('a refused link names the input by its Korean label', async ({ page }) => {
  await page.goto(`/ko/chapters/${CHAPTER}/#shopping:applePrice=abc`);
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  await expect(cell).toContainText('“사과 가격”');
  await expect(cell).not.toContainText('applePrice');
});

test('a cell waits for a Korean input method to commit before it reads the input', async ({
  page,
}) => {
  await page.goto(`/ko/chapters/${CHAPTER}/`);
  const cell = page.locator('bp-shopping');
  await upgradeCell(cell);
  const price = cell.getByLabel('사과 가격', { exact: true });
  await price.fill('120');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  await price.press('End');
  const cdp = await page.context().newCDPSession(page);
  for (const text of ['ㅂ', '배', '백'])
    await cdp.send('Input.imeSetComposition', { text, selectionStart: 1, selectionEnd: 1 });
  // Mid-composition nothing is judged: no error, the result stands.
  await expect(price).not.toHaveAttribute('aria-invalid', 'true');
  await expect(cell.locator('.bp-result-forward')).toContainText('759');
  await cdp.send('Input.insertText', { text: '백' });
  await expect(price).toHaveAttribute('aria-invalid', 'true');
  await expect(cell.locator('[id$="-error"]').first()).toContainText(HANGUL);
});
