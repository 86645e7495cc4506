import type { Page } from 'playwright-core';

/**
 * Presses Tab until the focused element matches `accessibleText` (its text or
 * aria-label), as a keyboard user would. Fails after `limit` presses, which also
 * catches a keyboard trap.
 */
export async function tabTo(page: Page, accessibleText: RegExp, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return el ? `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`.trim() : '';
    });
    if (accessibleText.test(label)) return;
  }
  throw new Error(`Tab never reached ${accessibleText} within ${limit} presses`);
}

/** The focused element's tag name and accessible text. */
export async function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return el ? `${el.tagName.toLowerCase()}: ${el.getAttribute('aria-label') ?? el.textContent ?? ''}` : '';
  });
}
