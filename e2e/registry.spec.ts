import { expect, test, type Page } from '@playwright/test';
import { BUYER_ADMIN, createUser, mainNav, PROGRAMME_ADMIN, signIn } from './helpers';

/** Unique enough for one database: 13-digit NIB and 15-digit NPWP. */
const digits = (n: number) => `${Date.now()}${Math.floor(Math.random() * 1e9)}`.slice(-n);

/** A text input by its label (Mantine adds a hidden " *" to required labels). */
const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** Picks an option of a Mantine (multi)select: open it by its label, type to narrow, click the option. */
async function choose(page: Page, label: string, option: string | RegExp, type?: string) {
  const input = field(page, label);
  await input.click();
  if (type) await input.fill(type);
  await page.getByRole('option', { name: option }).first().click();
}

test.describe('registry: IKM directory, profile, verification, import', () => {
  test('an IKM registers, is sent back, resubmits and is verified; an identity edit asks for re-verification', async ({ page, request, browser }) => {
    const orgName = `PT Uji Registri ${digits(6)}`;
    const ikm = await createUser(request, { name: orgName, kind: 'ikm' }, ['admin']);

    // the IKM fills in its profile
    await signIn(page, ikm.email);
    await mainNav(page).getByRole('link', { name: 'Profil saya' }).click();
    await expect(page.getByText('Profil IKM Anda belum diisi')).toBeVisible();
    await page.getByRole('link', { name: 'Isi profil' }).click();
    await expect(page.getByRole('heading', { name: 'Isi profil IKM' })).toBeVisible();
    await expect(field(page, 'Nama badan usaha')).toHaveValue(orgName);

    // Indonesian validation messages before anything is sent
    await field(page, 'NIB').fill('12345');
    await field(page, 'NPWP').fill('12.345');
    await page.getByRole('button', { name: 'Simpan dan ajukan verifikasi' }).click();
    const problems = page.getByTestId('form-problems');
    await expect(problems).toBeVisible();
    await expect(problems).toContainText('NIB harus 13 digit angka.');
    await expect(problems).toContainText('NPWP harus 15 digit');
    await expect(problems).toContainText('Pilih minimal satu kode KBLI.');
    await expect(problems).toContainText('Kode pos: Wajib diisi.');

    const nib = `91${digits(11)}`;
    await field(page, 'NIB').fill(nib);
    await field(page, 'NPWP').fill(`01${digits(13)}`);
    await choose(page, 'Bentuk badan usaha', 'PT (Perseroan Terbatas)');
    await choose(page, 'Kode KBLI 2020', /^30912 — /, '30912');
    await page.keyboard.press('Escape');
    await field(page, 'Alamat jalan').fill('Jl. Raya Narogong Km 10 No. 3');
    await choose(page, 'Provinsi', 'Jawa Barat', 'Jawa Barat');
    await choose(page, 'Kabupaten/kota', 'Kabupaten Bogor', 'Bogor');
    await field(page, 'Kode pos').fill('16820');
    await field(page, 'Jumlah tenaga kerja').fill('24');
    await field(page, 'Omzet tahunan').fill('1.800.000.000');
    await expect(page.getByText('Usaha mikro (penjualan ≤ Rp2 miliar/tahun)')).toBeVisible();
    await choose(page, 'Proses produksi', 'Cetak poliuretan', 'poliuretan');
    await page.keyboard.press('Escape');
    await field(page, 'Nama').fill('Rina Wulandari');
    await field(page, 'Telepon').fill('0812-7788-9900');
    await page.getByRole('button', { name: 'Simpan dan ajukan verifikasi' }).click();

    await expect(page.getByRole('heading', { name: orgName, level: 2 })).toBeVisible();
    const panel = page.getByTestId('verification-panel');
    await expect(panel).toContainText('Menunggu verifikasi');
    await expect(page.getByTestId('section-identity')).toContainText('30912');
    await expect(page.getByTestId('section-identity')).toContainText('Industri Komponen dan Perlengkapan Sepeda Motor');
    await expect(page.getByTestId('section-address')).toContainText('Kabupaten Bogor');
    await expect(page.getByTestId('verified-badge')).toHaveCount(0);

    // the programme office sends it back with a reason
    const office = await browser.newPage();
    await signIn(office, PROGRAMME_ADMIN);
    await mainNav(office).getByRole('link', { name: 'Verifikasi' }).click();
    await expect(office.getByRole('heading', { name: 'Verifikasi IKM' })).toBeVisible();
    await office.getByRole('link', { name: orgName }).click();
    await office.getByRole('button', { name: 'Kembalikan' }).click();
    await office.getByRole('button', { name: 'Kembalikan ke IKM' }).click();
    await expect(office.getByRole('dialog').getByText('Sebutkan minimal satu alasan.')).toBeVisible();
    await office.getByLabel('NIB tidak sesuai dengan data OSS.').check();
    await office.getByRole('button', { name: 'Kembalikan ke IKM' }).click();
    await expect(office.getByTestId('verification-panel')).toContainText('Dikembalikan untuk perbaikan');

    // the IKM sees the reason and submits again
    await page.reload();
    await expect(page.getByTestId('return-reasons')).toContainText('NIB tidak sesuai dengan data OSS.');
    await page.getByRole('button', { name: 'Ajukan kembali' }).click();
    await expect(page.getByTestId('verification-panel')).toContainText('Menunggu verifikasi');

    // the programme office verifies it from the queue
    await mainNav(office).getByRole('link', { name: 'Verifikasi' }).click();
    await office.getByRole('button', { name: `Verifikasi ${orgName}` }).click();
    await expect(office.getByRole('link', { name: orgName })).toHaveCount(0);
    await office.close();

    // the IKM sees the verified badge and the history
    await page.reload();
    await expect(page.getByTestId('verified-badge').first()).toBeVisible();
    await expect(page.getByTestId('verification-panel')).toContainText('Terverifikasi');
    const history = page.getByTestId('section-history');
    await expect(history).toContainText('Dikembalikan');
    await expect(history).toContainText('NIB tidak sesuai dengan data OSS.');
    await expect(history).toContainText('Diverifikasi');

    // changing an identity field of a verified profile asks for re-verification
    await page.getByRole('link', { name: 'Ubah profil' }).click();
    await field(page, 'Kode pos').fill('16821');
    await expect(page.getByTestId('reverify-warning')).toContainText('Alamat');
    await page.getByRole('button', { name: 'Simpan', exact: true }).click();
    await expect(page.getByTestId('verification-panel')).toContainText('Menunggu verifikasi');
    await expect(page.getByTestId('reverify-notice')).toContainText('Alamat');
    await expect(page.getByTestId('verified-badge')).toHaveCount(0);
  });

  test('the directory finds the two named IKM by the process "polyurethane moulding"', async ({ page }) => {
    await signIn(page, BUYER_ADMIN);
    await mainNav(page).getByRole('link', { name: 'Registri IKM' }).click();
    await expect(page.getByRole('heading', { name: 'Registri IKM', level: 2 })).toBeVisible();
    const processes = page.getByRole('group', { name: 'Proses', exact: true });
    await processes.getByRole('button', { name: /Tampilkan semua/ }).click();
    await processes.getByRole('checkbox', { name: 'Cetak poliuretan' }).check();
    await expect(page).toHaveURL(/process=/);
    for (const name of ['PT Tegarusaha Mandirisejati', 'PT Kawani Tekno Nusantara']) {
      await expect(page.getByRole('link', { name })).toBeVisible();
    }
    await expect(page.getByRole('link', { name: 'CV Mekar Plastindo' })).toHaveCount(0);
    await page.getByRole('button', { name: 'Ekspor' }).click();
    await expect(page.getByRole('menuitem', { name: /XLSX/ })).toHaveAttribute('href', /\/api\/ikm\/export\?.*process=polyurethane_moulding.*format=xlsx/);
    await page.keyboard.press('Escape');

    // full-text search in Indonesian, then the profile with its sections
    await page.getByLabel('Cari').fill('tegar');
    await expect(page.getByRole('link', { name: 'PT Kawani Tekno Nusantara' })).toHaveCount(0);
    await page.getByRole('link', { name: 'PT Tegarusaha Mandirisejati' }).click();
    await expect(page.getByRole('heading', { name: 'PT Tegarusaha Mandirisejati', level: 2 })).toBeVisible();
    await expect(page.getByTestId('verified-badge').first()).toBeVisible();
    await expect(page.getByTestId('section-production')).toContainText('Cetak poliuretan');
    await expect(page.getByTestId('section-certifications')).toBeVisible();
    await expect(page.getByTestId('section-contacts')).toBeVisible();
  });

  test('the import dry run names the bad row and field in Indonesian; a partial import saves the good row', async ({ page }) => {
    const good = `91${digits(11)}`;
    const csv = [
      'Nama Badan Usaha,Bentuk Badan Usaha,NIB,NPWP,KBLI,Alamat,Provinsi,Kabupaten/Kota,Kode Pos,Jumlah Tenaga Kerja,Omzet Tahunan,Proses,Nama Kontak,Telepon',
      `CV Uji Impor ${good},CV,${good},01.234.567.8-901.001,25920,Jl. Uji No. 1,Jawa Barat,Kabupaten Bekasi,17530,12,1500000000,Permesinan CNC,Budi,081234567890`,
      `CV Uji Impor Salah ${good},CV,912010987654,01.234.567.8-901.002,25920,Jl. Uji No. 2,Jawa Barat,Kabupaten Bekasi,17530,10,900000000,Pengelasan,Ani,081234567891`,
    ].join('\n');

    await signIn(page, PROGRAMME_ADMIN);
    await mainNav(page).getByRole('link', { name: 'Registri IKM' }).click();
    await page.getByRole('link', { name: 'Impor IKM' }).click();
    await expect(page.getByRole('heading', { name: 'Impor IKM' })).toBeVisible();
    await page.locator('input[type="file"]').setInputFiles({ name: 'ikm-uji.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await page.getByRole('button', { name: 'Unggah dan baca' }).click();

    // mapping step: suggested from the headers, editable
    await expect(page.getByText('ikm-uji.csv: 2 baris')).toBeVisible();
    await expect(page.getByRole('textbox', { name: 'Isian untuk kolom NIB' })).toHaveValue(/NIB/);
    await page.getByRole('button', { name: 'Jalankan uji coba' }).click();

    // dry run: every bad row and field with the reason
    const errors = page.getByTestId('import-errors');
    await expect(errors).toContainText('Baris 3');
    await expect(errors).toContainText('NIB harus 13 digit angka');
    await expect(errors).toContainText('912010987654');
    await expect(page.getByRole('button', { name: 'Simpan 1 baris' })).toBeDisabled();
    await page.getByLabel(/Impor sebagian/).check();
    await page.getByRole('button', { name: 'Simpan 1 baris yang benar' }).click();
    await expect(page.getByTestId('import-done')).toContainText('1 IKM tersimpan');

    await page.getByRole('link', { name: 'Lihat registri' }).click();
    await page.getByLabel('Cari').fill(good);
    await expect(page.getByRole('link', { name: `CV Uji Impor ${good}` })).toBeVisible();
  });
});
