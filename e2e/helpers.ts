import { expect, type APIRequestContext, type Page } from '@playwright/test';

/** Demo accounts loaded by `lingkar serve` into a fresh database (the rest of the demo may change; these two stay). */
export const DEMO_PASSWORD = 'lingkar-demo-2026';
export const PROGRAMME_ADMIN = 'admin@kemenperin.demo.lingkar.id';
export const BUYER_ADMIN = 'admin@ahm.demo.lingkar.id';
export const IKM_ORG = 'PT Tegarusaha Mandirisejati';

/** Signs in through the form (Indonesian UI) and waits for the greeting on Beranda. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/masuk');
  await page.getByLabel('Email').fill(email);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page.getByRole('heading', { name: /^Selamat datang, / })).toBeVisible();
}

/** The main navigation (the app shell's navbar). */
export const mainNav = (page: Page) => page.getByRole('navigation', { name: /Navigasi utama|Main navigation/ });

/**
 * As the programme admin (over the API), adds a user with a password to the organisation named `orgName`
 * (created when missing). Returns the new user's e-mail and name.
 */
export async function createUser(request: APIRequestContext, org: { name: string; kind: string }, roles: string[]): Promise<{ email: string; name: string }> {
  const signedIn = await request.post('/api/auth/sign-in', { data: { email: PROGRAMME_ADMIN, password: DEMO_PASSWORD } });
  expect(signedIn.status()).toBe(200);
  const found = await request.get('/api/organisations', { params: { kind: org.kind, q: org.name } });
  expect(found.status()).toBe(200);
  let orgId: string | undefined = ((await found.json()) as { items: { id: string; name: string }[] }).items.find((o) => o.name === org.name)?.id;
  if (!orgId) {
    const created = await request.post('/api/organisations', { data: org });
    expect(created.status()).toBe(201);
    orgId = ((await created.json()) as { id: string }).id;
  }
  const tag = `${roles.join('-')}-${Date.now()}-${Math.floor(Math.random() * 1e6)}`;
  const user = { email: `e2e-${tag}@example.com`, name: `Uji ${roles.join(' ')}` };
  const res = await request.post(`/api/organisations/${orgId}/users`, { data: { ...user, roles, password: DEMO_PASSWORD } });
  expect(res.status()).toBe(201);
  return user;
}
