import { describe, expect, it } from 'vitest';
import { approveGate, assertCanSubmit, defaultChecklist, nextStage, rejectGate, STAGES, type GateState } from './stages';

const done = (s: GateState): GateState => ({ ...s, checklist: s.checklist.map((i) => ({ ...i, done: true })) });

describe('stage gates', () => {
  it('run rfq → quotation → sample → trial_production → approval → mass_production', () => {
    expect(STAGES.map((s) => nextStage(s))).toEqual(['quotation', 'sample', 'trial_production', 'approval', 'mass_production', null]);
  });

  it('approval checklist holds exactly the PPAP elements the buyer chose', () => {
    const c = defaultChecklist('approval', ['dimensional_results', 'control_plan', 'part_submission_warrant']);
    expect(c.map((i) => i.key)).toEqual(['ppap_dimensional_results', 'ppap_control_plan', 'ppap_part_submission_warrant']);
    expect(c.every((i) => !i.done)).toBe(true);
  });

  it('approving a submitted gate with a complete checklist moves to the next stage', () => {
    const g: GateState = { stage: 'trial_production', status: 'submitted', checklist: defaultChecklist('trial_production', []) };
    expect(() => approveGate(g)).toThrow(expect.objectContaining({ code: 'development.checklist_incomplete', status: 422 }));
    expect(approveGate(done(g))).toBe('approval');
    expect(approveGate(done({ stage: 'approval', status: 'submitted', checklist: defaultChecklist('approval', ['msa']) }))).toBe('mass_production');
  });

  it('cannot approve or reject a gate that was not submitted', () => {
    const open: GateState = { stage: 'sample', status: 'open', checklist: [] };
    expect(() => approveGate(open)).toThrow(expect.objectContaining({ code: 'development.not_submitted', status: 409 }));
    expect(() => rejectGate(open, 'dimensi tidak sesuai')).toThrow(expect.objectContaining({ code: 'development.not_submitted' }));
  });

  it('rejection needs a reason and stays at the stage or goes back to an earlier one', () => {
    const g: GateState = { stage: 'trial_production', status: 'submitted', checklist: [] };
    expect(() => rejectGate(g, 'no')).toThrow(expect.objectContaining({ code: 'development.reason_required' }));
    expect(rejectGate(g, 'cacat permukaan 3%')).toBe('trial_production');
    expect(rejectGate(g, 'ulang sampel', 'sample')).toBe('sample');
    expect(() => rejectGate(g, 'maju saja', 'approval')).toThrow(expect.objectContaining({ code: 'development.invalid_back_stage' }));
  });

  it('submitting twice or after approval is a conflict', () => {
    expect(() => assertCanSubmit({ stage: 'rfq', status: 'submitted', checklist: [] })).toThrow(expect.objectContaining({ code: 'development.already_submitted' }));
    expect(() => assertCanSubmit({ stage: 'mass_production', status: 'open', checklist: [] })).toThrow(expect.objectContaining({ code: 'development.no_gate' }));
    expect(() => assertCanSubmit({ stage: 'rfq', status: 'rejected', checklist: [] })).not.toThrow();
  });
});
