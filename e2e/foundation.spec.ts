import { expect, test } from '@playwright/test';
import { BUYER_ADMIN, createUser, DEMO_PASSWORD, IKM_ORG, mainNav, PROGRAMME_ADMIN, signIn } from './helpers';

test.describe('foundation: sign-in, navigation, language, access', () => {
  test('programme admin signs in and sees the greeting, organisation and programme navigation', async ({ page }) => {
    await signIn(page, PROGRAMME_ADMIN);
    await expect(page.getByTestId('home-org-name')).toHaveText('Kementerian Perindustrian (Ditjen IKMA)');
    await expect(page.getByText('Kantor program').first()).toBeVisible();
    const nav = mainNav(page);
    for (const label of ['Beranda', 'Organisasi', 'Audit', 'Tugas latar', 'Token API']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'Organisasi saya' })).toHaveCount(0);

    await nav.getByRole('link', { name: 'Organisasi', exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Organisasi', level: 2 })).toBeVisible();
    await page.getByLabel('Cari').fill('Tegarusaha');
    await expect(page.getByRole('link', { name: IKM_ORG })).toBeVisible();
  });

  test('a wrong password shows the Indonesian error', async ({ page }) => {
    await page.goto('/masuk');
    await page.getByLabel('Email').fill(BUYER_ADMIN);
    await page.getByLabel('Kata sandi').fill('bukan-kata-sandinya');
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('alert')).toHaveText('Email atau kata sandi salah.');
    await expect(page).toHaveURL(/\/masuk/);
  });

  test('switching to English changes the labels and is remembered after reload', async ({ page }) => {
    await signIn(page, BUYER_ADMIN);
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Organisasi saya' })).toBeVisible();
    await page.getByText('EN', { exact: true }).click();
    await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'My organisation' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Home', exact: true })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    await page.reload();
    await expect(page.getByRole('heading', { name: /^Welcome, / })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'API tokens' })).toBeVisible();

    await page.getByText('ID', { exact: true }).click();
    await expect(page.getByRole('heading', { name: /^Selamat datang, / })).toBeVisible();
  });

  test('an IKM admin opening a programme-only page sees the forbidden page', async ({ page, request }) => {
    const ikmAdmin = await createUser(request, { name: IKM_ORG, kind: 'ikm' }, ['admin']);
    await signIn(page, ikmAdmin.email);
    await expect(page.getByTestId('home-org-name')).toHaveText(IKM_ORG);
    const nav = mainNav(page);
    for (const label of ['Beranda', 'Organisasi saya', 'Pengguna', 'Audit', 'Token API']) {
      await expect(nav.getByRole('link', { name: label, exact: true })).toBeVisible();
    }
    await expect(nav.getByRole('link', { name: 'Tugas latar' })).toHaveCount(0);

    await page.goto('/sistem/tugas');
    await expect(page.getByRole('heading', { name: 'Anda tidak memiliki akses ke halaman ini' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Tugas latar yang gagal' })).toHaveCount(0);
  });

  test('an IKM staff user has no audit in the navigation and gets the forbidden page at /audit', async ({ page, request }) => {
    const staff = await createUser(request, { name: IKM_ORG, kind: 'ikm' }, ['staff']);
    await signIn(page, staff.email);
    const nav = mainNav(page);
    await expect(nav.getByRole('link', { name: 'Organisasi saya' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Audit' })).toHaveCount(0);
    await expect(nav.getByRole('link', { name: 'Pengguna' })).toHaveCount(0);
    await page.goto('/audit');
    await expect(page.getByRole('heading', { name: 'Anda tidak memiliki akses ke halaman ini' })).toBeVisible();
  });

  test('signing out returns to the sign-in page and protects the app again', async ({ page }) => {
    await signIn(page, PROGRAMME_ADMIN);
    await page.getByRole('button', { name: 'Akun' }).click();
    await page.getByRole('menuitem', { name: 'Keluar' }).click();
    await expect(page.getByRole('heading', { name: 'Masuk' })).toBeVisible();
    await expect(page).toHaveURL(/\/masuk$/);

    await page.goto('/audit');
    await expect(page).toHaveURL(/\/masuk\?redirect=%2Faudit/);
    // signing in again goes back to the page asked for
    await page.getByLabel('Email').fill(PROGRAMME_ADMIN);
    await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Masuk' }).click();
    await expect(page.getByRole('heading', { name: 'Audit', level: 2 })).toBeVisible();
    await expect(page).toHaveURL(/\/audit$/);
  });

  test('an unknown address shows the 404 page inside the app', async ({ page }) => {
    await signIn(page, BUYER_ADMIN);
    await page.goto('/tidak-ada-halaman-ini');
    await expect(page.getByRole('heading', { name: 'Halaman tidak ditemukan' })).toBeVisible();
    await expect(mainNav(page).getByRole('link', { name: 'Beranda' })).toBeVisible();
  });
});
