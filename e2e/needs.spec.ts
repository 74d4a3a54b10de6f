import { expect, test } from '@playwright/test';
import { BUYER_ADMIN, mainNav, signIn } from './helpers';

const HEADPIPE = /^Headpipe protector poliuretan/;

test.describe('part needs and explainable matching', () => {
  test("AHM's headpipe-protector need ranks the two named IKM in the top 5, with readable reasons", async ({ page }) => {
    await signIn(page, BUYER_ADMIN);
    await mainNav(page).getByRole('link', { name: 'Kebutuhan Part' }).click();
    await expect(page.getByRole('heading', { name: 'Kebutuhan Part', level: 2 })).toBeVisible();
    await page.getByRole('link', { name: HEADPIPE }).click();
    await expect(page.getByRole('heading', { name: HEADPIPE, level: 2 })).toBeVisible();

    await page.getByRole('tab', { name: 'IKM yang cocok' }).click();
    for (const name of ['PT Tegarusaha Mandirisejati', 'PT Kawani Tekno Nusantara']) {
      // cards are labelled "<rank>. <name>"; ranks 1–5 only
      const card = page.getByRole('article', { name: new RegExp(`^[1-5]\\. ${name}$`) });
      await expect(card).toBeVisible();
      await expect(card.getByText('Terverifikasi oleh kantor program')).toBeVisible();
      await expect(card.getByText(/^Mampu proses utama: Cetak poliuretan$/)).toBeVisible();
      await expect(card.getByText(/^Kapasitas [\d.]+\/bulan ≥ kebutuhan [\d.]+\/bulan/)).toBeVisible();
      await expect(card.getByText(/^Jarak ±\d+ km dari pabrik pengiriman/)).toBeVisible();
      await expect(card.getByText(/^Kapasitas terhadap volume · [\d,]+ dari [\d,]+ poin$/)).toBeVisible();
      await expect(card.getByLabel(/^Skor [\d,]+ dari 100$/)).toBeVisible();
    }
  });

  test('the buyer compares the quotations side by side with money in Rupiah', async ({ page }) => {
    await signIn(page, BUYER_ADMIN);
    await mainNav(page).getByRole('link', { name: 'Kebutuhan Part' }).click();
    await page.getByRole('link', { name: HEADPIPE }).click();
    await page.getByRole('tab', { name: /^Penawaran/ }).click();
    const table = page.getByRole('table', { name: 'Perbandingan penawaran' });
    await expect(table).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /PT Tegarusaha Mandirisejati/ })).toBeVisible();
    await expect(table.getByRole('columnheader', { name: /PT Kawani Tekno Nusantara/ })).toBeVisible();
    await expect(table.getByRole('rowheader', { name: 'Biaya tahun pertama' })).toBeVisible();
    await expect(table.getByText(/^Rp\s[\d.]+$/).first()).toBeVisible();
  });
});
