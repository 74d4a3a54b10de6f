import { expect, test } from '@playwright/test';
import { mainNav, PROGRAMME_ADMIN, signIn } from './helpers';

test('at 360 px the navigation opens from the burger', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signIn(page, PROGRAMME_ADMIN);
  const nav = mainNav(page);
  await expect(nav.getByRole('link', { name: 'Beranda', exact: true })).not.toBeInViewport();

  await page.getByRole('button', { name: 'Buka navigasi' }).click();
  await expect(nav.getByRole('link', { name: 'Beranda', exact: true })).toBeInViewport();
  // the navigation is longer than a phone screen: it scrolls to the administration entries
  const organisations = nav.getByRole('link', { name: 'Organisasi', exact: true });
  await organisations.scrollIntoViewIfNeeded();
  await expect(organisations).toBeInViewport();
  await expect(nav.getByRole('link', { name: 'Tugas latar' })).toBeVisible();

  await organisations.click();
  await expect(page.getByRole('heading', { name: 'Organisasi', level: 2 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Organisasi', exact: true })).not.toBeInViewport();

  // the page does not scroll sideways: only tables do
  const overflow = Number(await page.evaluate('document.documentElement.scrollWidth - document.documentElement.clientWidth'));
  expect(overflow).toBeLessThanOrEqual(0);
});
