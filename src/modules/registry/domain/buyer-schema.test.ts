import { describe, expect, it } from 'vitest';
import { buyerProfileSchema, parseBuyerProfile } from './buyer-schema';

const good = () => ({
  companyName: 'PT Astra Honda Motor',
  groupName: 'Astra',
  tier: 'apm',
  sectors: ['Sepeda motor'],
  website: 'https://www.astra-honda.com',
  plants: [{ name: 'Sunter', address: { street: 'Jl. Laksda Yos Sudarso, Sunter I', provinceCode: 'DKI Jakarta', regencyCode: 'Kota Adm. Jakarta Utara', postalCode: '14350' } }],
});

describe('buyer profile schema', () => {
  it('normalises plant addresses to Kemendagri codes', () => {
    const p = parseBuyerProfile(good());
    expect(p.plants[0]!.address).toMatchObject({ provinceCode: '31', regencyCode: '31.72' });
    expect(p.tier).toBe('apm');
  });

  it('names bad fields in Indonesian', () => {
    const r = buyerProfileSchema.safeParse({ ...good(), tier: 'tier9', website: 'ftp://x', plants: [{ name: 'X', address: { street: 'Jl. A', provinceCode: 'Atlantis', regencyCode: 'X', postalCode: '12345' } }] });
    expect(r.success).toBe(false);
    const msgs = r.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
    expect(msgs).toContain('tier: Tingkat pemasok harus salah satu dari: apm, tier1, tier2, big_industry');
    expect(msgs.some((m) => m.startsWith('website: Situs web harus alamat http(s)'))).toBe(true);
    expect(msgs).toContain('plants.0.address.provinceCode: Provinsi "Atlantis" tidak dikenal');
  });
});
