import { expect, test, type Browser, type Page, type TestInfo } from '@playwright/test';
import { signIn } from './helpers';

/**
 * Closed-loop finance in the browser: apply → buyer confirms → analyst reviews → approver approves →
 * akad signed by both sides → disbursement → the buyer pays the invoice (orders pages) → the escrow
 * waterfall pays the lender first and releases the rest to the IKM.
 */
const LENDER_ADMIN = 'admin@mandiri.demo.lingkar.id';
const ANALYST = 'analis@mandiri.demo.lingkar.id';
const APPROVER = 'pemutus@mandiri.demo.lingkar.id';
const IKM = 'admin@ikm01.demo.lingkar.id';
/** tier01 (PT Sinar Komponen Presisi) issued ikm01's PO in the demo, with one invoice still open. */
const BUYER = 'admin@tier01.demo.lingkar.id';
const BUYER_NAME = 'PT Sinar Komponen Presisi';

const PRINCIPAL = 10_000_000n;
const RATE = 12n;
const DAYS = 60;

const isoIn = (days: number) => new Date(Date.now() + days * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
const rupiah = (v: bigint) => `Rp${'\u00a0'}${v.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.')}`;
const exact = (s: string) => new RegExp(`^\\s*${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s/g, '\\s')}\\s*$`);

/** A fresh browser context signed in as `email` (each party uses its own session). */
async function as(browser: Browser, info: TestInfo, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: info.project.use.baseURL, locale: 'id-ID', viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

test('apply → confirm → approve → sign → disburse → buyer pays → waterfall', async ({ browser }, info) => {
  test.setTimeout(180_000);
  const tag = `${Date.now()}`.slice(-6);
  const productName = `Pembiayaan PO uji ${tag}`;

  // 1. The lender's admin offers a PO-financing (bullet) product requiring an NIB document.
  const lender = await as(browser, info, LENDER_ADMIN);
  await lender.goto('/pembiayaan/produk/baru');
  await expect(lender.getByRole('heading', { name: 'Tambah produk' })).toBeVisible();
  await lender.getByLabel('Kode produk').fill(`E2E-${tag}`);
  await lender.getByLabel('Nama produk').fill(productName);
  await lender.getByRole('textbox', { name: 'Jenis' }).click();
  await lender.getByRole('option', { name: 'Pembiayaan PO (bullet)' }).click();
  await expect(lender.getByRole('textbox', { name: 'Metode angsuran' })).toHaveValue('Bullet (sekaligus)');
  await lender.getByLabel('Suku bunga (% per tahun)').fill(RATE.toString());
  await lender.getByLabel('Denda keterlambatan (% per tahun)').fill('24');
  await lender.getByLabel('Tenor minimum (bulan)').fill('1');
  await lender.getByLabel('Tenor maksimum (bulan)').fill('12');
  await lender.getByLabel('Plafon minimum').fill('1000000');
  await lender.getByLabel('Plafon maksimum').fill('5000000000');
  await lender.getByRole('textbox', { name: 'Dokumen wajib' }).fill('NIB');
  await lender.getByRole('textbox', { name: 'Dokumen wajib' }).press('Enter');
  await lender.getByRole('button', { name: 'Simpan' }).click();
  await expect(lender.getByRole('heading', { name: 'Produk kredit' })).toBeVisible();
  await expect(lender.getByText(productName)).toBeVisible();

  // 2. The IKM applies for it, backed by its PO from the buyer, with the NIB uploaded, and submits.
  const ikm = await as(browser, info, IKM);
  await ikm.goto('/pembiayaan/produk');
  await ikm.getByRole('link', { name: `Ajukan kredit ${productName}` }).click();
  await expect(ikm.getByRole('heading', { name: 'Ajukan kredit' })).toBeVisible();
  await ikm.getByLabel('Jumlah').fill(PRINCIPAL.toString());
  await ikm.getByLabel('Tanggal pelunasan').fill(isoIn(DAYS));
  await ikm.getByLabel('Tujuan penggunaan').fill('Bahan baku PU untuk memenuhi PO engine mounting pad.');
  await ikm.getByRole('checkbox', { name: new RegExp(BUYER_NAME) }).first().check();
  await ikm.locator('input[type="file"]').first().setInputFiles({ name: 'nib.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n') });
  await expect(ikm.getByText('Terunggah')).toBeVisible();
  await ikm.getByRole('button', { name: 'Ajukan sekarang' }).click();
  await expect(ikm.getByRole('heading', { name: /^Pengajuan KRD-/ })).toBeVisible();
  await expect(ikm.getByTestId('application-stage')).toHaveText('Diajukan');
  const applicationUrl = ikm.url();

  // 3. The buyer confirms the PO behind it (the closed-loop confirmation).
  const buyer = await as(browser, info, BUYER);
  await buyer.goto(applicationUrl);
  await expect(buyer.getByText('Menunggu konfirmasi pembeli', { exact: true })).toBeVisible();
  await buyer.getByRole('button', { name: 'Konfirmasi', exact: true }).click();
  const confirmDialog = buyer.getByRole('dialog', { name: 'Konfirmasi dasar pembiayaan' });
  await confirmDialog.getByRole('button', { name: 'Konfirmasi', exact: true }).click();
  await expect(buyer.getByText('Dikonfirmasi pembeli', { exact: true })).toBeVisible();

  // 4. The lender's analyst reviews with the checklist and recommends approval.
  const analyst = await as(browser, info, ANALYST);
  await analyst.goto(applicationUrl);
  await expect(analyst.getByText('Dikonfirmasi pembeli', { exact: true })).toBeVisible();
  for (const item of ['Identitas dan legalitas IKM', 'PO/MoU dasar pembiayaan sah', 'Dokumen wajib lengkap', 'Kapasitas produksi', 'Eksposur kredit', 'Arus kas']) {
    await analyst.getByRole('checkbox', { name: new RegExp(item) }).check();
  }
  await analyst.getByRole('button', { name: 'Simpan analisis' }).click();
  await expect(analyst.getByText('✓ Arus kas cukup untuk membayar angsuran')).toBeVisible();

  // 5. The approver approves with reasons, draws up the akad and signs it for the lender.
  const approver = await as(browser, info, APPROVER);
  await approver.goto(applicationUrl);
  await approver.getByLabel('Alasan keputusan').fill('PO dikonfirmasi pembeli.\nKinerja pemasok baik.');
  await approver.getByRole('button', { name: 'Simpan keputusan' }).click();
  await expect(approver.getByTestId('application-stage')).toHaveText('Disetujui');
  await approver.getByRole('button', { name: 'Buat akad' }).click();
  await approver.getByRole('dialog').getByRole('button', { name: 'Buat akad' }).click();
  await expect(approver.getByRole('heading', { name: /^Akad AKAD-/ })).toBeVisible();
  await expect(approver.getByText('Jadwal angsuran (pratinjau)')).toBeVisible();
  const akadUrl = approver.url();
  await approver.getByRole('button', { name: 'Tanda tangani akad' }).click();
  await approver.getByRole('dialog').getByRole('button', { name: 'Tanda tangani akad' }).click();
  await expect(approver.getByTestId('lender-signature')).toContainText('Ditandatangani');

  // 6. The IKM signs: the schedule is fixed.
  await ikm.goto(akadUrl);
  await ikm.getByRole('button', { name: 'Tanda tangani akad' }).click();
  await ikm.getByRole('dialog').getByRole('button', { name: 'Tanda tangani akad' }).click();
  await expect(ikm.getByTestId('ikm-signature')).toContainText('Ditandatangani');
  await expect(ikm.getByText(/^Jadwal angsuran \(tetap/)).toBeVisible();

  // 7. The lender's admin records the disbursement.
  await lender.goto(akadUrl);
  await lender.getByRole('button', { name: 'Catat penyaluran' }).click();
  await lender.getByRole('dialog').getByRole('button', { name: 'Catat penyaluran' }).click();
  await expect(lender.getByTestId('akad-status')).toHaveText('Disalurkan');
  await expect(lender.getByTestId('akad-outstanding')).toHaveText(exact(rupiah(PRINCIPAL)));

  // 8. The buyer pays the PO's open invoice on the orders pages.
  const open = (await (await buyer.request.get('/api/invoices', { params: { status: 'issued' } })).json()) as { items: { id: string; reference: string; ikmName: string; total: string }[] };
  const invoice = open.items.find((i) => i.ikmName === 'PT Tegarusaha Mandirisejati');
  expect(invoice, 'the demo leaves one invoice of ikm01 open').toBeTruthy();
  await buyer.goto('/faktur');
  await buyer.getByRole('link', { name: invoice!.reference }).click();
  await buyer.getByRole('button', { name: 'Catat pembayaran' }).click();
  await buyer.getByRole('dialog').getByRole('button', { name: 'Simpan pembayaran' }).click();
  await expect(buyer.getByRole('dialog')).toBeHidden();

  // 9. The escrow shows the waterfall: the bullet loan (principal + interest) first, the rest to the IKM.
  const interest = (PRINCIPAL * RATE * BigInt(DAYS) * 2n + 36_000n) / (36_000n * 2n);
  const toLender = PRINCIPAL + interest;
  const toIkm = BigInt(invoice!.total) - toLender;
  await ikm.goto(akadUrl);
  await ikm.getByRole('link', { name: 'Lihat escrow' }).click();
  await expect(ikm.getByRole('heading', { name: /^Escrow / })).toBeVisible();
  const row = ikm.getByRole('table').first().getByRole('row', { name: /Pembayaran faktur oleh pembeli/ });
  await expect(row).toContainText(rupiah(BigInt(invoice!.total)));
  await expect(row).toContainText(rupiah(toLender));
  await expect(row).toContainText(rupiah(toIkm));
  await row.getByRole('button', { name: 'Detail' }).click();
  await expect(ikm.getByTestId('to-lender')).toHaveText(exact(rupiah(toLender)));
  await expect(ikm.getByTestId('to-ikm')).toHaveText(exact(rupiah(toIkm)));
  await expect(ikm.getByText('Masuk = keluar')).toBeVisible();

  // the lender sees the akad repaid in its portfolio
  await lender.goto(akadUrl);
  await expect(lender.getByTestId('akad-status')).toHaveText('Lunas');
});
