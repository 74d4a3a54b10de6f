import { expect, test, type APIRequestContext, type Page } from '@playwright/test';
import { DEMO_PASSWORD, mainNav, PROGRAMME_ADMIN, signIn } from './helpers';

const BUYER = { email: 'admin@tier01.demo.lingkar.id', org: 'PT Sinar Komponen Presisi' };
const IKM = { email: 'admin@ikm01.demo.lingkar.id', org: 'PT Tegarusaha Mandirisejati' };

/** As the programme admin (over the API): a published event whose registration is open now, with four 30-minute slots. */
async function createOpenEvent(request: APIRequestContext): Promise<{ id: string; name: string }> {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email: PROGRAMME_ADMIN, password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
  const day = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const name = `Temu Bisnis Uji E2E ${Date.now()}`;
  const res = await request.post('/api/events', {
    data: {
      name,
      venue: 'Gedung Uji, Jakarta',
      startsOn: day,
      endsOn: day,
      tables: 5,
      registrationOpensAt: new Date(Date.now() - 3_600_000).toISOString(),
      registrationClosesAt: new Date(Date.now() + 7 * 86_400_000).toISOString(),
      slotPlan: { dates: [day], from: '09:00', to: '11:00', minutes: 30 },
      publish: true,
    },
  });
  expect(res.status()).toBe(201);
  return { id: ((await res.json()) as { id: string }).id, name };
}

/** Signs in as someone else in the same browser. */
async function switchTo(page: Page, email: string) {
  await page.context().clearCookies();
  await signIn(page, email);
}

async function registerAsVisitor(page: Page, eventName: string) {
  await mainNav(page).getByRole('link', { name: 'Acara Link & Match' }).click();
  await expect(page.getByRole('heading', { name: 'Acara Link & Match', level: 2 })).toBeVisible();
  await page.getByRole('link', { name: eventName }).click();
  await expect(page.getByRole('heading', { name: eventName, level: 2 })).toBeVisible();
  await page.getByRole('button', { name: 'Daftar', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Anda terdaftar' })).toBeVisible();
}

const section = (page: Page, name: string) => page.getByRole('navigation', { name: 'Bagian acara' }).getByRole('link', { name, exact: true });

test.describe('Link & Match event: request, accept, schedule', () => {
  test('a buyer and an IKM can request, accept and see a scheduled meeting in the browser', async ({ page, request }) => {
    const event = await createOpenEvent(request);

    // both register for the event
    await signIn(page, IKM.email);
    await registerAsVisitor(page, event.name);
    await switchTo(page, BUYER.email);
    await registerAsVisitor(page, event.name);

    // the buyer asks the IKM for a meeting from the catalogue
    await section(page, 'Katalog').click();
    const ikmCard = page.getByRole('article', { name: IKM.org });
    await ikmCard.getByRole('button', { name: 'Minta temu bisnis' }).click();
    const ask = page.getByRole('dialog', { name: `Minta temu bisnis dengan ${IKM.org}` });
    await ask.getByLabel('Pesan').fill('Kami ingin membahas pasokan komponen karet dan PU.');
    await ask.getByRole('button', { name: 'Kirim permintaan' }).click();
    await expect(ask).toBeHidden();
    await section(page, 'Temu bisnis').click();
    const outgoing = page.getByRole('article', { name: IKM.org });
    await expect(outgoing.getByText('Menunggu jawaban', { exact: true })).toBeVisible();
    await expect(outgoing.getByText('“Kami ingin membahas pasokan komponen karet dan PU.”')).toBeVisible();

    // the IKM accepts
    await switchTo(page, IKM.email);
    await page.goto(`/acara/${event.id}`);
    await section(page, 'Temu bisnis').click();
    const incoming = page.getByRole('article', { name: BUYER.org });
    await expect(incoming.getByText('Permintaan kepada Anda')).toBeVisible();
    await incoming.getByRole('button', { name: 'Terima' }).click();
    const answer = page.getByRole('dialog');
    await answer.getByLabel('Balasan (opsional)').fill('Baik, sampai bertemu.');
    await answer.getByRole('button', { name: 'Terima' }).click();
    await expect(answer).toBeHidden();
    await expect(page.getByRole('article', { name: BUYER.org }).getByText('Belum dijadwalkan', { exact: true })).toBeVisible();

    // the programme office runs the scheduler
    await switchTo(page, PROGRAMME_ADMIN);
    await page.goto(`/acara/${event.id}`);
    await section(page, 'Jadwal & denah meja').click();
    await page.getByRole('button', { name: 'Jalankan penjadwal' }).click();
    await expect(page.getByText('1 dari 1 pertemuan mendapat sesi dan meja.')).toBeVisible();
    await expect(page.getByRole('table').getByRole('row', { name: new RegExp(`${BUYER.org}.*${IKM.org}|${IKM.org}.*${BUYER.org}`) })).toBeVisible();

    // both see the meeting with its slot and table in their agenda
    await switchTo(page, BUYER.email);
    await page.goto(`/acara/${event.id}`);
    await section(page, 'Agenda').click();
    const buyerSees = page.getByRole('article', { name: IKM.org });
    const when = buyerSees.getByText(/\d{2}:\d{2}–\d{2}:\d{2} WIB · Meja \d+$/);
    await expect(when).toBeVisible();
    const slotAndTable = (await when.textContent())!;
    await expect(page.getByRole('link', { name: 'Unduh PDF' })).toHaveAttribute('href', `/api/events/${event.id}/agenda.pdf`);
    await expect(page.getByRole('link', { name: 'Tambah ke kalender (.ics)' })).toHaveAttribute('href', `/api/events/${event.id}/agenda.ics`);

    await switchTo(page, IKM.email);
    await page.goto(`/acara/${event.id}`);
    await section(page, 'Agenda').click();
    await expect(page.getByRole('article', { name: BUYER.org }).getByText(slotAndTable, { exact: true })).toBeVisible();
  });
});
