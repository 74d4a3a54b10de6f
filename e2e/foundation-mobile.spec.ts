import { expect, test } from '@playwright/test';
import { mainNav, PROGRAMME_ADMIN, signIn } from './helpers';

test('at 360 px the navigation opens from the burger', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, PROGRAMME_ADMIN);
  const nav = mainNav(page);
  await expect(nav.getByRole('link', { name: 'Organisasi', exact: true })).not.toBeInViewport();

  await page.getByRole('button', { name: 'Buka navigasi' }).click();
  await expect(nav.getByRole('link', { name: 'Organisasi', exact: true })).toBeInViewport();
  await expect(nav.getByRole('link', { name: 'Tugas latar' })).toBeInViewport();

  await nav.getByRole('link', { name: 'Organisasi', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Organisasi', level: 2 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Organisasi', exact: true })).not.toBeInViewport();

  // the page does not scroll sideways: only tables do
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
  expect(overflow).toBeLessThanOrEqual(0);
});
