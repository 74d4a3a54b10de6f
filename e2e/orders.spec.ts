import { expect, test, type Browser, type Page } from '@playwright/test';
import { signIn } from './helpers';

/** A demo tier-1 company (the buyer) and the demo IKM it orders from. */
const BUYER = 'admin@tier01.demo.lingkar.id';
const IKM = 'admin@ikm01.demo.lingkar.id';
const IKM_NAME = 'PT Tegarusaha Mandirisejati';

/** Today in WIB (the business date of the server and of the forms' defaults). */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());

async function session(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await signIn(page, email);
  return page;
}

/** Opens the dialog with `open`, then confirms it with `confirm` (the dialog's own button). */
async function inDialog(page: Page, open: string, confirm: string) {
  await page.getByRole('button', { name: open, exact: true }).first().click();
  const dialog = page.getByRole('dialog');
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await expect(dialog).toBeHidden();
}

test.describe('orders: PO → delivery → receipt → invoice → payment', () => {
  test('a buyer and an IKM take one PO all the way to paid in the browser', async ({ browser }) => {
    test.setTimeout(120_000);
    const partNumber = `E2E-${Date.now()}`;

    // 1. The buyer issues a PO to the IKM: one line of 100 pcs at Rp12.500, PPN 11% shown separately.
    const buyer = await session(browser, BUYER);
    await buyer.goto('/pesanan/baru');
    await expect(buyer.getByRole('heading', { name: 'Buat PO', level: 2 })).toBeVisible();
    await buyer.getByRole('textbox', { name: 'IKM' }).fill('Tegarusaha');
    await buyer.getByRole('option', { name: IKM_NAME }).click();
    await buyer.getByLabel('Nomor part').fill(partNumber);
    await buyer.getByLabel('Nama part').fill('Headpipe protector PU (uji e2e)');
    await buyer.getByLabel(/^Jumlah/).fill('100');
    await buyer.getByLabel('Harga satuan').fill('12500');
    await buyer.getByLabel('Tanggal kirim 1').fill(today());
    await expect(buyer.getByTestId('po-total')).toHaveText(/^Rp\s1\.387\.500$/);
    await buyer.getByRole('button', { name: 'Terbitkan PO' }).click();

    const heading = buyer.getByRole('heading', { level: 2, name: /^PO-\d{4}-\d{6}$/ });
    await expect(heading).toBeVisible();
    const reference = (await heading.textContent())!;
    const poUrl = new URL(buyer.url()).pathname;
    await expect(buyer.getByText('Menunggu konfirmasi IKM', { exact: true })).toBeVisible();
    await expect(buyer.getByText('PPN 11%')).toBeVisible();
    await expect(buyer.getByTestId('po-total')).toHaveText(/^Rp\s1\.387\.500$/);
    await expect(buyer.getByText('Terbilang: Satu juta tiga ratus delapan puluh tujuh ribu lima ratus rupiah')).toBeVisible();

    // 2. The IKM finds it through the bell, acknowledges it and ships the goods with a delivery note.
    const ikm = await session(browser, IKM);
    await ikm.getByRole('button', { name: /^Notifikasi, \d+ belum dibaca$/ }).click();
    await ikm.getByRole('button', { name: new RegExp(`PO baru ${reference} menunggu konfirmasi`) }).click();
    await expect(ikm.getByRole('heading', { level: 2, name: reference })).toBeVisible();
    await expect(ikm).toHaveURL(new RegExp(`${poUrl}$`));
    await inDialog(ikm, 'Konfirmasi PO', 'Konfirmasi PO');
    await expect(ikm.getByText('Dikonfirmasi', { exact: true })).toBeVisible();
    await inDialog(ikm, 'Buat surat jalan', 'Kirim barang');
    await expect(ikm.getByRole('link', { name: /^SJ-\d{4}-\d{6}$/ })).toBeVisible();
    await expect(ikm.getByText('Menunggu (100)')).toBeVisible();

    // 3. The buyer records the goods receipt: all 100 accepted.
    await buyer.reload();
    await expect(buyer.getByText('Dikonfirmasi', { exact: true })).toBeVisible();
    await inDialog(buyer, 'Terima barang', 'Simpan penerimaan');
    await expect(buyer.getByText(/^GR-\d{4}-\d{6}$/)).toBeVisible();
    await expect(buyer.getByText('Sudah diterima', { exact: true })).toBeVisible();
    await expect(buyer.getByText('Terpenuhi', { exact: true })).toBeVisible();

    // 4. The IKM invoices the accepted quantity.
    await ikm.reload();
    await expect(ikm.getByText('Terpenuhi', { exact: true })).toBeVisible();
    await inDialog(ikm, 'Buat faktur', 'Terbitkan faktur');
    await expect(ikm.getByRole('link', { name: /^INV-\d{4}-\d{6}$/ })).toBeVisible();
    await expect(ikm.getByTestId('po-billing-state')).toHaveText('Menunggu pembayaran');

    // 5. The buyer records the payment of the outstanding amount.
    await buyer.reload();
    await expect(buyer.getByTestId('po-billing-state')).toHaveText('Menunggu pembayaran');
    await inDialog(buyer, 'Catat pembayaran', 'Simpan pembayaran');

    // 6. Both see the PO as paid.
    await expect(buyer.getByTestId('po-billing-state')).toHaveText('Lunas');
    await ikm.reload();
    await expect(ikm.getByTestId('po-billing-state')).toHaveText('Lunas');
    await ikm.getByRole('link', { name: /^INV-\d{4}-\d{6}$/ }).click();
    await expect(ikm.getByRole('heading', { level: 2, name: /^INV-\d{4}-\d{6}$/ })).toBeVisible();
    await expect(ikm.getByText('Lunas', { exact: true })).toBeVisible();
    await expect(ikm.getByText(/^Rp\s0$/)).toBeVisible();
  });
});
