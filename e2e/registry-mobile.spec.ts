import { expect, test, type Page } from '@playwright/test';
import { BUYER_ADMIN, PROGRAMME_ADMIN, signIn } from './helpers';

/** Nothing wider than the phone: no sideways scrolling. */
async function fitsWidth(page: Page) {
  await expect.poll(() => page.evaluate<number>('document.documentElement.scrollWidth')).toBeLessThanOrEqual(360);
}

test('at 360 px the IKM directory filters behind a button, lists cards and opens a profile', async ({ page }) => {
  await signIn(page, BUYER_ADMIN);
  await page.goto('/registri');
  await expect(page.getByRole('heading', { name: 'Registri IKM', level: 2 })).toBeVisible();
  await expect(page.getByRole('group', { name: 'Proses', exact: true })).toBeHidden();
  await page.getByRole('button', { name: 'Filter', exact: true }).click();
  const processes = page.getByRole('group', { name: 'Proses', exact: true });
  await processes.getByRole('button', { name: /Tampilkan semua/ }).click();
  await processes.getByRole('checkbox', { name: 'Cetak poliuretan' }).check();
  await expect(page.getByRole('button', { name: 'Filter (1)' })).toBeVisible();
  await expect(page.getByRole('article').filter({ hasText: 'PT Kawani Tekno Nusantara' })).toBeVisible();
  await fitsWidth(page);

  await page.getByRole('link', { name: 'PT Tegarusaha Mandirisejati' }).click();
  await expect(page.getByRole('heading', { name: 'PT Tegarusaha Mandirisejati', level: 2 })).toBeVisible();
  await expect(page.getByTestId('section-certifications')).toBeVisible();
  await fitsWidth(page);
});

test('at 360 px the profile form and the import wizard fit the screen', async ({ page }) => {
  await signIn(page, PROGRAMME_ADMIN);
  await page.goto('/registri/ikm/baru');
  await expect(page.getByRole('heading', { name: 'Daftarkan IKM baru' })).toBeVisible();
  await page.getByRole('button', { name: 'Simpan draf' }).click();
  await expect(page.getByTestId('form-problems')).toContainText('NIB: Wajib diisi.');
  await fitsWidth(page);

  await page.goto('/registri/impor');
  await expect(page.getByRole('heading', { name: 'Impor IKM' })).toBeVisible();
  await fitsWidth(page);
  await page.goto('/verifikasi');
  await expect(page.getByRole('heading', { name: 'Verifikasi IKM' })).toBeVisible();
  await fitsWidth(page);
});
