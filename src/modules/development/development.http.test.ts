import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openKit, type Kit } from '../orders/test-kit';

let k: Kit;
const ids: Record<string, string> = {};
const base = '/api/development/projects';

beforeAll(async () => {
  k = await openKit();
  for (const key of ['ahm', 'ikm01', 'ikm02', 'ikm03', 'tier02']) ids[key] = await k.orgId(key);
});
afterAll(() => k.close());

const byPart = async (who: string, ikm: string) => {
  const list = await k.call('GET', `${base}?ikmOrgId=${ids[ikm]}`, who);
  return list.body.items.find((p: { partNumber: string }) => p.partNumber === 'AHM-18318-PU-01');
};

describe('headpipe protector (demo)', () => {
  it('AHM sees ikm01 at trial production (submitted) and ikm02 at approval on its board', async () => {
    const board = (await k.call('GET', '/api/development/board', 'ahm')).body;
    const at = (stage: string) => board.stages.find((s: { stage: string }) => s.stage === stage);
    expect(at('trial_production').projects.map((p: { ikmName: string; gateStatus: string }) => [p.ikmName, p.gateStatus])).toEqual([['PT Tegarusaha Mandirisejati', 'submitted']]);
    expect(at('approval').projects.map((p: { ikmName: string }) => p.ikmName)).toEqual(['PT Kawani Tekno Nusantara']);
    expect(board.total).toBe(2);
  });

  it('the programme office sees every board; an IKM only its own; another buyer none of AHM’s', async () => {
    expect((await k.call('GET', `/api/development/board?buyerOrgId=${ids.ahm}`, 'kemenperin')).body.total).toBe(2);
    expect((await k.call('GET', '/api/development/board', 'ikm01')).body.total).toBe(1);
    expect((await k.call('GET', '/api/development/board', 'tier02')).body.total).toBe(0);
    expect((await k.call('GET', '/api/development/board', 'mandiri')).status).toBe(403);
  });

  it('keeps the history, with the sample rejection and its reason', async () => {
    const p = await byPart('ahm', 'ikm01');
    const detail = (await k.call('GET', `${base}/${p.id}`, 'ahm')).body;
    const rejected = detail.history.find((h: { action: string }) => h.action === 'rejected');
    expect(rejected).toMatchObject({ stage: 'sample', toStage: 'sample' });
    expect(rejected.note).toMatch(/flens/);
    expect(detail.gates.find((g: { stage: string }) => g.stage === 'sample')).toMatchObject({ status: 'approved', rejections: 1 });
    expect(detail.needId).toBeTruthy();
  });

  it('AHM approves ikm01’s trial gate → approval stage with the chosen PPAP elements; IKM is notified', async () => {
    const p = await byPart('ahm', 'ikm01');
    expect((await k.call('POST', `${base}/${p.id}/approve`, 'ikm01', {})).body.error.code).toBe('development.approver_required');
    const r = await k.call('POST', `${base}/${p.id}/approve`, 'ahm', { note: 'Lot uji diterima' });
    expect(r.status).toBe(200);
    expect(r.body.stage).toBe('approval');
    const approval = r.body.gates.find((g: { stage: string }) => g.stage === 'approval');
    expect(approval.checklist.map((i: { key: string }) => i.key)).toContain('ppap_part_submission_warrant');
    const notes = (await k.call('GET', '/api/notifications', 'ikm01')).body.items;
    expect(notes.some((n: { kind: string; entityId: string }) => n.kind === 'gate_decided' && n.entityId === p.id)).toBe(true);
  });

  it('other organisations get 404 for the project and its files', async () => {
    const p = await byPart('ahm', 'ikm02');
    expect((await k.call('GET', `${base}/${p.id}`, 'ikm01')).status).toBe(404);
    expect((await k.call('GET', `${base}/${p.id}`, 'tier02')).status).toBe(404);
    expect((await k.call('POST', `${base}/${p.id}/approve`, 'tier02', {})).status).toBe(404);
    const file = (await k.call('GET', `${base}/${p.id}`, 'ahm')).body.files[0];
    expect((await k.call('GET', `/api/development/files/${file.id}`, 'ikm01')).status).toBe(404);
    expect((await k.call('GET', `/api/development/files/${file.id}`, 'ikm02')).status).toBe(200);
  });
});

describe('a project through the gates', () => {
  let id = '';
  const gate = async (stage: string) => (await k.call('GET', `${base}/${id}`, 'tier02')).body.gates.find((g: { stage: string }) => g.stage === stage);
  const tickAll = async (stage: string) => {
    for (const item of (await gate(stage)).checklist) await k.call('PUT', `${base}/${id}/gates/${stage}/checklist/${item.key}`, 'ikm03', { done: true });
  };

  it('only buyers start projects; the approver must be a buyer user', async () => {
    expect((await k.call('POST', base, 'ikm03', { ikmOrgId: ids.ikm03, partName: 'Cover' })).status).toBe(403);
    const ikmUser = (await k.env.database.query<{ id: string }>(`select id from users where email = 'admin@ikm03.demo.lingkar.id'`))[0]!.id;
    const bad = await k.call('POST', base, 'tier02', { ikmOrgId: ids.ikm03, partName: 'Cover', approverUserId: ikmUser });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('development.approver_not_buyer');
    const notIkm = await k.call('POST', base, 'tier02', { ikmOrgId: ids.ahm, partName: 'Cover' });
    expect(notIkm.body.error.code).toBe('development.ikm_invalid');
    const r = await k.call('POST', base, 'tier02', { ikmOrgId: ids.ikm03, partName: 'Cover samping PP', partNumber: 'CVR-PP-21', ppapElements: ['dimensional_results', 'control_plan'], dueDate: '2026-12-15' });
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({ stage: 'rfq', status: 'active' });
    expect(r.body.reference).toMatch(/^DEV-2026-\d{4}$/);
    id = r.body.id;
  });

  it('cannot approve before submission, nor with an incomplete checklist', async () => {
    const early = await k.call('POST', `${base}/${id}/approve`, 'tier02', {});
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('development.not_submitted');
    await k.call('POST', `${base}/${id}/submit`, 'ikm03', {});
    expect((await k.call('POST', `${base}/${id}/submit`, 'ikm03', {})).body.error.code).toBe('development.already_submitted');
    const incomplete = await k.call('POST', `${base}/${id}/approve`, 'tier02', {});
    expect(incomplete.status).toBe(422);
    expect(incomplete.body.error.code).toBe('development.checklist_incomplete');
    const locked = await k.call('PUT', `${base}/${id}/gates/rfq/checklist/feasibility`, 'ikm03', { done: true });
    expect(locked.body.error.code).toBe('development.gate_locked');
  });

  it('the approver is notified of a gate to approve', async () => {
    const notes = (await k.call('GET', '/api/notifications?unread=true', 'tier02')).body.items;
    expect(notes.some((n: { kind: string; entityId: string }) => n.kind === 'gate_to_approve' && n.entityId === id)).toBe(true);
    expect((await k.call('GET', '/api/notifications/unread-count', 'tier02')).body.unread).toBeGreaterThan(0);
  });

  it('rejection needs a reason and sends the work back; the IKM fixes and resubmits', async () => {
    expect((await k.call('POST', `${base}/${id}/reject`, 'tier02', { reason: 'no' })).body.error.code).toBe('development.reason_required');
    const r = await k.call('POST', `${base}/${id}/reject`, 'tier02', { reason: 'Studi kelayakan belum dilampirkan' });
    expect(r.body.stage).toBe('rfq');
    expect((await gate('rfq')).status).toBe('rejected');
    await tickAll('rfq');
    await k.call('POST', `${base}/${id}/submit`, 'ikm03', { note: 'Studi kelayakan terlampir' });
    expect((await k.call('POST', `${base}/${id}/approve`, 'tier02', {})).body.stage).toBe('quotation');
  });

  it('files are stored with their SHA-256 and downloadable by both parties', async () => {
    const content = Buffer.from('harga,8900\n');
    const f = await k.call('POST', `${base}/${id}/files`, 'ikm03', { name: 'penawaran.csv', contentType: 'text/csv', contentBase64: content.toString('base64') });
    expect(f.status).toBe(201);
    expect(f.body).toMatchObject({ stage: 'quotation', sha256: createHash('sha256').update(content).digest('hex') });
    const dl = await k.call('GET', `/api/development/files/${f.body.id}`, 'tier02');
    expect(dl.raw.equals(content)).toBe(true);
  });

  it('rejecting back to an earlier stage, then on to mass production (completed)', async () => {
    for (const stage of ['quotation', 'sample', 'trial_production']) {
      await tickAll(stage);
      await k.call('POST', `${base}/${id}/submit`, 'ikm03', {});
      if (stage === 'trial_production') {
        const back = await k.call('POST', `${base}/${id}/reject`, 'tier02', { reason: 'Sampel ulang: warna tidak seragam', backToStage: 'sample' });
        expect(back.body.stage).toBe('sample');
        expect((await k.call('POST', `${base}/${id}/reject`, 'tier02', { reason: 'coba lagi', backToStage: 'approval' })).status).toBe(409);
        await k.call('POST', `${base}/${id}/submit`, 'ikm03', {});
        await k.call('POST', `${base}/${id}/approve`, 'tier02', {});
        await k.call('POST', `${base}/${id}/submit`, 'ikm03', {});
      }
      expect((await k.call('POST', `${base}/${id}/approve`, 'tier02', {})).status).toBe(200);
    }
    const patch = await k.call('PATCH', `${base}/${id}`, 'tier02', { ppapElements: ['dimensional_results', 'control_plan', 'msa'] });
    expect(patch.body.gates.find((g: { stage: string }) => g.stage === 'approval').checklist).toHaveLength(3);
    await tickAll('approval');
    await k.call('POST', `${base}/${id}/submit`, 'ikm03', {});
    expect((await k.call('PATCH', `${base}/${id}`, 'tier02', { ppapElements: ['msa'] })).body.error.code).toBe('development.gate_locked');
    const done = await k.call('POST', `${base}/${id}/approve`, 'tier02', {});
    expect(done.body).toMatchObject({ stage: 'mass_production', status: 'completed' });
    expect(done.body.history.filter((h: { action: string }) => h.action === 'approved')).toHaveLength(6);
    expect((await k.call('POST', `${base}/${id}/submit`, 'ikm03', {})).status).toBe(409);
  });

  it('cancel: buyer admin with a reason', async () => {
    const p = (await k.call('POST', base, 'tier02', { ikmOrgId: ids.ikm03, partName: 'Cover bawah' })).body;
    expect((await k.call('POST', `${base}/${p.id}/cancel`, 'ikm03', { reason: 'Tidak jadi dipesan' })).status).toBe(403);
    const r = await k.call('POST', `${base}/${p.id}/cancel`, 'tier02', { reason: 'Model motor dihentikan' });
    expect(r.body).toMatchObject({ status: 'cancelled', cancelReason: 'Model motor dihentikan' });
  });

  it('describes its endpoints in OpenAPI', async () => {
    const doc = (await k.call('GET', '/api/openapi.json')).body;
    for (const p of ['/api/development/projects', '/api/development/board', '/api/development/projects/{id}/approve', '/api/development/projects/{id}/gates/{stage}/checklist/{key}']) expect(doc.paths[p], p).toBeDefined();
  });
});
