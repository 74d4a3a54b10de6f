import type { DemoPart } from './loader';

/** Minimal demo: one organisation of each kind with an admin user (replaced by the launch-event demo of the registry). */
export const foundationDemo: DemoPart = {
  name: 'foundation',
  async load(ctx) {
    await ctx.createOrg('kemenperin', 'Kementerian Perindustrian (Ditjen IKMA)', 'programme');
    await ctx.createUser('kemenperin', 'admin@kemenperin.demo.lingkar.id', 'Rina Wulandari', ['admin']);
    await ctx.createOrg('ahm', 'PT Astra Honda Motor', 'buyer');
    await ctx.createUser('ahm', 'admin@ahm.demo.lingkar.id', 'Bambang Setiawan', ['admin']);
    await ctx.createOrg('tegarusaha', 'PT Tegarusaha Mandirisejati', 'ikm');
    await ctx.createUser('tegarusaha', 'admin@tegarusaha.demo.lingkar.id', 'Dedi Kurniawan', ['admin']);
    await ctx.createOrg('mandiri', 'PT Bank Mandiri (Persero) Tbk', 'lender');
    await ctx.createUser('mandiri', 'admin@mandiri.demo.lingkar.id', 'Sari Handayani', ['admin', 'analyst', 'approver']);
    await ctx.createOrg('ydba', 'Yayasan Dharma Bhakti Astra', 'mentor');
    await ctx.createUser('ydba', 'admin@ydba.demo.lingkar.id', 'Agus Pratama', ['admin']);
  },
};
