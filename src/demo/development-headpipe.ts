/**
 * Development part of the demo: AHM develops the polyurethane headpipe protector with the two IKM that
 * Politeknik Astra brought (DOMAIN.md). PT Tegarusaha Mandirisejati (ikm01) is at trial production, its gate
 * submitted and waiting for AHM; PT Kawani Tekno Nusantara (ikm02) passed trial and is at the approval (PPAP) gate.
 * The sample gate of ikm01 was rejected once (flange dimension) before approval, so the history shows both.
 */
import type { Actor } from '../core/actor';
import type { Stage } from '../modules/development';
import type { DemoContext, DemoPart } from './loader';
import { demoNeeds } from './needs-demo';
import { demoOrgAdmin } from './partnerships-launch';

export const HEADPIPE_PART = { partName: 'Headpipe protector poliuretan', partNumber: 'AHM-18318-PU-01', material: 'Poliuretan elastomer tahan panas 120 °C' };
export const demoProjects = new Map<string, string>();

const PPAP = ['design_records', 'dimensional_results', 'material_test_results', 'process_flow', 'pfmea', 'control_plan', 'msa', 'initial_process_studies', 'part_submission_warrant'] as const;

async function completeGate(ctx: DemoContext, ikm: Actor, ahm: Actor, id: string, stage: Stage, opts: { reject?: string } = {}) {
  const dev = ctx.services.development;
  const project = await dev.detail(ahm, id);
  const gate = project.gates.find((g) => g.stage === stage)!;
  for (const item of gate.checklist) if (!item.done) await dev.setChecklistItem(ikm, id, stage, item.key, true);
  await dev.submit(ikm, id);
  if (opts.reject) {
    await dev.reject(ahm, id, opts.reject);
    await dev.submit(ikm, id, 'Mold dikoreksi; sampel ulang T1 terlampir.');
  }
  await dev.approve(ahm, id);
}

export const developmentHeadpipeDemo: DemoPart = {
  name: 'development',
  async load(ctx) {
    const dev = ctx.services.development;
    const ahm = await demoOrgAdmin(ctx, 'ahm');
    const needId = demoNeeds.get('headpipe') ?? null;
    for (const key of ['ikm01', 'ikm02']) {
      const ikm = await demoOrgAdmin(ctx, key);
      const p = await dev.create(ahm, { ikmOrgId: ctx.orgs.get(key)!, ...HEADPIPE_PART, description: 'Pelindung panas pipa knalpot, pengganti part impor (TKDN).', needId, ppapElements: [...PPAP], approverUserId: ahm.userId });
      demoProjects.set(key, p.id);
      await dev.updateGate(ikm, p.id, 'rfq', { ownerName: key === 'ikm01' ? 'Tim teknik Tegarusaha' : 'Tim teknik Kawani' });
      await completeGate(ctx, ikm, ahm, p.id, 'rfq');
      await completeGate(ctx, ikm, ahm, p.id, 'quotation');
      await completeGate(ctx, ikm, ahm, p.id, 'sample', key === 'ikm01' ? { reject: 'Dimensi flens 0,3 mm di bawah toleransi; perbaiki mold.' } : {});
      await dev.addFile(ikm, p.id, { stage: 'sample', name: 'laporan-dimensi-sampel.csv', contentType: 'text/csv', contentBase64: Buffer.from('titik,nominal,aktual\nA,42.0,41.98\nB,18.5,18.52\n').toString('base64') });
      if (key === 'ikm01') {
        // Trial production done and submitted: AHM's approver has a gate to approve.
        const g = (await dev.detail(ahm, p.id)).gates.find((x) => x.stage === 'trial_production')!;
        for (const item of g.checklist) await dev.setChecklistItem(ikm, p.id, 'trial_production', item.key, true);
        await dev.submit(ikm, p.id, 'Lot uji 500 pcs selesai; cacat 0,4%.');
      } else {
        await completeGate(ctx, ikm, ahm, p.id, 'trial_production');
        for (const el of ['design_records', 'dimensional_results', 'material_test_results', 'process_flow']) await dev.setChecklistItem(ikm, p.id, 'approval', `ppap_${el}`, true);
      }
    }
  },
};
